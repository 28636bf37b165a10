"""Matching: find the offers that fit a request, rank them, and say honestly when none does.

Hard filters first: an offer whose age range or service area does not fit the child is never an
answer (../shared/catalogue/README.md). Among the fitting ones, rank by how well the topics fit,
how closely the text matches, how local the offer is and how recently it was checked. Offers that
miss only the place, the age or the language become clearly marked alternatives, and the reason
for a gap says which of these was missing.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass

from rapidfuzz import fuzz

from bot.catalogue import Catalogue
from bot.models import AlternativeWhy, Answer, GapReason, Hit, Missing, Offer, Question, Request

MAX_OFFERS = 50  # a channel pages through these; nobody reads further
MAX_ALTERNATIVES = 3
WEIGHTS = {"topic": 0.45, "text": 0.25, "local": 0.2, "fresh": 0.1}
LOCALITY = {"district": 1.0, "municipality": 0.75, "kreis": 0.45, "anywhere": 0.5}


@dataclass(frozen=True, slots=True)
class _Candidate:
    offer: Offer
    age_ok: bool
    place_ok: bool
    language_ok: bool

    @property
    def fits(self) -> bool:
        return self.age_ok and self.place_ok and self.language_ok


def _topic_fit(offer: Offer, topics: tuple[str, ...]) -> float:
    """Score how well an offer's topics meet the asked ones, the first asked counting most."""
    weights = [1.0 / (1 + 0.6 * i) for i in range(len(topics))]
    shared = [w for topic, w in zip(topics, weights, strict=True) if topic in offer.topics]
    if not shared:
        return 0.0
    return min(1.0, max(shared) + 0.25 * (sum(shared) - max(shared)))


def _locality(offer: Offer, request: Request, catalogue: Catalogue) -> str:
    place = request.place
    if not place:
        return "anywhere"
    gazetteer = catalogue.gazetteer
    if place in offer.service_area or offer.district == place:
        return "district"
    municipality = gazetteer.municipality_of(place)
    if municipality and (municipality in offer.service_area or offer.municipality == municipality):
        return "municipality"
    return "kreis"


def _freshness(offer: Offer, today: dt.date) -> float:
    try:
        checked = dt.date.fromisoformat(offer.last_checked)
    except ValueError:
        return 0.3
    days = (today - checked).days
    return 1.0 if days <= 365 else 0.7 if days <= 730 else 0.4


def _text_fit(offer_text: str, offer_name: str, keywords: tuple[str, ...]) -> float:
    """Score how many of the words that carried the need the offer's own text uses."""
    if not keywords:
        return 0.0
    total = 0.0
    for word in keywords:
        if word in offer_name:
            total += 1.0
        elif word in offer_text:
            total += 0.7
        elif len(word) >= 6 and fuzz.partial_ratio(word, offer_name, score_cutoff=85):
            total += 0.5
    return total / len(keywords)


def _distance(offer: Offer, request: Request, catalogue: Catalogue) -> float:
    centre = catalogue.gazetteer.position(request.place)
    where = (offer.lat, offer.lon) if offer.lat is not None and offer.lon is not None else None
    return catalogue.gazetteer.distance_km(centre, where)


def _age_gap(offer: Offer, request: Request) -> int:
    """Return how many months an offer's age range lies away from the asked one."""
    if request.age is None:
        return 0
    if offer.age_max is not None and offer.age_max < request.age.low:
        return request.age.low - offer.age_max
    if offer.age_min is not None and offer.age_min > request.age.high:
        return offer.age_min - request.age.high
    return 0


def candidates(request: Request, catalogue: Catalogue) -> list[_Candidate]:
    """Return every offer sharing a topic with the request, with what fits and what does not."""
    indices: set[int] = set()
    for topic in request.topics:
        indices.update(catalogue.by_topic.get(topic, ()))
    languages = set(request.languages)
    gazetteer = catalogue.gazetteer
    found = []
    for index in sorted(indices):
        offer = catalogue.offers[index]
        found.append(
            _Candidate(
                offer,
                age_ok=request.age is None or request.age.overlaps(offer.age_min, offer.age_max),
                place_ok=gazetteer.serves(offer.service_area, request.place),
                language_ok=not languages or bool(languages.intersection(offer.languages)),
            )
        )
    return found


