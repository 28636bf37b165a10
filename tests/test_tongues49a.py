"""Ages and language wishes told in Japanese and Korean, mixed with German.

Japanese runs are cut into the words of the `ja` section (`foreign_kana`: a kanji numeral before
its unit as digits, a particle after a known word dropped, an age before its noun written after
it: "三歳の娘" → "娘 3 歳" → "Tochter 3 Jahre"); Korean words are cut from their particles and a
number from its unit (`foreign_hangul`: "아들이 여덟살" → "아들 여덟 살" → "Sohn 8 Jahre"). A
parent's, a grandparent's age and the months a family has been here stay no child's age, and
Chinese keeps its reading."""

from __future__ import annotations

import pytest

from bot.assistant import Assistant
from bot.understanding.foreign import germanise
from bot.understanding.foreign_hangul import segment as segment_hangul
from bot.understanding.foreign_kana import is_japanese, kanji_number

CASES = [
    # (request, place, age range, languages wished, a topic the user relies on)
    ("Frau Yoshida fragt nach einer Krabbelgruppe in Kamen. 娘は一歳二ヶ月です。", "kamen",
     (14, 14), (), "eltern_kind_gruppen"),
    ("Baby 生後5か月, schläft nachts nie länger als zwei Stunden. Schlafberatung in Lünen?",
     "luenen", (5, 5), (), "schreibaby_schlaf"),
    ("長男は十一歳、勉強についていけません。Lernförderung in Bergkamen?", "bergkamen",
     (132, 143), (), "lernfoerderung"),
    ("Zwei Kinder: 三歳の娘と七歳の息子. Erziehungsberatung in Schwerte, 日本語でお願いします。",
     "schwerte", (36, 95), ("ja",), "erziehungsberatung"),
    ("Sohn der Familie Inoue, 七歳, braucht einen OGS-Platz in Unna-Massen.", "unna-massen",
     (84, 95), (), "ogs_ganztag"),
    ("Kinder: 一歳半 und 四歳. Kinderarzt in Kamen gesucht.", "kamen", (18, 59), (), None),
    ("Hebamme in Werne für eine Schwangere (妊娠5ヶ月), 日本語が話せる助産師さんはいますか?",
     "werne", (-9, -1), ("ja",), "schwangerschaft_geburt"),
    ("아들 일곱 살, ADHS-Verdacht, die Eltern suchen Erziehungsberatung in Kamen.", "kamen",
     (84, 95), (), "erziehungsberatung"),
    ("딸아이 생후 4개월, schreit sehr viel. Schreiambulanz in Unna?", "unna", (4, 4), (),
     "schreibaby_schlaf"),
    ("Schulsozialarbeit in Lünen? 아이가 열 살인데 geht nicht mehr zur Schule.", "luenen",
     (120, 131), (), "schulsozialarbeit"),
    ("큰딸 열일곱살, Berufsberatung in Unna?", "unna", (204, 215), (), "schule_beruf"),
    ("아들 만 2세, spricht kaum, Sprachförderung in Schwerte?", "schwerte", (24, 35), (),
     "sprachfoerderung"),
    ("아기 18개월, Krabbelgruppe in Selm, 한국어로 하는 Gruppe?", "selm", (18, 18), ("ko",),
     "eltern_kind_gruppen"),
    ("Kinder: 여섯 살, 아홉 살 – Ferienprogramm in Holzwickede?", "holzwickede", (72, 119), (),
     None),
    ("임신 6개월, Hebamme in Bergkamen, 한국어 가능한 분이면 좋겠어요.", "bergkamen", (-9, -1),
     ("ko",), "schwangerschaft_geburt"),
    # look-alikes: a parent's or grandparent's age, the months since the family came, Chinese
    ("Die Mutter (三十四歳) sucht einen Elternkurs in Kamen, ihr Sohn ist 4 Jahre alt.", "kamen",
     (48, 59), (), "elternkurse"),
    ("日本に来て三ヶ月です。Der Sohn ist 6 Jahre, Übergang in die Schule, Lünen?", "luenen",
     (72, 83), (), None),
    ("엄마 서른두 살, Tochter 5 Jahre, Elternkurs in Kamen?", "kamen", (60, 71), (),
     "elternkurse"),
    ("독일에 온 지 8개월, Sohn 3 Jahre, Kita-Platz in Bönen gesucht.", "boenen", (36, 47), (),
     "kita_betreuung"),
    ("할머니 일흔 살, betreut den Enkel (4 Jahre) allein, Familienzentrum in Unna?", "unna",
     (48, 59), (), None),
    ("女儿五岁, Kita-Platz in Kamen gesucht.", "kamen", (60, 71), (), "kita_betreuung"),
]


@pytest.mark.parametrize(("text", "place", "age", "languages", "topic"), CASES)
def test_told_in_japanese_or_korean(assistant: Assistant, text: str, place: str,
                                    age: tuple[int, int], languages: tuple[str, ...],
                                    topic: str | None) -> None:
    answer, _session = assistant.respond(text)
    request = answer.request
    assert request.place == place
    assert request.age is not None and (request.age.low, request.age.high) == age
    assert tuple(request.languages) == languages
    if topic is not None:
        assert topic in request.topics


@pytest.mark.parametrize(("text", "german"), [
    ("息子さんは四歳で", "Sohn 4 Jahre"),
    ("十六歳の息子さん", "Sohn 16 Jahre"),
    ("末っ子は生後10ヶ月", "Kind 10 Monate"),
    ("딸 다섯 살", "Tochter 5 Jahre"),
    ("아들이 여덟살이에요", "Sohn 8 Jahre"),
    ("아기 8개월", "Baby 8 Monate"),
    ("아이 둘: 두 살 und 네 살", "Kind 둘: 2 Jahre und 4 Jahre"),
    ("孩子七岁", "Kind 7 Jahre"),  # Chinese: cut by `foreign_hanzi` as before
])
def test_ages_read(text: str, german: str) -> None:
    assert germanise(text).strip(" で") == german


@pytest.mark.parametrize("word", ["이사", "사세요", "오세요", "이달", "주세요"])
def test_ordinary_korean_words_keep_their_letters(word: str) -> None:
    assert segment_hangul(word) == word


@pytest.mark.parametrize(("numeral", "value"), [("四", 4), ("十", 10), ("十六", 16),
                                                 ("三十四", 34), ("二〇", 20), ("百", 100)])
def test_kanji_numerals_compose(numeral: str, value: int) -> None:
    assert kanji_number(numeral) == value


def test_japanese_is_told_by_kana_or_its_own_kanji() -> None:
    assert is_japanese("der Sohn (五歳)") and is_japanese("よろしく")
    assert not is_japanese("女儿五岁") and not is_japanese("Kind 5 Jahre")
