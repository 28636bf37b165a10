"""Foreign scripts and spellings: every Unicode digit, Arabizi, transliterated Russian and
Ukrainian, halves and half years, Cyrillic town names in their case forms.

Each class has sentences of its own here; none is a sentence of `tests/data/mixed2`.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.catalogue import Catalogue
from bot.dialogue.phrases import bare_age
from bot.models import AgeRange
from bot.understanding import understand
from bot.understanding.foreign import germanise


@pytest.mark.parametrize(
    ("text", "german"),
    [
        # every Unicode decimal digit is read as the ASCII digit it stands for
        ("Kind ५ साल", "Kind 5 Jahre"),  # Devanagari, its unit read by `hi`
        ("Sohn ４ Jahre", "Sohn 4 Jahre"),  # full width
        ("بنتي ٩ سنوات", "Tochter 9 Jahre"),  # Arabic-Indic
        ("پسرم ۱۱ ساله", "Sohn 11 Jahre"),  # Persian
        ("Kind ৩ বছর", "Kind 3 Jahre"),  # Bengali, its unit read by `bn`
        ("школа №5", "Schule Nr. 5"),  # a school's number, no age
    ],
)
def test_every_decimal_digit_becomes_ascii(text: str, german: str) -> None:
    assert germanise(text) == german


@given(st.sampled_from([chr(c) for c in range(0x80, 0x10000) if chr(c).isdecimal()]))
@settings(max_examples=100, deadline=None)
def test_no_decimal_digit_of_another_script_survives(digit: str) -> None:
    out = germanise(f"Kind {digit} Jahre")
    assert out == f"Kind {int(digit)} Jahre"


@pytest.mark.parametrize(
    ("text", "german"),
    [
        # Arabizi: Arabic in Latin letters, 3/7/2/5 are letters, "3omro N" says how old
        ("ibni 3omro 6 snin", "Sohn 6 Jahre"),
        ("binti 3omra tlete snin", "Tochter 3 Jahre"),
        ("ibni 3mro sne w nos", "Sohn 1,5 Jahre"),
        ("bnti 9 shhur", "Tochter 9 Monate"),
        ("binti 5amse snin", "Tochter 5 Jahre"),  # an Arabizi number word starts with a digit
        ("ibni 3omro tlat snin w nos", "Sohn 3,5 Jahre"),
        ("ana 7amle", "ana schwanger"),
        ("ibni ma 3am yi7ki", "Sohn spricht nicht"),
        # halves before or after the unit, and half a year
        ("oğlum 4 buçuk yaşında", "Sohn 4,5 Jahre"),
        ("córka trzy i pół roku", "Tochter 3,5 Jahre"),
        ("сыну два с половиной года", "Sohn 2,5 Jahre"),
        ("ابني ٤ سنين ونص", "Sohn 4,5 Jahre"),
        ("بنتي عمرها نص سنة", "Tochter 6 Monate"),
        ("сыну полгода", "Sohn 6 Monate"),
        ("донька півроку", "Tochter 6 Monate"),
        ("dziecko pół roku", "Kind 6 Monate"),
        # Russian and Ukrainian in Latin letters
        ("synok 4 goda", "Sohn 4 Jahre"),
        ("dochka 10 mesyacev", "Tochter 10 Monate"),
        ("dytyna 3 roky", "Kind 3 Jahre"),
        ("rebenok ne govorit", "Kind spricht nicht"),
        ("detskij sad po-russki", "Kita auf Russisch"),
        ("sadochok ukrainskoyu", "Kita auf Ukrainisch"),
    ],
)
def test_foreign_spellings_become_german(text: str, german: str) -> None:
    assert germanise(text).strip() == german


@pytest.mark.parametrize(
    ("text", "german"),
    [
        # a foreign unit with two letters swapped still says what the number counts
        ("bebeğim 6 hatfalık", "Baby 6 Wochen alt"),
        ("ребенок 9 мсеяцев", "Kind 9 Monate"),
        ("córka 4 miseięcy", "Tochter 4 Monate"),
        ("oğlum üç yaşnıda", "Sohn 3 Jahre"),
        ("Kind 3 Jahre, 5 Tage alt", "Kind 3 Jahre, 5 Tage alt"),  # German stays German
    ],
)
def test_a_misspelt_foreign_unit_is_still_a_unit(text: str, german: str) -> None:
    assert germanise(text) == german


@pytest.mark.parametrize(
    "text",
    [
        # digits glued to German and English suffixes and codes are numbers, not Arabizi
        "Kind 3jährig, U7a gemacht",
        "2te Klasse, 10er Karte",
        "3x die Woche, h5n1",
        "5er Gruppe, 2nd",  # English "5yo" is an age: tests/test_understanding_english.py
        "Bus 7a, 3mal im Monat",
    ],
)
def test_numbers_with_suffixes_are_no_arabizi(text: str) -> None:
    assert germanise(text) == text


@pytest.mark.parametrize(
    "text",
    [
        # a child noun before an Arabizi word no rule knows: "Sohn 3ayesh" is no 3-year-old
        "ibni 3ayesh 3end sitto, Unna",
        "Kind 3ayyan, Arzt in Selm",
        "ibni 7aseb 7alo wa7id, Lünen",
        "binti 2albha wa2ef, Kamen",
    ],
)
def test_arabizi_digits_are_no_ages(catalogue: Catalogue, text: str) -> None:
    """A "3" or "7" that is a letter is not a child's age, whether or not a rule knows the word."""
    assert understand(text, catalogue).age is None


