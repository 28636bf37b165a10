"""How health and education professionals write a child's age (notation47).

A report that follows a child over time names the age at an occasion (an examination, the
admission, the first contact) and the age today: the age today is the child's, the younger one of
the occasion gives way. "LM" (Lebensmonate) is a unit of months, "aktuell" marks today's age, and
a pupil of age who looks after a younger sibling is the one asked about. Read through the
assistant: the age it understood, and that every offer it stands behind takes a child of that age.
"""

from __future__ import annotations

import pytest

from bot.assistant import Assistant
from tests.relevance import assert_age_read_and_offers_fit

CASES = [
    # the age at an examination or admission beside the age today
    ("Entwicklungstest mit 15 Monaten grenzwertig, inzwischen 19 Mon. alt, spricht kaum. "
     "Frühförderung in Werne?", (19, 19)),
    ("Bei der Aufnahme in die Kita war sie 2, mittlerweile 4 – spricht nur Arabisch. "
     "Sprachförderung in Bergkamen?", (48, 59)),
    ("Beim ersten Hausbesuch 5 Wochen alt, jetzt 3 Monate, weint nächtelang. Schreiambulanz "
     "Unna?", (3, 3)),
    ("U5 mit 6 Mon., aktuell 9 LM, Mutter sehr erschöpft, Eltern-Kind-Gruppe in Kamen?", (9, 9)),
    # a preterm baby: the age since birth
    ("Frühgeborenes 30+1, korr. 2 Monate, chronologisch 4 Monate, Frühe Hilfen in Bönen", (4, 4)),
    # years;months as developmental diagnostics write it
    ("Befund: Alter 4;07 J., Grafomotorik auffällig, Frühförderung in Selm", (55, 55)),
    # a pupil of age who looks after a younger sister: his own age
    ("Schüler K. (Q1, 18 J.) – Mutter suchtkrank, K. kümmert sich um die kleine Schwester (9). "
     "Gibt es eine Gruppe für junge Angehörige? Wohnort Unna.", (216, 227)),
    # look-alikes that keep their reading
    ("Kind mit 3 Jahren sucht einen Kita-Platz in Kamen", (36, 47)),
    ("Tochter 2 J., jetzt auch der Bruder 6 J. auffällig, Erziehungsberatung Werne", (24, 35)),
    ("aktuell 6 Wochen Wartezeit bei der Frühförderung, Kind 3 J., Lünen", (36, 47)),
    ("Schwanger in der 34+2. SSW, sucht Hebamme in Kamen", (-5, -1)),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_age_in_professional_notation(assistant: Assistant, text: str,
                                      expected: tuple[int, int]) -> None:
    answer, _session = assistant.respond(text)
    assert_age_read_and_offers_fit(answer, expected)
