"""Retention: redacted request texts are deleted after LOTSE_RETENTION_DAYS; the counts stay.

The row keeps when, where, for which age and topic, and why nothing fitted — that is the evidence
the planning needs for years. Only the text goes (`query` set to NULL). SQLite's secure_delete
overwrites the freed bytes and a WAL checkpoint removes the old pages from the write-ahead log,
so the text is not left behind in the file either.
"""

from __future__ import annotations

import datetime as dt

from bot.gaps.log import TABLE
from bot.state import StateStore


def cutoff(days: int, now: dt.datetime | None = None) -> str:
    """The created_at value before which texts are deleted (same ISO format as the log)."""
    moment = now or dt.datetime.now(dt.UTC)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    limit = moment.astimezone(dt.UTC) - dt.timedelta(days=days)
    return limit.isoformat(timespec="seconds")


def purge(store: StateStore, days: int, now: dt.datetime | None = None) -> int:
    """Delete the texts of gap entries older than `days`; return how many were deleted."""
    if days < 0:
        raise ValueError("retention days must not be negative")
    with store.write() as db:
        db.execute("PRAGMA secure_delete = ON")
        cursor = db.execute(
            f"update {TABLE} set query = null where query is not null and created_at < ?",
            (cutoff(days, now),),
        )
        purged = cursor.rowcount
    if purged:
        store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return purged
