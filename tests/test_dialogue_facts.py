"""Answers that only give a fact: a bare age in any unit, where the family lives, a card's turn."""

from __future__ import annotations

import pytest

from bot.catalogue import Catalogue
from bot.dialogue import Session, bare_age, respond
from bot.models import AgeRange


@pytest.mark.parametrize(("text", "age"), [
    ("she's 20 months", AgeRange(20, 20)),
    ("20 months", AgeRange(20, 20)),
    ("he is 3", AgeRange(36, 47)),
    ("1 1/2", AgeRange(18, 18)),
    ("anderthalb", AgeRange(18, 18)),
    ("im 2. Lebensjahr", AgeRange(12, 23)),
    ("17", AgeRange(204, 215)),
    ("sie ist 15", AgeRange(180, 191)),
])  # fmt: skip
def test_a_bare_answer_is_read_with_its_unit(text: str, age: AgeRange) -> None:
    assert bare_age(text, 8) == age


def test_a_birthday_to_come_and_limits_of_a_bare_answer() -> None:
    coming = bare_age("wird im März 4", 8)
    assert coming is not None and coming.low <= 36 <= coming.high  # three now, four soon
    assert bare_age("25", 8) is None  # older than the Präventionskette: not the child's age
    assert bare_age("das Kind ist in der Gruppe mit 17 anderen seit Wochen", 3) is None


def test_months_in_english_complete_the_open_case(catalogue: Catalogue) -> None:
    _first, session = respond("Krabbelgruppe in Kamen gesucht", catalogue)
    answer, _session = respond("she's 20 months", catalogue, session)
    assert answer.request.age == AgeRange(20, 20)  # not twenty years
    assert answer.request.place == "kamen" and "eltern_kind_gruppen" in answer.request.topics


def test_where_the_mother_lives_completes_the_case(catalogue: Catalogue) -> None:
    session = Session()
    for text in ("Das Gericht bittet um Angebote zum begleiteten Umgang für ein Kleinkind.",
                 "Das Kind ist 2 Jahre alt."):  # fmt: skip
        before, session = respond(text, catalogue, session)
    answer, _session = respond("Wohnort der Kindesmutter: Lünen", catalogue, session)
    assert answer.request.place == "luenen"
    assert answer.request.age == before.request.age == AgeRange(24, 35)
    assert answer.request.topics == before.request.topics and answer.question is None


def test_a_residence_with_a_need_of_its_own_is_a_new_case(catalogue: Catalogue) -> None:
    _first, session = respond("Krabbelgruppe 2 Jahre Kamen", catalogue)
    answer, _session = respond("Familie wohnt in Werne, sucht Sprachförderung", catalogue,
                               session)  # fmt: skip
    assert answer.request.place == "werne" and answer.request.age is None
    assert "sprachfoerderung" in answer.request.topics
    assert "eltern_kind_gruppen" not in answer.request.topics


def test_a_details_turn_keeps_the_list_it_was_opened_from(catalogue: Catalogue) -> None:
    first, session = respond("Erziehungsberatung im Kreis Unna, Kind 6", catalogue)
    card, _session = respond("details 2", catalogue, session)
    assert card.details is not None and card.details.offer.id == first.offers[1].offer.id
    assert [h.offer.id for h in card.offers] == [h.offer.id for h in first.offers]
    assert card.gap is None and card.question is None  # nothing is asked or recorded twice


def test_age_and_place_answering_the_question_keep_the_need(catalogue: Catalogue) -> None:
    asked, session = respond(
        "Kind hat Angst nach Hause zu gehen und erzählt von Schlägen durch den Vater. Was tun?",
        catalogue)  # fmt: skip
    assert asked.question is not None and asked.question.kind == "age"
    answer, _session = respond("sie ist 8, wir sind in Fröndenberg", catalogue, session)
    assert answer.request.age == AgeRange(96, 107) and answer.request.place == "froendenberg"
    assert "kinderschutz" in answer.request.topics and answer.request.child_protection
    assert not answer.carried  # it answers the question: nothing to announce as carried over


def test_words_that_make_the_age_are_no_need_of_their_own(catalogue: Catalogue) -> None:
    for reply, youngest in (("im 2. Lebensjahr", 12), ("Kita-Kind", 36)):
        asked, session = respond("Jugendtreff in Lünen?", catalogue)
        answer, _session = respond(reply, catalogue, session)
        assert answer.request.age is not None and answer.request.age.low == youngest, reply
        assert answer.request.place == "luenen", reply
        assert answer.request.topics == asked.request.topics, reply
    _asked, session = respond("Jugendtreff in Lünen?", catalogue)
    other, _session = respond("Sprachförderung, Kind 4", catalogue, session)  # a need of its own
    assert "sprachfoerderung" in other.request.topics and other.request.place is None
