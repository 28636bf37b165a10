"""Who a follow-up is about, read from the conversation, through `chat --json` (issue 8, round 3).

Classes from the conv9fix fresh set and the tuning conversations, with sentences written for this
file: in a pregnancy case "das Baby" after the birth is the unborn child (its age stays, and a
turn naming only it and a need stays the case); "für sie" in a turn whose only person is a
parent asks help for that parent; "sie spricht Polnisch" as a whole turn asks for offers in that
language, and "Russisch ginge auch" then widens it.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_conversation_classes import chat

PREGNANT = "Klientin in der 31. SSW, wohnt in Bönen, sucht Beratung in der Schwangerschaft"


@pytest.mark.parametrize("then", [
    "und wenn das Kind dann da ist, kommt jemand zum Baby nach Hause?",
    "Gibt es für die Zeit nach der Entbindung auch eine Gruppe fürs Baby?",
    "wer hilft ihr später mit dem Säugling?",
])
def test_the_baby_after_the_birth_is_the_unborn_child(tmp_path: Path, then: str) -> None:
    before, after = chat(tmp_path, [("c", PREGNANT), ("c", then)])
    assert before["understood"]["age_months"][1] < 0
    assert after["understood"]["age_months"][1] < 0  # no offer for born babies shown as fitting
    assert after["understood"]["place"] == "boenen"  # the same case, not a new one
    assert after["question"] is None


@pytest.mark.parametrize("then", [
    "sie hat noch ein Baby, 7 Monate, gibt es eine Krabbelgruppe?",
    "Anderer Fall: Baby 4 Monate in Werne, Eltern suchen Babymassage",
])
def test_a_baby_with_its_own_age_is_another_child(tmp_path: Path, then: str) -> None:
    _before, after = chat(tmp_path, [("c", PREGNANT), ("c", then)])
    assert after["understood"]["age_months"][0] >= 0


def test_a_restated_child_without_a_place_stays_the_case(tmp_path: Path) -> None:
    answers = chat(tmp_path, [("c", "Säugling 5 Monate, Mutter sucht Kontakt zu anderen Müttern"),
                              ("c", "Gibt es für das Baby auch was mit Bewegung?"),
                              ("c", "Holzwickede")])  # fmt: skip
    assert [a["understood"]["age_months"] for a in answers] == [[5, 5]] * 3
    assert answers[2]["understood"]["place"] == "holzwickede"


@pytest.mark.parametrize("then", [
    "Bei der Mutter wurde eine Depression festgestellt. Gibt es Unterstützung speziell für sie?",
    "Der Vater ist schwer alkoholkrank. Was gibt es für ihn selbst?",
])
def test_for_her_after_a_parent_asks_help_for_that_parent(tmp_path: Path, then: str) -> None:
    _before, after = chat(tmp_path, [
        ("c", "Frühchen, jetzt 9 Wochen alt, Familie in Selm, Eltern wünschen Begleitung zuhause"),
        ("c", then)])  # fmt: skip
    assert after["understood"]["age_months"] == [2, 2]
    assert not after["gap"]  # offers for parents of a baby exist
    assert after["offers"]


@pytest.mark.parametrize(("turns", "languages"), [
    (["sie spricht Polnisch"], ["pl"]),
    (["die Mutter spricht nur Arabisch"], ["ar"]),
    (["sie spricht Polnisch", "Russisch ginge auch"], ["pl", "ru"]),
])
def test_who_speaks_which_language_asks_for_it(
    tmp_path: Path, turns: list[str], languages: list[str]
) -> None:
    answers = chat(tmp_path, [("c", "Kind 4, Unna-Massen, Sprachförderung gesucht"),
                              *(("c", t) for t in turns)])  # fmt: skip
    assert answers[-1]["understood"]["languages"] == languages
    assert answers[-1]["understood"]["place"] == "unna-massen"
    assert answers[-1]["understood"]["age_months"] == [48, 59]


SAD = "Familie in Lünen-Süd, Sohn 9, Eltern haben sich getrennt, er ist nur noch traurig. Beratung?"


@pytest.mark.parametrize(("then", "age"), [
    ("Die Schwester ist 5 und schläft seitdem schlecht, gibts für die auch was?", [60, 71]),
    ("sein bruder, 13, hat auch probleme, auch was für ihn?", [156, 167]),
    ("Und die Kleine, 4, macht wieder ins Bett. Is there something for her too?", [48, 59]),
])  # fmt: skip
def test_the_same_help_for_a_sibling_keeps_the_need(
    tmp_path: Path, then: str, age: list[int]
) -> None:
    before, after = chat(tmp_path, [("c", SAD), ("c", then)])
    assert after["understood"]["age_months"] == age
    assert after["understood"]["place"] == "luenen-sued"
    assert set(before["understood"]["topics"]) <= set(after["understood"]["topics"])


def test_help_for_her_too_after_a_parent_is_for_the_parent(tmp_path: Path) -> None:
    _before, after = chat(tmp_path, [
        ("c", SAD), ("c", "Die Mutter ist selbst völlig erschöpft, gibt es für sie auch was?")])
    assert after["understood"]["age_months"] == [108, 119]
    assert after["offers"]


@pytest.mark.parametrize("then", [
    "passt, schau ich mir an",
    "danke, ich ruf da gleich an",
    "ok, probier ich",
    "great, I'll call them tomorrow",
    "guck ich mir heute abend mal an 👍",
])
def test_acting_on_the_answer_closes_the_turn_without_a_replay(tmp_path: Path, then: str) -> None:
    before, after = chat(tmp_path, [("c", "Sprachförderung für Kind 4 in Bönen"), ("c", then)])
    assert after["prompt"] == "thanks"
    assert after["understood"] == before["understood"]
    assert after["question"] is None


def test_a_call_with_a_new_place_is_still_a_refinement(tmp_path: Path) -> None:
    _before, after = chat(tmp_path, [("c", "Sprachförderung für Kind 4 in Bönen"),
                                     ("c", "ruf ich an, oder gibt es das auch in Unna?")])
    assert after["understood"]["place"] == "unna"
    assert after["prompt"] is None


@pytest.mark.parametrize(("then", "age"), [
    ("und der Zwillingsbruder? gleiches Problem", [60, 71]),  # a twin: the same age
    ("what about her twin sister?", [60, 71]),
    ("und die Halbschwester?", None),  # another child: its age is asked
    ("und für den Stiefbruder?", None),
])  # fmt: skip
def test_a_sibling_in_a_compound_is_another_child(
    tmp_path: Path, then: str, age: list[int] | None
) -> None:
    _before, after = chat(tmp_path, [("c", "Mädchen 5 in Werne, Logopädie gesucht"), ("c", then)])
    assert after["understood"]["age_months"] == age
    assert after["understood"]["place"] == "werne"
    assert after["prompt"] is None
    assert ((after["question"] or {}).get("kind") == "age") == (age is None)


GROUP = "Welche Angebote hat der Kreis für 6- bis 10-Jährige, deren Vater alkoholabhängig ist?"


@pytest.mark.parametrize(("then", "age", "place", "same"), [
    ("Es geht konkret um ein Mädchen, 8, aus Lünen-Brambauer.", [96, 107], "luenen-brambauer",
     True),
    ("Genauer gesagt um einen Siebenjährigen, die Familie lebt in Kamen.", [84, 95], "kamen", True),
    ("Ganz anderes Thema: Jugendlicher, 16, wohnt in Werne und hat Stress zu Hause.",
     [192, 203], "werne", False),
])  # fmt: skip
def test_one_child_of_the_group_asked_about_keeps_the_need(
    tmp_path: Path, then: str, age: list[int], place: str, same: bool
) -> None:
    before, after = chat(tmp_path, [("c", GROUP), ("c", then)])
    assert after["understood"]["age_months"] == age
    assert after["understood"]["place"] == place
    assert (after["understood"]["topics"] == before["understood"]["topics"]) is same


RAGE = "Junge 6 in Bergkamen, ständig Wutanfälle, die Kita ist ratlos"


@pytest.mark.parametrize("then", [
    "lieber was, wo die Mama hingehen kann",
    "die Eltern bräuchten eher selbst Unterstützung",
    "something where the mum can go and talk?",
])
def test_the_parent_as_the_one_to_help_moves_the_need(tmp_path: Path, then: str) -> None:
    before, after = chat(tmp_path, [("c", RAGE), ("c", then)])
    assert after["prompt"] is None  # read, not "nicht verstanden"
    assert after["understood"]["age_months"] == before["understood"]["age_months"]
    assert len(after["understood"]["topics"]) > len(before["understood"]["topics"])


@pytest.mark.parametrize("then", ["wo die Mutter wohnt, gibt es das auch?",
                                  "Der Vater ist selbst Erzieher."])
def test_a_fact_about_a_parent_is_no_help_for_the_parent(tmp_path: Path, then: str) -> None:
    before, after = chat(tmp_path, [("c", RAGE), ("c", then)])
    assert after["understood"]["topics"] == before["understood"]["topics"]


@pytest.mark.parametrize(("then", "code"), [
    ("Türkisch wäre besser", "tr"), ("am liebsten auf Polnisch", "pl"), ("ideally Arabic", "ar"),
])
def test_a_preferred_language_alone_asks_for_it(tmp_path: Path, then: str, code: str) -> None:
    _before, after = chat(tmp_path, [("c", RAGE), ("c", then)])
    assert after["understood"]["languages"] == [code]
    assert after["understood"]["age_months"] == [72, 83]


@pytest.mark.parametrize("then", ["Ist das auch für Väter?", "is that also for dads?",
                                  "sind die auch für Pflegeväter?"])
def test_asking_whom_the_offer_shown_serves_keeps_the_need(tmp_path: Path, then: str) -> None:
    before, after = chat(tmp_path, [("c", "Erziehungsberatung für ein Mädchen, 8, in Unna"),
                                    ("c", then)])  # fmt: skip
    assert after["understood"]["topics"][0] == before["understood"]["topics"][0]
    assert after["understood"]["place"] == "unna"
    assert after["offers"]
