"""A parent told as new as the child: the time since becoming a parent is the baby's age.

"ist seit drei Wochen Vater", "seit 9 Tagen Mama,", "vor 10 Tagen Mama geworden", "wurde vor
zwei Wochen zum vierten Mal Mutter": the request is about the newborn, whose age is that time,
even where the parent's own age stands beside it ("Azubi 19 ist seit 5 Wochen Papa"). Single
for two years, a mother in hospital for three weeks or a father out of work for two months
dates no birth. Read through the assistant: the age understood, and offers that fit it.
"""

from __future__ import annotations

import pytest

from bot.assistant import Assistant
from tests.relevance import assert_age_read_and_offers_fit

CASES = [
    # parenthood since days, weeks or months: the newborn's age
    ("Unser Kollege ist seit zwei Wochen Papa und sucht einen Vätertreff in Unna", (0, 0)),
    ("Kundin (22) ist seit 6 Wochen Mutter und völlig erschöpft, Familienhebamme in Kamen?",
     (1, 1)),
    ("ein schüler, 18, ist seit drei wochen vater, die freundin ist 17. beratung für junge "
     "eltern in lünen?", (0, 0)),
    ("Sie sind seit einem Monat Eltern von Drillingen, Hilfe zuhause in Werne?", (1, 1)),
    ("Herr P. ist seit zehn Tagen stolzer Vater, Babytreff in Bergkamen?", (0, 0)),
    ("Mama seit 5 Tagen, Stillen klappt nicht, Hebamme in Selm gesucht", (0, 0)),
    ("Frau D. ist vor acht Wochen Mutter geworden und sucht eine Krabbelgruppe in Bönen", (1, 1)),
    ("Die Familie wurde vor drei Wochen zum zweiten Mal Eltern, Haushaltshilfe in Holzwickede?",
     (0, 0)),
    # look-alikes: a time since that dates no birth
    ("Seit 3 Jahren alleinerziehende Mutter, Tochter 8 hat Schulangst. Beratung in Unna?",
     (96, 107)),
    ("Sohn 10, seit zwei Wochen Vater im Krankenhaus, Mutter allein. Hilfe in Kamen?",
     (120, 131)),
    ("Mutter (29) ist seit drei Monaten arbeitslos, Kinder 5 und 9 brauchen Hilfe beim "
     "Schulbedarf, Lünen", (60, 119)),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_a_parent_as_new_as_the_child_dates_the_newborn(assistant: Assistant, text: str,
                                                        expected: tuple[int, int]) -> None:
    answer, _session = assistant.respond(text)
    assert_age_read_and_offers_fit(answer, expected)


@pytest.mark.parametrize("text", [
    "Der Vater ist seit 4 Wochen in Elternzeit, Kind 2 Jahre, Spielgruppe in Unna?",
    "Mutter-Kind-Kur seit 3 Wochen beantragt, Sohn 6, Fröndenberg",
])
def test_parent_words_in_other_compounds_date_no_birth(assistant: Assistant, text: str) -> None:
    answer, _session = assistant.respond(text)
    age = answer.request.age
    assert age is not None and age.low >= 24