@pytest.mark.parametrize(
    ("text", "age", "place", "topic"),
    [
        ("ibni 3omro 2 snin ma 3am yi7ki, Unna", AgeRange(24, 35), "unna", "sprachfoerderung"),
        ("binti 3omra 5 shhur, 3am tebki, Kamen", AgeRange(5, 5), "kamen", "schreibaby_schlaf"),
        ("mrati 7amel, Hebamme fi Werne", AgeRange(-9, -1), "werne", "schwangerschaft_geburt"),
        ("dochka 10 mesyacev ploho spit, Kamen", AgeRange(10, 10), "kamen", "schreibaby_schlaf"),
        ("дочери два с половиной года, садик в Камене", AgeRange(30, 30), "kamen",
         "kita_betreuung"),
        ("сыну полгода, плохо спит, Люнен", AgeRange(6, 6), "luenen", "schreibaby_schlaf"),
        ("дитина 5 років, логопед в Унні", AgeRange(60, 71), "unna", "sprachfoerderung"),
        ("син 8 років, репетитор, у Бергкамені", AgeRange(96, 107), "bergkamen",
         "lernfoerderung"),
        ("بنتي عمرها نص سنة، تبكي كثير، أونا", AgeRange(6, 6), "unna", "schreibaby_schlaf"),
        ("زوجي يضربني والأطفال ٤ و ٦ سنوات، Selm", AgeRange(48, 83), "selm", "kinderschutz"),
        ("kocam beni dövüyor, çocuklar 3 ve 8 yaşında, Unna", AgeRange(36, 107), "unna",
         "kinderschutz"),
    ],
)  # fmt: skip
def test_foreign_requests_are_understood(
    catalogue: Catalogue, text: str, age: AgeRange, place: str, topic: str
) -> None:
    request = understand(text, catalogue)
    assert (request.age, request.place) == (age, place)
    assert topic in request.topics


@pytest.mark.parametrize(
    ("answer", "age"),
    [
        ("3omro 4 snin", AgeRange(48, 59)),
        ("sne w nos", AgeRange(18, 18)),
        ("полгода", AgeRange(6, 6)),
        ("٤ سنين ونص", AgeRange(54, 54)),
        ("dva goda", AgeRange(24, 35)),
    ],
)
def test_a_foreign_bare_answer_is_an_age(answer: str, age: AgeRange) -> None:
    assert bare_age(answer) == age