def rank(
    offers: list[Offer], request: Request, catalogue: Catalogue, today: dt.date | None = None
) -> list[Hit]:
    """Order fitting offers best first."""
    today = today or dt.date.today()
    index_of = {offer.id: i for i, offer in enumerate(catalogue.offers)}
    hits = []
    for offer in offers:
        i = index_of[offer.id]
        locality = _locality(offer, request, catalogue)
        score = (
            WEIGHTS["topic"] * _topic_fit(offer, request.topics)
            + WEIGHTS["text"]
            * _text_fit(catalogue.search_text[i], catalogue.name_text[i], request.keywords)
            + WEIGHTS["local"] * LOCALITY[locality]
            + WEIGHTS["fresh"] * _freshness(offer, today)
        )
        hits.append(Hit(offer, round(score, 4), locality))
    hits.sort(key=lambda h: (-h.score, h.offer.id))
    return hits


def _alternatives(
    found: list[_Candidate], request: Request, catalogue: Catalogue
) -> tuple[Hit, ...]:
    """Return the nearest offers that miss only the place, the age or the language."""
    outside = [c.offer for c in found if c.age_ok and c.language_ok and not c.place_ok]
    other_age = [c.offer for c in found if c.place_ok and c.language_ok and not c.age_ok]
    other_language = [c.offer for c in found if c.place_ok and c.age_ok and not c.language_ok]
    alternatives: list[Hit] = []
    for offer in sorted(outside, key=lambda o: (_distance(o, request, catalogue), o.id)):
        distance = _distance(offer, request, catalogue)
        alternatives.append(
            Hit(
                offer,
                0.0,
                "elsewhere",
                AlternativeWhy.OUTSIDE,
                None if math.isinf(distance) else round(distance, 1),
            )
        )
        if len(alternatives) >= MAX_ALTERNATIVES:
            break
    for offer in sorted(other_language, key=lambda o: o.id)[:MAX_ALTERNATIVES]:
        alternatives.append(Hit(offer, 0.0, "", AlternativeWhy.LANGUAGE))
    for offer in sorted(other_age, key=lambda o: (_age_gap(o, request), o.id))[:2]:
        alternatives.append(Hit(offer, 0.0, "", AlternativeWhy.AGE))
    return tuple(alternatives)


def _gap_reason(found: list[_Candidate], request: Request) -> GapReason:
    if not request.topics:
        return GapReason.UNCLEAR
    if not found:
        return GapReason.NO_OFFER
    if any(c.age_ok and c.place_ok for c in found):
        return GapReason.LANGUAGE
    if any(c.place_ok for c in found):
        return GapReason.AGE
    return GapReason.NOT_HERE


def _question(request: Request) -> Question | None:
    if request.place is None and request.place_candidates:
        return Question("place_ambiguous", request.place_candidates)
    if Missing.TOPIC in request.missing and request.age is None and request.place is None:
        return Question("topic")
    if request.age is None:
        return Question("age")
    if request.place is None:
        return Question("place")
    return None


def match(request: Request, catalogue: Catalogue, today: dt.date | None = None) -> Answer:
    """Return the fitting offers best first, marked alternatives, or an honest gap."""
    found = candidates(request, catalogue)
    fitting = [c.offer for c in found if c.fits]
    offers = tuple(rank(fitting, request, catalogue, today)[:MAX_OFFERS])
    alternatives = _alternatives(found, request, catalogue) if len(offers) < 3 else ()
    gap = None if offers else _gap_reason(found, request)
    return Answer(request, offers, alternatives, gap, _question(request))
