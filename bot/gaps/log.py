"""Write and read the gap log in the state database.

One row per request that found nothing fitting (or that a user marked as not helpful): when, the
understood age with its life phases, place, topics, languages, the reason and the request text with
personal data removed. Never the user's id in clear; never inside catalogue.db.

A row is never lost to a passing database fault (read-only, full, locked past the busy timeout):
`record_gap` then keeps it in a spool file beside the state database (`gap-spool.jsonl`, or in
memory when even that cannot be written), logs why, and writes it before the next row and on each
`flush_pending` (a job of the bot retries every few seconds). Rows keep their order and their
original time. The spool is shared by every process on the state database (the Telegram bot runs
its core in processes of its own): appending to it and writing it back hold an exclusive
`flock` on `gap-spool.lock`, so a row appended while another process writes the spool back is
not removed with it.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import logging
import os
import sqlite3
import threading
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from bot.catalogue.gazetteer import Gazetteer
from bot.models import Answer, GapReason, Request
from bot.privacy import redact
from bot.state import StateStore
from bot.storage import GAPS

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows: no flock, and the bot's core runs in threads
    fcntl = None  # type: ignore[assignment]

TABLE = GAPS.name
SPOOL = "gap-spool.jsonl"
SPOOL_LOCK = "gap-spool.lock"
log = logging.getLogger(__name__)
_told: set[Path] = set()  # stores whose first held row was logged (until they are written)
_held: dict[Path, list[dict[str, object]]] = {}  # rows not even the spool file could take
_lock = threading.Lock()


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
    with _lock:
        try:
            _flush(store)
            with store.durable_write() as db:
                return int(db[TABLE].insert(row).last_pk)
        except sqlite3.Error as error:
            _hold(store, row, error)
            return 0


def _spool_path(store: StateStore) -> Path:
    return store.path.parent / SPOOL


@contextlib.contextmanager
def _spool_locked(store: StateStore) -> Iterator[None]:
    """Hold the spool against the other processes on this state database (when it can)."""
    try:
        fd = os.open(store.path.parent / SPOOL_LOCK, os.O_RDWR | os.O_CREAT, 0o600)
    except OSError:  # an unwritable folder: the spool itself cannot be written either
        yield
        return
    if fcntl is None:  # pragma: no cover
        os.close(fd)
        yield
        return
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)  # releases the lock


def _hold(store: StateStore, row: dict[str, object], error: sqlite3.Error) -> None:
    """Keep a row the database refused: in the spool file, else in memory."""
    path = _spool_path(store)
    try:
        with _spool_locked(store):  # opened inside: a spool written back meanwhile is gone
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
            with os.fdopen(fd, "a", encoding="utf-8") as handle:
                handle.write(json.dumps(row, ensure_ascii=False) + "\n")
        where = "spool"
    except OSError:
        _held.setdefault(store.path, []).append(row)
        where = "memory"
    # Said once per fault, not per message: the next lines are the write-back or "still held".
    level = logging.DEBUG if store.path in _told else logging.WARNING
    _told.add(store.path)
    log.log(level, "gap row held reason=%s where=%s", str(error).split(":")[0][:60], where)


def _pending_rows(store: StateStore) -> list[dict[str, object]]:
    rows = list(_held.get(store.path, []))
    path = _spool_path(store)
    if path.exists():
        lines = path.read_text(encoding="utf-8").splitlines()
        rows = [json.loads(line) for line in lines if line.strip()] + rows
    return rows


def _flush(store: StateStore) -> int:
    """Write the held rows (raises sqlite3.Error when the database still refuses)."""
    if not _held.get(store.path) and not _spool_path(store).exists():
        return 0
    with _spool_locked(store):
        rows = _pending_rows(store)
        if rows:
            with store.durable_write() as db:
                db[TABLE].insert_all(rows)
        _held.pop(store.path, None)
        _told.discard(store.path)
        _spool_path(store).unlink(missing_ok=True)
    if rows:
        log.info("gap rows written after a fault count=%d", len(rows))
    return len(rows)


def flush_pending(store: StateStore) -> int:
    """Write the rows held after a database fault; 0 when none or the database still refuses."""
    with _lock:
        try:
            return _flush(store)
        except sqlite3.Error as error:
            log.warning("gap rows still held reason=%s", str(error).split(":")[0][:60])
            return 0


def held_rows(store: StateStore) -> int:
    """How many gap rows wait for the database."""
    with _lock:
        return len(_pending_rows(store))


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
