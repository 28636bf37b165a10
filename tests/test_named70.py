"""A help asked by name (named70): where nothing fits, the gap is recorded; held here at this
age and place, it is answered.

Measured and left as it is: where the named help is held here only for another age, the story's
needs still carry the answer (`main_need_asked.held_by_name`; requiring the age too made 34
labelled requests worse for 17 better, see tests/data/named70/README.md). These tests pin what
holds either way. The sentences are written for these tests, none is taken from a labelled set.
"""

from __future__ import annotations

import pytest

from bot.assistant import Assistant

GAP = [
    "Meine Tochter ist 9 und wird gehänselt. Gibt es in Selm einen Jugendtreff für sie?",
    "Die Mutter ist depressiv und sucht mit ihrer Zweijährigen eine Krabbelgruppe in Bönen.",
]

ANSWERED = [
    # the named help held here for this age: answered
    ("Unser Sohn ist 5 und hat ADHS. Gibt es in Bönen einen Elternkurs für uns?", "BOE-010"),
    ("Wir sind neu zugezogen, Baby 7 Monate. Gibt es in Holzwickede eine Krabbelgruppe?",
     "HOL-001"),
    ("Mein Sohn ist 13 und langweilt sich nur zu Hause. Gibt es in Holzwickede einen Jugendtreff?",
     "HOL-006"),
]


@pytest.mark.parametrize("text", GAP)
def test_named_help_for_another_age_is_a_gap(assistant: Assistant, text: str) -> None:
    """Nothing is shown as fitting in place of the help asked for; the gap is recorded."""
    answer, _session = assistant.respond(text)
    assert answer.gap is not None
    assert not answer.offers


@pytest.mark.parametrize(("text", "offer"), ANSWERED)
def test_named_help_at_this_age_is_answered(assistant: Assistant, text: str, offer: str) -> None:
    """Look-alikes: the named help is held at this age and place."""
    answer, _session = assistant.respond(text)
    assert answer.gap is None
    assert offer in [hit.offer.id for hit in answer.offers[:3]]
