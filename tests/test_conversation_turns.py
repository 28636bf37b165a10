"""Turns of a conversation by kind, through `chat --json` on the shipped catalogue.

Each test is one class of turn from the conv4 sets (`tests/data/conv4/`), with sentences written
for this file: the same child under a stage word ("Kita ab nächstem Jahr?"), answers about places
(a statement, a town outside the Kreis), corrections, a bare new-case marker, an institution's
stage that asks the age, the case already spoken of, a need nobody knows after a sign of danger.
Questions about the list, cards and a parent's needs are in test_conversation_offers.py.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.dialogue.case_mentions import about_the_case
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


@pytest.mark.parametrize(("text", "known"), [
    ("sie ist 4 und geht noch nicht in die Kita", True),
    ("Er hat erzählt, dass er nachts nicht schläft", True),
    ("das Kind ist 4, braucht Sprachförderung", True),
    ("Bei der Mutter wurde eine Depression festgestellt", True),
    ("Oma sagt, dass der Vater trinkt", True),
    ("Die Mutter ist außerdem schwanger, 5. Monat", True),
    ("she also needs a Kita place", True),
    ("Their dad lost his job", True),
    ("Kundin mit Sohn 6, OGS fehlt", False),
    ("Wir suchen für ein Kind (5) Logopädie", False),
    ("Mädchen, 14, Essstörung", False),
    ("Vater alleinerziehend, Sohn 8, Streit zu Hause", False),
])  # fmt: skip
def test_the_case_already_spoken_of_is_one_mechanism_anywhere_in_the_message(
    text: str, known: bool
) -> None:
    assert about_the_case(text) is known


@pytest.mark.parametrize(("first", "number", "age"), [
    ("Krippenplatz für ein Kleinkind in Kamen", "2", [24, 35]),
    ("Ferienbetreuung für ein Grundschulkind in Unna", "8", [96, 107]),
])
def test_a_bare_number_inside_a_guessed_stage_is_the_age(
    tmp_path: Path, first: str, number: str, age: list[int]
) -> None:
    before, after = chat(tmp_path, [("c", first), ("c", number)])
    # the stage stood in for the age: its offers are shown (a child named only by its life
    # stage, "ein Kleinkind", is asked its age besides: `dialogue.life_stage`)
    assert before["understood"]["age_months"] is not None
    assert before["question"] is None or before["question"]["kind"] == "age"
    assert after["details"] is None and after["understood"]["age_months"] == age
    assert after["understood"]["topics"] == before["understood"]["topics"]


@pytest.mark.parametrize("answer", ["achteinhalb", "neuneinhalb", "fünfzehn"])
def test_an_age_word_answering_another_question_keeps_the_need(
    tmp_path: Path, answer: str
) -> None:
    before, after = chat(tmp_path, [("c", "Suche Ferienbetreuung für Grundschulkind"),
                                    ("c", answer)])  # fmt: skip
    assert after["understood"]["topics"] == before["understood"]["topics"]
    assert after["understood"]["age_months"] and not after["unexplained"]


@pytest.mark.parametrize("answer", [
    "der Verein ist in Rünthe", "die Kita liegt in Methler", "the school is in Kamen",
    "Schule ist in Lünen-Brambauer",
])  # fmt: skip
def test_where_something_of_the_case_is_answers_the_place_question(
    tmp_path: Path, answer: str
) -> None:
    first = "Mädchen, 7, kommt immer ohne Essen, wirkt verwahrlost. An wen wende ich mich?"
    asked, answered = chat(tmp_path, [("c", first), ("c", answer)])
    assert asked["question"]["kind"] == "place"
    assert answered["understood"]["place"] and answered["question"] is None
    assert answered["understood"]["age_months"] == asked["understood"]["age_months"]
    assert answered["understood"]["topics"] == asked["understood"]["topics"]
    assert answered["child_protection"]


@pytest.mark.parametrize("then", [
    "sorry, das Baby hat aufs Handy gehauen 😅 gibt es in Bork auch eine Krabbelgruppe?",
    "gibt es für das Baby in Cappenberg auch Babymassage?",
])
def test_a_need_elsewhere_for_the_known_child_keeps_its_age(tmp_path: Path, then: str) -> None:
    first = "Baby 5 Monate, schreit stundenlang, Mutter ist am Ende, Selm"
    before, after = chat(tmp_path, [("c", first), ("c", then)])
    assert after["understood"]["age_months"] == before["understood"]["age_months"] == [5, 5]
    assert after["understood"]["place"] != before["understood"]["place"]


def test_a_new_child_with_a_need_and_a_place_is_a_new_case(tmp_path: Path) -> None:
    first = "Baby 5 Monate, schreit stundenlang, Mutter ist am Ende, Selm"
    _before, after = chat(tmp_path, [("c", first), ("c", "Krabbelgruppe in Bork für ein Kind, 2")])
    assert after["understood"]["age_months"] == [24, 35]
    assert after["carried"] == []


@pytest.mark.parametrize("correction", [
    "she's four actually", "sie ist eigentlich schon 4", "ah sorry, die Kleine ist 4 inzwischen",
])  # fmt: skip
def test_a_filler_in_a_correction_does_not_make_the_need_unknown(
    tmp_path: Path, correction: str
) -> None:
    first = "Sprachförderung für ein Kind, 14 Monate, Unna"
    before, after, later = chat(tmp_path, [("c", first), ("c", correction),
                                           ("c", "und in Kamen?")])  # fmt: skip
    assert after["understood"]["age_months"] == [48, 59]
    for answer in (after, later):
        assert answer["understood"]["topics"] == before["understood"]["topics"]
        assert answer["offers"] and not answer["gap"]


@pytest.mark.parametrize("answer", ["Hamm", "aus Dortmund", "wohnen in Soest", "44137"])
def test_a_place_outside_the_kreis_is_said_and_the_question_stays_open(
    tmp_path: Path, answer: str
) -> None:
    asked, reply, then = chat(tmp_path, [("c", "Sprachförderung für ein Kind, 4"),
                                         ("c", answer), ("c", "Kamen")])  # fmt: skip
    assert asked["question"]["kind"] == "place"
    assert reply["prompt"] == "unknown_place" and reply["question"]["kind"] == "place"
    assert "kenne ich im Kreis Unna nicht" in reply["reply"]
    assert reply["understood"] == asked["understood"]
    assert then["understood"]["place"] == "kamen" and then["question"] is None


@pytest.mark.parametrize("text", ["danke", "👍", "ok super"])
def test_thanks_after_the_place_question_is_no_unknown_place(tmp_path: Path, text: str) -> None:
    _asked, reply = chat(tmp_path, [("c", "Sprachförderung für ein Kind, 4"), ("c", text)])
    assert reply["prompt"] == "thanks"


@pytest.mark.parametrize("marker", ["Neuer Fall", "neue Suche bitte", "Nächste Familie:",
                                    "ok danke, new case", "Andere Klientin."])  # fmt: skip
def test_a_bare_new_case_marker_keeps_nothing_for_the_next_message(
    tmp_path: Path, marker: str
) -> None:
    _first, reply, then = chat(tmp_path, [("c", "Sprachförderung für ein Kind, 4, Kamen"),
                                          ("c", marker), ("c", "Krabbelgruppe")])  # fmt: skip
    assert reply["prompt"] == "new_case" and not reply["offers"]
    assert then["understood"]["age_months"] is None and then["understood"]["place"] is None
    assert then["carried"] == [] and then["question"]["kind"] == "age"


@pytest.mark.parametrize("correction", [
    "nein, eher Ergotherapie", "Korrektur: Krabbelgruppe", "sorry, lieber Krabbelgruppe",
    "ach so, und Ergotherapie?", "stimmt nicht, Ergotherapie ist gemeint",
])  # fmt: skip
def test_a_correction_changes_the_case_without_calling_it_another_child(
    tmp_path: Path, correction: str
) -> None:
    before, after = chat(tmp_path, [("c", "Logopädie für ein Kind, 4, Kamen"), ("c", correction)])
    assert after["carried"] == []  # no "Geht es um ein anderes Kind?"
    assert after["understood"]["age_months"] == before["understood"]["age_months"]
    assert after["understood"]["place"] == before["understood"]["place"]
    assert after["understood"]["topics"] != before["understood"]["topics"]


def test_ne_for_eine_opens_no_correction(tmp_path: Path) -> None:
    _before, after = chat(tmp_path, [("c", "Logopädie für ein Kind, 4, Kamen, auf Türkisch"),
                                     ("c", "ne Familie aus Selm, Kind 3, Kita")])  # fmt: skip
    assert after["understood"]["place"] == "selm" and after["understood"]["languages"] == []


@pytest.mark.parametrize(("text", "answer", "age"), [
    ("Wo melden sich Eltern in Bönen für einen Kitaplatz an?", "14 Monate", [14, 14]),
    ("OGS-Platz gesucht in Holzwickede, Mutter fängt Job an", "7", [84, 95]),
    ("Szukam Kita dla córki w Bergkamen", "3", [36, 47]),
    ("her younger daughter needs a Kita place, they moved to Schwerte", "she's 2", [24, 35]),
])  # fmt: skip
def test_an_institutions_stage_is_no_childs_age_the_age_is_asked(
    tmp_path: Path, text: str, answer: str, age: list[int]
) -> None:
    asked, answered = chat(tmp_path, [("c", text), ("c", answer)])
    assert asked["understood"]["age_months"] is None and asked["question"]["kind"] == "age"
    assert asked["offers"] or asked["alternatives"]  # the list stands meanwhile
    assert answered["understood"]["age_months"] == age and answered["question"] is None


@pytest.mark.parametrize(("text", "age"), [
    ("Babyschwimmen in Unna?", [0, 11]),
    ("Lerntreff für ein Grundschulkind, 59423", [72, 131]),
    ("Kita-Platz für eine 3-Jährige in Kamen", [36, 47]),
    ("Eltern-Kind-Gruppe für ein Kleinkind in Werne", [12, 35]),
])
def test_a_need_word_that_names_the_child_gives_its_age(
    tmp_path: Path, text: str, age: list[int]
) -> None:
    [answer] = chat(tmp_path, [("c", text)])
    assert answer["understood"]["age_months"] == age


def test_the_children_spoken_of_elsewhere_keep_their_age(tmp_path: Path) -> None:
    before, after = chat(tmp_path, [("c", "Zwillingsmutter, Babys 3 Monate, Bönen, Babymassage"),
                                    ("c", "gibt es für die Babys in Kamen auch was?")])
    assert after["understood"]["age_months"] == [3, 3] and after["understood"]["place"] == "kamen"
    assert after["understood"]["topics"] == before["understood"]["topics"]


@pytest.mark.parametrize("text", ["Wohnort ist aber Hamm", "they actually live in Soest"])
def test_a_residence_outside_the_kreis_is_said_unasked(tmp_path: Path, text: str) -> None:
    before, after = chat(tmp_path, [("c", "Babymassage, Baby 3 Monate, Kamen"), ("c", text)])
    assert after["prompt"] == "unknown_place" and after["question"]["kind"] == "place"
    assert after["offers"] == before["offers"]


def test_a_one_shot_request_keeps_the_stage_reading() -> None:
    """`ask` and `batch` cannot be answered back: there the Kita's stage stands in."""
    from bot.catalogue import Catalogue
    from bot.dialogue import respond
    from bot.dialogue.session import Session
    from tests.conftest import SHIPPED_DB

    catalogue = Catalogue.load(SHIPPED_DB)
    text = "OGS-Platz gesucht in Holzwickede, Mutter fängt Job an"
    one_shot, _session = respond(text, catalogue)
    in_chat, _session = respond(text, catalogue, Session())
    assert one_shot.request.age is not None and one_shot.question is None
    assert in_chat.request.age is None and in_chat.question is not None
