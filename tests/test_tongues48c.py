"""Azerbaijani and Chechen ages and languages in a German message (tongues48c).

Interpreters and teachers write "qızı yeddi yaşında, oğlu doqquz", "körpə üç aylıqdır" or, in
Chechen Cyrillic, "к1ант итт шо", "йо1 дейтта шо", "бераш: шийтта и исс шо". The `[az]` section
of `bot/data/foreign.toml` knew only some number words and no "yaşında" of its own (Turkish has
other number words: "dört", "yedi", "dokuz"); the `[ce]` section knew numbers to ten only. Chechen
keyboards lack the palochka "Ӏ" and type "1" (or "l", "I") instead: that "1" is a letter, never a
number, for every reader (`foreign_scripts.palochka`). The sentences are new ones, read through
the whole assistant.
"""

from __future__ import annotations

import pytest

from bot.assistant import Assistant
from bot.understanding.foreign import germanise

_AGES = [
    # Azerbaijani: its own number words before Turkish-like units, months, weeks, two children
    ("Familie in Selm, qız səkkiz yaşında, oxumaqda çətinlik çəkir. Nachhilfe?", (96, 107)),
    ("Ailədə oğlan on üç yaşındadır, gecələr telefondan ayrılmır. Medienberatung Kamen?",
     (156, 167)),
    ("Hebamme: Mutter in Lünen, körpə cəmi üç aylıqdır, yatmır. Schreibaby-Beratung?", (3, 3)),
    ("Bergkamen: oğlu dörd yaşında, qızı altı yaşında. Entlastung für Alleinerziehende?",
     (48, 83)),
    ("Ana hamilədir, hamiləliyin altıncı ayı, Unna. Hebamme gesucht.", (-9, -1)),
    # Chechen: palochka as "1" or "Ӏ", numbers past ten, months and weeks, two children
    ("к1ант ялхитта шо, Lünen, Drogen, нана hat Angst. Suchtberatung?", (192, 203)),
    ("Kita Kamen: йо1 кхоъ шо, spricht kaum. Sprachförderung?", (36, 47)),
    ("КӀант бархӀ шо ду, Bergkamen, Probleme in der Schule. Lernförderung?", (96, 107)),
    ("Йо1 вуьрх1итта шо, Werne, sucht Ausbildung. Berufsberatung?", (204, 215)),
    ("Бер ши бутт ду, Unna-Königsborn, schreit jede Nacht. Schreiambulanz?", (2, 2)),
    ("Бер пхи кӀира ду, Holzwickede, Mutter allein. Frühe Hilfen?", (1, 1)),
    ("Selm: бераш шиъ – к1ант итт шо, йо1 ворх1 шо. Alleinerziehenden-Hilfe?", (84, 131)),
    ("Lünen-Horstmar, бераш: шийтта и исс шо, Beratung über Schule?", (108, 155)),
]


@pytest.mark.parametrize(("text", "age"), _AGES)
def test_the_childs_age_is_read(assistant: Assistant, text: str, age: tuple[int, int]) -> None:
    request = assistant.respond(text)[0].request
    assert request.age is not None and (request.age.low, request.age.high) == age


@pytest.mark.parametrize(("text", "languages"), [
    ("Azərbaycanca danışan psixoloq lazımdır, Unna. Qızım on altı yaşındadır.", {"az"}),
    ("Beratung нохчийн маттахь in Kamen? к1ант цхьайтта шо, Schlägerei.", {"ce"}),
])
def test_an_asked_language_is_a_wish(assistant: Assistant, text: str,
                                     languages: set[str]) -> None:
    assert set(assistant.respond(text)[0].request.languages) == languages


@pytest.mark.parametrize("text", [
    # a count of children, and children named with no age: the palochka "1" is no child of one
    "Familie in Unna mit 4 бераш, kein Geld. BuT-Antrag Hilfe?",
    "К1ант а, йо1 а ду, Lünen-Brambauer, Vater weg. Erziehungsberatung für die Mutter?",
    "Familie mit шиъ бер neu in Unna-Massen, wer hilft mit Anträgen?",
])
def test_no_childs_age_where_none_is_told(assistant: Assistant, text: str) -> None:
    assert assistant.respond(text)[0].request.age is None


@pytest.mark.parametrize(("text", "age"), [
    # the mother's age, or how long the family has been here, is not the child's
    ("Нана ткъе пхиъ шо, бер диъ бутт, Bergkamen. Eltern-Kind-Gruppe?", (4, 4)),
    ("Anası otuz iki yaşındadır, depressiyadadır; uşaq iki yaşındadır. Fröndenberg.", (24, 35)),
    ("Ailə iki il əvvəl gəlib, Schwerte. Oğlu yeddi yaşındadır, Sprachförderung?", (84, 95)),
])
def test_another_persons_age_is_not_the_childs(assistant: Assistant, text: str,
                                               age: tuple[int, int]) -> None:
    request = assistant.respond(text)[0].request
    assert request.age is not None and (request.age.low, request.age.high) == age


def test_the_palochka_digit_is_a_letter() -> None:
    """Every spelling of the palochka reads alike, and none leaves a digit behind."""
    for boy in ("к1ант", "кӀант", "кlант", "кIант"):
        assert germanise(f"{boy} итт шо") == "Junge 10 Jahre"
    assert "1" not in germanise("Сихха! к1ира, ворх1алг1а дуьне")


def test_a_russian_digit_before_its_ending_stays_a_number() -> None:
    """Russian writes "1ый класс" (first class): a "1" opening a word is a digit."""
    assert "1" in germanise("сын пошёл в 1ый класс")
