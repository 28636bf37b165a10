"""The core's work of an update in processes of its own, so that the bot uses more than one CPU.

Why: everything the bot does for an update ran in one Python process — PTB, aiohttp and the
parsing of updates on the event loop, the core's work (understanding, the dialogue, the SQLite
session, rendering the reply) in its threads — and the GIL let all of it use one CPU only, while
the machine's second one idled. A `CorePool` runs the core's part in `Settings.core_processes`
worker processes; the Telegram process is left with the I/O.

What crosses the process boundary is small and plain: a `Ticket` (the user's pseudonym, profile,
language and rights) and the handler's own arguments (text, callback data) go in, the handler's
result comes back with its keyboard as the JSON dictionary Telegram gets (`LeanBot` sends a
dictionary as it is; unpickling PTB objects would cost more than the rest of the reply). Each
worker holds its own `Assistant` built from the same `Settings`: the same catalogue file (its
holder reloads a changed file on its own), the same state database (WAL and a busy timeout let
two processes write, `bot/state.py`) and the same secret, so pseudonyms agree. It calls the core
only through that `Assistant`, like every channel.

Faults: an exception in a worker comes back as that exception (the error handler logs it and
gives the user the friendly apology). A worker that dies breaks the pool: the updates then in
flight get the same apology (`CoreCrashed`), and the next update starts a new pool. With 0
processes, or before `start`, the work runs in threads as before.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import multiprocessing
import os
import signal
import sys
import threading
import time
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, is_dataclass, replace
from multiprocessing.process import BaseProcess
from multiprocessing.util import Finalize
from typing import TYPE_CHECKING, Any, TypeVar

from telegram import InlineKeyboardMarkup

from bot.i18n import use_locale
from bot.settings import Settings
from bot.telegram.plain import plain

if TYPE_CHECKING:
    from bot.telegram.services import Lotse, Visit
    from bot.telegram.store import Profile

log = logging.getLogger(__name__)
T = TypeVar("T")
STOP_SECONDS = 0.4  # post_shutdown has 0.5 s in the stop budget (lifecycle.py)
PARENT_CHECK_SECONDS = 1.0
LOG_FORMAT = "%(asctime)s %(levelname)s %(name)s[core]: %(message)s"


class CoreCrashed(RuntimeError):
    """A core process died while it worked on this update; the pool is replaced."""


@dataclass(frozen=True, slots=True)
class Ticket:
    """Who an update is from, as far as the core's work needs to know (picklable, no ids)."""

    user: str
    profile: Profile
    admin: bool
    locale: str
    admitted: bool

    @classmethod
    def of(cls, visit: Visit) -> Ticket:
        return cls(visit.user, visit.profile, visit.admin, visit.locale, visit.admitted)


class CorePool:
    """`processes` worker processes for the core's work of updates (0: threads)."""

    def __init__(self, settings: Settings, processes: int) -> None:
        self.settings = settings
        self.processes = max(0, processes)
        self.restarts = 0
        self._executor: ProcessPoolExecutor | None = None

    @property
    def running(self) -> bool:
        return self._executor is not None

    def _new_executor(self) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(
            self.processes, mp_context=_context(),
            initializer=_start_worker,  # the core needs no Telegram token
            initargs=(replace(self.settings, telegram_token=None), logging.getLogger().level,
                      os.getpid()),
        )  # fmt: skip

    async def start(self) -> None:
        """Start the workers and wait until each has built and warmed its assistant."""
        if self.processes == 0 or self._executor is not None:
            return
        began = time.monotonic()
        self._executor = executor = self._new_executor()
        loop = asyncio.get_running_loop()
        try:  # with "forkserver" each submit that finds no idle worker starts one
            await asyncio.gather(*(loop.run_in_executor(executor, _ready)
                                   for _ in range(self.processes)))  # fmt: skip
        except BrokenProcessPool as error:  # a worker that cannot even start: threads serve
            log.error("core processes failed to start reason=%s: answering in threads",
                      type(error.__cause__ or error).__name__)  # fmt: skip
            self._executor = None
            await asyncio.to_thread(executor.shutdown, True)
            return
        log.info("core processes started count=%d seconds=%.1f", self.processes,
                 time.monotonic() - began)  # fmt: skip

    async def run(self, function: Callable[..., T], visit: Visit, *args: object) -> T:
        """`function(visit, *args)` in a core process (in a thread when there is no pool)."""
        executor = self._executor
        if executor is None:
            return await asyncio.to_thread(function, visit, *args)
        loop = asyncio.get_running_loop()
        ticket = Ticket.of(visit)
        try:
            work = loop.run_in_executor(executor, _serve, function, ticket, args)
        except BrokenProcessPool as error:  # a worker died while idle: this work never started
            replacement = self._replace(executor)
            if replacement is None:  # closed meanwhile
                raise CoreCrashed("the core processes are stopped") from error
            executor = replacement
            work = loop.run_in_executor(executor, _serve, function, ticket, args)
        try:
            return await work
        except BrokenProcessPool as error:
            self._replace(executor)
            raise CoreCrashed("a core process died during this update") from error

    async def run_plain(self, function: Callable[[Lotse], T]) -> T | None:
        """`function(lotse)` in a core process, for jobs (None when there is no pool)."""
        executor = self._executor
        if executor is None:
            return None
        try:
            return await asyncio.get_running_loop().run_in_executor(executor, _job, function)
        except BrokenProcessPool:
            self._replace(executor)
            return None

    def _replace(self, broken: ProcessPoolExecutor) -> ProcessPoolExecutor | None:
        """Put a new pool in place of a broken one (once, however many updates saw it break;
        never after `close`)."""
        if self._executor is broken:
            self.restarts += 1
            log.error("core process died: starting a new one restarts=%d", self.restarts)
            broken.shutdown(wait=False)  # its manager thread has joined the dead workers
            self._executor = self._new_executor()
        return self._executor

    def pids(self) -> list[int]:
        """The worker processes' ids (for the benchmark's CPU figures)."""
        processes = getattr(self._executor, "_processes", None) or {}
        return [p.pid for p in processes.values() if p.pid is not None]

    async def close(self, seconds: float = STOP_SECONDS) -> None:
        """Stop the workers: they finish their update and flush their gap rows; a worker still
        busy after `seconds` is terminated, and every one is joined (no zombie is left)."""
        executor, self._executor = self._executor, None
        if executor is None:
            return
        processes: list[BaseProcess] = list((getattr(executor, "_processes", None) or {}).values())
        executor.shutdown(wait=False, cancel_futures=True)
        await asyncio.to_thread(_reap, processes, seconds)


