"""Short years-and-months notes, adults' ages in English, and the Ukrainian/Russian dative.

Sentences written for this table (none from an evaluation set): "(3 y 4)", "1 J. 10 M." are one
child's age in months as "3;4" is; "her boyfriend who is 24", "mum is 19" are adults' ages; the
child an age is told of in the dative ("Хлопчику 8", "сыну 3") is that child.
"""

from __future__ import annotations

import pytest

from bot.catalogue import Catalogue
from bot.understanding import understand


@pytest.mark.parametrize(("text", "months"), [
    ("Kind (3 y 4), Unna, Spielgruppe", 40),
    ("Tochter 1 J. 10 M., Krabbelgruppe in Selm", 22),
    ("Sohn 4 J 2 M, Logopädie in Werne", 50),
    ("toddler aged 2 y 3 m, Lünen, playgroup", 27),
    ("Pat. 3;9, Sprachförderung, Bönen", 45),
])  # fmt: skip
def test_years_and_months_in_short_notes_are_one_age(catalogue: Catalogue, text: str,
                                                     months: int) -> None:  # fmt: skip
    age = understand(text, catalogue).age
    assert age is not None and (age.low, age.high) == (months, months)


@pytest.mark.parametrize("text", [
    "Kinder 3 J. 8 J., Spielgruppe in Kamen",  # two children, no 3;8
    "Zwei Kinder (2 J. 6 M.), Kamen",  # two children: one of 2 years, one of 6 months
])  # fmt: skip
def test_two_ages_in_a_row_are_no_years_and_months(catalogue: Catalogue, text: str) -> None:
    age = understand(text, catalogue).age
    assert age is not None and age.high > age.low  # the span of the children, no single age


@pytest.mark.parametrize(("text", "age"), [
    ("Boy, 14, in Kamen, his girlfriend who is 21 keeps him from school", [168, 179]),
    ("Baby 3 months, mum is 18 and on her own, Unna, home visits?", [3, 3]),
    ("My daughter is 6, my wife is 38, we live in Bergkamen, after-school care", [72, 83]),
])  # fmt: skip
def test_adults_ages_in_english_are_not_the_childs(catalogue: Catalogue, text: str,
                                                   age: list[int]) -> None:  # fmt: skip
    found = understand(text, catalogue).age
    assert found is not None and [found.low, found.high] == age


@pytest.mark.parametrize(("text", "age", "topic"), [
    ("Хлопчику 9, потрібна допомога з домашніми завданнями, Bergkamen", [108, 119],
     "lernfoerderung"),
    ("Синові 13, він постійно грає в комп'ютерні ігри, Kamen", [156, 167], "medien_sucht"),
    ("дівчинці 4 роки, шукаємо садочок, Lünen", [48, 59], "kita_betreuung"),
    ("Мальчику 7, нужна помощь с уроками, Unna", [84, 95], "lernfoerderung"),
    ("Девочке 5 лет, ищем садик, Werne", [60, 71], "kita_betreuung"),
])  # fmt: skip
def test_the_dative_child_of_ukrainian_and_russian_gives_the_age(
    catalogue: Catalogue, text: str, age: list[int], topic: str
) -> None:
    request = understand(text, catalogue)
    assert request.age is not None and [request.age.low, request.age.high] == age
    assert topic in request.topics
