"""Matching: hard filters, ranking, alternatives, honest gaps and follow-up questions."""

from __future__ import annotations

import json
from pathlib import Path

from bot.catalogue import Catalogue
from bot.matching import match
from bot.models import AgeRange, AlternativeWhy, GapReason, Request
from bot.understanding import understand
from tests.relevance import serves

DEV = Path(__file__).parent / "data" / "dev.jsonl"


def ask(catalogue: Catalogue, text: str):
    return match(understand(text, catalogue), catalogue)


def test_every_shown_offer_fits_the_understood_age_and_place(catalogue: Catalogue) -> None:
    for line in DEV.read_text(encoding="utf-8").splitlines():
        answer = match(understand(json.loads(line)["q"], catalogue), catalogue)
        request = answer.request  # as the answer says it understood it, a suggested need joined
        for hit in answer.offers:
            offer = hit.offer
            assert request.age is None or request.age.overlaps(offer.age_min, offer.age_max)
            assert serves(catalogue, offer, request.place), (request.text, offer.id)
            assert set(offer.topics) & set(request.topics)


def test_the_example_request_is_answered_locally(catalogue: Catalogue) -> None:
    answer = ask(catalogue, "Angebote für eine 3-Jährige in Kamen-Methler, Sprachförderung")
    assert not answer.is_gap and answer.question is None
    first = answer.offers[0].offer
    assert "sprachfoerderung" in first.topics
    assert answer.offers[0].locality in ("district", "municipality")
    scores = [h.score for h in answer.offers]
    assert scores == sorted(scores, reverse=True)


def test_district_offers_rank_before_kreis_wide_ones(catalogue: Catalogue) -> None:
    answer = ask(catalogue, "Krabbelgruppe in Lünen-Niederaden, Baby 5 Monate")
    localities = [h.locality for h in answer.offers]
    assert localities == sorted(localities, key=["district", "municipality", "kreis"].index)


def test_offers_elsewhere_are_marked_alternatives_not_answers(catalogue: Catalogue) -> None:
    answer = ask(catalogue, "Krabbelgruppe auf Arabisch in Selm? Kind 15 Monate")
    assert answer.is_gap and answer.gap == GapReason.LANGUAGE
    assert answer.alternatives
    assert all(h.why is not None for h in answer.alternatives)
    shown = {h.offer.id for h in answer.offers}
    assert not shown & {h.offer.id for h in answer.alternatives}


def test_gap_reasons(catalogue: Catalogue) -> None:
    def reason(topics: tuple[str, ...], age: AgeRange | None, place: str | None,
               languages: tuple[str, ...] = ()) -> GapReason | None:  # fmt: skip
        request = Request("x", age=age, place=place, topics=topics, languages=languages)
        return match(request, catalogue).gap

    assert reason((), AgeRange(36, 47), "kamen") == GapReason.UNCLEAR
    ogs = catalogue.by_topic["ogs_ganztag"]
    assert ogs  # OGS exists, but never for babies
    assert reason(("ogs_ganztag",), AgeRange(0, 11), "kamen") == GapReason.AGE
    assert reason(("eltern_kind_gruppen",), AgeRange(15, 15), "selm", ("ar",)) == GapReason.LANGUAGE
    assert reason(("elternkurse",), AgeRange(156, 167), "selm") in (
        GapReason.NOT_HERE, GapReason.AGE)  # fmt: skip
    empty = Catalogue(catalogue.gazetteer.places.values(), catalogue.topics.values(), [])
    request = Request("x", age=AgeRange(36, 47), place="kamen", topics=("sprachfoerderung",))
    assert match(request, empty).gap == GapReason.NO_OFFER


def test_outside_alternatives_are_nearest_first(catalogue: Catalogue) -> None:
    answer = ask(catalogue, "Elternkurs Pubertät in Selm, Sohn 13")
    outside = [h for h in answer.alternatives if h.why == AlternativeWhy.OUTSIDE]
    distances = [h.distance_km for h in outside]
    assert distances == sorted(distances)


def test_missing_age_and_place_are_asked_for(catalogue: Catalogue) -> None:
    answer = ask(catalogue, "Familienzentrum in Methler?")
    assert answer.question is not None and answer.question.kind == "age"
    assert answer.offers  # still answers: every age fits
    answer = ask(catalogue, "Krabbelgruppe für ein Baby, 8 Monate")
    assert answer.question is not None and answer.question.kind == "place"
    answer = ask(catalogue, "Familienzentrum in Stockum, Kind 3")
    assert answer.question is not None and answer.question.kind == "place_ambiguous"
    assert set(answer.question.candidates) == {"unna-stockum", "werne-stockum"}


def test_batch_json_has_the_documented_shape(catalogue: Catalogue) -> None:
    data = ask(catalogue, "Kind 3 J. spricht kaum, wohnen in Methler").to_json()
    assert set(data) >= {"query", "understood", "offers", "alternatives", "gap", "missing"}
    assert data["understood"] == {"age_months": [36, 47], "place": "kamen-methler",
                                  "topics": ["sprachfoerderung"], "languages": []}  # fmt: skip
    assert all(set(o) == {"id", "score"} for o in data["offers"])


def test_an_ambiguous_place_shows_only_offers_serving_every_reading(catalogue: Catalogue) -> None:
    """"Westick" is in Kamen and in Fröndenberg: until the asker says which, an offer for one of
    them is no fitting answer (only a marked alternative), and asking back is no gap."""
    request = understand("Tagesmutter für 10 Monate altes Baby, Westick", catalogue)
    assert request.place is None and len(request.place_candidates) == 2
    answer = match(request, catalogue)
    assert answer.question is not None and answer.question.kind == "place_ambiguous"
    assert not answer.is_gap
    for hit in answer.offers:
        assert all(catalogue.gazetteer.serves(hit.offer.service_area, key)
                   for key in request.place_candidates)  # fmt: skip
