"""One-time invite codes are shared by every channel: a code from `python -m bot invite` opens
Telegram or the web page, once.

The codes live in the table the Telegram channel created first (`telegram_invites`); this module
is the channel-neutral way to spend one, so that the web channel needs nothing of Telegram.
"""

from __future__ import annotations

import datetime as dt

from bot.state import StateStore

TABLE = "telegram_invites"
# Unambiguous letters and digits: codes are read aloud and typed from paper.
ALPHABET = frozenset("ABCDEFGHJKLMNPQRSTUVWXYZ23456789")
LENGTH = 8


def normalised(text: str) -> str:
    """`abcd-efgh ` → `ABCDEFGH`: codes are typed from paper, with any case and separators."""
    return "".join(ch for ch in text.upper() if ch.isalnum())


def spend_invite(store: StateStore, code: str, user: str) -> bool:
    """Mark an unused code as used by `user` (a pseudonym); False when it opens nothing."""
    code = normalised(code)
    if len(code) != LENGTH or not set(code) <= ALPHABET:
        return False
    if not store.db[TABLE].exists():
        return False
    now = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
    with store.write() as db:
        cursor = db.execute(
            f"update {TABLE} set used_by = ?, used_at = ? where code = ? and used_by is null",
            (user, now, code),
        )
        return cursor.rowcount == 1
