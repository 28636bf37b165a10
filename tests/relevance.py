"""The relevance rules of the catalogue README, written independently of the product code.

Tests use them to judge answers: an offer is suitable when age and place fit, relevant when it
also shares a topic (and the asked language).
"""

from __future__ import annotations

from bot.catalogue import Catalogue
from bot.models import Answer, Offer


def ancestors(catalogue: Catalogue, key: str) -> list[str]:
    chain, parent = [], catalogue.gazetteer.places[key].parent
    while parent:
        chain.append(parent)
        parent = catalogue.gazetteer.places[parent].parent
    return chain


def serves(catalogue: Catalogue, offer: Offer, place: str | None) -> bool:
    if not place:
        return True
    whole = catalogue.gazetteer.places[place].kind in ("municipality", "kreis")
    above = set(ancestors(catalogue, place))
    return any(
        area == place or area in above or (whole and place in ancestors(catalogue, area))
        for area in offer.service_area
    )


def age_fits(offer: Offer, age: list[int] | None) -> bool:
    if not age:
        return True
    low = -(10**6) if offer.age_min is None else offer.age_min
    high = 10**6 if offer.age_max is None else offer.age_max
    return low <= age[1] and age[0] <= high


def suitable(catalogue: Catalogue, offer: Offer, label: dict) -> bool:
    return age_fits(offer, label.get("age")) and serves(catalogue, offer, label.get("place"))


def relevant(catalogue: Catalogue, offer: Offer, label: dict) -> bool:
    languages = set(label.get("languages") or [])
    return (
        suitable(catalogue, offer, label)
        and bool(set(offer.topics) & set(label["topics"]))
        and (not languages or bool(set(offer.languages) & languages))
    )


def assert_age_read_and_offers_fit(answer: Answer, expected: tuple[int, int]) -> None:
    """The answer read `expected` (months) as the child's age and shows as fitting only offers
    that take a child of that age."""
    age = answer.request.age
    assert age is not None and (age.low, age.high) == expected
    for hit in answer.offers:
        assert age_fits(hit.offer, [age.low, age.high]), hit.offer


def assert_answered_with(answer: Answer, topics: set[str], top: int = 3) -> None:
    """The answer is no gap and one of its first `top` offers meets one of `topics`."""
    assert answer.gap is None
    assert any(set(hit.offer.topics) & topics for hit in answer.offers[:top])


def assert_honest_gap(answer: Answer) -> None:
    """The answer says no offer fits and shows none as fitting."""
    assert answer.gap is not None
    assert not answer.offers
