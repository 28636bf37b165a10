"""With no place understood, offers for the whole Kreis first; town-bound ones only as examples.

An offer held for one town fits the child only if the family lives there. When the request names
no place (and none is being asked between two readings), that fit is unknown: presenting a
Bergkamen practice as "fitting" to a family that may live in Selm breaks the promise never to show
an offer that does not fit as if it did. So the offers whose service area is the whole Kreis —
they fit wherever the family lives — come first and are the ones called fitting; the town-bound
ones follow, each marked (`Hit.place_unchecked`) so that every channel says its place must be
checked, and the headline says the place is still open (`bot.render.words.count_text`).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from bot.catalogue import Catalogue
from bot.catalogue.index import OfferIndex
from bot.models import Hit, Request
from bot.ranking import top_hits


def place_open(request: Request) -> bool:
    """No place was understood and none is being asked between readings ("westick")."""
    return request.place is None and not request.place_candidates


def kreis_wide(index: OfferIndex) -> int:
    """Offers that serve every town of the Kreis (its service area is the Kreis, or lists every
    town), computed once per index: a mask over the few municipalities, not per request."""
    cached = index.cache.get("kreis_wide")
    if cached is None:
        towns = [key for key, place in index.gazetteer.places.items()
                 if place.kind == "municipality"]  # fmt: skip
        cached = index.all if towns else 0
        for town in towns:
            cached &= index.served(town)
        index.cache["kreis_wide"] = cached
    return cached  # type: ignore[return-value]


def kreis_first(index: OfferIndex, fits: int, request: Request, catalogue: Catalogue,
                today: dt.date, limit: int) -> list[Hit]:  # fmt: skip
    """`ranking.top_hits` for a request whose place is open: the Kreis-wide fitting offers for
    the first need best first, then the others best first, the town-bound ones marked as examples
    whose place must be checked."""
    wide = kreis_wide(index)
    # only a Kreis-wide offer for the first need asked goes ahead: one sharing a side topic
    # ("Kinderschutz" beside "Erziehungsberatung") keeps its rank among the rest, unmarked
    ahead = fits & wide & index.topic.get(request.topics[0], 0) if request.topics else 0
    first = top_hits(index, ahead, request, catalogue, today, limit)
    room = limit - len(first)
    rest = top_hits(index, fits & ~ahead, request, catalogue, today, room) if room > 0 else []
    slot_of = index.slot_of
    return first + [hit if wide >> slot_of[hit.offer.id] & 1 else replace(hit, place_unchecked=True)
                    for hit in rest]  # fmt: skip