def _reap(processes: list[BaseProcess], seconds: float) -> None:
    until = time.monotonic() + seconds
    for process in processes:
        process.join(max(0.0, until - time.monotonic()))
    for process in processes:
        if process.is_alive():
            log.warning("core process stopped by force pid=%s", process.pid)
            process.terminate()
            process.join(1.0)
        if process.is_alive():  # pragma: no cover - SIGTERM ignored
            process.kill()
            process.join(1.0)


def portable(result: T) -> T:
    """A handler's result with its inline keyboard as the JSON dictionary Telegram gets."""
    markup = getattr(result, "markup", None)
    if is_dataclass(result) and isinstance(markup, InlineKeyboardMarkup):
        return replace(result, markup=plain(markup))  # type: ignore[type-var]
    return result


def _context() -> multiprocessing.context.BaseContext:
    """Workers forked from a fork server that built the catalogue-free rules once (the
    assistant's `SHARED_WARM_MODULES`): a new or replacing worker starts warm in a fraction of
    a second instead of building them again. The server itself is a fresh interpreter, so no
    thread or open connection of the bot is inherited (as with "spawn"); where there is no fork
    server (not POSIX), workers are spawned and warm up on their own."""
    if "forkserver" not in multiprocessing.get_all_start_methods():  # pragma: no cover
        return multiprocessing.get_context("spawn")
    context = multiprocessing.get_context("forkserver")
    from bot.assistant import SHARED_WARM_MODULES

    context.set_forkserver_preload(list(SHARED_WARM_MODULES))
    return context


# --- inside a worker process -----------------------------------------------------------------

_lotse: Lotse | None = None


def _start_worker(settings: Settings, level: int, parent: int) -> None:
    """Build this worker's assistant once (the initializer of each worker process).

    The parent's watch starts first, with the parent's id handed over by the parent itself: a
    bot killed while its worker still warmed up had left the worker running for good (the watch
    started after the warm-up, read the parent id of an orphan, 1, and waited for it to change)."""
    global _lotse
    threading.Thread(target=_watch_parent, args=(parent,), daemon=True,
                     name="parent-watch").start()  # fmt: skip
    from bot.assistant import Assistant
    from bot.privacy.logfilter import install_log_filter
    from bot.telegram.services import Lotse

    # Ctrl-C reaches the whole process group; the Telegram process decides when workers stop.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    logging.basicConfig(level=level, format=LOG_FORMAT)
    install_log_filter()  # the same redaction as the Telegram process's log
    assistant = Assistant(settings)
    assistant.warm()
    _lotse = Lotse(settings, assistant)
    Finalize(None, _leave, args=(assistant,), exitpriority=-100)  # the last step of its exit


def _leave(assistant: Any) -> None:
    """Flush and close the assistant, then leave at once: a worker otherwise tears its
    interpreter down object by object (the catalogue, the vocabularies), about half a second
    that the stop budget does not have. Its files are closed; nothing is lost."""
    try:
        assistant.flush_gaps()  # a last try for gap rows held after a database fault
        assistant.close()
    finally:
        logging.shutdown()
        for stream in (sys.stdout, sys.stderr):
            with contextlib.suppress(Exception):
                stream.flush()
        os._exit(0)


def _watch_parent(parent: int) -> None:
    """Leave when the Telegram process is gone (killed, or ended by its stop watchdog).

    A worker is the child of the fork server, not of the bot: the bot's own id is watched, and
    the fork server's, which leaves with the bot (the worker is then handed to another parent)."""
    server = os.getppid()
    while os.getppid() == server and _alive(parent):
        time.sleep(PARENT_CHECK_SECONDS)
    os._exit(0)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # pragma: no cover - a pid taken over by another user's process
        return True
    return True


def _ready() -> int:
    return os.getpid()


def _serve(function: Callable[..., T], ticket: Ticket, args: tuple[object, ...]) -> T:
    from bot.telegram.services import Visit

    assert _lotse is not None, "worker started without its assistant"
    visit = Visit(_lotse, ticket.user, ticket.profile, ticket.admin, ticket.locale,
                  ticket.admitted)  # fmt: skip
    with use_locale(ticket.locale):
        return portable(function(visit, *args))


def _job(function: Callable[[Lotse], T]) -> T:
    assert _lotse is not None, "worker started without its assistant"
    return function(_lotse)
