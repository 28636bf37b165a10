"""A "ja" confirming the one place the assistant asked about ("Wohnt die Familie in Massen?").

A district name that is also a German word is asked about, not guessed; the natural reply is a
bare "ja". It must settle the place and keep the case's age and need; a "ja" after any other
question, or a reply that says more than yes, is read as before. Every sentence is written here.
"""

from __future__ import annotations

import pytest

from bot.catalogue import Catalogue
from bot.dialogue.affirmation import affirms
from tests.test_conversation_turn_forms import talk

ASKED = "liebeskummer massen nach der entlassung, 16 jahre, braucht psychologische hilfe"


@pytest.mark.parametrize("reply", ["ja", "Ja genau!", "jo, wohnt da 👍", "stimmt", "yes"])
def test_yes_settles_the_place_asked_about(catalogue: Catalogue, reply: str) -> None:
    asked, answered = talk(catalogue, ASKED, reply)
    assert asked.question is not None and asked.question.kind == "place_ambiguous"
    assert answered.request.place == "unna-massen"
    assert answered.request.age == asked.request.age
    assert answered.request.topics == asked.request.topics
    assert answered.question is None


def test_a_place_named_instead_wins(catalogue: Catalogue) -> None:
    _asked, answered = talk(catalogue, ASKED, "nein, in Kamen")
    assert answered.request.place == "kamen"


def test_yes_without_a_place_question_changes_nothing(catalogue: Catalogue) -> None:
    asked, answered = talk(catalogue, "Kind 4, Sprachförderung in Kamen", "ja")
    assert answered.request.place == asked.request.place == "kamen"


@pytest.mark.parametrize(("reply", "yes"), [
    ("ja", True), ("Genau so ist es", True), ("nein", False), ("ja, aber in Kamen", False),
    ("die Familie", False), ("", False),
])  # fmt: skip
def test_what_counts_as_yes(reply: str, yes: bool) -> None:
    assert affirms(reply) is yes
