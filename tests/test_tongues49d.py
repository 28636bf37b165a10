"""Ages and language wishes told in Thai, mixed with German.

Thai writes no spaces between words: `foreign_thai` writes a number word before its unit as
digits ("ลูกสาวสามขวบ" → "ลูกสาว 3 ขวบ"), a number before the classifier "คน" as a count ("ลูก 2
คน" → "2 Kinder", never a child of two), and cuts each run into the `th` section's words only
between syllables, so "สามี" (husband) is no "สาม" (three). A mother's, a grandmother's age, the
years a family has lived here, hours of work and a count of children stay no child's age."""

from __future__ import annotations

import pytest

from bot.assistant import Assistant
from bot.understanding.foreign import germanise
from bot.understanding.foreign_thai import segment

CASES = [
    # (request, place, age range or None, languages wished, a topic the user relies on)
    ("ลูกชายอายุ ๕ ขวบ spricht kaum Deutsch, Sprachförderung in Kamen-Methler?", "kamen-methler",
     (60, 71), (), "sprachfoerderung"),
    ("Suche Fußballverein in Lünen für ลูก 11 ขวบ นะคะ", "luenen", (132, 143), (),
     "freizeit_sport_kultur"),
    ("ลูกสาวสามขวบ schläft nachts nie durch. Beratung in Unna?", "unna", (36, 47), (),
     "schreibaby_schlaf"),
    ("ทารก 5 เดือน, Mutter sucht Krabbelgruppe in Bergkamen ค่ะ", "bergkamen", (5, 5), (),
     "eltern_kind_gruppen"),
    ("Baby ๒ สัปดาห์, Mama allein, braucht Familienhebamme in Fröndenberg", "froendenberg",
     (0, 0), (), "fruehe_hilfen"),
    ("ตั้งครรภ์ 6 เดือน, Hebamme in Schwerte? พูดภาษาไทยได้ไหมคะ", "schwerte", (-9, -1),
     ("th",), "schwangerschaft_geburt"),
    ("ลูกชายสิบสองขวบ zockt die ganze Nacht, Medienberatung in Kamen?", "kamen", (144, 155),
     (), "medien_sucht"),
    ("Kinder (3 กับ 7 ขวบ), Papa trinkt, Mama hat Angst. Beratung in Unna?", "unna", (36, 95),
     (), "belastete_eltern"),
    ("Miete zu hoch, ลูก 2 คน (4 และ 10 ขวบ). Beratung in Kamen? ขอบคุณค่ะ", "kamen", (48, 131),
     (), "but_finanzen"),
    ("ลูกคนเล็ก 8 เดือน, Mama schafft den Haushalt nicht, Entlastung in Selm?", "selm", (8, 8),
     (), "alleinerziehende_entlastung"),
    ("มีกลุ่มแม่และเด็กไหมคะ in Werne? ลูกสาว 1 ขวบ", "werne", (12, 23), (),
     "eltern_kind_gruppen"),
    # look-alikes: a parent's or grandparent's age, years lived here, hours, a count
    ("Mutter 35 ปี, ลูกชาย 8 ขวบ, Erziehungsberatung in Holzwickede?", "holzwickede",
     (96, 107), (), "erziehungsberatung"),
    ("Oma ist 70 ปี und kümmert sich um ลูกชาย 6 ขวบ, Beratung in Bönen", "boenen", (72, 83), (),
     None),
    ("Familie wohnt seit 3 ปี in Unna, ลูก 5 ขวบ, sucht Kita-Platz. ขอบคุณค่ะ", "unna", (60, 71),
     (), "kita_betreuung"),
    ("Mama arbeitet 20 ชั่วโมง pro Woche, ลูก 2 คน, Ferienbetreuung in Werne?", "werne", None,
     (), None),
    ("สามีตกงาน, Sohn 9 Jahre, Schuldnerberatung in Lünen?", "luenen", (108, 119), (), None),
]


@pytest.mark.parametrize(("text", "place", "age", "languages", "topic"), CASES)
def test_told_in_thai(assistant: Assistant, text: str, place: str, age: tuple[int, int] | None,
                      languages: tuple[str, ...], topic: str | None) -> None:
    answer, _session = assistant.respond(text)
    request = answer.request
    assert request.place == place
    if age is None:
        assert request.age is None
    else:
        assert request.age is not None and (request.age.low, request.age.high) == age
    assert tuple(request.languages) == languages
    if topic is not None:
        assert topic in request.topics


@pytest.mark.parametrize(("text", "german"), [
    ("น้องอายุ ๖ ขวบ", "Kind 6 Jahre"),
    ("ลูกสาวสามขวบ", "Tochter 3 Jahre"),
    ("ลูกชาย 12 ขวบ", "Sohn 12 Jahre"),
    ("ลูก เพิ่งเกิด 3 สัปดาห์", "Kind neugeboren 3 Wochen"),
    ("ลูก 2 คน", "2 Kinder"),
    ("Kinder (5 และ 8)", "Kinder (5 und 8)"),
])
def test_ages_read(text: str, german: str) -> None:
    assert germanise(text).strip() == german


@pytest.mark.parametrize("word", ["สามี", "สามารถ", "หกล้ม", "คะแนน"])
def test_number_words_inside_ordinary_words_stay(word: str) -> None:
    assert not any(c.isdigit() for c in segment(word))
