"""Offer ids for lists that have none: stable across imports, learnt from the catalogue's own.

A planner's list rarely carries ids, but reports ("Angaben veraltet") and merges need an offer to
keep its id when the list is imported again: the id is the municipality code learnt from the
current ids (KAM, UNA …) and a hash of name and Träger (and the place, where both repeat).
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import replace

from bot.exchange.header_fields import FIELDS
from bot.exchange.sources import Problem
from bot.i18n import _
from bot.models import Offer
from bot.text import fold


def stable_id(prefix: str, *parts: str) -> str:
    """Derive an id that stays the same on every import of the same offer."""
    digest = hashlib.sha1("|".join(fold(p).strip() for p in parts).encode()).hexdigest()
    return f"{prefix}-{digest[:6].upper()}"


def id_prefixes(offers: Iterable[Offer]) -> dict[str, str]:
    """Learn the municipality codes (KAM, UNA …) from the ids of the current catalogue."""
    votes: dict[str, Counter[str]] = {}
    for offer in offers:
        prefix = offer.id.split("-")[0]
        if prefix.isalpha() and prefix.isupper():
            votes.setdefault(offer.municipality, Counter())[prefix] += 1
    return {m: c.most_common(1)[0][0] for m, c in votes.items()}


def disambiguate_ids(offers: list[Offer]) -> None:
    """Derived ids of one name and provider in several places get the place in the hash."""
    counts = Counter(o.id for o in offers)
    for index, offer in enumerate(offers):
        if counts[offer.id] > 1 and re.fullmatch(r"[A-Z]+-[0-9A-F]{6}", offer.id):
            prefix = offer.id.split("-")[0]
            offers[index] = replace(
                offer,
                id=stable_id(
                    prefix,
                    offer.name,
                    offer.provider,
                    offer.district or offer.municipality,
                    offer.address,
                ),
            )


def number_locations(offers: list[Offer]) -> list[int]:
    """An id repeated for the same offer at another place gets that place's number.

    Lists exported one row per offer and location repeat the offer's own id in each row
    (`FT-101` in Heessen, Bockum-Hövel and Herringen). Those rows are the offer at each place,
    so they are numbered as a JSON offer's locations are (`FT-101`, `FT-101-2`, `FT-101-3`);
    an id shared by two different offers stays a problem. Returns the indexes renumbered.
    """
    first: dict[str, Offer] = {}
    count: Counter[str] = Counter()
    taken = {o.id for o in offers}
    renumbered: list[int] = []
    for index, offer in enumerate(offers):
        if offer.id not in first:
            first[offer.id] = offer
            continue
        same = first[offer.id]
        elsewhere = (offer.municipality, offer.district, offer.address) != (
            same.municipality, same.district, same.address)  # fmt: skip
        if fold(offer.name) != fold(same.name) or fold(offer.provider) != fold(same.provider):
            continue
        if not elsewhere:
            continue
        count[offer.id] += 1
        new = f"{offer.id}-{count[offer.id] + 1}"
        while new in taken:
            count[offer.id] += 1
            new = f"{offer.id}-{count[offer.id] + 1}"
        taken.add(new)
        offers[index] = replace(offer, id=new)
        renumbered.append(index)
    return renumbered


def unique_ids(offers: list[Offer], lines: list[int], names: list[str], notes: list[Problem],
               problems: list[Problem]) -> list[Offer]:  # fmt: skip
    """The offers of a list with one id each: derived ids told apart by place, an id repeated
    per location numbered (noted), and any other id used twice refused for its later rows."""
    disambiguate_ids(offers)
    for index in number_locations(offers):
        notes.append(Problem(names[index], lines[index], FIELDS["id"][0], offers[index].id,
                             _("the same offer at another place: numbered as its location")))
    seen: dict[str, int] = {}
    kept: list[Offer] = []
    for offer, line, where in zip(offers, lines, names, strict=True):
        if offer.id in seen:
            why = _("this id is used twice (also in line {line})").format(line=seen[offer.id])
            problems.append(Problem(where, line, FIELDS["id"][0], offer.id, why, row_only=True))
            continue
        seen[offer.id] = line
        kept.append(offer)
    return kept
