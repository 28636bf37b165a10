"""Conversation classes found in conv9 and holdout6 (round 17), through `chat --json`.

Each test is one class of turn the conversation read wrongly; its sentences are new ones written
for this file, not copies of the set's: a follow-up about one of the children already spoken of
("für den 9-jährigen auch?", "el grande, 6") keeps the family's place; a caller announced anew
("Nächster Anrufer:") starts a new case; praise of the help ("Sie sind mir eine große Hilfe")
closes the case; a correction that ends in an apology or an emoji replaces the age; "der Große"
in a longer turn is the oldest of the children spoken of.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_conversation_classes import chat

FAMILY = "Familie mit drei Kindern (2, 5 und 10), kaum Geld für Schulsachen, wohnen in Kamen"


@pytest.mark.parametrize("follow_up", [
    "und Nachhilfe für den 10-jährigen?",
    "der Große, 10, braucht dringend Hausaufgabenhilfe",
    "gibt es auch was zur Sprachförderung, so für 4-6 Jahre?",
    "y el mayor, 10, necesita Nachhilfe",
])  # fmt: skip
def test_a_follow_up_about_one_of_the_children_keeps_the_family_place(
    tmp_path: Path, follow_up: str
) -> None:
    first, later = chat(tmp_path, [("c", FAMILY), ("c", follow_up)])
    assert first["understood"]["place"] == "kamen"
    assert later["understood"]["place"] == "kamen"
    assert later["question"] is None or later["question"]["kind"] != "place"


@pytest.mark.parametrize("opener", [
    "Nächster Anrufer: Vater, Tochter 8, Streit wegen Handy",
    "Noch ein Anruf: Mutter mit Sohn 13, Mobbing in der Schule",
    "Danke. Nächste Ratsuchende: Oma, Enkel 5, Sprachförderung",
    "Next caller: a dad, his son is 9, bullied at school",
    "Nächster Anrufer: Opa, Enkel 4, die Mutter ist im Krankenhaus, er braucht eine Kita",
    "Noch ein Anruf: die Tochter ist 15 und ritzt sich, die Mutter ist verzweifelt",
])  # fmt: skip
def test_a_caller_announced_anew_is_a_new_case(tmp_path: Path, opener: str) -> None:
    _, new = chat(tmp_path, [("c", FAMILY), ("c", opener)])
    assert new["understood"]["place"] is None and new["carried"] == []
    assert new["question"] is not None and new["question"]["kind"] == "place"


@pytest.mark.parametrize("praise", [
    "Vielen Dank, Sie waren mir eine riesige Hilfe!",
    "Danke, das hat mir sehr geholfen.",
    "Super, ihr seid eine echte Hilfe",
    "Thanks, you have been a great help",
])  # fmt: skip
def test_praise_of_the_help_closes_the_case(tmp_path: Path, praise: str) -> None:
    first, reply = chat(tmp_path, [("c", FAMILY), ("c", praise)])
    assert reply["prompt"] == "thanks" and reply["question"] is None
    assert reply["page"]["shown"] == first["page"]["shown"]


@pytest.mark.parametrize(("said", "correction", "age"), [
    (7, "Korrektur: sie ist 9 nicht 7 sorry", [108, 119]),
    (10, "ups, er ist 12 nicht 10 😅", [144, 155]),
    (7, "sie ist 6 nicht 7, entschuldigung", [72, 83]),
])  # fmt: skip
def test_a_correction_ending_in_an_apology_replaces_the_age(
    tmp_path: Path, said: int, correction: str, age: list[int]
) -> None:
    _, _, corrected = chat(tmp_path, [
        ("c", f"Lernförderung für ein Kind, {said} Jahre"), ("c", "Unna"), ("c", correction)])
    assert corrected["understood"]["age_months"] == age
    assert corrected["understood"]["place"] == "unna"


@pytest.mark.parametrize(("follow_up", "age"), [
    ("Gibt es für die Große auch jemanden, mit dem sie über die Trennung reden kann?", [156, 167]),
    ("Und für den Kleinsten, der schläft seit der Trennung kaum noch, gibt es da was?", [48, 59]),
    ("Hat die Ältere auch was, wo sie hingehen kann? Sie zieht sich total zurück.", [156, 167]),
])  # fmt: skip
def test_the_oldest_or_youngest_in_a_longer_turn_is_that_child(
    tmp_path: Path, follow_up: str, age: list[int]
) -> None:
    _, _, later = chat(tmp_path, [
        ("c", "Eltern getrennt, die Kinder leiden sehr, Erziehungsberatung gesucht"),
        ("c", "die beiden sind 4 und 13, wohnen in Bergkamen"), ("c", follow_up)])
    assert later["understood"]["age_months"] == age
    assert later["understood"]["place"] == "bergkamen"


def test_the_little_ones_in_the_plural_are_not_one_child(tmp_path: Path) -> None:
    _, _, later = chat(tmp_path, [
        ("c", "Eltern getrennt, die Kinder leiden sehr, Erziehungsberatung gesucht"),
        ("c", "die drei sind 2, 3 und 6, wohnen in Bergkamen"),
        ("c", "eher was, wo die Mutter mit den Kleinen zusammen hingehen kann")])
    assert later["understood"]["age_months"] != [24, 35]


@pytest.mark.parametrize("waiver", [
    "Und ohne Türkisch? Zur Not übersetzt die große Schwester.",
    "ok, then without Arabic – the dad can translate for her",
    "Deutschsprachig ist auch okay, die Mutter lernt gerade fleißig.",
])  # fmt: skip
def test_a_waived_language_with_its_reason_keeps_the_need(tmp_path: Path, waiver: str) -> None:
    first, later = chat(tmp_path, [
        ("c", "Erziehungsberatung auf Türkisch für eine Familie in Unna, Sohn 7"),
        ("c", waiver)])  # fmt: skip
    assert later["understood"]["languages"] == []
    assert later["understood"]["topics"] == first["understood"]["topics"]
    assert later["understood"]["place"] == "unna"
    assert later["understood"]["age_months"] == [84, 95]


def test_german_going_badly_beside_another_language_is_no_waiver(tmp_path: Path) -> None:
    _, later = chat(tmp_path, [
        ("c", "Erziehungsberatung für eine Familie in Unna, Sohn 7"),
        ("c", "gibt es das auch auf Russisch? Deutsch geht bei der Mutter kaum")])
    assert later["understood"]["languages"] == ["ru"]


@pytest.mark.parametrize("when", [
    "am liebsten nachmittags, weil die Mutter vormittags arbeitet",
    "lieber am Wochenende weil der Vater unter der Woche Schicht hat",
    "am besten abends, sie arbeitet bis 18 Uhr im Supermarkt",
])  # fmt: skip
def test_a_preferred_time_with_its_reason_keeps_the_need(tmp_path: Path, when: str) -> None:
    first, later = chat(tmp_path, [
        ("c", "Elternkurs für die Eltern eines 8-jährigen in Unna, der Junge ist sehr wütend"),
        ("c", when)])  # fmt: skip
    assert first["understood"]["topics"][0] == later["understood"]["topics"][0]
    assert later["understood"]["age_months"] == [96, 107]
    assert later["understood"]["place"] == "unna"


@pytest.mark.parametrize(("sibling", "age"), [
    ("und sein Bruder ist 13, lebt noch bei den Eltern, der schwänzt dauernd", [156, 167]),
    ("ihre kleine Schwester ist 12 und wohnt bei der Mutter, gibt es für die auch was?",
     [144, 155]),
    ("die ältere Schwester, 14, hat auch Stress mit den Eltern", [168, 179]),
])  # fmt: skip
def test_a_siblings_age_beside_the_parents_is_the_siblings(
    tmp_path: Path, sibling: str, age: list[int]
) -> None:
    _, later = chat(tmp_path, [
        ("c", "Junge, 18, von zuhause rausgeflogen, sucht eine Wohnmöglichkeit in Kamen"),
        ("c", sibling)])  # fmt: skip
    assert later["understood"]["age_months"] == age
