"""Protect51: injuries and § 8a told in dictation and plain words.

A Kita head dictates "acht punkt a" for § 8a; a teacher notes a burn the child brought back from
the weekend at the father's, a black eye she photographed, a bite mark too big for a child's
teeth. Each is a sign of a threat to the child's welfare: child protection first, with the
emergency numbers. Look-alikes stay as they were: an accident told as fact, a burn treated in
hospital without suspicion, a parent's own injury, an injury denied, a school class "acht a".
"""

from __future__ import annotations

import pytest

from bot.assistant import Assistant
from bot.understanding.dictation_paragraphs import spoken_paragraphs
from bot.understanding.safety import emergency_numbers

SIGNS = [
    # § 8a spoken: "Punkt" between the number and the letter, a paragraph word, "nach"
    "kurze frage acht punkt a der junge ist sechs und weint viel wohnt in kamen",
    "Sprachnachricht: wir brauchen jemanden nach Paragraf acht a für ein Mädchen (7) aus Selm",
    "beratung nach acht a gesucht kind vier jahre unna massen",
    # an injury a professional photographs or documents
    "tagesmutter hier die lisa drei jahre hat ein veilchen am linken auge ich habe es "
    "fotografiert wer berät mich in bönen",
    "Schule Werne: Brandwunde am Handgelenk bei Finn (9), wir haben alles dokumentiert.",
    # an injury the child brings back from a carer's time
    "der kleine (4) hatte nach dem umgang beim vater eine verbrennung am arm, fröndenberg",
    "Mia, 5, kam mit einer Bisswunde am Oberarm vom Papa-Wochenende zurück. Lünen.",
    # a burn or a bite an adult is named for; a bite too big for a child's teeth
    "Verbrennung am Handrücken, der Junge (6) sagt, der Freund von Mama war das. Bergkamen",
    "Bissspur am Bein, viel zu groß für ein Kind, Mädchen zwei Jahre, Holzwickede",
]

# (no sign: no alarm, the asked help among the first three)
LOOKALIKES = [
    (
        "Junge 8 ist vom Fahrrad gefallen und hat ein Veilchen, die Mutter hat es fotografiert. "
        "Er sucht jetzt einen Sportverein in Kamen.",
        {"freizeit_sport_kultur"},
    ),
    (
        "Vater hat selbst eine Brandwunde am Arm und kann das Baby (3 Monate) nicht baden, "
        "die Familie braucht Hilfe im Haushalt, Unna",
        {"fruehe_hilfen", "alleinerziehende_entlastung"},
    ),
    (
        "In der Klasse acht a gibt es viel Streit, wir suchen ein Anti-Mobbing-Training für "
        "die Schüler (13-14), Schwerte",
        {"gewaltpraevention"},
    ),
]


@pytest.mark.parametrize("text", SIGNS)
def test_injury_and_spoken_paragraph_put_protection_first(
    assistant: Assistant, text: str
) -> None:
    answer, _session = assistant.respond(text)
    assert answer.request.child_protection
    assert answer.request.topics[0] == "kinderschutz"
    assert answer.emergency == emergency_numbers()
    assert "kinderschutz" in answer.offers[0].offer.topics


@pytest.mark.parametrize(("text", "asked"), LOOKALIKES)
def test_accident_own_injury_and_class_raise_no_alarm(
    assistant: Assistant, text: str, asked: set[str]
) -> None:
    answer, _session = assistant.respond(text)
    assert not answer.request.child_protection
    assert answer.emergency == ()
    assert any(asked & set(hit.offer.topics) for hit in answer.offers[:3])


@pytest.mark.parametrize(
    ("spoken", "written"),
    [
        ("was tun acht punkt a", "was tun 8a"),
        ("nach Paragraf acht a", "nach § 8a"),
        ("Beratung nach acht a", "Beratung nach 8a"),
        ("gemäß 8 a SGB VIII", "gemäß 8a SGB VIII"),
        ("in der Klasse acht a", "in der Klasse acht a"),  # a school class, no paragraph
        ("Kind acht a", "Kind acht a"),
    ],
)
def test_spoken_paragraph_is_written(spoken: str, written: str) -> None:
    assert spoken_paragraphs(spoken) == written
