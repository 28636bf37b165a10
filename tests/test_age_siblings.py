"""Brothers and sisters told beside the child a request is for: the family around a newborn or a
named child is context, unless the need is aimed at the brothers and sisters themselves."""

from __future__ import annotations

import pytest

from bot.models import AgeRange
from bot.text import clean, fold
from bot.understanding.age import parse_age

CASES = [
    # "noch … Kinder": children the family has besides the one asked about
    ("Zwillinge gestern geboren, Mama hat noch 3 Kinder zu Hause (2, 4 und 7 Jahre). Sie "
     "braucht Hilfe im Haushalt. Kamen-Methler", (0, 0)),
    ("zwillinge, frühchen, getz vier monate, und die mama hat noch zwei große (5 und 7) anne "
     "backe. die braucht entlastung", (4, 4)),
    ("Neugeborenes, die Mutter hat noch zwei Große (6 und 9), braucht Haushaltshilfe, Selm",
     (0, 0)),
    ("Tochter 10 Monate, die Familie hat noch zwei ältere Kinder, 6 und 9, Mutter erschöpft",
     (10, 10)),
    # brothers and sisters said to be at home
    ("Baby 3 Wochen, Geschwister 2 und 5 zuhause, Mutter braucht Entlastung. Unna", (0, 0)),
    ("Sohn 8, Geschwister 3 und 12 sind daheim, er braucht Nachhilfe in Mathe", (96, 107)),
    # a single brother or sister was already another person
    ("Sohn 4 Monate, große Schwester 6, Mama erschöpft, Unna", (4, 4)),
    # ... but a need aimed at the brothers and sisters is theirs
    ("Sternenkind in der 23. SSW, die Familie hat noch 2 Kinder (3 u. 6). Trauerbegleitung für "
     "die Geschwister?", (36, 83)),
    ("Palliativpatient 9 J., Geschwister 4 und 12 brauchen Begleitung in der Trauer.",
     (48, 155)),
    ("Geschwister 10 und 12 müssen in der Schule angemeldet werden, dazu ein Säugling.",
     (120, 155)),
    # ... and with no other child named they are the children asked about
    ("Die Familie hat noch zwei Kinder, 6 und 9, beide brauchen Hausaufgabenhilfe.", (72, 119)),
    ("Geschwister 5 und 12 zuhause allein, suchen ein Ferienangebot", (60, 155)),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_brothers_and_sisters_beside_the_child(text: str, expected: tuple[int, int]) -> None:
    assert parse_age(fold(clean(text))) == AgeRange(*expected)
