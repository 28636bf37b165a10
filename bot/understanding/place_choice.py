"""Choosing one place among the places a request's words name.

Kept apart from `places` (which finds the mentions) so that each file has one job: here a district
beats its town, two districts of one town collapse to the town, and an alias naming places in
several towns is flagged as needing the rest of the message.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Protocol, TypeVar

from bot.catalogue.gazetteer import Gazetteer


class _Named(Protocol):
    """A place mention as `places` finds it: token span, keys, and how sure its word is."""

    start: int
    end: int
    keys: frozenset[str]
    weak: bool
    capitalised: bool


M = TypeVar("M", bound=_Named)


def most_specific(keys: list[str], gazetteer: Gazetteer) -> str | None:
    """Pick one place from resolved mentions: a district beats its town, towns collapse up."""
    unique = list(dict.fromkeys(keys))
    # drop every place that is an ancestor of another mentioned place
    leaves = [k for k in unique if not any(k in gazetteer.ancestors(o) for o in unique if o != k)]
    if len(leaves) == 1:
        return leaves[0]
    municipalities = {gazetteer.municipality_of(k) or k for k in leaves}
    if len(municipalities) == 1:  # two districts of one town: the town
        return gazetteer.common_ancestor(leaves)
    return leaves[-1]  # different towns: the last named is usually where the family lives


def collapse(keys: frozenset[str], gazetteer: Gazetteer) -> str | None:
    """Return the one place an alias means, collapsing a town and its own districts."""
    if len(keys) == 1:
        return next(iter(keys))
    ancestor = gazetteer.common_ancestor(keys)
    if ancestor and gazetteer[ancestor].kind != "kreis":
        return ancestor
    return None


def needs_context(keys: frozenset[str], gazetteer: Gazetteer) -> bool:
    """Tell whether an alias names places in several towns (and so needs the rest of the text)."""
    return len({gazetteer.municipality_of(k) for k in keys}) > 1


def beside_town(mentions: list[M], gazetteer: Gazetteer) -> list[M]:
    """Count a generic word right beside a town's name as that town's district, capital or not:
    "wir wohnen in kamen innenstadt" names Kamen-Mitte as "Kamen Innenstadt" does (the town's
    name must count itself: "die kinder kamen innenstadt" has no town)."""
    kept = []
    for m in mentions:
        if m.weak and not m.capitalised:
            towns = {gazetteer.municipality_of(k) for k in m.keys}
            if any(o is not m and (o.end == m.start or m.end == o.start)
                   and (o.capitalised or not o.weak) and any(k in towns for k in o.keys)
                   for o in mentions):  # fmt: skip
                m = replace(m, capitalised=True)
        kept.append(m)
    return kept
