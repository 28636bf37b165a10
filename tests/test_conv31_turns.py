"""How turns combine (round 31): a turn sent to the wrong chat, a correction of where the child
lives with someone, and one more help asked for with "auch".

Every sentence here is new, written for this file (none from a conversation set).
"""

from __future__ import annotations

import pytest

from bot.catalogue import Catalogue
from bot.models import Prompt
from tests.test_conversation_turn_forms import talk

SPEECH = "Sprachförderung für meine Tochter, 4 Jahre, wir wohnen in Kamen"
ANGRY = "Junge, 8, schlägt in der Pause andere Kinder, Familie wohnt in Unna. Wer hilft?"


@pytest.mark.parametrize("aside", [
    "ups, falscher Chat 🙈",
    "sorry, das war nicht für dich gedacht",
    "bitte ignorieren",
    "wrong chat, sorry!",
    "Oh nein, falsches Fenster 😅",
    "vergiss das bitte",
])  # fmt: skip
def test_a_turn_sent_to_the_wrong_chat_leaves_the_case(catalogue: Catalogue, aside: str) -> None:
    before, after = talk(catalogue, SPEECH, aside)
    assert after.prompt == Prompt.THANKS
    assert after.question is None
    assert after.request.topics == before.request.topics
    assert after.request.age == before.request.age
    assert after.request.place == before.request.place


def test_the_next_turn_after_a_wrong_chat_turn_goes_on_with_the_case(
        catalogue: Catalogue) -> None:  # fmt: skip
    first, _, after = talk(catalogue, SPEECH, "sorry falscher chat", "und in Bergkamen?")
    assert after.request.place == "bergkamen"
    assert after.request.topics == first.request.topics


def test_taking_back_with_a_fact_still_tells_the_fact(catalogue: Catalogue) -> None:
    _, after = talk(catalogue, SPEECH, "vergiss das, sie wohnt in Selm")
    assert after.prompt is None
    assert after.request.place == "selm"


@pytest.mark.parametrize(("correction", "place"), [
    ("Verzeihung, ich habe die Fälle verwechselt: der Junge lebt beim Vater in Selm.", "selm"),
    ("Entschuldigung, er wohnt bei den Großeltern in Werne.", "werne"),
    ("Korrektur: das Kind lebt bei seiner Tante in Bönen", "boenen"),
    ("sorry, he lives with his dad in Schwerte", "schwerte"),
])  # fmt: skip
def test_a_correction_of_whom_the_child_lives_with_moves_only_the_place(
        catalogue: Catalogue, correction: str, place: str) -> None:  # fmt: skip
    before, after = talk(catalogue, ANGRY, correction)
    assert after.request.place == place
    assert after.request.topics == before.request.topics
    assert after.request.age == before.request.age


@pytest.mark.parametrize(("more", "added"), [
    ("Gibt es auch Nachhilfe?", "lernfoerderung"),
    ("Die Mutter fragt auch nach einem Elternkurs.", "elternkurse"),
    ("Der Vater trinkt auch. Gibt es was für Kinder von suchtkranken Eltern?", "belastete_eltern"),
])  # fmt: skip
def test_one_more_help_asked_with_auch_joins_the_case_and_leads(
        catalogue: Catalogue, more: str, added: str) -> None:  # fmt: skip
    before, after = talk(catalogue, ANGRY, more)
    assert after.request.topics[0] == added
    assert set(before.request.topics) <= set(after.request.topics)
    assert after.gap is None  # the help first asked for still has offers in Unna


def test_a_help_asked_instead_replaces_the_case_need(catalogue: Catalogue) -> None:
    before, after = talk(catalogue, ANGRY, "Eigentlich bräuchte er eher Nachhilfe.")
    assert "lernfoerderung" in after.request.topics
    assert not set(before.request.topics) & set(after.request.topics)


def test_a_fact_told_with_auch_keeps_the_case_need_first(catalogue: Catalogue) -> None:
    before, after = talk(catalogue, ANGRY, "Nachtrag: der Vater trinkt auch.")
    assert after.request.topics[: len(before.request.main_topics or before.request.topics)][0] \
        == (before.request.main_topics or before.request.topics)[0]


@pytest.mark.parametrize("first", [
    "eine Mutter sucht eine Krabbelgruppe für sich und ihr Baby",
    "Gibt es einen Treff für Jugendliche? Ein Vater fragt für seinen Sohn.",
])  # fmt: skip
def test_a_life_stage_without_place_asks_the_age_first_then_the_place(
        catalogue: Catalogue, first: str) -> None:  # fmt: skip
    opened, aged = talk(catalogue, first, "der ist 9 Monate" if "Baby" in first else "er ist 15")
    assert opened.question is not None and opened.question.kind == "age"
    assert aged.question is not None and aged.question.kind == "place"
