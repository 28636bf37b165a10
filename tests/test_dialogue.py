"""A conversation: follow-ups, paging, answers to questions, buttons after a restart."""

from __future__ import annotations

from dataclasses import replace

from bot.catalogue import Catalogue
from bot.dialogue import Session, refine, respond
from bot.models import PAGE_SIZE, AgeRange, Carried, CarriedFrom, Missing, Page, Prompt
from bot.render.text import render_compact


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


def test_bare_answers_to_the_age_question(catalogue: Catalogue) -> None:
    for reply, months in (("17", 204), ("sie ist 15", 180), ("4", 48), ("ca. 6", 72),
                          ("fünfzehn", 180), ("Sie ist zwölf.", 144), ("dreieinhalb", 42),
                          ("3 1/2", 42), ("8 Monate", 8), ("5. Klasse", 120),
                          ("schwanger", -9)):  # fmt: skip
        asked, session = respond("Jugendtreff in Lünen?", catalogue)
        assert asked.question is not None and asked.question.kind == "age"
        answer, session = respond(reply, catalogue, session)
        assert answer.request.age is not None and answer.request.age.low == months, reply
        assert answer.request.place == "luenen" and answer.request.topics == asked.request.topics


def test_bare_answers_to_the_place_question(catalogue: Catalogue) -> None:
    for reply, place in (("in Lünen", "luenen"), ("Brambauer", "luenen-brambauer"),
                         ("59174", "kamen")):  # fmt: skip
        asked, session = respond("Sprachförderung für eine 4-Jährige", catalogue)
        assert asked.question is not None and asked.question.kind == "place"
        answer, _ = respond(reply, catalogue, session)
        assert answer.request.place is not None and answer.request.place.startswith(place)
        assert answer.request.age == asked.request.age
        assert answer.request.topics == asked.request.topics and answer.question is None


def test_the_municipality_answers_which_of_two_districts(catalogue: Catalogue) -> None:
    asked, session = respond("Elternkurs in Stockum, Kind 5", catalogue)
    assert asked.question is not None and asked.question.kind == "place_ambiguous"
    answer, _ = respond("Werne", catalogue, session)
    assert answer.request.place == "werne-stockum"


def test_a_new_complete_request_does_not_keep_the_previous_place(catalogue: Catalogue) -> None:
    _, session = respond("Sprachförderung für eine 3-Jährige in Kamen-Methler", catalogue)
    answer, _ = respond("Krabbelgruppe für Baby 8 Monate", catalogue, session)
    assert answer.request.place is None  # another family: ask, do not guess Methler
    assert answer.question is not None and answer.question.kind == "place"
    assert answer.carried == ()


def test_a_new_request_with_a_place_does_not_keep_the_previous_age(catalogue: Catalogue) -> None:
    _, session = respond("Sprachförderung für eine 3-Jährige in Kamen-Methler", catalogue)
    answer, _ = respond("Jugendtreff in Selm?", catalogue, session)
    assert answer.request.age is None and answer.request.place == "selm"


def test_the_default_place_is_named_when_it_is_used(catalogue: Catalogue) -> None:
    _, session = respond("Sprachförderung 3 J in Unna", catalogue, Session(default_place="kamen"))
    answer, _ = respond("Elternkurs für eine 4-Jährige", catalogue, session)
    assert answer.request.place == "kamen"
    assert answer.carried == (Carried(Missing.PLACE, CarriedFrom.DEFAULT),)
    text = render_compact(answer, catalogue)
    assert "Ort aus Ihren Einstellungen übernommen: Kamen." in text


def test_a_new_need_without_age_or_place_carries_them_and_says_so(catalogue: Catalogue) -> None:
    _, session = respond("Sprachförderung für eine 3-Jährige in Kamen-Methler", catalogue)
    answer, _ = respond("Erziehungsberatung?", catalogue, session)
    assert answer.request.topics[0] != "sprachfoerderung"
    assert answer.request.age == AgeRange(36, 47) and answer.request.place == "kamen-methler"
    assert {c.what for c in answer.carried} == {Missing.AGE, Missing.PLACE}
    text = render_compact(answer, catalogue)
    assert "Alter aus der vorigen Anfrage übernommen: 3 Jahre." in text
    assert "anderes Kind" in text


