"""`python -m bot bench telegram`: updates per second through the real Application.

The real `telegram.ext.Application` (same wiring as production: handlers, AIORateLimiter, flood
limit, SQLite sessions, core calls in threads) polls a fake Bot API on 127.0.0.1 that runs in a
process of its own, as Telegram is not inside the bot's process either
(`bot.bench.fakeapi.process`). A mix of real requests (tests/data/dev.jsonl), follow-ups, inline
queries and locations is pushed, then taps on the buttons of the answers; the figure is updates
answered per second, and beside it the CPU time per update of the bot's Telegram process, of its
core processes (`LOTSE_CORE_PROCESSES`, `bot/telegram/corepool.py`) and of the fake API (on a
shared machine the wall clock moves with the neighbours' load, CPU time much less). The rate
limiter's overall cap (Telegram's ~30 messages a second) is lifted here: it throttles on purpose
in production and would only measure itself.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import tempfile
import time
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from bot.settings import PROJECT_ROOT, Settings

DEV_REQUESTS = PROJECT_ROOT / "tests" / "data" / "dev.jsonl"
TARGET_PER_SECOND = 300.0
USERS = 500
ANSWERS = ("sendMessage", "editMessageText", "answerInlineQuery")
FOLLOW_UPS = ("und in Unna?", "und für 6-Jährige?", "mehr", "und in Kamen?", "und auf Türkisch?")
INLINE = ("Sprachförderung Methler 3 Jahre", "Elternkurs Unna", "Schreibaby", "KAM-050")
# Positions inside the Kreis (Methler, Unna centre, Lünen, Werne).
LOCATIONS = ((51.5746, 7.6099), (51.5349, 7.6887), (51.6142, 7.5239), (51.6633, 7.6335))

if TYPE_CHECKING:
    from telegram.ext import Application


def _environment() -> None:
    """PTB and httpx settings the fake server needs (see the design notes)."""
    os.environ.setdefault("PTB_TIMEDELTA", "1")
    hosts = {h for h in os.environ.get("NO_PROXY", "").split(",") if h}
    os.environ["NO_PROXY"] = ",".join(sorted(hosts | {"127.0.0.1", "localhost"}))


def process_cpu_seconds(pids: list[int]) -> float:
    """User and system CPU seconds of other processes so far (Linux /proc; 0 elsewhere)."""
    total = 0.0
    for pid in pids:
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            continue
        total += (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    return total


def _requests() -> list[str]:
    lines = DEV_REQUESTS.read_text(encoding="utf-8").splitlines()
    return [json.loads(line)["q"] for line in lines if line.strip()]


def _first_wave(api, count: int, rng: random.Random) -> list[dict]:  # type: ignore[no-untyped-def]
    requests = _requests()
    updates = []
    for index in range(count):
        user = 10_000 + index % USERS
        roll = rng.random()
        if roll < 0.70 or index < USERS:  # every user asks first
            updates.append(api.text(user, rng.choice(requests)))
        elif roll < 0.80:
            updates.append(api.text(user, rng.choice(FOLLOW_UPS)))
        elif roll < 0.90:
            updates.append(api.inline_query(user, rng.choice(INLINE)))
        else:
            updates.append(api.location(user, *rng.choice(LOCATIONS)))
    return updates


def _taps(calls: list, messages: dict, count: int, rng: random.Random, api) -> list[dict]:  # type: ignore[no-untyped-def]
    """Taps on buttons of answers the bot sent: details, more, age and place choices."""
    with_buttons = [c for c in calls if c.method == "sendMessage" and c.chat_id and any(
        "callback_data" in b for b in c.buttons())]  # fmt: skip
    updates = []
    for _ in range(count if with_buttons else 0):
        call = rng.choice(with_buttons)
        # reports and "not helpful" answer only the callback query; every other tap sends or edits
        choices = [b["callback_data"] for b in call.buttons()
                   if "callback_data" in b and b["callback_data"][0] not in "rx"]  # fmt: skip
        if not choices:
            continue
        data = rng.choice(choices)
        message = messages[(call.chat_id, int(call.result["message_id"]))]
        updates.append(api.callback(call.chat_id, message, data))
    return updates


async def _push_and_wait(api, updates: list[dict], timeout: float,  # type: ignore[no-untyped-def]
                         cpu: dict[str, float] | None = None,
                         core_pids: list[int] | None = None) -> float:  # fmt: skip
    """Push the updates, wait for their answers; return the seconds, add the CPU seconds of this
    process (the bot), of its core processes and of the fake API to `cpu` — on a shared machine
    the wall-clock figure moves with the neighbours' load, the CPU time per update much less."""
    start = time.perf_counter()
    bot_cpu, api_cpu = time.process_time(), await api.cpu_seconds()
    core_cpu = process_cpu_seconds(core_pids or [])
    base = await api.answered(ANSWERS)
    await api.push_all(updates)
    target = base + len(updates)
    answered = await api.wait_for_count(ANSWERS, target, timeout)
    seconds = time.perf_counter() - start
    if cpu is not None:
        cpu["bot"] = cpu.get("bot", 0.0) + time.process_time() - bot_cpu
        cpu["api"] = cpu.get("api", 0.0) + await api.cpu_seconds() - api_cpu
        cpu["core"] = cpu.get("core", 0.0) + process_cpu_seconds(core_pids or []) - core_cpu
    if answered < target:
        raise TimeoutError(f"only {answered - base} of {len(updates)} updates answered")
    return seconds


