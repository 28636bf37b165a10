"""Every table of the state database, declared once: columns, who it is about, how long it stays.

Before, each area created its tables with a decorator that ran at import, so which tables existed
depended on which modules happened to be imported, and the privacy functions kept a second list
with the gap log special-cased. Now `StateStore` creates exactly the tables declared here, and
`/meine_daten`, `/loeschen` and `/datenschutz` read the same declaration: a new table that holds
rows about a user says so here, or it cannot exist.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

import sqlite_utils


class Erase(StrEnum):
    """What deleting a user's data does to a table's rows about them."""

    DELETE = "delete"  # the rows go
    UNLINK = "unlink"  # the rows stay as anonymous evidence; `unlink` columns become NULL


class Keep(StrEnum):
    """How long rows (or their personal parts) are kept."""

    RETENTION_SETTING = "retention setting"  # LOTSE_RETENTION_DAYS, then the text goes
    DAYS = "days"  # a fixed number of days after the last use
    UNTIL_RESOLVED = "until resolved"  # until a curator has handled it
    UNTIL_DELETED = "until deleted"  # until the user deletes their data


@dataclass(frozen=True, slots=True)
class Retention:
    keep: Keep
    days: int | None = None
    column: str | None = None  # the timestamp the period counts from


@dataclass(frozen=True, slots=True)
class Table:
    """One table of the state database."""

    name: str
    columns: dict[str, type]
    pk: str
    retention: Retention
    user_columns: tuple[str, ...] = ()  # columns holding a user's pseudonym
    erase: Erase = Erase.DELETE
    unlink: tuple[str, ...] = ()  # with Erase.UNLINK: the columns cleared besides the user's
    indexes: tuple[tuple[str, ...], ...] = ()

    def create(self, db: sqlite_utils.Database) -> None:
        """Create the table and its indexes unless they exist (safe on every open)."""
        db[self.name].create(self.columns, pk=self.pk, if_not_exists=True)
        for columns in self.indexes:
            db[self.name].create_index(list(columns), if_not_exists=True)


GAPS = Table(
    "gaps",
    {
        "id": int, "created_at": str, "channel": str, "user": str, "reason": str,
        "query": str, "age_min": int, "age_max": int, "phases": str, "place": str,
        "municipality": str, "district": str, "topics": str, "languages": str,
    },
    pk="id",
    retention=Retention(Keep.RETENTION_SETTING, column="created_at"),
    user_columns=("user",),
    erase=Erase.UNLINK,  # the evidence stays, only the link to the user and the text go
    unlink=("query",),
    indexes=(("created_at",), ("municipality",)),
)  # fmt: skip

OFFER_REPORTS = Table(
    "offer_reports",
    {"id": int, "created_at": str, "offer_id": str, "user": str, "note": str, "status": str,
     "resolved_at": str},
    pk="id",
    retention=Retention(Keep.UNTIL_RESOLVED),
    user_columns=("user",),
    indexes=(("offer_id", "status"),),
)  # fmt: skip

TELEGRAM_USERS = Table(
    "telegram_users",
    {"user": str, "lang": str, "role": str, "default_place": str, "admitted": int,
     "last_session": str, "created_at": str, "updated_at": str},
    pk="user",
    retention=Retention(Keep.UNTIL_DELETED),
    user_columns=("user",),
)  # fmt: skip

TELEGRAM_SESSIONS = Table(
    "telegram_sessions",
    {"id": str, "user": str, "data": str, "created_at": str, "updated_at": str},
    pk="id",
    # buttons older than this stop working; the request text is not kept longer than needed
    retention=Retention(Keep.DAYS, days=30, column="updated_at"),
    user_columns=("user",),
    indexes=(("updated_at",),),
)

TELEGRAM_INVITES = Table(
    "telegram_invites",
    {"code": str, "created_by": str, "created_at": str, "used_by": str, "used_at": str},
    pk="code",
    retention=Retention(Keep.UNTIL_DELETED),
    user_columns=("used_by", "created_by"),
)

WEB_SESSIONS = Table(
    "web_sessions",
    {"id": str, "admitted": int, "admin": int, "data": str, "created_at": str,
     "updated_at": str},
    pk="id",  # the keyed hash of the browser's cookie token: the session is the user
    # a session nobody used for this long is forgotten (the cookie lives as long)
    retention=Retention(Keep.DAYS, days=30, column="updated_at"),
    user_columns=("id",),
    indexes=(("updated_at",),),
)  # fmt: skip

TABLES: tuple[Table, ...] = (GAPS, OFFER_REPORTS, TELEGRAM_USERS, TELEGRAM_SESSIONS,
                             TELEGRAM_INVITES, WEB_SESSIONS)  # fmt: skip


def create_tables(db: sqlite_utils.Database) -> None:
    """Create every declared table (idempotent), whichever modules were imported."""
    for table in TABLES:
        table.create(db)
