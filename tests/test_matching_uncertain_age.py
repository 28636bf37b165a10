"""Issue 8's ask-back policy: an unsure age asks back and calls no age-restricted offer fitting.

A number that could be the child's age but that nothing explains, or two candidates that
disagree, leave `Request.age` empty with `age_uncertain`: the answer asks for the age (offering
the candidates) and calls fitting only offers that fit every reading. A request that names no age
at all still shows offers beside the question.
"""

from __future__ import annotations

from dataclasses import replace

from bot.catalogue import Catalogue
from bot.dialogue import respond
from bot.matching import CHILDHOOD, match
from bot.models import AgeRange, GapReason, Offer
from bot.understanding import understand


def _open_to_every_child(offer: Offer) -> bool:
    low = CHILDHOOD.low if offer.age_min is None else offer.age_min
    high = CHILDHOOD.high if offer.age_max is None else offer.age_max
    return low <= CHILDHOOD.low and high >= CHILDHOOD.high


# no word says who tells: the pupil or her brother may be the one the request is about ("Schülerin
# 18 sagt, ihr Bruder (13) …" is the brother's: `tests/test_understanding_ages22.py`)
TWO_CHILDREN = ("Schülerin 18, ihr Bruder (13) wird zuhause geschlagen. "
                "Erziehungsberatung in Unna?")


def test_disagreeing_candidates_ask_back_and_show_only_offers_for_both(
    catalogue: Catalogue,
) -> None:
    request = understand(TWO_CHILDREN, catalogue)
    assert request.age is None and request.age_uncertain
    assert set(request.age_candidates) == {AgeRange(216, 227), AgeRange(156, 167)}
    answer = match(request, catalogue)
    assert answer.question is not None and answer.question.kind == "age"
    assert set(answer.question.candidates) == {"216-227", "156-167"}
    for hit in answer.offers:
        for candidate in request.age_candidates:
            assert candidate.overlaps(hit.offer.age_min, hit.offer.age_max), hit.offer.id
    assert answer.gap != GapReason.AGE  # asking is no gap of the catalogue


def test_a_lone_unexplained_number_shows_only_offers_open_to_every_child(
    catalogue: Catalogue,
) -> None:
    sure = understand("Erziehungsberatung in Unna", catalogue)
    assert sure.age is None and not sure.age_uncertain
    unsure = replace(sure, age_uncertain=True, age_candidates=(AgeRange(84, 95),))
    shown_when_sure = match(sure, catalogue).offers
    restricted = [h for h in shown_when_sure if not _open_to_every_child(h.offer)]
    assert restricted, "the test needs an age-restricted offer that the policy holds back"
    answer = match(unsure, catalogue)
    assert answer.question is not None and answer.question.candidates == ("84-95",)
    for hit in answer.offers:
        assert _open_to_every_child(hit.offer), hit.offer.id
    assert {h.offer.id for h in restricted}.isdisjoint(h.offer.id for h in answer.offers)


def test_no_age_signal_keeps_showing_offers_with_the_question(catalogue: Catalogue) -> None:
    answer = match(understand("Erziehungsberatung in Unna", catalogue), catalogue)
    assert answer.question is not None and answer.question.kind == "age"
    assert answer.question.candidates == ()
    assert answer.offers


def test_once_the_age_is_known_the_offers_for_it_return(catalogue: Catalogue) -> None:
    request = understand(TWO_CHILDREN, catalogue)
    unsure = {h.offer.id for h in match(request, catalogue).offers}
    answered = match(replace(request, age=AgeRange(156, 167), age_uncertain=False), catalogue)
    assert answered.question is None
    assert {h.offer.id for h in answered.offers} >= unsure
    assert len(answered.offers) > len(unsure)


def test_in_a_conversation_the_answer_settles_the_age(catalogue: Catalogue) -> None:
    asked, session = respond(TWO_CHILDREN, catalogue)
    assert asked.question is not None and asked.question.kind == "age"
    assert session.asked_candidates == asked.question.candidates  # a channel may offer buttons
    answer, _ = respond("13", catalogue, session)
    assert answer.request.age == AgeRange(156, 167)
    assert answer.question is None and len(answer.offers) > len(asked.offers)