def unthrottled_application(
    settings: Settings, token: str, base_url: str, secret: str
) -> Application:
    """The real Application against the fake Bot API, with every limit of ours lifted, so that
    a benchmark measures the bot and not its flood and rate limits."""
    from telegram.ext import AIORateLimiter

    from bot.telegram.access import FloodLimit
    from bot.telegram.app import Options, build_application

    settings = replace(settings, telegram_token=token, telegram_base_url=base_url,
                       access="open", secret=settings.secret or secret)  # fmt: skip
    options = Options(
        rate_limiter=AIORateLimiter(overall_max_rate=0, group_max_rate=0, max_retries=2),
        flood=FloodLimit(limit=10**9), jobs=False,
    )  # fmt: skip
    return build_application(settings, options)


async def measure(settings: Settings, updates: int, seed: int = 7) -> dict[str, object]:
    """Push `updates` updates through the Application against the fake API and time them."""
    from bot.bench.fakeapi.process import RemoteFakeApi
    from bot.telegram.app import start, stop
    from bot.telegram.services import KEY

    rng = random.Random(seed)
    api = RemoteFakeApi()
    base_url = await api.start()
    try:
        app = unthrottled_application(settings, api.token, base_url, "bench")
        await start(app, poll_timeout=1)
        try:
            taps = updates // 5
            first = _first_wave(api, updates - taps, rng)
            cpu: dict[str, float] = {}
            wait = max(60.0, updates / 20)
            core = app.bot_data[KEY].core
            pids = core.pids() if core is not None else []
            first_seconds = await _push_and_wait(api, first, wait, cpu, pids)
            calls = await api.calls()
            second = _taps(calls, await api.messages(), taps, rng, api)
            second_seconds = await _push_and_wait(api, second, wait, cpu, pids)
            calls = await api.calls()
        finally:
            await stop(app)
    finally:
        await api.stop()
    total = len(first) + len(second)
    seconds = first_seconds + second_seconds
    return {
        "updates": total, "seconds": round(seconds, 3),
        "first_wave_seconds": round(first_seconds, 3), "taps_seconds": round(second_seconds, 3),
        "updates_per_second": round(total / seconds, 1),
        "messages_and_inline": len(first), "button_taps": len(second),
        "bot_api_calls": len(calls), "cpus": os.cpu_count(),
        "core_processes": len(pids),
        "bot_cpu_ms_per_update": round(1000 * cpu["bot"] / total, 2),
        "core_cpu_ms_per_update": round(1000 * cpu["core"] / total, 2),
        "api_cpu_ms_per_update": round(1000 * cpu["api"] / total, 2),
        "target_per_second": TARGET_PER_SECOND,
    }  # fmt: skip


def run(args: argparse.Namespace, settings: Settings) -> int:
    """Run the benchmark and print the figures; non-zero when the target is missed."""
    _environment()
    updates = int(getattr(args, "updates", 5000) or 5000)
    with tempfile.TemporaryDirectory(prefix="lotse-bench-") as folder:
        state = Path(getattr(args, "state", None) or Path(folder) / "state.db")
        figures = asyncio.run(measure(replace(settings, state=state), updates))
    if getattr(args, "json", False):
        print(json.dumps(figures, indent=2))
    else:
        ok = "met" if figures["updates_per_second"] >= TARGET_PER_SECOND else "MISSED"  # type: ignore[operator]
        print(f"bench telegram: {figures['updates']} updates ({figures['messages_and_inline']} "
              f"messages/inline/locations, {figures['button_taps']} button taps) in "
              f"{figures['seconds']} s = {figures['updates_per_second']} updates/s on "
              f"{figures['cpus']} CPUs (target ≥ {TARGET_PER_SECOND:.0f}/s: {ok}); CPU per "
              f"update: bot {figures['bot_cpu_ms_per_update']} ms + "
              f"{figures['core_processes']} core process(es) "
              f"{figures['core_cpu_ms_per_update']} ms, fake API "
              f"{figures['api_cpu_ms_per_update']} ms")  # fmt: skip
    return 0 if figures["updates_per_second"] >= TARGET_PER_SECOND else 1  # type: ignore[operator]
