"""The fast matching path (bit-mask filters, pruned ranking) answers exactly as a plain scan would.

The reference below is the straightforward implementation matching had before it was sped up:
loop over every offer sharing a topic, check age, place and language one by one, score every
fitting offer and sort. Both must give the same offers, scores, localities, alternatives and gap
reasons, on the shipped catalogue and on a synthetic one large enough for pruning to matter.
"""

from __future__ import annotations

import datetime as dt
import json
import math
from dataclasses import replace
from pathlib import Path

import pytest

from bot.bench.synthetic import build_catalogue
from bot.catalogue import Catalogue
from bot.fit import age_gap as _age_gap
from bot.fit import distance as _distance
from bot.fit import freshness as _freshness
from bot.fit import locality as _locality
from bot.fit import text_fit as _text_fit
from bot.fit import topic_fit as _topic_fit
from bot.matching import MAX_ALTERNATIVES, MAX_OFFERS, candidates, match
from bot.models import AgeRange, AlternativeWhy, GapReason, Offer, Request
from bot.ranking import LOCALITY, WEIGHTS, rank
from bot.understanding import understand
from bot.understanding.needs import home_topics
from bot.understanding.topic_model import guess_may_fill

DEV = Path(__file__).parent / "data" / "dev.jsonl"
TODAY = dt.date(2026, 9, 1)
EXTRA_AGES = (None, AgeRange(300, 400), AgeRange(-20, -15), AgeRange(5, 3))


def place_fits(catalogue: Catalogue, offer: Offer, request: Request) -> bool:
    """The offer serves the place, or every place an ambiguous word may mean."""
    if request.place is None and request.place_candidates:
        return all(catalogue.gazetteer.serves(offer.service_area, key)
                   for key in request.place_candidates)  # fmt: skip
    return catalogue.gazetteer.serves(offer.service_area, request.place)


def reference_match(request: Request, catalogue: Catalogue, today: dt.date) -> dict[str, object]:
    """Answer a request by scanning every candidate offer in plain Python; a suggested need
    joins the main ones beside their fitting offers, and stands in for them where they have
    none and the gap may be filled, as in `match`."""
    answer = _reference_match(request, catalogue, today)
    gap = None if answer["offers"] else answer["gap"]
    if request.suggested_topics and guess_may_fill(request.suggested_topics, gap,
                                                   request.named_topics):
        joined = _reference_match(request.with_suggestion(), catalogue, today)
        if answer["offers"] or joined["offers"]:
            return joined
    return answer


def _reference_match(request: Request, catalogue: Catalogue, today: dt.date
                     ) -> dict[str, object]:  # fmt: skip
    indices = sorted({i for t in request.topics for i in catalogue.by_topic.get(t, ())})
    languages = set(request.languages)
    found = []
    related = []  # sharing a topic, fitting, but not naming the particular offer asked for

    main = set(request.main_topics)
    restricted = bool(main) and main != set(request.topics)

    def names(i: int) -> bool:
        if request.need_unexplained:
            return False  # nothing meets a need nobody understood
        text = catalogue.search_text[i]
        if restricted and not main & set(catalogue.offers[i].topics):
            return False  # meets only what describes the family, not the need asked for
        homes = set(home_topics(request.required_words))  # the activity's own topic meets it
        return not request.required_words or bool(homes & set(catalogue.offers[i].topics)) or any(
            w in text or w.replace(" ", "") in text.replace(" ", "") for w in request.required_words
        )

    for i in indices:
        offer = catalogue.offers[i]
        if not names(i):
            related.append(i)
            continue
        age_ok = request.age is None or request.age.overlaps(offer.age_min, offer.age_max)
        place_ok = place_fits(catalogue, offer, request)
        language_ok = not languages or bool(languages & set(offer.languages))
        found.append((i, offer, age_ok, place_ok, language_ok))
    hits = []
    for i, offer, age_ok, place_ok, language_ok in found:
        if not (age_ok and place_ok and language_ok):
            continue
        locality = _locality(offer, request, catalogue)
        score = (
            WEIGHTS["topic"] * _topic_fit(offer, request.topics)
            + WEIGHTS["text"]
            * _text_fit(catalogue.search_text[i], catalogue.name_text[i], request.keywords)
            + WEIGHTS["local"] * LOCALITY[locality]
            + WEIGHTS["fresh"] * _freshness(offer, today)
        )
        hits.append((offer.id, round(score, 4), locality))
    hits.sort(key=lambda h: (-h[1], h[0]))
    if request.place is None and not request.place_candidates:
        # the place open: offers serving every town first, town-bound ones after (bot.unplaced)
        gazetteer = catalogue.gazetteer
        towns = [k for k, p in gazetteer.places.items() if p.kind == "municipality"]
        by_id = {o.id: o for o in catalogue.offers}
        need = request.topics[0] if request.topics else None
        hits.sort(key=lambda h: not (need in by_id[h[0]].topics and all(
            gazetteer.serves(by_id[h[0]].service_area, t) for t in towns)))
    every = hits
    hits = hits[:MAX_OFFERS]
    if request.child_protection:
        first = request.topics[0]
        by_id = {o.id: o for o in catalogue.offers}
        hits.sort(key=lambda h: first not in by_id[h[0]].topics)
        # a particular help asked beside the sign keeps its best offer third
        asked = set(request.main_topics) - {"kinderschutz", "hilfen_zur_erziehung"}
        if asked and not any(asked & set(by_id[h[0]].topics) for h in hits[:3]):
            best = next((h for h in hits + every if asked & set(by_id[h[0]].topics)), None)
            if best is not None:
                rest = [h for h in hits[2:] if h != best]
                hits = [*hits[:2], best, *rest][:MAX_OFFERS]
    alternatives: list[tuple[str, str, float | None]] = []
    if len(hits) < 3:
        outside = [f[1] for f in found if f[2] and f[4] and not f[3]]
        other_age = [f[1] for f in found if f[3] and f[4] and not f[2]]
        other_language = [f[1] for f in found if f[3] and f[2] and not f[4]]
        nearest = sorted(outside, key=lambda o: (_distance(o, request, catalogue), o.id))
        for offer in nearest[:MAX_ALTERNATIVES]:
            km = _distance(offer, request, catalogue)
            alternatives.append((offer.id, "outside", None if math.isinf(km) else round(km, 1)))
        for offer in sorted(other_language, key=lambda o: o.id)[:MAX_ALTERNATIVES]:
            alternatives.append((offer.id, "language", None))
        for offer in sorted(other_age, key=lambda o: (_age_gap(o, request), o.id))[:2]:
            alternatives.append((offer.id, "age", None))
        only_context = restricted and not request.required_words and not request.need_unexplained
        if only_context:  # offers for what the request only tells, marked as such
            plain = replace(request, main_topics=())
            topics_of = {o.id: set(o.topics) for o in catalogue.offers}
            told = [offer_id for offer_id, _score, _where in
                    reference_match(plain, catalogue, today)["offers"]
                    if not main & topics_of[offer_id]]  # fmt: skip
            for offer_id in told[:MAX_ALTERNATIVES]:
                alternatives.append((offer_id, "context", None))
        elif (request.required_words or restricted or request.need_unexplained) and not hits \
                and not outside:
            plain = replace(request, required_words=(), main_topics=(), need_unexplained=False)
            for offer_id, _score, _where in reference_match(plain, catalogue, today)["offers"][
                :MAX_ALTERNATIVES
            ]:
                alternatives.append((offer_id, "need", None))
    gap = None
    if not hits:
        if not request.topics or request.need_unexplained:
            gap = GapReason.UNCLEAR
        elif not found:
            gap = GapReason.NO_OFFER
        elif any(f[2] and f[3] for f in found):
            gap = GapReason.LANGUAGE
        elif any(f[3] for f in found):
            gap = GapReason.AGE
        else:
            gap = GapReason.NOT_HERE
    if gap is GapReason.NOT_HERE and request.place is None and request.place_candidates:
        gap = None  # the assistant asks which place is meant
    return {"offers": hits, "alternatives": alternatives, "gap": gap}


