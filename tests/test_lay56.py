"""A lay helper's own setting is where she met the family, not the need (lay56).

A Bufdi, a trainee, a volunteer or a coach says where she works before she tells what she saw:
"bin bufdi im jugendtreff …, ein mädel isst nix mehr". The help the story calls for comes first;
the Jugendtreff, the homework club or the team is no topic of its own. Asking for the setting
itself ("… und suche einen Jugendtreff") still asks for it.
"""

from __future__ import annotations

import pytest

from bot.assistant import Assistant

TOLD = [
    ("yo hab ne frage 😅 bin bufdi im jugendtreff in fröndenberg, ein mädel (14) erzählt seit 2 "
     "wochen dass sie nix mehr isst weil sie 'zu fett' ist, wiegt aber max 40 kg. wo gibts hilfe?",
     "psychische_gesundheit", "offene_jugendarbeit"),
    ("ich mach fsj im jugendzentrum in kamen, ein junge (15) ritzt sich und hat es mir gezeigt. "
     "wer hilft dem?", "psychische_gesundheit", "offene_jugendarbeit"),
]

ASKED = [
    ("Ich leite eine Jugendgruppe in Lünen und suche für unsere Jugendlichen (13-16) einen "
     "Jugendtreff mit Angeboten am Abend.", "offene_jugendarbeit"),
    ("Gibt es in Bergkamen eine OGS-Betreuung für unseren Sohn (7) ab dem nächsten Schuljahr?",
     "ogs_ganztag"),
    ("Mein Sohn (12) sucht in Kamen einen Sportverein, am liebsten Fußball.",
     "freizeit_sport_kultur"),
]


@pytest.mark.parametrize(("text", "need", "setting"), TOLD)
def test_the_writers_setting_is_no_need(assistant: Assistant, text: str, need: str,
                                        setting: str) -> None:
    answer, _session = assistant.respond(text)
    topics = answer.request.topics
    assert topics[:1] == (need,)
    assert setting not in topics[:1]
    assert not answer.gap


@pytest.mark.parametrize(("text", "need"), ASKED)
def test_a_setting_asked_for_stays_the_need(assistant: Assistant, text: str, need: str) -> None:
    answer, _session = assistant.respond(text)
    assert answer.request.topics[:1] == (need,)


SUCH = [
    ("Dat Wicht, dem ich in Bork vorlese, acht Jahre, hat mir erzählt, dass der Papa abends so "
     "komisch redet und ganz viele Flaschen Bier trinkt, und die Mama weint dann. Gibt et für "
     "solche Kinder irgendwas?"),
    ("Ich trainiere Kinder in Unna. Ein Junge (10) sagt, seine Mama liegt seit Wochen nur im Bett "
     "und steht nicht mehr auf. Gibt es für Kinder wie ihn was?"),
]


@pytest.mark.parametrize("text", SUCH)
def test_such_children_of_a_burdened_parent(assistant: Assistant, text: str) -> None:
    """"für solche Kinder" after a parent's drinking or despair asks for the children's help."""
    answer, _session = assistant.respond(text)
    assert answer.request.topics[:1] == ("belastete_eltern",)
    assert not answer.gap


def test_such_children_without_a_burdened_parent_adds_nothing(assistant: Assistant) -> None:
    """A hedge alone, with no parent's burden told, names no parents' help."""
    answer, _session = assistant.respond(
        "Ein Junge (9) aus Kamen kann kaum lesen. Gibt es für solche Kinder Nachhilfe?")
    assert "belastete_eltern" not in answer.request.topics
