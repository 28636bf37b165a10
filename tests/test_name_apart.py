"""A child's first name with its age in brackets after a parent noun: the parent described
("Mutter Anna (16)", "Mutter sehr jung (16)") or a child told apart from the parent by a verb
between them ("der Eltern weint Mila (4)") — the child's age must not become the parent's."""

from __future__ import annotations

import pytest

from bot.assistant import Assistant

CASES = [
    # a verb between the parent and the name: the named child's age
    ("Seit der Trennung der Eltern weint Mila (4) jeden Morgen beim Bringen und klammert. "
     "Mutter fragt nach einer Beratungsstelle, wohnen in Methler.", (48, 59)),
    ("Nach dem Umzug der Eltern schweigt Jonas (9) in der Schule, Lernhilfe in Unna?", (108, 119)),
    # look-alikes: the parent named and described, the child's age told apart
    ("Mutter Anna (16) sucht Hilfe, Baby 3 Monate, Kamen", (3, 3)),
    ("Mutter sehr jung (16), Baby 3 Monate, Hebamme in Kamen gesucht", (3, 3)),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_the_named_childs_age(assistant: Assistant, text: str, expected: tuple[int, int]) -> None:
    answer, _session = assistant.respond(text)
    age = answer.request.age
    assert age is not None and (age.low, age.high) == expected
