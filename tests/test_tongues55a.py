"""Ages, needs and wishes told in Irish, Haitian Creole and Yiddish (tongues55a).

Irish counts with mutation and puts the teen's "déag" after the noun ("trí bliana déag d'aois",
13); Haitian Creole is dictated in lower case, and its year "an" is German "an", so it is a year
only after a Creole number word or after "gen" (has); Yiddish is written with or without vowel
points and ligatures, and counts in Hebrew letters too ("י״ב יאָר", 12). Look-alikes stay German.
Every sentence is new, written for this file.
"""

from __future__ import annotations

import pytest

from bot.understanding.foreign import germanise
from bot.understanding.foreign_hebrew import hebrew_letters


@pytest.mark.parametrize(("text", "expected"), [
    ("Róisín, naoi mbliana d'aois, Kamen", "9 Jahre alt"),
    ("buachaill trí bliana déag d'aois", "13 Jahre"),
    ("an cailín, dhá bhliain déag d'aois", "12 Jahre"),
    ("leanbh ceithre seachtaine d'aois", "4 Wochen alt"),
    ("athair cúig bliana is tríocha d'aois", "35 Jahre"),
    ("pitit fi li gen uit an", "8 Jahre"),
    ("ti gason an gen 11 an", "11 Jahre"),
    ("bebe a gen sis mwa", "6 Monate"),
    ("katòz an", "14 Jahre"),
    ("א ייִנגל פֿון פֿיר יאָר", "4 Jahre"),
    ("מיידל, ט״ז יאָר", "16 Jahre"),
    ("דאָס בעיבי איז דרײַ װאָכן אַלט", "3 Wochen alt"),
])  # fmt: skip
def test_an_age_in_the_family_language_is_read(text: str, expected: str) -> None:
    assert expected in germanise(text)


@pytest.mark.parametrize(("text", "expected"), [
    ("Kurs sou kreyòl oswa franse", "auf Kreyòl oder Französisch"),
    ("Beratung as Gaeilge", "auf Irisch"),
    ("א שפּילגרופּע אויף ייִדיש", "auf Jiddisch"),
    ("li ansent sèt mwa", "schwanger 7 Monate"),
])  # fmt: skip
def test_a_wish_and_a_pregnancy_are_read(text: str, expected: str) -> None:
    assert expected in germanise(text)


@pytest.mark.parametrize("text", [
    "Die Schule fängt um 8 an",
    "Wir rufen ab 3 an",
    "sis Monate",
    "Sie kommt am Mi 3 Stunden",
    "Treffen ab 7 an der Schule",
])  # fmt: skip
def test_look_alikes_stay_german(text: str) -> None:
    assert germanise(text) == text


def test_a_gershayim_abbreviation_is_no_number() -> None:
    assert hebrew_letters("ד״ר כהן") == "ד״ר כהן"
    assert hebrew_letters("Kamen, 5 Jahre") == "Kamen, 5 Jahre"
