"""A parent's own trouble told beside the child is the family's burden (parents53 round 2): a
pronoun carries its parent to the words, workplace and course adults are parents served, an adult's
lasting illness is named, and protecting or telling the children is what is asked."""

from __future__ import annotations

import pytest

from bot.catalogue.index import Catalogue
from bot.understanding import understand

CASES = [
    # a subject pronoun stands for the father named before the trigger's window
    ("Der Vater von der kleinen Mia (2) hat mir heute erzählt, dass er spielt, Automaten, und "
     "8.000 Euro Schulden hat. Lünen", "belastete_eltern", "medien_sucht"),
    # an employee-assistance ticket's adult with a child is a parent
    ("Ticket | MA m, 29 | Anliegen: Sportwetten, Lohn gepfändet, gemeinsames Kind 4 J. | 59174",
     "belastete_eltern", "medien_sucht"),
    # an adult's lasting illness by name, and telling the children of it
    ("Pat. w 38, MS-Schub, 2 Kinder (8 und 10). Sie will lernen wie sie den Kindern ihre "
     "Krankheit erklärt. Bergkamen", "erziehungsberatung", "gewaltpraevention"),
    ("Mutter hat MS, 2 Kinder (8 und 10). Sie will lernen wie sie den Kindern ihre Krankheit "
     "erklärt. Bergkamen", "erziehungsberatung", "ogs_ganztag"),
    # the illness as a story's background where another help is asked stays weak
    ("Mutter sitzt nach einem MS-Schub im Rollstuhl, der Vater pflegt sie und arbeitet halbtags. "
     "Tochter (5) soll noch schwimmen lernen – Seepferdchen in Kamen?", "freizeit_sport_kultur",
     "belastete_eltern"),
    # protecting the child beside a parent's psychosis
    ("KONSILBOGEN | Pat.: m, 30 J. | Cannabis-induzierte Psychose | Vater eines Säuglings, 4 "
     "Monate | Partnerin bittet um Beratung, wie sie das Kind schützen kann | Schwerte",
     "kinderschutz", None),
    # a school certificate a parent catches up on asks for childcare
    ("Mutter, 21 J., ohne Schulabschluss | Begleitkind: 2 J. | Lünen | Mutter will den "
     "Hauptschulabschluss nachholen und braucht dafür Betreuung für das Kind",
     "kita_betreuung", None),
    # the son named first is the one the pronoun stands for: his own gaming
    ("Sohn 15, die Mutter sagt, er zockt nur noch Sportwetten am Handy. Unna", "medien_sucht",
     "belastete_eltern"),
]


@pytest.mark.parametrize(("text", "topic", "not_topic"), CASES)
def test_a_parents_own_trouble(catalogue: Catalogue, text: str, topic: str,
                               not_topic: str | None) -> None:
    topics = understand(text, catalogue).topics
    assert topic in topics
    if not_topic:
        assert not_topic not in topics
