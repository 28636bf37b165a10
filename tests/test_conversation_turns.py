"""Turns of a conversation by kind, through `chat --json` on the shipped catalogue.

Each test is one class of turn from the conv4 set (`tests/data/conv4/`), with sentences written
for this file: a need word whose age is only its stage ("Kita ab nächstem Jahr?") about the same
child, and a need nobody knows after a sign of danger to a child.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_conversation_classes import chat


@pytest.mark.parametrize(("first", "then"), [
    ("Baby 8 Monate, Unna-Königsborn, Krabbelgruppe", "Kita ab nächstem Jahr?"),
    ("Mädchen 4, Sprachförderung in Bergkamen", "und OGS später?"),
    ("Junge, 10 Monate, Kamen-Methler, Babyschwimmen", "gibt es auch einen Kitaplatz?"),
])  # fmt: skip
def test_a_need_whose_only_age_is_its_stage_is_the_same_child(
    tmp_path: Path, first: str, then: str
) -> None:
    before, after = chat(tmp_path, [("c", first), ("c", then)])
    assert after["understood"]["place"] == before["understood"]["place"]
    assert after["understood"]["age_months"] == before["understood"]["age_months"]
    assert after["understood"]["topics"] != before["understood"]["topics"]
    assert after["question"] is None


@pytest.mark.parametrize("then", [
    "Kita, Kind 4?",  # a number of its own: another child, its place is asked
    "gibt es einen Kitaplatz für ein Kind, 5 Jahre?",
])
def test_a_need_with_an_age_of_its_own_is_not_the_known_child(tmp_path: Path, then: str) -> None:
    _before, after = chat(tmp_path, [("c", "Baby 8 Monate, Unna-Königsborn, Krabbelgruppe"),
                                     ("c", then)])  # fmt: skip
    assert after["understood"]["age_months"][0] >= 48


@pytest.mark.parametrize("then", [
    "was gibt es für die Kinder zur Verarbeitung?",
    "und Verarbeitungshilfe für beide?",
    "gibt es Verarbeitungshilfe für Kinder?",
])
def test_a_need_nobody_knows_after_a_sign_of_danger_keeps_protection_first(
    tmp_path: Path, then: str
) -> None:
    first = "häusliche Gewalt, Mutter mit zwei Kindern (3 und 7) ist ins Frauenhaus, Unna"
    before, after = chat(tmp_path, [("c", first), ("c", then)])
    assert "error" not in after
    assert after["child_protection"] and after["emergency"]
    assert after["understood"]["place"] == "unna"
    assert after["understood"]["topics"] == before["understood"]["topics"]
