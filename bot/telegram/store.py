"""The Telegram channel's tables in the state database: users, search sessions and invites.

Users appear only as pseudonyms (`bot.privacy.pseudonymise`); a search session keeps the request
with personal data redacted, so that a button pressed days later (or after a restart) still knows
what it refines. The tables are declared in `bot.storage`, with their user columns for
`/meine_daten` and `/loeschen`.
"""

from __future__ import annotations

import datetime as dt
import logging
import secrets
import sqlite3
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from bot.assistant import Session
from bot.privacy import redact
from bot.storage import TELEGRAM_INVITES, TELEGRAM_SESSIONS, TELEGRAM_USERS

if TYPE_CHECKING:
    from bot.state import StateStore

log = logging.getLogger(__name__)

USERS = TELEGRAM_USERS.name
SESSIONS = TELEGRAM_SESSIONS.name
INVITES = TELEGRAM_INVITES.name
# Unambiguous letters and digits: codes are read aloud and typed from paper.
INVITE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
INVITE_LENGTH = 8
# Buttons older than this stop working (declared with the table in bot.storage).
SESSION_DAYS = int(TELEGRAM_SESSIONS.retention.days or 30)


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


@dataclass(frozen=True, slots=True)
class Profile:
    """What the bot remembers about a user between messages."""

    user: str
    lang: str | None = None
    role: str | None = None
    default_place: str | None = None
    admitted: bool = False
    last_session: str | None = None
    known: bool = False


def load_profile(store: StateStore, user: str) -> Profile:
    rows = list(store.db.query(f"select * from {USERS} where user = ?", (user,)))
    if not rows:
        return Profile(user)
    row = rows[0]
    return Profile(
        user=user,
        lang=row["lang"],
        role=row["role"],
        default_place=row["default_place"],
        admitted=bool(row["admitted"]),
        last_session=row["last_session"],
        known=True,
    )


def save_profile(store: StateStore, user: str, **changes: object) -> Profile:
    """Create or update a user's row with the given columns."""
    allowed = {"lang", "role", "default_place", "admitted", "last_session"}
    unknown = set(changes) - allowed
    if unknown:
        raise ValueError(f"unknown profile fields: {sorted(unknown)}")
    now = _now()
    with store.write() as db:
        exists = db.execute(f"select 1 from {USERS} where user = ?", (user,)).fetchone()
        if exists:
            if changes:
                db[USERS].update(user, {**changes, "updated_at": now})
        else:
            db[USERS].insert(
                {"user": user, "created_at": now, "updated_at": now, "admitted": 0, **changes}
            )
    return load_profile(store, user)


def _storable(session: Session) -> Session:
    """Drop names, phone numbers and the like from the remembered request."""
    request = session.request
    if request is None:
        return session
    return replace(session, request=replace(request, text=redact(request.text)[:1000]))


def new_session_id() -> str:
    """Return a short random id: it goes into callback_data, which Telegram caps at 64 bytes."""
    return secrets.token_urlsafe(8)


def save_session(
    store: StateStore,
    user: str,
    session: Session,
    session_id: str | None = None,
    *,
    make_current: bool = True,
) -> str:
    """Store a search session (new or updated) and make it the user's current one."""
    session_id = session_id or new_session_id()
    now = _now()
    data = _storable(session).to_json()
    try:
        _write_session(store, user, session_id, data, now, make_current)
    except sqlite3.Error as error:  # the answer still goes out; its buttons will say "expired"
        log.warning("session not saved reason=%s", str(error).split(":")[0][:60])
    return session_id


def _write_session(store: StateStore, user: str, session_id: str, data: str, now: str,
                   make_current: bool) -> None:  # fmt: skip
    with store.write() as db:
        db.execute(
            f"insert into {SESSIONS} (id, user, data, created_at, updated_at) values (?,?,?,?,?) "
            "on conflict(id) do update set data = excluded.data, updated_at = excluded.updated_at",
            (session_id, user, data, now, now),
        )
        if make_current:
            db.execute(
                f"insert into {USERS} (user, admitted, last_session, created_at, updated_at) "
                "values (?, 0, ?, ?, ?) on conflict(user) do update set "
                "last_session = excluded.last_session, updated_at = excluded.updated_at",
                (user, session_id, now, now),
            )


def load_session(store: StateStore, session_id: str | None, user: str) -> Session | None:
    """Return a stored session of this user (another user's id finds nothing)."""
    if not session_id:
        return None
    row = store.db.execute(
        f"select data from {SESSIONS} where id = ? and user = ?", (session_id, user)
    ).fetchone()
    return Session.from_json(row[0]) if row else None


def purge_sessions(
    store: StateStore, days: int = SESSION_DAYS, now: dt.datetime | None = None
) -> int:
    """Forget search sessions nobody touched for `days` days."""
    cutoff = ((now or dt.datetime.now(dt.UTC)) - dt.timedelta(days=days)).isoformat(
        timespec="seconds"
    )
    with store.write() as db:
        return db.execute(f"delete from {SESSIONS} where updated_at < ?", (cutoff,)).rowcount


def create_invites(store: StateStore, created_by: str | None, count: int = 1) -> list[str]:
    """Create one-time invite codes."""
    codes = [
        "".join(secrets.choice(INVITE_ALPHABET) for _ in range(INVITE_LENGTH)) for _ in range(count)
    ]
    now = _now()
    with store.write() as db:
        db[INVITES].insert_all(
            {
                "code": c,
                "created_by": created_by,
                "created_at": now,
                "used_by": None,
                "used_at": None,
            }
            for c in codes
        )
    return codes


def normalise_code(text: str) -> str:
    return "".join(ch for ch in text.upper() if ch.isalnum())


def looks_like_code(text: str) -> bool:
    code = normalise_code(text)
    return len(code) == INVITE_LENGTH and all(ch in INVITE_ALPHABET for ch in code)


def redeem_invite(store: StateStore, code: str, user: str) -> bool:
    """Use a code once: admit the user and mark the code as used."""
    code = normalise_code(code)
    now = _now()
    with store.write() as db:
        cursor = db.execute(
            f"update {INVITES} set used_by = ?, used_at = ? where code = ? and used_by is null",
            (user, now, code),
        )
        if cursor.rowcount != 1:
            return False
        db.execute(
            f"insert into {USERS} (user, admitted, created_at, updated_at) values (?, 1, ?, ?) "
            "on conflict(user) do update set admitted = 1, updated_at = excluded.updated_at",
            (user, now, now),
        )
    return True
