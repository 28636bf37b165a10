"""Ranking: order the offers that fit a request, best first.

Among the fitting offers, rank by how well the topics fit, how closely the text matches, how
local the offer is and how recently it was checked (`WEIGHTS`). `top_hits` returns the same
order as `rank` without scoring every offer's text. Kept apart from `matching` (which applies the
hard filters, finds alternatives and decides gaps) so that each file has one job: this one only
orders offers already found fitting.
"""

from __future__ import annotations

import datetime as dt
import heapq
from collections.abc import Iterable

from bot.catalogue import Catalogue
from bot.catalogue.index import OfferIndex
from bot.fit import freshness as _freshness
from bot.fit import locality as _locality
from bot.fit import shared_fit as _shared_fit
from bot.fit import text_fit as _text_fit
from bot.fit import topic_fit as _topic_fit
from bot.models import Hit, Offer, Request

WEIGHTS = {"topic": 0.45, "text": 0.25, "local": 0.2, "fresh": 0.1}
LOCALITY = {"district": 1.0, "municipality": 0.75, "kreis": 0.45, "anywhere": 0.5}


def rank(
    offers: list[Offer], request: Request, catalogue: Catalogue, today: dt.date | None = None
) -> list[Hit]:
    """Order fitting offers best first."""
    today = today or dt.date.today()
    index = catalogue.offer_index
    hits = []
    for offer in offers:
        slot = index.slot_of[offer.id]
        locality = _locality(offer, request, catalogue)
        score = (
            WEIGHTS["topic"] * _topic_fit(offer, request.topics)
            + WEIGHTS["text"]
            * _text_fit(index.search_text[slot], index.name_text[slot], request.keywords)
            + WEIGHTS["local"] * LOCALITY[locality]
            + WEIGHTS["fresh"] * _freshness(offer, today)
        )
        hits.append(Hit(offer, round(score, 4), locality))
    hits.sort(key=lambda h: (-h.score, h.offer.id))
    return hits


def _split(parts: list[tuple[int, frozenset[str]]], masks: dict[str, int], keys: Iterable[str]
           ) -> list[tuple[int, frozenset[str]]]:  # fmt: skip
    """Partition offer masks by which of `keys` they carry (only non-empty parts survive)."""
    for key in keys:
        mask = masks.get(key, 0)
        parts = [
            (part, present | {key} if inside else present)
            for whole, present in parts
            for part, inside in ((whole & mask, True), (whole & ~mask, False))
            if part
        ]
    return parts


def _localities(request: Request, catalogue: Catalogue) -> list[tuple[str, int]]:
    """Partition all offers by `_locality` for the asked place."""
    index = catalogue.offer_index
    place = request.place
    if not place:
        return [("anywhere", index.all)]
    district = index.area.get(place, 0) | index.district.get(place, 0)
    municipality = catalogue.gazetteer.municipality_of(place)
    near = 0
    if municipality:
        near = (index.area.get(municipality, 0) | index.municipality.get(municipality, 0))
        near &= ~district
    return [("district", district), ("municipality", near),
            ("kreis", index.all & ~district & ~near)]  # fmt: skip


def _freshness_classes(index: OfferIndex, today: dt.date) -> list[tuple[float, int]]:
    """Partition all offers by `_freshness`, computed once per day and index."""
    cached = index.cache.get("freshness")
    if cached is None or cached[0] != today:
        groups: dict[float, list[int]] = {}
        for slot, offer in enumerate(index.offers):
            groups.setdefault(_freshness(offer, today), []).append(slot)
        classes = [(value, index.mask(slots)) for value, slots in groups.items()]
        cached = index.cache["freshness"] = (today, classes)
    return cached[1]  # type: ignore[index]


def top_hits(index: OfferIndex, fits: int, request: Request, catalogue: Catalogue,
             today: dt.date, limit: int) -> list[Hit]:  # fmt: skip
    """Return `rank(fitting)[:limit]` (`fits`: the fitting offers' mask in `index`) without
    scoring every fitting offer's text.

    Topic fit, locality and freshness take few values, so the fitting offers fall into groups
    that share them; the text adds at most `WEIGHTS["text"]`. Groups are visited best possible
    score first and a group stops as soon as none of its offers can still beat the `limit`-th
    hit (equal scores rank by id, i.e. by slot). The scores are computed by the same expression
    as in `rank`, so the result is identical, only cheaper.
    """
    keywords = request.keywords
    ceiling = 1.0 if keywords else 0.0  # `_text_fit` never exceeds 1.0, and is 0.0 without words
    groups = []
    for topics_mask, present in _split([(fits, frozenset())], index.topic,
                                       dict.fromkeys(request.topics)):  # fmt: skip
        fit = _shared_fit(present, request.topics)
        for locality, local_mask in _localities(request, catalogue):
            for fresh, fresh_mask in _freshness_classes(index, today):
                mask = topics_mask & local_mask & fresh_mask
                if mask:
                    best = round(WEIGHTS["topic"] * fit + WEIGHTS["text"] * ceiling
                                 + WEIGHTS["local"] * LOCALITY[locality]
                                 + WEIGHTS["fresh"] * fresh, 4)  # fmt: skip
                    groups.append((best, fit, locality, fresh, mask))
    groups.sort(key=lambda g: -g[0])
    kept: list[tuple[float, int, str]] = []  # min-heap of (score, -slot): kept[0] is the worst
    texts, names = index.search_text, index.name_text
    for best, fit, locality, fresh, mask in groups:
        if len(kept) >= limit and best < kept[0][0]:
            break
        for slot in index.slots(mask):
            if len(kept) >= limit:
                worst, minus_slot, _locality_name = kept[0]
                if best < worst or (best == worst and slot > -minus_slot):
                    break
            text = _text_fit(texts[slot], names[slot], keywords) if keywords else 0.0
            score = round(WEIGHTS["topic"] * fit + WEIGHTS["text"] * text
                          + WEIGHTS["local"] * LOCALITY[locality]
                          + WEIGHTS["fresh"] * fresh, 4)  # fmt: skip
            entry = (score, -slot, locality)
            if len(kept) < limit:
                heapq.heappush(kept, entry)
            elif entry[:2] > kept[0][:2]:
                heapq.heapreplace(kept, entry)
    kept.sort(key=lambda e: (-e[0], -e[1]))
    return [Hit(index.offers[-minus_slot], score, locality)
            for score, minus_slot, locality in kept]  # fmt: skip
