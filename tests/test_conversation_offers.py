"""Questions about the list shown, cards asked for in words, and help asked for a parent.

Through `chat --json` on the shipped catalogue: "ist das kostenlos?" is answered from the cards,
"die 1 bitte" opens a card, "und was gibt es für die Eltern?" moves the need to the parents'
offers (the catalogue's audiences say which needs those are).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_conversation_classes import chat

LIST = "Lernförderung für ein Kind, 8 Jahre, Unna"


@pytest.mark.parametrize(("question", "field", "number"), [
    ("ist das kostenlos?", "cost", None),
    ("Kostet das was", "cost", None),
    ("was kostet die 2?", "cost", 2),
    ("is the first one free?", "cost", 1),
    ("wann haben die offen?", "schedule", None),
    ("geht das auch samstags?", "schedule", None),
    ("wie meldet man sich da an?", "access", None),
    ("braucht man für Nr. 3 eine Überweisung?", "access", 3),
    ("wo ist das genau?", "address", None),
    ("haben die eine Telefonnummer?", "contact", None),
    ("what's the phone number of number 2?", "contact", 2),
])  # fmt: skip
def test_a_question_about_the_list_shown_answers_from_its_cards(
    tmp_path: Path, question: str, field: str, number: int | None
) -> None:
    before, after = chat(tmp_path, [("c", LIST), ("c", question)])
    assert after["prompt"] == "about_offers"
    assert after["about"] == {"field": field, "number": number}
    assert after["understood"] == before["understood"]  # the case is unchanged
    assert after["offers"] == before["offers"] and after["question"] is None
    lines = [line for line in after["reply"].splitlines() if line[:1].isdigit()]
    assert len(lines) == (1 if number else len(before["page"]["shown"]) + len(
        before["alternatives"]))
    if number:
        assert lines[0].startswith(f"{number}. ")


def test_the_answer_about_cost_says_what_each_card_says(tmp_path: Path) -> None:
    _before, after = chat(tmp_path, [("c", LIST), ("c", "ist das kostenlos?")])
    assert "kosten" in after["reply"].splitlines()[0]
    assert any(line.endswith(": kostenlos") for line in after["reply"].splitlines())


@pytest.mark.parametrize("text", [
    "Kind 2 Jahre, was kostet eine Kita in Kamen?",  # a request that asks a cost too
    "gibt es das auch kostenlos über BuT?",  # a need of its own: Bildung und Teilhabe
    "und wann gibt es was in Kamen?",  # another place
])
def test_a_field_word_in_a_request_is_no_question_about_the_list(
    tmp_path: Path, text: str
) -> None:
    _before, after = chat(tmp_path, [("c", LIST), ("c", text)])
    assert after["prompt"] != "about_offers"


def test_a_question_about_a_number_not_shown_says_so(tmp_path: Path) -> None:
    _before, after = chat(tmp_path, [("c", LIST), ("c", "was kostet die 12?")])
    assert after["prompt"] == "unknown_number"


def test_a_question_about_offers_before_any_list_is_no_question_about_offers(
    tmp_path: Path,
) -> None:
    [first] = chat(tmp_path, [("c", "ist das kostenlos?")])
    assert first["prompt"] != "about_offers"


@pytest.mark.parametrize(("text", "number"), [
    ("die 1 bitte", 1), ("Nr. 3 bitte", 3), ("zeig mir die dritte", 3), ("die zweite", 2),
    ("the second one please", 2), ("mehr zu 4", 4), ("d 2", 2), ("#2", 2),
])  # fmt: skip
def test_a_card_asked_for_in_words_is_opened_not_read_as_an_age(
    tmp_path: Path, text: str, number: int
) -> None:
    before, after = chat(tmp_path, [("c", "Erziehungsberatung im Kreis Unna, Kind 6"),
                                    ("c", text)])  # fmt: skip
    assert after["details"]["id"] == before["offers"][number - 1]["id"]
    assert after["understood"] == before["understood"]


@pytest.mark.parametrize("word", ["acht", "neun", "vier"])
def test_a_number_word_answering_the_age_is_no_ordinal(tmp_path: Path, word: str) -> None:
    asked, answered = chat(tmp_path, [("c", "Sprachförderung für ein Kind in Kamen"),
                                      ("c", word)])  # fmt: skip
    assert asked["question"]["kind"] == "age"
    assert answered["details"] is None and answered["understood"]["age_months"]


def test_a_number_outside_a_known_age_opens_the_card(tmp_path: Path) -> None:
    before, after = chat(tmp_path, [("c", "Sprachförderung 3 Jahre Kamen"), ("c", "2")])
    assert after["details"]["id"] == before["offers"][1]["id"]


@pytest.mark.parametrize(("first", "then"), [
    ("Schülerin, 15, ritzt sich, Kamen", "und was gibt es für die Eltern?"),
    ("Mädchen 12, Mobbing, Werne", "eher was für die Mutter, die ist total fertig"),
    ("Junge 9, ADHS, Unna", "and for the parents?"),
    ("Sprachförderung 3 Jahre Kamen", "und für die Eltern, Beratung?"),
])  # fmt: skip
def test_help_for_a_parent_moves_the_need_to_the_parents_offers(
    tmp_path: Path, first: str, then: str
) -> None:
    before, after = chat(tmp_path, [("c", first), ("c", then)])
    assert after["prompt"] is None and after["offers"]
    assert after["understood"]["age_months"] == before["understood"]["age_months"]
    assert after["understood"]["place"] == before["understood"]["place"]
    assert "erziehungsberatung" in after["understood"]["topics"]
    assert set(before["understood"]["topics"]) <= set(after["understood"]["topics"])  # context


def test_a_language_for_the_parents_refines_the_childs_need(tmp_path: Path) -> None:
    first = "Sprachförderung für ein Mädchen, 7, Unna, Familie neu aus Nigeria"
    before, after = chat(tmp_path, [("c", first), ("c", "anything in English for the parents?")])
    assert after["understood"]["topics"] == before["understood"]["topics"]
    assert after["understood"]["languages"] == ["en"]


def test_parent_needs_come_from_the_catalogue_audiences() -> None:
    from bot.catalogue import Catalogue
    from bot.dialogue.parents import parent_topics
    from tests.conftest import SHIPPED_DB

    catalogue = Catalogue.load(SHIPPED_DB)
    topics = parent_topics(catalogue)
    assert "erziehungsberatung" in topics and "elternkurse" in topics
    assert not {"ogs_ganztag", "offene_jugendarbeit", "freizeit_sport_kultur"} & set(topics)
    for topic in topics:
        offers = [catalogue.offers[i] for i in catalogue.by_topic[topic]]
        assert sum("kinder" not in o.audience and "jugendliche" not in o.audience
                   for o in offers) >= 0.9 * len(offers)  # fmt: skip


def test_a_need_named_for_a_parent_that_serves_children_moves_to_the_parents(
    tmp_path: Path,
) -> None:
    _before, after = chat(tmp_path, [("c", "Krippenplatz, 11 Monate, Bergkamen-Oberaden"),
                                     ("c", "und für die Mutter, Trauerbegleitung oder so?")])
    assert "erziehungsberatung" in after["understood"]["topics"] and after["offers"]


def test_a_need_named_for_a_parent_that_serves_parents_stays(tmp_path: Path) -> None:
    first = "Alleinerziehende Mutter, Zwillinge 18 Monate, völlig erschöpft, Fröndenberg"
    _before, after = chat(tmp_path, [("c", first), ("c", "und für die Mutter selbst, Kur?")])
    assert after["understood"]["topics"] == ["alleinerziehende_entlastung"]


def test_a_bare_number_after_children_named_by_number_opens_the_card(tmp_path: Path) -> None:
    before, after = chat(tmp_path, [("c", "Eltern-Kind-Gruppe, Kinder 2 und 5, Kamen"), ("c", "2")])
    assert len(before["offers"]) >= 2
    assert after["details"]["id"] == before["offers"][1]["id"]
