"""The places of the Kreis and the service-area rule that decides whether an offer is local.

The rule (../shared/catalogue/README.md): a place is served when an offer's area names it, one of
its ancestors, or — for a municipality or the Kreis asked as a whole — one of its descendants.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from functools import cached_property

from bot.models import Place


class Gazetteer:
    """Read-only view of places.csv with the tree operations matching needs."""

    def __init__(self, places: Iterable[Place]) -> None:
        self.places: dict[str, Place] = {p.key: p for p in places}
        self._ancestors: dict[str, tuple[str, ...]] = {
            key: self._walk_up(key) for key in self.places
        }

    def _walk_up(self, key: str) -> tuple[str, ...]:
        chain: list[str] = []
        parent = self.places[key].parent
        while parent and parent in self.places and parent not in chain:
            chain.append(parent)
            parent = self.places[parent].parent
        return tuple(chain)

    def __contains__(self, key: object) -> bool:
        return key in self.places

    def __getitem__(self, key: str) -> Place:
        return self.places[key]

    def get(self, key: str | None) -> Place | None:
        return self.places.get(key) if key else None

    def ancestors(self, key: str) -> tuple[str, ...]:
        return self._ancestors.get(key, ())

    def municipality_of(self, key: str | None) -> str | None:
        """Return the municipality a place lies in (itself for a municipality)."""
        if not key or key not in self.places:
            return None
        if self.places[key].kind == "municipality":
            return key
        for ancestor in self.ancestors(key):
            if self.places[ancestor].kind == "municipality":
                return ancestor
        return None

    def is_whole(self, key: str) -> bool:
        """Tell whether a place is asked as a whole (a municipality or the Kreis)."""
        place = self.places.get(key)
        return place is not None and place.kind in ("municipality", "kreis")

    def serves(self, area: Iterable[str], key: str | None) -> bool:
        """Apply the service-area rule; an unknown place is served by everything."""
        if not key:
            return True
        above = self._ancestors.get(key, ())
        whole = self.is_whole(key)
        for served in area:
            if served == key or served in above:
                return True
            if whole and key in self._ancestors.get(served, ()):
                return True
        return False

    @cached_property
    def municipalities(self) -> tuple[Place, ...]:
        return tuple(p for p in self.places.values() if p.kind == "municipality")

    def districts_of(self, municipality: str) -> tuple[Place, ...]:
        return tuple(
            p for p in self.places.values() if p.kind == "district" and p.parent == municipality
        )

    def common_ancestor(self, keys: Iterable[str]) -> str | None:
        """Return the closest place that contains all keys (or is one of them)."""
        chains = [(k, *self.ancestors(k)) for k in keys if k in self.places]
        if not chains:
            return None
        shared = set(chains[0]).intersection(*chains[1:])
        for key in chains[0]:
            if key in shared:
                return key
        return None

    def distance_km(self, a: tuple[float, float] | None, b: tuple[float, float] | None) -> float:
        """Return the great-circle distance, or infinity when a position is unknown."""
        if not a or not b or None in a or None in b:
            return math.inf
        lat1, lon1, lat2, lon2 = map(math.radians, (*a, *b))
        h = (
            math.sin((lat2 - lat1) / 2) ** 2
            + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
        )
        return 2 * 6371.0 * math.asin(math.sqrt(h))

    def position(self, key: str | None) -> tuple[float, float] | None:
        place = self.get(key)
        return (place.lat, place.lon) if place else None
