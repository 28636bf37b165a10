"""Several children of one family told in one message (siblings54).

The help a message asks is often for all of a family's children: the age is then the span of
them all. A baby named by a word among its siblings' ages is a child of the list at month 0
("3 Kinder (Baby, 5 und 8)"); a count of children is never an age ("Geschwister 4 und 6 …,
Familie hat 4 Kinder"); needs pointed at the elder ones and at the little one ask for all of them;
care for a pregnancy asked in one breath with a born child's need spans both; a brother or sister
added to the child asked about ("…, der Bruder (12) eigentlich auch") is asked about too (a later
turn's sibling: `test_siblings54_turns.py`). Look-alikes keep one child: a need only the baby's
stage takes, a setting only told, a sibling told without need. Every sentence is new, written for
this file.
"""

from __future__ import annotations

import pytest

from bot.text import clean, fold
from bot.understanding.age import parse_age


def age(text: str) -> tuple[int, int] | None:
    found = parse_age(fold(clean(text)))
    return None if found is None else (found.low, found.high)


@pytest.mark.parametrize(("text", "span"), [
    # a baby word in the list: month 0, the numbers are the siblings' years
    ("Alleinerziehende mit 3 Kindern (Neugeborenes, 2 und 7), braucht Hilfe beim Wohngeld",
     (0, 95)),
    ("Familie aus dem Irak, 3 Kinder (Baby, 4 und 9), sucht Integrationsangebote", (0, 119)),
    ("Kinder 5, 8 und ein Baby, Mutter sucht Entlastung in Bönen", (0, 107)),
    ("2 Kinder (Säugling, 6), Vater sucht Beratung", (0, 83)),
    # a list after the children's noun is no count ("Familie hat 5 Kinder" is one)
    ("Anmeldung Geschwister 3 und 5 (Schwimmkurs), die Familie hat 5 Kinder, Beitrag zu hoch",
     (36, 71)),
    # needs for the elder ones and for the little one: all of them
    ("3 Kinder (2, 7, 9) – Hort für die Großen und Tagespflege für die Kleine, Unna", (24, 119)),
    ("OGS für die Großen (8, 10) und Krippenplatz für den Kleinen (1), Kamen", (12, 131)),
    # pregnancy care and a born child's need asked together
    ("schwanger 30. SSW, Tochter 3, suche Hebamme und Spielgruppe in Werne", (-6, 47)),
    ("KM schwanger (ET 05/27), Sohn 7 J.; Bedarf: Geburtsvorbereitung + OGS-Platz", (-9, 95)),
    # a sibling added to the child asked about, or both heading the need
    ("Der Sohn (9) braucht Nachhilfe, die Schwester (11) eigentlich auch. Selm", (108, 143)),
    ("Baby 5 Monate und Schwester 3 Jahre, beide husten ständig, Kinderarzt in Lünen?", (5, 47)),
])  # fmt: skip
def test_the_children_asked_about_together_span_them_all(
        text: str, span: tuple[int, int]) -> None:
    assert age(text) == span


@pytest.mark.parametrize(("text", "span"), [
    ("Baby, 5 Monate, schreit viel, Unna", (5, 5)),  # the baby's own months
    ("Baby 4 und 6 Monate alt, Zwillinge", (4, 6)),
    ("Kinder: 3 (Alter nicht erfasst), Erziehungsberatung", None),  # the count alone
    # a Kita named as the setting, the pregnancy care asked: the unborn child
    ("Die Mama eines Kita-Kindes (5 Jahre) ist in der 20. SSW und sucht eine Hebamme", (-9, -1)),
    # a sibling told without anything added
    ("Tochter (8) braucht Lernförderung, ihr Bruder (12) spielt Fußball. Selm", (96, 107)),
])  # fmt: skip
def test_one_child_stays_one(text: str, span: tuple[int, int] | None) -> None:
    assert age(text) == span
