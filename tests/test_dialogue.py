"""A conversation: follow-ups, paging, answers to questions, buttons after a restart."""

from __future__ import annotations

from bot.catalogue import Catalogue
from bot.dialogue import Session, refine, respond
from bot.models import AgeRange


def test_follow_up_with_another_place_keeps_age_and_need(catalogue: Catalogue) -> None:
    first, session = respond("Kind 4 spricht kaum, Kamen-Methler", catalogue)
    second, session = respond("und in Unna?", catalogue, session)
    assert second.request.place == "unna"
    assert second.request.age == first.request.age
    assert second.request.topics == first.request.topics


def test_follow_up_with_another_age(catalogue: Catalogue) -> None:
    _, session = respond("Elternkurs in Lünen, Kind 4", catalogue)
    answer, _ = respond("und für 6-Jährige?", catalogue, session)
    assert answer.request.age == AgeRange(72, 83)
    assert answer.request.place == "luenen"
    assert "elternkurse" in answer.request.topics


def test_an_answer_to_the_age_question_completes_the_request(catalogue: Catalogue) -> None:
    asked, session = respond("Familienzentrum in Methler?", catalogue)
    assert asked.question is not None and asked.question.kind == "age"
    answer, _ = respond("3 Jahre", catalogue, session)
    assert answer.request.age == AgeRange(36, 47)
    assert answer.request.place == "kamen-methler"
    assert answer.request.topics == ("familienzentrum",)


def test_a_new_request_starts_afresh(catalogue: Catalogue) -> None:
    _, session = respond("Krabbelgruppe Kamen, Baby 8 Monate", catalogue)
    answer, _ = respond("Jugendtreff in Selm für einen 14-Jährigen, der sonst nur zockt", catalogue,
                        session)  # fmt: skip
    assert answer.request.place == "selm"
    assert "offene_jugendarbeit" in answer.request.topics
    assert "eltern_kind_gruppen" not in answer.request.topics


def test_mehr_pages_through_the_offers(catalogue: Catalogue) -> None:
    answer, session = respond("Erziehungsberatung im Kreis Unna", catalogue)
    assert answer.page.has_more
    more, session = respond("mehr", catalogue, session)
    assert session.page == 1 and more.page.number == 1
    assert more.page_offers and not set(more.page_offers) & set(answer.page_offers)


def test_a_button_choice_refines_and_survives_a_restart(catalogue: Catalogue) -> None:
    _, session = respond("Familienzentrum in Stockum, Kind 3", catalogue)
    restored = Session.from_json(session.to_json())
    assert restored == session
    answer, _ = refine(restored, catalogue, place="werne-stockum")
    assert answer.request.place == "werne-stockum" and answer.question is None
