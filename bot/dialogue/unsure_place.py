"""While the assistant asks where a family lives whose place it knew, only offers for every place
are shown as fitting.

A later turn of a conversation that names no place either goes on about the family spoken of
(its place holds) or starts another family (its place is unknown). When the dialogue cannot tell
and asks "Wo wohnt die Familie?", both readings stand — as they do for an unsure age
(`matching._uncertain_age`): until the answer, only offers that fit wherever the family lives
(those serving the whole Kreis) are presented as fitting; the others become marked alternatives,
the nearest few, never shown as if they fitted. A first message without any place has no such
earlier signal and keeps showing every offer beside the question.
"""

from __future__ import annotations

from dataclasses import replace

from bot.catalogue.gazetteer import Gazetteer
from bot.models import AlternativeWhy, Answer, Hit, Offer

__all__ = ["every_place_only"]

_ALTERNATIVES = 3  # as many marked alternatives as matching offers at most


def _everywhere(offer: Offer, gazetteer: Gazetteer) -> bool:
    """Tell an offer that serves the whole Kreis, so every place a family may live in."""
    places = gazetteer.places
    return any(area in places and places[area].kind == "kreis" for area in offer.service_area)


def every_place_only(answer: Answer, gazetteer: Gazetteer) -> Answer:
    """`answer` with only the offers for every place as fitting while its place is unknown."""
    request = answer.request
    if request.place is not None or request.place_candidates or not answer.offers:
        return answer
    kept = tuple(hit for hit in answer.offers if _everywhere(hit.offer, gazetteer))
    if len(kept) == len(answer.offers):
        return answer
    moved = tuple(replace(hit, score=0.0, locality="elsewhere", why=AlternativeWhy.OUTSIDE)
                  for hit in answer.offers if not _everywhere(hit.offer, gazetteer))
    alternatives: tuple[Hit, ...] = (*moved[:_ALTERNATIVES], *answer.alternatives)
    return replace(answer, offers=kept, alternatives=alternatives[:2 * _ALTERNATIVES],
                   fitting=len(kept))
