"""Count the gap log the ways a planner reads it: need × place × time × reason.

Pure functions over `GapEntry` lists and the catalogue, shared by the HTML report, the exports,
the Telegram summary and the charts, so that every view shows the same numbers.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from bot.catalogue import Catalogue
from bot.gaps.log import GapEntry, all_gaps
from bot.models import PHASES, GapReason, phases_for
from bot.state import StateStore

PHASE_KEYS: tuple[str, ...] = tuple(key for key, _lo, _hi in PHASES)
REASONS: tuple[str, ...] = (
    GapReason.NO_OFFER,
    GapReason.NOT_HERE,
    GapReason.AGE,
    GapReason.LANGUAGE,
    GapReason.NOT_HELPFUL,
    GapReason.UNCLEAR,
)
UNKNOWN = "?"  # phase, place or topic the request did not name
VARIOUS = "*"  # a group of requests from several places or life phases


@dataclass(frozen=True, slots=True)
class Scope:
    """Which part of the gap log a view covers: one municipality or the Kreis, a period."""

    municipality: str | None = None
    since: dt.date | None = None
    until: dt.date | None = None


def select_gaps(store: StateStore, scope: Scope) -> list[GapEntry]:
    """Read the entries of a scope; dates are inclusive calendar days (UTC)."""
    where: list[str] = []
    params: list[object] = []
    if scope.municipality:
        where.append("municipality = ?")
        params.append(scope.municipality)
    if scope.since:
        where.append("created_at >= ?")
        params.append(scope.since.isoformat())
    if scope.until:
        where.append("created_at < ?")
        params.append((scope.until + dt.timedelta(days=1)).isoformat())
    return all_gaps(store, " and ".join(where), tuple(params))


def place_axis(catalogue: Catalogue, scope: Scope) -> list[str]:
    """The places a heat map shows: the districts of one municipality, else the municipalities.

    A last column `?` collects requests whose place is only the municipality, the Kreis or unknown.
    """
    gazetteer = catalogue.gazetteer
    if scope.municipality and scope.municipality in gazetteer:
        places = [p.key for p in gazetteer.districts_of(scope.municipality)]
    else:
        places = [p.key for p in gazetteer.municipalities]
    return [*sorted(places, key=catalogue.place_name), UNKNOWN]


def entry_place(entry: GapEntry, scope: Scope) -> str:
    """Where an entry lies on the place axis of a scope."""
    if scope.municipality:
        return entry.district or UNKNOWN
    return entry.municipality or UNKNOWN


def finest_place(entry: GapEntry) -> str:
    return entry.district or entry.municipality or UNKNOWN


def demand_matrix(entries: Iterable[GapEntry], places: list[str], scope: Scope) -> list[list[int]]:
    """Requests per place (rows) × life phase (columns); an entry counts in each phase it names."""
    row_of = {key: i for i, key in enumerate(places)}
    matrix = [[0] * len(PHASE_KEYS) for _ in places]
    for entry in entries:
        row = row_of.get(entry_place(entry, scope), row_of[UNKNOWN])
        for phase in entry.phases:
            if phase in PHASE_KEYS:
                matrix[row][PHASE_KEYS.index(phase)] += 1
    return matrix


def supply_matrix(
    catalogue: Catalogue, places: list[str], topic: str | None = None
) -> list[list[int]]:
    """Offers per place × life phase: an offer counts for each phase its age range overlaps and
    each place its service area serves (the same rule the matching applies)."""
    gazetteer = catalogue.gazetteer
    matrix = [[0] * len(PHASE_KEYS) for _ in places]
    for offer in catalogue.offers:
        if topic and topic not in offer.topics:
            continue
        columns = [PHASE_KEYS.index(p) for p in phases_for(offer.age_min, offer.age_max)]
        for row, place in enumerate(places):
            if place != UNKNOWN and gazetteer.serves(offer.service_area, place):
                for column in columns:
                    matrix[row][column] += 1
    return matrix


def offers_for(catalogue: Catalogue, phase: str, place: str, topic: str) -> int:
    """How many catalogue offers serve one gap cell (place, life phase, topic)."""
    gazetteer = catalogue.gazetteer
    count = 0
    for index in catalogue.by_topic.get(topic, ()):
        offer = catalogue.offers[index]
        if phase not in phases_for(offer.age_min, offer.age_max):
            continue
        if place == UNKNOWN or gazetteer.serves(offer.service_area, place):
            count += 1
    return count


def cell_counts(entries: Iterable[GapEntry]) -> Counter[tuple[str, str, str]]:
    """Requests per life phase × finest place (district, else municipality) × topic."""
    counts: Counter[tuple[str, str, str]] = Counter()
    for entry in entries:
        place = finest_place(entry)
        for phase in entry.phases or (UNKNOWN,):
            for topic in entry.topics or (UNKNOWN,):
                counts[(phase, place, topic)] += 1
    return counts


def top_cells(entries: list[GapEntry], limit: int = 15) -> list[tuple[tuple[str, str, str], int]]:
    """The most frequent gaps that name phase, place and topic, most frequent first."""
    known = ((k, n) for k, n in cell_counts(entries).items() if UNKNOWN not in k)
    return sorted(known, key=lambda item: (-item[1], item[0]))[:limit]


def topic_counts(entries: Iterable[GapEntry]) -> Counter[str]:
    counts: Counter[str] = Counter()
    for entry in entries:
        counts.update(entry.topics or (UNKNOWN,))
    return counts


def reason_counts(entries: Iterable[GapEntry]) -> Counter[str]:
    counts: Counter[str] = Counter({reason: 0 for reason in REASONS})
    counts.update(entry.reason for entry in entries)
    return counts


def month_of(entry: GapEntry) -> str:
    return entry.created_at[:7]


def months_between(first: str, last: str) -> list[str]:
    """Every month from `first` to `last` (YYYY-MM), so that empty months show as zero."""
    year, month = int(first[:4]), int(first[5:7])
    months: list[str] = []
    while f"{year:04d}-{month:02d}" <= last:
        months.append(f"{year:04d}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return months


def monthly(entries: list[GapEntry]) -> tuple[list[str], dict[str, list[int]]]:
    """Requests per month and reason: the months and, per reason, one count per month."""
    if not entries:
        return [], {reason: [] for reason in REASONS}
    found = sorted({month_of(e) for e in entries})
    months = months_between(found[0], found[-1])
    index = {m: i for i, m in enumerate(months)}
    series = {reason: [0] * len(months) for reason in REASONS}
    for entry in entries:
        series.setdefault(entry.reason, [0] * len(months))[index[month_of(entry)]] += 1
    return months, series


def period_of(entries: list[GapEntry], scope: Scope) -> tuple[dt.date | None, dt.date | None]:
    """The period a view covers: the asked dates, else the first and last entry."""
    days = [e.created_at[:10] for e in entries]
    first = scope.since or (dt.date.fromisoformat(min(days)) if days else None)
    last = scope.until or (dt.date.fromisoformat(max(days)) if days else None)
    return first, last
