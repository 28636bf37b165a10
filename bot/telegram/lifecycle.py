"""Run the bot until SIGTERM/SIGINT, and stop within `STOP_BUDGET` seconds without losing updates.

PTB's `run_polling` stops the updater first — which acknowledges every fetched update with one
last `getUpdates` — and then waits, without a limit, until every update is handled. Under load or
during an outage that wait is unbounded (the issue saw 19 s; `docker stop` kills after 10 s),
and an update cut off by the kill was already acknowledged: lost.

`stop_within` bounds every step instead:

1. stop fetching (polling: PTB cancels the long poll at once; webhook: the server closes) and let
   PTB acknowledge what it fetched — at most `ACK_SECONDS`;
2. give the updates in progress until `HANDLE_SECONDS` to finish;
3. whatever is still unanswered then is cancelled and written to `pending-updates.json` beside
   the state database, with the highest update id the bot had seen;
4. stop the application and close the assistant.

On the next start `replay_pending` handles the saved updates first, and the processor skips a
redelivered update whose id the bot had already seen (Telegram redelivers what the last
`getUpdates` did not acknowledge; in webhook mode what was not answered with 200). So every
update is answered once: before the stop, or right after the restart. The file holds message
text only between a stop and the next start, readable by the bot's user only.
"""

from __future__ import annotations

import asyncio
import contextlib
import faulthandler
import json
import logging
import os
import signal
import time
from pathlib import Path

from telegram import Update
from telegram.ext import Application

from bot.telegram.app import Webhook, start
from bot.telegram.updates import ChatOrderedProcessor

log = logging.getLogger(__name__)
STOP_BUDGET = 4.0
ACK_SECONDS = 1.5
HANDLE_SECONDS = 2.5
WATCHDOG_SLACK = 0.8
PENDING_FILE = "pending-updates.json"
PENDING_MAX_AGE = 24 * 3600  # Telegram restarts update ids after a week without updates


def pending_path(state: Path) -> Path:
    return state.parent / PENDING_FILE


def _processor(app: Application) -> ChatOrderedProcessor | None:
    processor = app.update_processor
    return processor if isinstance(processor, ChatOrderedProcessor) else None


def save_pending(path: Path, updates: list[Update], seen_through: int | None) -> None:
    """Write the unanswered updates (and the last id seen) for the next start."""
    data = {"saved_at": time.time(), "seen_through": seen_through,
            "updates": [u.to_dict() for u in updates]}  # fmt: skip
    tmp = path.with_suffix(".tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        json.dump(data, handle)
    tmp.replace(path)


async def replay_pending(app: Application, path: Path) -> int:
    """Queue the updates saved at the last stop; tell the processor which ids were seen."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return 0
    except (OSError, ValueError) as error:
        log.error("pending updates unreadable reason=%s", type(error).__name__)
        return 0
    finally:
        with contextlib.suppress(OSError):
            path.unlink()
    if time.time() - float(data.get("saved_at") or 0) > PENDING_MAX_AGE:
        log.warning("pending updates too old, dropped count=%d", len(data.get("updates", [])))
        return 0
    processor = _processor(app)
    updates = [Update.de_json(raw, app.bot) for raw in data.get("updates", [])]
    if processor is not None:
        processor.skip_through = data.get("seen_through")
        processor.replayed = {u.update_id for u in updates}
    for update in updates:
        await app.update_queue.put(update)
    log.info("replaying pending updates count=%d", len(updates))
    return len(updates)


async def _bounded(step: str, awaitable: object, seconds: float) -> None:
    try:
        await asyncio.wait_for(awaitable, max(seconds, 0.05))  # type: ignore[arg-type]
    except TimeoutError:
        log.warning("stop step cut short step=%s limit_s=%.1f", step, seconds)
    except Exception as error:  # the stop goes on whatever one step did
        log.warning("stop step failed step=%s reason=%s", step, type(error).__name__)


async def stop_within(app: Application, state: Path, budget: float = STOP_BUDGET) -> int:
    """Stop in about `budget` seconds; return how many unanswered updates were saved."""
    began = time.monotonic()
    processor = _processor(app)
    if app.updater is not None and app.updater.running:
        await _bounded("updater", app.updater.stop(), ACK_SECONDS * budget / STOP_BUDGET)
    handle_until = began + HANDLE_SECONDS * budget / STOP_BUDGET
    # updates still in PTB's queue become tasks at the next turns of the loop: wait for them too
    while (processor is not None and (processor.pending or not app.update_queue.empty())
           and time.monotonic() < handle_until):  # fmt: skip
        await asyncio.sleep(0.02)
    saved = 0
    if processor is not None:
        left = [p.update for p in processor.abandon() if isinstance(p.update, Update)]
        if left or processor.seen_through is not None:
            try:
                save_pending(pending_path(state), left, processor.seen_through)  # type: ignore[arg-type]
                saved = len(left)
            except OSError as error:
                log.error("pending updates not saved count=%d reason=%s", len(left),
                          type(error).__name__)  # fmt: skip
        await asyncio.sleep(0)  # let the cancelled handlers unwind
    remaining = budget - (time.monotonic() - began)
    if app.running:
        await _bounded("application", app.stop(), remaining * 0.6)
    await _bounded("shutdown", app.shutdown(), budget - (time.monotonic() - began))
    if app.post_shutdown is not None:
        await _bounded("post_shutdown", app.post_shutdown(app), 0.5)
    log.info("stopped seconds=%.2f saved_updates=%d", time.monotonic() - began, saved)
    return saved


async def serve(app: Application, state: Path, webhook: Webhook | None = None,
                poll_timeout: int = 10) -> None:  # fmt: skip
    """Start, replay what the last stop saved, run until SIGTERM/SIGINT, stop within budget."""
    stopping = asyncio.Event()
    loop = asyncio.get_running_loop()

    def on_signal(number: int, frame: object) -> None:
        # signal.signal, not loop.add_signal_handler: this runs between two bytecodes even while
        # a handler keeps the loop busy, and arms the watchdog before the loop gets a turn.
        if not stopping.is_set():
            # faulthandler's watchdog is a C thread: it needs no GIL, so even a busy or stuck
            # interpreter leaves in time — with every thread's stack on stderr to say where
            faulthandler.dump_traceback_later(STOP_BUDGET + WATCHDOG_SLACK, exit=True)
        loop.call_soon_threadsafe(stopping.set)

    for number in (signal.SIGTERM, signal.SIGINT):
        signal.signal(number, on_signal)
    await start(app, webhook=webhook, poll_timeout=poll_timeout)
    await replay_pending(app, pending_path(state))
    log.info("running mode=%s", "webhook" if webhook else "polling")
    await stopping.wait()
    log.info("stop requested")
    await stop_within(app, state)
