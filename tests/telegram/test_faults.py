"""Bot API faults against the real Application: every update answered once, none twice.

The fake Bot API injects 5xx answers, dropped connections, answers that never come (longer than
the client waits), 429 with retry_after, slow answers and an outage. A fault happens before the
fake processes the call, as when Telegram or a proxy fails, so a counted reply is a delivered one.
Both transports run the same suite: the project's aiohttp request and PTB's HTTPXRequest.

Nothing here waits a fixed short time for something to happen. An answer that never comes is held
until the client gives up, and the client's read timeout is long enough that a *processed* answer
is not given up on just because a loaded machine let the event loop fall behind (with 0.5 s it
was, and its retry was a duplicate the policy accepts, not a bug). Late duplicates are looked for
once the bot has finished every update, not after a pause.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections import Counter
from dataclasses import dataclass

import pytest

from bot.bench.fakeapi.faults import REPLIES, Faults
from bot.settings import Settings
from bot.telegram.access import FloodLimit
from bot.telegram.app import Options
from bot.telegram.request import RetryPolicy
from bot.telegram.updates import ChatOrderedProcessor
from tests.conftest import SHIPPED_DB
from tests.telegram.harness import Harness, new_user, running_bot

REQUESTS = ("Sprachförderung für eine 3-Jährige in Kamen", "Elternkurs in Unna",
            "Schreiambulanz in Lünen", "Schuldnerberatung in Selm")  # fmt: skip


# How long the client waits for an answer: the stalled answers cost this much each, and a loaded
# machine must not make a processed answer look lost (2 s is four times what failed under load).
CLIENT_WAITS = 2.0


def options(transport: str, policy: RetryPolicy | None = None) -> Options:
    return Options(flood=FloodLimit(1000, 60.0), read_timeout=CLIENT_WAITS,
                   connect_timeout=CLIENT_WAITS, transport=transport,
                   retry=policy or RetryPolicy(backoff=0.02, max_backoff=0.2),
                   jobs=False)  # fmt: skip


def settings(tmp_path) -> Settings:  # type: ignore[no-untyped-def]
    return Settings(catalogue=SHIPPED_DB, state=tmp_path / "state.db", secret="s", access="open")


def delivered(bot: Harness, method: str, key: str) -> Counter[str]:
    """How often each `key` (chat id, callback or inline query id) got a delivered `method`."""
    return Counter(str(c.params.get(key)) for c in bot.api.calls if c.method == method)


@dataclass
class Outcome:
    lost: int
    duplicates: int


async def settled(bot: Harness, timeout: float) -> None:
    """Wait until every update was fetched and its handler has finished (or `timeout`)."""
    processor = bot.app.update_processor
    assert isinstance(processor, ChatOrderedProcessor)
    loop = asyncio.get_running_loop()
    give_up = loop.time() + timeout
    while (processor.pending or not bot.app.update_queue.empty()) and loop.time() < give_up:
        await asyncio.sleep(0.02)  # a poll of the bot's state, not a guess at how long it takes


async def drive(bot: Harness, users: int, timeout: float) -> Outcome:
    """Each user asks once; a third also taps a button on the answer, a third asks inline."""
    ids = [new_user() for _ in range(users)]
    for i, user in enumerate(ids):
        await bot.api.push(bot.api.text(user, REQUESTS[i % len(REQUESTS)]))
    chats = {str(u) for u in ids}
    await bot.api.wait_until(
        lambda: delivered(bot, "sendMessage", "chat_id").keys() >= chats, timeout
    )
    taps: set[str] = set()
    queries: set[str] = set()
    messages = Counter(chats)  # a reply per request, and a details card per tap
    for i, user in enumerate(ids):
        if i % 3 == 1:
            sent = next(c for c in bot.api.calls if c.method == "sendMessage" and c.chat_id == user)
            button = next(b for b in sent.buttons() if b.get("callback_data", "").startswith("d:"))
            update = bot.api.callback(user, sent, button["callback_data"])
            taps.add(update["callback_query"]["id"])
            messages[str(user)] += 1
            await bot.api.push(update)
        elif i % 3 == 2:
            update = bot.api.inline_query(user, REQUESTS[i % len(REQUESTS)])
            queries.add(update["inline_query"]["id"])
            await bot.api.push(update)

    wanted = {("sendMessage", "chat_id"): messages,
              ("answerCallbackQuery", "callback_query_id"): Counter(taps),
              ("answerInlineQuery", "inline_query_id"): Counter(queries)}  # fmt: skip

    def done() -> bool:
        return all(delivered(bot, *what) >= counts for what, counts in wanted.items())

    with contextlib.suppress(TimeoutError):
        await bot.api.wait_until(done, timeout)
    await settled(bot, timeout)  # a late duplicate can only come from an update still running
    lost = duplicates = 0
    for what, expected in wanted.items():
        counts = delivered(bot, *what)
        lost += sum(max(0, n - counts[k]) for k, n in expected.items())
        duplicates += sum(max(0, counts[k] - n) for k, n in expected.items())
    return Outcome(lost, duplicates)


@pytest.mark.asyncio
@pytest.mark.parametrize("transport", ["aiohttp", "httpx"])
async def test_5xx_resets_timeouts_429_and_slow_answers(tmp_path, transport):
    async with running_bot(settings(tmp_path), options=options(transport)) as bot:
        # a stalled answer is held until the client gives up (`stall_seconds` is only a bound)
        bot.api.faults = Faults(server_error_rate=0.10, reset_rate=0.05, timeout_rate=0.05,
                                rate_limit_rate=0.03, slow_seconds=0.02,
                                stall_seconds=CLIENT_WAITS * 10)  # fmt: skip
        result = await drive(bot, users=24, timeout=60)
        assert bot.app.running  # nothing crashed
    assert result == Outcome(lost=0, duplicates=0)
    assert sum(bot.api.faults.counts.values()) >= 5  # the faults really happened
    assert bot.api.faults.counts["timeout"] >= 1  # and some answers never came


@pytest.mark.asyncio
async def test_a_whole_outage_including_polling_loses_nothing(tmp_path):
    async with running_bot(settings(tmp_path), options=options("aiohttp")) as bot:
        bot.api.faults = Faults(methods=REPLIES | {"getUpdates"})
        bot.api.faults.start_outage(1.5)
        result = await drive(bot, users=8, timeout=60)
    assert result == Outcome(lost=0, duplicates=0)
    assert bot.api.faults.counts["outage"] > 0


class VirtualClock:
    """Time that passes only when someone sleeps on it: a minute of outage in milliseconds.

    Sleepers overlap as they do in real time: six retries pausing 8 s together move the clock
    by 8 s, not 48 s. (Adding every pause made time race ahead of each request's own budget, and
    whether a request gave up before the outage ended depended on how a loaded machine
    interleaved the tasks.)
    """

    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now

    async def sleep(self, seconds: float) -> None:
        wake = self.now + seconds
        await asyncio.sleep(0.001)
        self.now = max(self.now, wake)


@pytest.mark.asyncio
async def test_a_sixty_second_send_outage_on_a_virtual_clock_loses_nothing(tmp_path):
    clock = VirtualClock()
    policy = RetryPolicy(backoff=0.5, max_backoff=8.0, budget=90.0, clock=clock, sleep=clock.sleep)
    async with running_bot(settings(tmp_path), options=options("aiohttp", policy)) as bot:
        bot.api.faults = Faults(clock=clock)
        bot.api.faults.start_outage(60.0)
        result = await drive(bot, users=6, timeout=60)
    assert result == Outcome(lost=0, duplicates=0)
    assert clock.now >= 60.0 and bot.api.faults.counts["outage"] > 6


@pytest.mark.asyncio
@pytest.mark.parametrize("mode", ["polling", "webhook"])
async def test_quick_messages_of_one_chat_are_handled_in_order(tmp_path, mode):
    async with running_bot(settings(tmp_path), mode=mode, options=options("aiohttp")) as bot:
        bot.api.faults = Faults(slow_seconds=0.05)  # replies take a while: a race would show
        users = [new_user() for _ in range(6)]
        for user in users:  # both messages arrive before the first is answered
            await bot.api.push(bot.api.text(user, "Elternkurs in Unna"))
            await bot.api.push(bot.api.text(user, "für 3 Jahre"))
        await bot.api.wait_until(
            lambda: all(delivered(bot, "sendMessage", "chat_id")[str(u)] >= 2 for u in users), 30
        )
    for user in users:
        first, second = [c.text for c in bot.api.calls
                         if c.method == "sendMessage" and c.chat_id == user]  # fmt: skip
        assert "Unna" in first
        assert "Unna" in second and "3 Jahre" in second  # the follow-up saw the first session


@pytest.mark.asyncio
async def test_after_a_restart_seen_updates_are_skipped_and_saved_ones_handled():
    from telegram import Update

    processor = ChatOrderedProcessor(4, "s")
    processor.skip_through, processor.replayed = 10, {9}
    handled: list[int] = []

    async def handle(update_id: int) -> None:
        handled.append(update_id)

    for update_id in (8, 9, 10, 11):
        update = Update.de_json({"update_id": update_id}, None)
        await processor.do_process_update(update, handle(update_id))
    assert handled == [9, 11]  # 8 and 10 were answered before the restart, 9 was saved by it
    assert processor.seen_through == 11 and processor.pending == {}
