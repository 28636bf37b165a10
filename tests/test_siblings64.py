"""Several children asked about together: the span of all their ages (siblings64).

A list of ages after a plural child word keeps every child: Platt number words ("sess un
niegen", "veer un söwwen"), a list closed by a full stop before the next sentence, a need for
children of a kind in the plural ("Beratung für Trennungskinder"), a form's history field that
names one child ("bisher: Kita-Platz für die 3-Jährige abgelehnt") beside the asked field.
Look-alikes keep one child: a count of children with one child's age, a parent's age beside
the child's, a need aimed at one child. Sentences are our own, none from an evaluation set.
"""

from __future__ import annotations

import pytest

from bot.catalogue import Catalogue
from bot.understanding import understand

SPANS = [
    ("Mien Dochter in Werne häw twee Jungs, sess un niegen, de wüllt nich mehr no de Schole.",
     (72, 119)),
    ("Ne Mooder met dree Kinner – een Joahr, veer un söwwen. Se kann nich mehr, Unna.",
     (12, 95)),
    ("Eltern getrennt, zwei Kinder fünf und elf, die Kleine weint viel. Gibt es eine Gruppe für "
     "Trennungskinder in Kamen?", (60, 143)),
    ("Wohnort: Bönen | Haushalt: KV (30), 3 Kinder: 2, 4, 5 J. | bisher: Kita-Platz für den "
     "4-Jährigen abgelehnt | Anliegen: Betreuung für alle drei", (24, 71)),
    ("Familie mit zwei Kindern, drei und neun, sucht Freizeitangebote in Kamen", (36, 119)),
    ("Zwei Geschwister in meiner Schwimmgruppe, 5 u 8 Jahre. Beim Umziehen hatte der Große "
     "Striemen am Rücken. Wem melde ich das? Bergkamen", (60, 107)),
]

ONE_CHILD = [
    ("Mutter hat vier Kinder, der Jüngste ist 2 und spricht noch kein Wort, Kamen", (24, 35)),
    ("Eltern (38 und 40) mit Tochter 6, Einschulung steht an, Unna", (72, 83)),
    ("Zwei Kinder (4 und 9), für den 4-Jährigen suchen wir einen Kita-Platz in Lünen", (48, 59)),
    ("Mutter 24, zwei Kinder, das Baby ist 4 Monate und schreit viel, Selm", (4, 4)),
    ("Kinder 3 und 8, für die Kleine suchen wir einen Kita-Platz in Werne", (36, 47)),
    ("Für die Schulkinder unter ihren Kindern (3, 7, 9) sucht sie Nachhilfe, Unna", (84, 119)),
]


@pytest.mark.parametrize(("text", "age"), SPANS + ONE_CHILD)
def test_the_age_spans_the_children_asked_about(catalogue: Catalogue, text: str,
                                                age: tuple[int, int]) -> None:
    request = understand(text, catalogue)
    assert request.age is not None
    assert (request.age.low, request.age.high) == age