def fast_match(request: Request, catalogue: Catalogue, today: dt.date) -> dict[str, object]:
    answer = match(request, catalogue, today)
    return {
        "offers": [(h.offer.id, h.score, h.locality) for h in answer.offers],
        "alternatives": [
            (h.offer.id, str(h.why or AlternativeWhy.OUTSIDE), h.distance_km)
            for h in answer.alternatives
        ],
        "gap": answer.gap,
    }


def dev_requests(catalogue: Catalogue) -> list[Request]:
    lines = DEV.read_text(encoding="utf-8").splitlines()
    return [understand(json.loads(line)["q"], catalogue) for line in lines]


@pytest.fixture(scope="module")
def synthetic(tmp_path_factory: pytest.TempPathFactory) -> Catalogue:
    """3,000 offers: enough that a request has hundreds of fitting offers to prune."""
    return Catalogue.load(build_catalogue(3000, tmp_path_factory.mktemp("synthetic")))


def test_all_dev_requests_rank_the_same_ids_as_the_plain_scan(catalogue: Catalogue) -> None:
    requests = dev_requests(catalogue)
    assert len(requests) == 240
    for request in requests:
        expected = reference_match(request, catalogue, TODAY)
        assert fast_match(request, catalogue, TODAY) == expected, request.text


def test_a_large_catalogue_answers_as_the_plain_scan_also_for_odd_ages(
    synthetic: Catalogue,
) -> None:
    for request in dev_requests(synthetic)[::3]:
        for age in EXTRA_AGES:
            varied = request if age is None else replace(request, age=age)
            expected = reference_match(varied, synthetic, TODAY)
            assert fast_match(varied, synthetic, TODAY) == expected, (varied.text, age)


def test_requests_without_topic_place_or_keywords_match_the_plain_scan(
    synthetic: Catalogue,
) -> None:
    topics = tuple(synthetic.topics)
    for request in (
        Request(text="", topics=()),
        Request(text="x", topics=topics[:1]),
        Request(text="x", topics=topics[:4], keywords=("beratung", "kurs")),
        Request(text="x", topics=topics[2:3], place="kamen", languages=("tr", "xx")),
        Request(text="x", topics=(topics[0], topics[0]), place="unknown-place"),
        Request(text="x", topics=topics[5:7], place="kreis-unna", age=AgeRange(36, 47)),
    ):
        assert fast_match(request, synthetic, TODAY) == reference_match(request, synthetic, TODAY)


def test_candidates_and_rank_keep_their_plain_meaning(synthetic: Catalogue) -> None:
    request = dev_requests(synthetic)[0]
    found = candidates(request, synthetic)
    expected_ids = sorted({i for t in request.topics for i in synthetic.by_topic.get(t, ())})
    assert [synthetic.offers[i].id for i in expected_ids] == [c.offer.id for c in found]
    for candidate in found:
        offer = candidate.offer
        assert candidate.place_ok == place_fits(synthetic, offer, request)
    fitting = [c.offer for c in found if c.fits]
    ranked = rank(fitting, request, synthetic, TODAY)
    expected = reference_match(request, synthetic, TODAY)["offers"]
    assert [(h.offer.id, h.score) for h in ranked[:MAX_OFFERS]] == [(i, s) for i, s, _ in expected]
