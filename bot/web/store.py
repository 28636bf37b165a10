"""The web channel's one table: a browser session under its pseudonym, with its conversation.

The browser holds a random token in a cookie; the database holds only the keyed hash of that token
(`Assistant.pseudonym`), whether the session was admitted (an invite or access code) and whether it
is an admin session, and the conversation's `Session` with personal data redacted — exactly what
the Telegram channel keeps per chat. Nothing of the browser (address, user agent) is stored.
"""

from __future__ import annotations

import datetime as dt
import secrets
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import TYPE_CHECKING

from bot.assistant import Session
from bot.privacy import redact
from bot.storage import WEB_SESSIONS

if TYPE_CHECKING:
    from bot.state import StateStore

TABLE = WEB_SESSIONS.name
# A session nobody used for this long is forgotten (the cookie lives as long).
SESSION_DAYS = int(WEB_SESSIONS.retention.days or 30)


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def new_token() -> str:
    """The cookie's value: 256 random bits, never stored."""
    return secrets.token_urlsafe(32)


@dataclass(frozen=True, slots=True)
class WebSession:
    """One browser session as the server knows it."""

    id: str
    admitted: bool = False
    admin: bool = False
    conversation: Session = field(default_factory=Session)
    known: bool = False


def load(store: StateStore, session_id: str) -> WebSession:
    row = store.db.execute(
        f"select admitted, admin, data from {TABLE} where id = ?", (session_id,)
    ).fetchone()
    if row is None:
        return WebSession(session_id)
    return WebSession(session_id, bool(row[0]), bool(row[1]), Session.from_json(row[2]), True)


@lru_cache(maxsize=4096)
def _redacted(text: str) -> str:
    """A conversation's follow-ups carry the same request text again: redact it once."""
    return redact(text)[:1000]


def _storable(session: Session) -> Session:
    """Drop names, phone numbers and the like from the remembered request."""
    request = session.request
    if request is None:
        return session
    return replace(session, request=replace(request, text=_redacted(request.text)))


def save(store: StateStore, web: WebSession) -> None:
    """Insert or update a session row (admission, admin flag and conversation)."""
    now = _now()
    with store.write() as db:
        db.execute(
            f"insert into {TABLE} (id, admitted, admin, data, created_at, updated_at) "
            "values (?, ?, ?, ?, ?, ?) on conflict(id) do update set admitted = excluded.admitted, "
            "admin = excluded.admin, data = excluded.data, updated_at = excluded.updated_at",
            (web.id, int(web.admitted), int(web.admin), _storable(web.conversation).to_json(),
             now, now),
        )  # fmt: skip


def delete(store: StateStore, session_id: str) -> None:
    with store.write() as db:
        db.execute(f"delete from {TABLE} where id = ?", (session_id,))


def purge(store: StateStore, days: int = SESSION_DAYS, now: dt.datetime | None = None) -> int:
    """Forget sessions nobody used for `days` days."""
    cutoff = ((now or dt.datetime.now(dt.UTC)) - dt.timedelta(days=days)).isoformat(
        timespec="seconds"
    )
    with store.write() as db:
        return db.execute(f"delete from {TABLE} where updated_at < ?", (cutoff,)).rowcount