def test_unreadable_input_mid_conversation_is_not_a_replay(catalogue: Catalogue,
                                                           monkeypatch) -> None:  # fmt: skip
    import bot.dialogue as dialogue

    first, session = respond("Sprachförderung für eine 3-Jährige in Kamen-Methler", catalogue)
    names = [hit.offer.name for hit in first.page_offers]

    def no_match(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise AssertionError("a prompt must not search again")

    monkeypatch.setattr(dialogue, "match", no_match)
    for text in ("???", "مرحبا، كيف حالك؟", "Привет, как дела", "...?", "asdfgh qwertz"):
        answer, after = respond(text, catalogue, session)
        assert answer.prompt == Prompt.UNREADABLE and answer.question is None, text
        # the case stands where it was (a driver reading `offers` sees it unchanged) …
        assert answer.offers == first.offers and answer.request == first.request, text
        assert after == session  # the conversation goes on where it was
        reply = render_compact(answer, catalogue)
        assert "nicht lesen" in reply
        assert not any(name in reply for name in names), text  # … but it is not shown again
    for text in ("🙂", "👍👍", "danke!", "ok danke 👍", "thanks 🙏", "Alles klar, super"):
        answer, after = respond(text, catalogue, session)
        assert answer.prompt == Prompt.THANKS and after == session, text
        reply = render_compact(answer, catalogue)
        assert "Gern geschehen" in reply and not any(name in reply for name in names), text
    monkeypatch.undo()
    again, _ = respond("und in Unna?", catalogue, session)
    assert again.request.place == "unna" and again.request.topics == first.request.topics


def test_mehr_slices_the_remembered_ranking_without_matching(catalogue: Catalogue,
                                                             monkeypatch) -> None:  # fmt: skip
    import bot.dialogue as dialogue

    first, session = respond("Erziehungsberatung im Kreis Unna", catalogue)
    assert first.page == Page(0, PAGE_SIZE, len(first.offers)) and first.page.has_more

    def no_match(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise AssertionError("mehr must not match again")

    monkeypatch.setattr(dialogue, "match", no_match)
    restored = Session.from_json(session.to_json())  # as Telegram stores it between messages
    more, session = respond("mehr", catalogue, restored)
    assert more.offers == first.offers  # the same ranking …
    assert more.page_offers == first.offers[PAGE_SIZE : 2 * PAGE_SIZE]  # … its second slice
    assert more.numbered()[0][0] == PAGE_SIZE + 1


def test_mehr_after_a_catalogue_change_matches_again(catalogue: Catalogue) -> None:
    _, session = respond("Erziehungsberatung im Kreis Unna", catalogue)
    gone = replace(session, ranked=(("NO-SUCH-OFFER", 1.0, "kreis"), *session.ranked))
    more, _ = respond("mehr", catalogue, gone)
    assert more.page.number == 1 and all(h.offer.id in catalogue.by_id for h in more.offers)


def test_details_on_demand_by_number(catalogue: Catalogue) -> None:
    first, session = respond("Erziehungsberatung im Kreis Unna, Kind 6", catalogue)
    for text in ("details 2", "d 2", "2", "mehr zu 2", "D2"):
        answer, after = respond(text, catalogue, session)
        assert answer.details == first.offers[1], text
        assert after == session
    unknown, _ = respond("d 99", catalogue, session)
    assert unknown.details is None and unknown.prompt == Prompt.UNKNOWN_NUMBER
    nothing, _ = respond("mehr", catalogue)
    assert nothing.prompt == Prompt.NOTHING_YET and not nothing.is_gap


def test_a_bare_number_answers_the_age_question_rather_than_opening_details(
    catalogue: Catalogue,
) -> None:
    asked, session = respond("Erziehungsberatung im Kreis Unna", catalogue)
    assert asked.offers and asked.question is not None and asked.question.kind == "age"
    answer, _ = respond("2", catalogue, session)
    assert answer.details is None and answer.request.age == AgeRange(24, 35)


def test_a_session_round_trips_every_request_field(catalogue: Catalogue) -> None:
    _, session = respond("Elternkurs in Stockum auf Türkisch", catalogue)
    assert Session.from_json(session.to_json()) == session
    assert session.asked == "place_ambiguous" and session.asked_candidates


def test_a_stated_new_case_starts_afresh_even_without_a_known_need(catalogue: Catalogue) -> None:
    for opener in ("Neue Anfrage, andere Familie:", "Nächster Fall:", "Andere Familie –",
                   "New family:"):  # fmt: skip
        _, session = respond("Stillberatung, Baby 3 Wochen, Unna", catalogue)
        answer, _ = respond(f"{opener} Kind 4 J., Eltern machen unklare Angaben", catalogue,
                            session)  # fmt: skip
        assert answer.request.place is None and answer.request.age == AgeRange(48, 59), opener
        assert answer.question is not None and answer.question.kind == "place"


def test_a_bare_age_span_and_an_age_with_the_place(catalogue: Catalogue) -> None:
    _, session = respond("Elternkurs in Bönen für Eltern von Kleinkindern", catalogue)
    older, _ = respond("und für ältere? so 10-12", catalogue, session)
    assert older.request.age == AgeRange(120, 155) and older.request.place == "boenen"
    asked, session = respond("Kind hat Angst nach Hause zu gehen, Vater schlägt", catalogue)
    assert asked.question is not None and asked.question.kind == "age"
    both, _ = respond("sie ist 8, wir sind in Fröndenberg", catalogue, session)
    assert both.request.age == AgeRange(96, 107) and both.request.place == "froendenberg"


def test_mehr_past_the_end_says_no_more_and_stays_there(catalogue: Catalogue) -> None:
    first, session = respond("Erziehungsberatung im Kreis Unna", catalogue)
    pages = -(-len(first.offers) // PAGE_SIZE)
    for _ in range(pages + 3):
        answer, session = respond("mehr", catalogue, session)
    assert session.page == pages and answer.page_offers == () and not answer.page.has_more
    assert "Keine weiteren Angebote" in render_compact(answer, catalogue)


def test_session_fields_of_every_shape_round_trip() -> None:
    from bot.dialogue.session import _dump, _load

    ranges = (AgeRange(12, 23), AgeRange(-9, -1))
    assert _load(_dump(ranges), "tuple[AgeRange, ...]") == ranges
    assert _load(_dump(AgeRange(3, 4)), "AgeRange | None") == AgeRange(3, 4)
    assert _load(_dump(("a", "b")), "tuple[str, ...]") == ("a", "b")
    assert _load(None, "AgeRange | None") is None and _load(True, "bool") is True


def test_the_need_completing_a_general_request_carries_age_and_place_silently(
    catalogue: Catalogue,
) -> None:
    general, session = respond("Kind 3 Jahre in Methler", catalogue)
    assert general.request.general
    answer, _ = respond("Sprachförderung", catalogue, session)
    assert answer.request.topics == ("sprachfoerderung",)
    assert answer.request.age == AgeRange(36, 47) and answer.request.place == "kamen-methler"
    assert answer.carried == ()  # the same child: nothing to warn about
