"""How updates are processed: one chat at a time, many chats at once, each update accounted for.

PTB's `SimpleUpdateProcessor` runs up to N updates concurrently in any order, so two quick
messages of one user raced on their session (both load it, both save it, one change lost). This
processor keeps PTB's concurrency across chats but runs the updates of one chat (or, for inline
queries, one user) strictly in arrival order behind a per-chat lock.

It also knows, for the shutdown (`bot.telegram.lifecycle`), which updates are still unanswered:
an update counts as answered once a reply to it reached Telegram (`mark_replied`, called by the
transport for every successful send) or its handlers finished. And it writes one structured log
line per update — `update=… user=<pseudonym> kind=… outcome=… latency_ms=…` — after remembering
the personal parts of what the user sent, so the log filter can keep them out of every record.
"""

from __future__ import annotations

import asyncio
import contextvars
import logging
import time
from collections.abc import Awaitable
from dataclasses import dataclass, field
from typing import Any

from telegram import Update
from telegram.ext import BaseUpdateProcessor

from bot.privacy.logfilter import remember_text, remember_user
from bot.privacy.pseudonym import pseudonymise

log = logging.getLogger(__name__)
# PTB's own semaphore only has to let every update reach `do_process_update` at once, where the
# chat lock and our own limit apply; a waiting update costs a task, not a thread.
ADMISSION = 100_000


@dataclass(eq=False)
class Pending:
    """An update between its arrival and its end."""

    update: object
    update_id: int | None
    task: asyncio.Task[Any] | None
    arrived: float = field(default_factory=time.monotonic)
    replied: bool = False
    started: bool = False


_CURRENT: contextvars.ContextVar[Pending | None] = contextvars.ContextVar(
    "lotse_update", default=None
)


def mark_replied() -> None:
    """Note that the update being handled got a reply through to Telegram (called by the
    transport after each successful send): from now on, losing its handler loses no answer."""
    pending = _CURRENT.get()
    if pending is not None:
        pending.replied = True


def kind_of(update: object) -> str:
    """A short word for the kind of update, for the log."""
    if not isinstance(update, Update):
        return type(update).__name__
    if update.callback_query is not None:
        return "callback"
    if update.inline_query is not None:
        return "inline"
    message = update.effective_message
    if message is not None:
        if message.location is not None:
            return "location"
        if message.text and message.text.startswith("/"):
            return "command"
        return "text"
    return "other"


def _chat_key(update: object) -> int | None:
    if not isinstance(update, Update):
        return None
    if update.effective_chat is not None:
        return update.effective_chat.id
    return update.effective_user.id if update.effective_user is not None else None


def _remember(update: object, secret: str) -> None:
    """Hand what the user wrote to the log filter before any handler can log it.

    Only what the user wrote: the message under a tapped button is the bot's own answer (a
    list of offers with their addresses), and redacting it cost a full `redact` per tap.
    """
    if not isinstance(update, Update):
        return
    user = update.effective_user
    message = None if update.callback_query is not None else update.effective_message
    coordinates: tuple[float, ...] = ()
    if message is not None and message.location is not None:
        coordinates = (message.location.latitude, message.location.longitude)
    if user is not None:
        remember_user(user.id, secret, (user.first_name, user.last_name, user.username),
                      coordinates)  # fmt: skip
    if message is not None:
        remember_text(message.text or message.caption)
    if update.inline_query is not None:
        remember_text(update.inline_query.query)


class ChatOrderedProcessor(BaseUpdateProcessor):
    """Concurrent across chats, in order within a chat; knows what is still unanswered."""

    def __init__(self, limit: int, secret: str = "") -> None:
        super().__init__(ADMISSION)
        self.limit = limit
        self.secret = secret
        self.pending: dict[int, Pending] = {}
        self._slots = asyncio.Semaphore(limit)
        self._locks: dict[int, tuple[asyncio.Lock, int]] = {}
        self.handled = 0
        self.seen_through: int | None = None  # the highest update id seen
        self.skip_through: int | None = None  # set on a restart: ids seen by the last run
        self.replayed: set[int] = set()  # ids saved by the last run: handled, not skipped

    async def initialize(self) -> None:
        """Nothing to allocate: locks are made per chat on demand and dropped when idle."""

    async def shutdown(self) -> None:
        """Nothing to free: `abandon` is the shutdown's business (see lifecycle)."""

    def unanswered(self) -> list[Pending]:
        """Updates neither finished nor replied to, oldest first."""
        return sorted((p for p in self.pending.values() if not p.replied),
                      key=lambda p: p.arrived)  # fmt: skip

    def abandon(self) -> list[Pending]:
        """Cancel every update still in progress; return the ones no reply reached Telegram for."""
        left = self.unanswered()
        for pending in list(self.pending.values()):
            if pending.task is not None and pending.task is not asyncio.current_task():
                pending.task.cancel()
        return left

    def _lock(self, key: int) -> asyncio.Lock:
        lock, users = self._locks.get(key, (None, 0))
        if lock is None:
            lock = asyncio.Lock()
        self._locks[key] = (lock, users + 1)
        return lock

    def _release(self, key: int) -> None:
        lock, users = self._locks[key]
        if users <= 1:
            del self._locks[key]
        else:
            self._locks[key] = (lock, users - 1)

    def _seen_before(self, update_id: int | None) -> bool:
        """A redelivered update the last run had already seen (answered or saved for replay)."""
        if update_id is None:
            return False
        if self.seen_through is None or update_id > self.seen_through:
            self.seen_through = update_id
        if update_id in self.replayed:
            self.replayed.discard(update_id)
            return False
        return self.skip_through is not None and update_id <= self.skip_through

    async def do_process_update(self, update: object, coroutine: Awaitable[Any]) -> None:
        update_id = update.update_id if isinstance(update, Update) else None
        if self._seen_before(update_id):
            coroutine.close()  # type: ignore[attr-defined]
            log.info("update skipped update=%s reason=seen_before_restart", update_id)
            return
        pending = Pending(update, update_id, asyncio.current_task())
        token = _CURRENT.set(pending)
        self.pending[id(pending)] = pending
        key = _chat_key(update)
        outcome = "cancelled"
        try:
            lock = self._lock(key) if key is not None else asyncio.Lock()
            try:
                async with lock, self._slots:
                    # Remembered now, not on arrival: behind a backlog the text's redaction
                    # would have left `redact`'s memo before the handler redacts it again.
                    _remember(update, self.secret)
                    pending.started = True
                    await coroutine
                    outcome = "done"
            finally:
                if key is not None:
                    self._release(key)
        finally:
            if not pending.started:  # cancelled while waiting: the coroutine never ran
                coroutine.close()  # type: ignore[attr-defined]
            del self.pending[id(pending)]
            _CURRENT.reset(token)
            self.handled += 1
            if log.isEnabledFor(logging.INFO):  # its fields cost a hash: only when written
                user = update.effective_user if isinstance(update, Update) else None
                log.info(
                    "update handled update=%s user=%s kind=%s outcome=%s replied=%s "
                    "latency_ms=%.1f", update_id, pseudonymise(user.id, self.secret) if user
                    else None, kind_of(update), outcome, pending.replied,
                    (time.monotonic() - pending.arrived) * 1000,
                )  # fmt: skip
