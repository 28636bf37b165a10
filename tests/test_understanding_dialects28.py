"""Regional German and mixed-in languages, round 28: what a family or a professional relies on.

Dialect numbers and units ("säben Johre", "acht Joar", "zwa Joa", "föfftein Johr") give the age;
a bare "et in" of dialect ("Wat gifft et in Kamen?") is no due date; Saxon "isch" before a
first-person verb is "ich", Swabian "isch" is "ist"; Lingala, Chechen, Mongolian, Nepali, Uzbek
and Amharic in Latin letters give ages, pregnancy and language wishes; and no foreign word turns a
place or a German word into something else. Each row is written for this table;
`tests/data/dialects28/` holds the class set measured before the change.
"""

from __future__ import annotations

import pytest

from bot.catalogue import Catalogue
from bot.understanding import understand
from bot.understanding.foreign import germanise

# (text, age range in months, place)
AGES: list[tuple[str, tuple[int, int], str]] = [
    ("Use Deern is säben Johre un kann nich stillsitten. Wat gifft et in Unna?", (84, 95), "unna"),
    ("Unser Bou is acht Joar und hockt bloß vorm Handy. Was gibts in Werne?", (96, 107), "werne"),
    ("Des Gschrapp is zwa Joa und redt no nix, wo gibts in Lünen a Hilf?", (24, 35), "luenen"),
    ("Us Jung is föfftein Johr olt un kifft. Giff't in Selm 'ne Beratung?", (180, 191), "selm"),
    ("Des Madla is fümfa und redd ned gscheid. Sprachförderung in Kamen?", (60, 71), "kamen"),
    ("De Lütte is twee Johre und slöppt nich döär. Watt gifft et in Kamen?", (24, 35), "kamen"),
    ("Mwana na ngai mbula 4, alobaka te. Sprachförderung in Unna?", (48, 59), "unna"),
    ("Миний охин 6 настай, сургуульд хүндрэлтэй. Hilfe in Bönen?", (72, 83), "boenen"),
    ("Mero chhori 11 barsa ko, school ma samasya. Nachhilfe Kamen?", (132, 143), "kamen"),
    ("O'g'lim 3 yoshda, gapirmaydi. Frühförderung in Schwerte?", (36, 47), "schwerte"),
    ("Qizim 7 oylik, uxlamaydi. Beratung in Bergkamen?", (7, 7), "bergkamen"),
    ("Сан к1ант 9 шо ду, школехь халахь ву. Beratung in Werne?", (108, 119), "werne"),
    ("Wend lije 13 amet, timhirt bet chigir. Schulsozialarbeit in Lünen?", (156, 167), "luenen"),
    ("Nne nke nwa onwa 2, o na-ebe akwa. Hilfe in Holzwickede?", (2, 2), "holzwickede"),
    ("Onasi homilador, birinchi bola. Hebamme in Fröndenberg?", (-9, -1), "froendenberg"),
    ("Mama azali na zemi. Hebamme in Kamen?", (-9, -1), "kamen"),
]


@pytest.mark.parametrize(("text", "age", "place"), AGES)
def test_the_age_and_place_are_understood(
    catalogue: Catalogue, text: str, age: tuple[int, int], place: str
) -> None:
    request = understand(text, catalogue)
    assert request.age is not None and (request.age.low, request.age.high) == age
    assert request.place == place


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Kind 4 Jahre, Kita in Unna, Beratung na lingala?", "ln"),
        ("Хүү 5 настай, Kita in Kamen, монгол хэлээр?", "mn"),
        ("Chhora 3 barsa ko, Kita Kamen, Nepali ma?", "ne"),
        ("Bola 4 yoshda, Kita in Selm, o'zbek tilida?", "uz"),
        ("Kind 5, Beratung in Lünen нохчийн маттахь", "ce"),
        ("Lije 6 amet, Beratung be amarigna in Unna?", "am"),
    ],
)
def test_a_language_wish_is_read(catalogue: Catalogue, text: str, language: str) -> None:
    assert understand(text, catalogue).languages == (language,)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Saxon: "isch" before a first-person verb is "ich"
        ("Isch hab hier ä Mäddl, die is fünfe", "ich habe hier ä Mädchen"),
        ("Nu, isch gloob der Gleene is drei", "ich glaube der Kleine"),
        # Swabian: elsewhere "isch" is "ist"
        ("Des Mädle isch fünf Johr alt", "Mädchen ist 5 Jahre alt"),
        ("Der Bua isch zwölf und isch arg wild", "Junge ist zwölf und ist arg"),
    ],
)
def test_isch_is_ich_or_ist_by_what_follows(text: str, expected: str) -> None:
    assert expected in germanise(text)


@pytest.mark.parametrize(
    ("text", "pregnant"),
    [
        ("Wat gifft et in Kamen für Kinner mit 4 Johr?", False),
        ("Jibt et in Lünen wat für Jören?", False),
        ("ET in KW 30, sucht Hebamme in Unna", True),
        ("ET in Kürze, Hebamme in Unna?", True),
    ],
)
def test_a_bare_et_in_is_no_due_date(catalogue: Catalogue, text: str, pregnant: bool) -> None:
    age = understand(text, catalogue).age
    assert (age is not None and age.high < 0) is pregnant


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # foreign words around a place keep the place ("na" Lingala, "ma" Nepali, "sho" Chechen)
        ("Mwana mbula 5, Kita na Unna-Massen?", "unna-massen"),
        ("Chhora 4 barsa ko, Kita Bergkamen ma?", "bergkamen"),
        ("Yo' 3 sho, Kita in Werne-Stockum?", "werne-stockum"),
    ],
)
def test_foreign_words_leave_the_place_alone(catalogue: Catalogue, text: str, place: str) -> None:
    assert understand(text, catalogue).place == place
