"""Everything one gap report shows, computed once and shared by HTML, exports, charts and summary.

Keeping the numbers in one object guarantees that the Telegram summary, the spreadsheet and the
HTML report never disagree about a count.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass
from functools import cached_property

from bot.catalogue import Catalogue
from bot.gaps.aggregate import (
    PHASE_KEYS,
    REASONS,
    UNKNOWN,
    VARIOUS,
    Scope,
    demand_matrix,
    monthly,
    offers_for,
    period_of,
    place_axis,
    reason_counts,
    select_gaps,
    supply_matrix,
    top_cells,
    topic_counts,
)
from bot.gaps.clusters import Cluster, clusters
from bot.gaps.log import GapEntry
from bot.i18n import _
from bot.models import PHASE_LABELS
from bot.state import StateStore


def _reason_texts() -> dict[str, tuple[str, str]]:
    """Each gap reason in the planner's words and explained (translated when asked)."""
    return {
        "no_offer": (_("no offer at all"),
                     _("The catalogue has no offer for this need anywhere in the Kreis.")),
        "not_here": (_("none here"), _("Offers exist, but none serves the family's place.")),
        "age": (_("none for this age"), _("Offers exist here, but none for the child's age.")),
        "language": (_("none in this language"),
                     _("Offers exist, but none in the language the family speaks.")),
        "not_helpful": (_("not helpful"), _("Offers were shown, but the professional marked "
                                            "them as not helpful.")),
        "unclear": (_("unclear"), _("The assistant could not tell what help was needed.")),
    }  # fmt: skip


def reason_label(reason: str) -> str:
    """The planner's words for a gap reason."""
    return _reason_texts().get(reason, (reason, ""))[0]


def reason_explanation(reason: str) -> str:
    return _reason_texts().get(reason, ("", ""))[1]


def age_span(low: int | None, high: int | None) -> str:
    """A group's ages the way planners say them: "Schwangerschaft", "1–11 Monate", "7–8 Jahre"."""
    if low is None or high is None:
        return _("age unknown")
    if high < 0:
        return _("pregnancy")
    low = max(low, 0)
    if high < 24:
        return _("{low}–{high} months").format(low=low, high=high)
    if low // 12 == high // 12:
        return _("{years} years").format(years=low // 12)
    return _("{low}–{high} years").format(low=low // 12, high=high // 12)


def phase_name(phase: str) -> str:
    if phase == VARIOUS:
        return _("various ages")
    if phase == UNKNOWN:
        return _("age unknown")
    label = PHASE_LABELS.get(phase, phase)
    return _("pregnancy") if phase == "P0" else _("{label} years").format(label=label)


@dataclass
class GapView:
    entries: list[GapEntry]
    catalogue: Catalogue
    scope: Scope

    def place_name(self, key: str) -> str:
        if key == VARIOUS:
            return _("various places")
        if key == UNKNOWN:
            return _("place unknown") if not self.scope.municipality else _("whole town / unknown")
        return self.catalogue.place_name(key)

    def topic_name(self, key: str) -> str:
        return _("need unclear") if key == UNKNOWN else self.catalogue.topic_label(key)

    @cached_property
    def area_name(self) -> str:
        if self.scope.municipality:
            return self.catalogue.place_name(self.scope.municipality)
        return _("Kreis Unna")

    @cached_property
    def period(self) -> tuple[dt.date | None, dt.date | None]:
        return period_of(self.entries, self.scope)

    @cached_property
    def places(self) -> list[str]:
        return place_axis(self.catalogue, self.scope)

    @cached_property
    def demand(self) -> list[list[int]]:
        return demand_matrix(self.entries, self.places, self.scope)

    @cached_property
    def supply(self) -> list[list[int]]:
        return supply_matrix(self.catalogue, self.places)

    @cached_property
    def top(self) -> list[tuple[tuple[str, str, str], int, int]]:
        """Top gap cells (phase, place, topic) with their count and the offers serving them."""
        return [(key, n, offers_for(self.catalogue, *key)) for key, n in top_cells(self.entries)]

    @cached_property
    def topics(self) -> Counter[str]:
        return topic_counts(self.entries)

    @cached_property
    def reasons(self) -> Counter[str]:
        return reason_counts(self.entries)

    @cached_property
    def months(self) -> tuple[list[str], dict[str, list[int]]]:
        return monthly(self.entries)

    @cached_property
    def clusters(self) -> list[Cluster]:
        words = frozenset(
            part.lower()
            for place in self.catalogue.gazetteer.places.values()
            for name in (place.name, *place.aliases)
            for part in name.replace("-", " ").replace("/", " ").split()
        )
        return clusters(self.entries, words)

    def cluster_label(self, cluster: Cluster) -> str:
        """ "Schreiambulanz · Selm · 0–11 months" — what the group asked for, where, for whom."""
        what = ", ".join(cluster.words) or self.topic_name(cluster.topic)
        age = (
            age_span(cluster.age_low, cluster.age_high)
            if cluster.age_low is not None
            else phase_name(cluster.phase)
        )
        return f"{what} · {self.place_name(cluster.place)} · {age}"

    @property
    def reason_keys(self) -> tuple[str, ...]:
        return REASONS

    @property
    def phase_keys(self) -> tuple[str, ...]:
        return PHASE_KEYS


def build_view(
    store: StateStore,
    catalogue: Catalogue,
    *,
    municipality: str | None = None,
    since: dt.date | None = None,
    until: dt.date | None = None,
) -> GapView:
    scope = Scope(municipality=municipality, since=since, until=until)
    return GapView(select_gaps(store, scope), catalogue, scope)
