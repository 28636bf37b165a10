"""Reports from the field: "Angaben veraltet/falsch melden" on an offer.

Professionals see outdated offers first. Each report is queued for the curators; an offer reported
by DOUBTFUL_AFTER different users is marked as doubtful in answers until a curator confirms or
fixes it (which resolves its open reports).
"""

from __future__ import annotations

import datetime as dt

from bot.privacy import redact
from bot.state import StateStore
from bot.storage import OFFER_REPORTS

TABLE = OFFER_REPORTS.name
DOUBTFUL_AFTER = 3


def record_report(
    store: StateStore, offer_id: str, user: str | None, note: str = "",
    now: dt.datetime | None = None,
) -> int:  # fmt: skip
    """Queue a report; `user` must already be pseudonymised, the note is redacted."""
    row = {
        "created_at": (now or dt.datetime.now(dt.UTC)).isoformat(timespec="seconds"),
        "offer_id": offer_id, "user": user, "note": redact(note)[:500], "status": "open",
        "resolved_at": None,
    }  # fmt: skip
    with store.write() as db:
        return int(db[TABLE].insert(row).last_pk)


def has_open_report(store: StateStore, offer_id: str, user: str) -> bool:
    """Whether this user already has an open report on this offer (one counts once)."""
    row = store.db.execute(
        f"select 1 from {TABLE} where offer_id = ? and user = ? and status = 'open'",
        (offer_id, user),
    ).fetchone()
    return row is not None


def open_reports(store: StateStore) -> list[dict[str, object]]:
    return list(store.db.query(f"select * from {TABLE} where status = 'open' order by id"))


def doubtful_offers(store: StateStore) -> set[str]:
    """Return ids of offers with open reports from at least DOUBTFUL_AFTER different users."""
    rows = store.db.query(
        f"select offer_id from {TABLE} where status = 'open' group by offer_id "
        "having count(distinct coalesce(user, id)) >= ?",
        (DOUBTFUL_AFTER,),
    )
    return {str(r["offer_id"]) for r in rows}


def resolve_reports(store: StateStore, offer_id: str, status: str = "confirmed") -> int:
    """Close the open reports of an offer after a curator confirmed or fixed it."""
    now = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
    with store.write() as db:
        cursor = db.execute(
            f"update {TABLE} set status = ?, resolved_at = ? "
            "where offer_id = ? and status = 'open'",
            (status, now, offer_id),
        )
        return cursor.rowcount
