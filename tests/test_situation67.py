"""The vague ask: a child changed after an event tells the need no word names (situation67).

"gibt es da was?", "so jemanden, mit dem sie reden kann": the writer tells what happened (a
death, an accident, a burglary, a separation) and how the child reacts since ("wie
weggetreten", "klammert", "schläft nicht mehr allein"). The reaction with the event reads as the
child's inner state; a reaction with no event, or a need asked by its name, keeps its reading.
The sentences are written for these tests, none is taken from a labelled set.
"""

from __future__ import annotations

import pytest

from bot.catalogue import Catalogue
from bot.understanding import understand


@pytest.mark.parametrize(
    "text",
    [
        "Seit dem Tod der Oma ist Paul (8) wie ausgewechselt und klammert. Unna. Gibt es da was?",
        "Nach dem Autounfall ist das Mädchen (10) wie weggetreten, Kamen-Mitte, irgendwas?",
        "Nach dem Wohnungsbrand ist der Kleine (6) total verstört. Lünen. Was kann man machen?",
        "Seit dem Einbruch schläft unsere Tochter (7) nicht mehr allein. Werne. Bitte um Ideen.",
        "Junge 13 will mit jemandem reden, aber nicht mit den Eltern. Selm.",
    ],
)
def test_a_child_changed_after_an_event_asks_for_psychological_help(
        catalogue: Catalogue, text: str) -> None:  # fmt: skip
    """The child's reaction after an event is the need: the child's mental health leads."""
    request = understand(text, catalogue)
    assert "psychische_gesundheit" in request.topics[:2]


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        ("Seit der Trennung ist die Tochter (7) traurig. Gibt es in Unna eine Sportgruppe?",
         "freizeit_sport_kultur"),
        ("Der Kleine (2) klammert morgens beim Abschied in der Kita. Gibt es eine"
         " Eltern-Kind-Gruppe in Kamen?", "eltern_kind_gruppen"),
        ("Sohn 9 braucht Nachhilfe in Mathe, seit dem Umzug nach Lünen kommt er nicht mehr mit.",
         "lernfoerderung"),
    ],
)
def test_a_need_asked_by_name_keeps_winning(catalogue: Catalogue, text: str, topic: str) -> None:
    """An explicit ask beside the situation stays the first need."""
    request = understand(text, catalogue)
    assert request.topics[0] == topic
    assert "psychische_gesundheit" not in request.topics


@pytest.mark.parametrize(
    "text",
    [
        "Ich habe soeben mit der Kita gesprochen, der Junge (4) klammert morgens. Unna.",
        "Die Mutter kann nicht mehr allein alles stemmen, Kinder 3 und 5, Kamen.",
    ],
)
def test_a_reaction_without_an_event_is_no_distress(catalogue: Catalogue, text: str) -> None:
    """"klammert", "nicht mehr allein" with no event told credit no mental-health need."""
    request = understand(text, catalogue)
    assert "psychische_gesundheit" not in request.topics
