"""Ages in a conversation that are no new child's age, through `chat --json` (issue 8, round 2).

Classes from the holdout5 and conv6 conversations, with sentences written for this file: a
parent's age said after the child's ("der Vater ist selbst erst 17") keeps the child's and asks
nothing; a count per day ("2-3 joints am tag") is no age to ask about; "vor allem für den Großen,
der ist neun" after several children narrows the case to that child, also with the number spelt
out.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_conversation_classes import chat


@pytest.mark.parametrize(("first", "then"), [
    ("Baby 3 Monate, Familie in Kamen, wir suchen frühe Hilfen",
     "der Vater ist übrigens selbst erst siebzehn"),
    ("Säugling 6 Wochen, Unna, die Familie braucht Unterstützung", "Mama ist 16 und allein"),
    ("Kind 2 Jahre, Bergkamen, Krabbelgruppe gesucht", "die Mutter ist erst 19"),
])  # fmt: skip
def test_a_parents_age_keeps_the_childs_and_asks_nothing(
    tmp_path: Path, first: str, then: str
) -> None:
    before, after = chat(tmp_path, [("c", first), ("c", then)])
    assert after["understood"]["age_months"] == before["understood"]["age_months"]
    assert (after["question"] or {}).get("kind") != "age"


@pytest.mark.parametrize("then", [
    "der kifft 2-3 joints am tag, gibts suchtberatung?",
    "er trinkt 4-5 dosen energy pro tag, was kann man machen?",
    "sie ritzt sich 1-2 mal die woche, gibt es hilfe?",
])
def test_a_count_per_day_is_no_age_to_ask_about(tmp_path: Path, then: str) -> None:
    _before, after = chat(tmp_path, [("c", "Jugendlicher 15 in Lünen, schwänzt die Schule"),
                                     ("c", then)])  # fmt: skip
    assert after["understood"]["age_months"] == [180, 191]
    assert (after["question"] or {}).get("kind") != "age"


@pytest.mark.parametrize(("then", "age"), [
    ("vor allem für den großen, der ist neun", [108, 119]),
    ("also eigentlich für die kleine die ist drei", [36, 47]),
    ("es geht vor allem um den älteren, der ist 9", [108, 119]),
])  # fmt: skip
def test_the_child_a_follow_up_aims_at_narrows_the_case(
    tmp_path: Path, then: str, age: list[int]
) -> None:
    opening = ("Familie in Kamen, drei Kinder 3, 6 und 9, der Vater ist gestorben, die Kinder "
               "sind durcheinander")
    _before, after = chat(tmp_path, [("c", opening), ("c", then)])
    assert after["understood"]["age_months"] == age
