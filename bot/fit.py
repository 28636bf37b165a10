"""How well one offer fits a request: the per-offer scores that ranking in `matching` combines.

Each is small and pure (an offer, the request, the catalogue, today), so that the identity test
and the benchmark can check them one by one.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Container

from rapidfuzz import fuzz

from bot.catalogue import Catalogue
from bot.models import Offer, Request


def topic_fit(offer: Offer, topics: tuple[str, ...]) -> float:
    """Score how well an offer's topics meet the asked ones, the first asked counting most."""
    return shared_fit(offer.topics, topics)


def shared_fit(present: Container[str], topics: tuple[str, ...]) -> float:
    weights = [1.0 / (1 + 0.6 * i) for i in range(len(topics))]
    shared = [w for topic, w in zip(topics, weights, strict=True) if topic in present]
    if not shared:
        return 0.0
    return min(1.0, max(shared) + 0.25 * (sum(shared) - max(shared)))


def locality(offer: Offer, request: Request, catalogue: Catalogue) -> str:
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


def freshness(offer: Offer, today: dt.date) -> float:
    try:
        checked = dt.date.fromisoformat(offer.last_checked)
    except ValueError:
        return 0.3
    days = (today - checked).days
    return 1.0 if days <= 365 else 0.7 if days <= 730 else 0.4


def text_fit(offer_text: str, offer_name: str, keywords: tuple[str, ...]) -> float:
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


def distance(offer: Offer, request: Request, catalogue: Catalogue) -> float:
    centre = catalogue.gazetteer.position(request.place)
    where = (offer.lat, offer.lon) if offer.lat is not None and offer.lon is not None else None
    return catalogue.gazetteer.distance_km(centre, where)


def age_gap(offer: Offer, request: Request) -> int:
    """Return how many months an offer's age range lies away from the asked one."""
    if request.age is None:
        return 0
    if offer.age_max is not None and offer.age_max < request.age.low:
        return request.age.low - offer.age_max
    if offer.age_min is not None and offer.age_min > request.age.high:
        return offer.age_min - request.age.high
    return 0
