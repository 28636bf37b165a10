"""A span per period is how often, never how old.

"Tagesmutter 3 Tage pro Woche", "Kita 5 Tage die Woche", "2 Monate im Jahr bei der Oma": read as
an age, "3 Tage" made a newborn of the toddler beside it and widened the age to [0, 14] months,
so offers for babies were shown as fitting a child of over a year (holdout41 a, in a foster
mother's note). The child's age told beside it stays; a newborn's days stay an age.
"""

from __future__ import annotations

import pytest

from bot.assistant import Assistant
from tests.relevance import assert_age_read_and_offers_fit

CASES = [
    ("Pflegekind, ein Jahr und zwei Monate, Tagesmutter 3 Tage pro Woche gesucht, Lünen",
     (14, 14)),
    ("Kind 4 Jahre, Kita nur 5 Tage die Woche möglich, Kamen", (48, 59)),
    ("Tochter 3 Jahre, Oma nimmt sie 2 Tage die Woche, Beratung in Unna?", (36, 47)),
    ("Sohn 9, ist 2 Monate im Jahr beim Vater in Polen, Nachhilfe in Selm", (108, 119)),
    ("baby 8 months old, childminder 3 days a week, Bergkamen", (8, 8)),
    # look-alikes: a newborn's days and a baby's weeks stay ages
    ("Baby 9 Tage alt, Nachsorgehebamme in Kamen gesucht", (0, 0)),
    ("Säugling 6 Wochen, schreit viel, Schreiambulanz Unna?", (1, 1)),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_a_span_per_period_is_no_age(assistant: Assistant, text: str,
                                     expected: tuple[int, int]) -> None:
    answer, _session = assistant.respond(text)
    assert_age_read_and_offers_fit(answer, expected)
