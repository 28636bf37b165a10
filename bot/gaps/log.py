"""Write and read the gap log in the state database.

One row per request that found nothing fitting (or that a user marked as not helpful): when, the
understood age with its life phases, place, topics, languages, the reason and the request text with
personal data removed. Never the user's id in clear; never inside catalogue.db.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter
from dataclasses import dataclass

from bot.catalogue.gazetteer import Gazetteer
from bot.models import Answer, GapReason, Request
from bot.privacy import redact
from bot.state import StateStore
from bot.storage import GAPS

TABLE = GAPS.name


@dataclass(frozen=True, slots=True)
class GapEntry:
    id: int
    created_at: str
    reason: str
    query: str | None
    age_min: int | None
    age_max: int | None
    phases: tuple[str, ...]
    place: str | None
    municipality: str | None
    district: str | None
    topics: tuple[str, ...]
    languages: tuple[str, ...]
    channel: str
    user: str | None


def _row(
    request: Request, reason: GapReason, gazetteer: Gazetteer, channel: str, user: str | None,
    now: dt.datetime | None,
) -> dict[str, object]:  # fmt: skip
    place = gazetteer.get(request.place)
    return {
        "created_at": (now or dt.datetime.now(dt.UTC)).isoformat(timespec="seconds"),
        "channel": channel,
        "user": user,
        "reason": str(reason),
        "query": redact(request.text)[:2000],
        "age_min": request.age.low if request.age else None,
        "age_max": request.age.high if request.age else None,
        "phases": json.dumps(list(request.age.phases()) if request.age else []),
        "place": request.place,
        "municipality": gazetteer.municipality_of(request.place),
        "district": place.key if place and place.kind == "district" else None,
        "topics": json.dumps(list(request.topics)),
        "languages": json.dumps(list(request.languages)),
    }


def record_gap(
    store: StateStore, answer: Answer, gazetteer: Gazetteer, *, channel: str = "cli",
    user: str | None = None, reason: GapReason | None = None, now: dt.datetime | None = None,
) -> int:  # fmt: skip
    """Append a request to the gap log; `user` must already be pseudonymised."""
    why = reason or answer.gap or GapReason.UNCLEAR
    row = _row(answer.request, why, gazetteer, channel, user, now)
    with store.write() as db:
        return int(db[TABLE].insert(row).last_pk)


def _entry(row: dict[str, object]) -> GapEntry:
    return GapEntry(
        id=int(row["id"]), created_at=str(row["created_at"]), reason=str(row["reason"]),
        query=row["query"], age_min=row["age_min"], age_max=row["age_max"],
        phases=tuple(json.loads(row["phases"] or "[]")), place=row["place"],
        municipality=row["municipality"], district=row["district"],
        topics=tuple(json.loads(row["topics"] or "[]")),
        languages=tuple(json.loads(row["languages"] or "[]")), channel=str(row["channel"]),
        user=row["user"],
    )  # type: ignore[arg-type]  # fmt: skip


def all_gaps(store: StateStore, where: str = "", params: tuple[object, ...] = ()) -> list[GapEntry]:
    sql = f"select * from {TABLE}" + (f" where {where}" if where else "") + " order by id"
    return [_entry(r) for r in store.db.query(sql, params)]


def latest_gaps(store: StateStore, limit: int = 10) -> list[GapEntry]:
    rows = store.db.query(f"select * from {TABLE} order by id desc limit ?", (limit,))
    return [_entry(r) for r in rows]


def gap_counts(entries: list[GapEntry]) -> Counter[tuple[str, str, str]]:
    """Count entries by life phase × municipality × topic (an entry counts in each it names)."""
    counts: Counter[tuple[str, str, str]] = Counter()
    for entry in entries:
        for phase in entry.phases or ("?",):
            for topic in entry.topics or ("?",):
                counts[(phase, entry.municipality or "?", topic)] += 1
    return counts
