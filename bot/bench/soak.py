"""`python -m bot bench soak`: hours of traffic in minutes — nothing lost, nothing twice, no leak.

The real `Application` (production wiring: chat-ordered update processor, retry policy, SQLite
sessions and gap log) polls the fake Bot API running in a child process on 127.0.0.1. Rounds of
mixed updates from `--users` users — new requests (tests/data/dev.jsonl), follow-ups, inline
queries, shared locations and taps on the buttons of earlier answers — are pushed until
`--updates` are through. Each update wants exactly one answer (a message, an edit or an inline
answer); per chat and per inline query the answers are counted against the updates sent, so a
missing answer is a lost reply and an extra one a duplicate. The resident memory of the bot process
and of its core processes (`LOTSE_CORE_PROCESSES`) is taken after the first 2,000 updates and at
the end: a leak in either shows as growth between them.
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import json
import os
import random
import resource
import sqlite3
import tempfile
import time
from collections import Counter
from dataclasses import replace
from pathlib import Path
from typing import Any

from bot.bench.telegram import (
    ANSWERS,
    FOLLOW_UPS,
    INLINE,
    LOCATIONS,
    _environment,
    _requests,
    unthrottled_application,
)
from bot.settings import Settings

ROUND = 1000
BASELINE_AFTER = 2000
FIRST_USER = 10_000
MEMORY_TOLERANCE = 0.10


def resident_mb(pid: int | None = None) -> float:
    """A process's resident memory now (this one by default; Linux /proc, else the peak)."""
    try:
        pages = int(Path(f"/proc/{pid or 'self'}/statm").read_text().split()[1])
        return pages * os.sysconf("SC_PAGE_SIZE") / 2**20
    except (OSError, ValueError, IndexError):  # pragma: no cover - not Linux
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


class Traffic:
    """Builds each round's updates and remembers which answers they want."""

    def __init__(self, api: Any, users: int, seed: int) -> None:
        self.api = api
        self.users = users
        self.rng = random.Random(seed)
        self.requests = _requests()
        self.wanted: Counter[str] = Counter()  # chat id or inline query id → answers wanted
        self.tappable: list[tuple[int, dict[str, Any], list[str]]] = []
        self.sent = 0

    def _user(self) -> int:
        return FIRST_USER + self.rng.randrange(self.users)

    def round(self, size: int) -> list[dict[str, Any]]:
        updates = []
        for _ in range(size):
            roll = self.rng.random()
            user = FIRST_USER + self.sent % self.users if self.sent < self.users else self._user()
            if roll < 0.20 and self.tappable and self.sent >= self.users:
                chat, message, choices = self.rng.choice(self.tappable)
                updates.append(self.api.callback(chat, message, self.rng.choice(choices)))
                self.wanted[str(chat)] += 1
            elif roll < 0.30 and self.sent >= self.users:
                update = self.api.inline_query(user, self.rng.choice(INLINE))
                updates.append(update)
                self.wanted["q" + update["inline_query"]["id"]] += 1
            elif roll < 0.42 and self.sent >= self.users:
                updates.append(self.api.text(user, self.rng.choice(FOLLOW_UPS)))
                self.wanted[str(user)] += 1
            elif roll < 0.48 and self.sent >= self.users:
                updates.append(self.api.location(user, *self.rng.choice(LOCATIONS)))
                self.wanted[str(user)] += 1
            else:  # every user asks first
                updates.append(self.api.text(user, self.rng.choice(self.requests)))
                self.wanted[str(user)] += 1
            self.sent += 1
        return updates

    def learn(self, calls: list[Any]) -> None:
        """Keep the latest answers with buttons to tap in later rounds (one per chat)."""
        latest: dict[int, tuple[int, dict[str, Any], list[str]]] = {c: (c, m, d) for c, m, d in
                                                                   self.tappable}  # fmt: skip
        for call in calls:
            if call.method != "sendMessage" or not isinstance(call.result, dict):
                continue
            # reports and "not helpful" only answer the callback query: not an answer to count
            choices = [b["callback_data"] for b in call.buttons()
                       if "callback_data" in b and b["callback_data"][0] not in "rx"]  # fmt: skip
            if choices and call.chat_id is not None:
                latest[call.chat_id] = (call.chat_id, call.result, choices)
        self.tappable = list(latest.values())


def count_answers(calls: list[Any], into: Counter[str]) -> None:
    for call in calls:
        if call.method == "answerInlineQuery":
            into["q" + str(call.params.get("inline_query_id"))] += 1
        elif call.method in ANSWERS and call.chat_id is not None:
            into[str(call.chat_id)] += 1


async def soak(settings: Settings, updates: int, users: int, limit_seconds: float,
               seed: int = 11) -> dict[str, object]:  # fmt: skip
    """Drive the traffic; return the figures."""
    from bot.bench.fakeapi.process import RemoteFakeApi
    from bot.telegram.app import start, stop
    from bot.telegram.services import KEY

    api = RemoteFakeApi()
    base_url = await api.start()
    began = time.perf_counter()
    answered: Counter[str] = Counter()
    seen_calls = 0
    memory: dict[str, float] = {"start_mb": resident_mb()}
    traffic = Traffic(api, users, seed)
    timed_out = False
    rounds: list[float] = []
    core_memory: dict[str, float] = {}
    try:
        app = unthrottled_application(settings, api.token, base_url, "soak")
        await start(app, poll_timeout=1)
        core = app.bot_data[KEY].core

        def core_mb() -> float:
            return sum(resident_mb(pid) for pid in core.pids()) if core is not None else 0.0

        core_memory["start_mb"] = core_mb()
        try:
            while traffic.sent < updates:
                batch = traffic.round(min(ROUND, updates - traffic.sent))
                target = sum(traffic.wanted.values())
                await api.push_all(batch)
                left = limit_seconds - (time.perf_counter() - began)
                await api.wait_for_count(ANSWERS, target, max(left, 1.0))
                calls = await api.calls(seen_calls)
                seen_calls += len(calls)
                count_answers(calls, answered)
                traffic.learn(calls)
                gc.collect()
                rounds.append(round(resident_mb(), 1))
                if traffic.sent == BASELINE_AFTER or (
                        traffic.sent < BASELINE_AFTER + ROUND and "after_2000_mb" not in memory
                        and traffic.sent >= BASELINE_AFTER):  # fmt: skip
                    memory["after_2000_mb"] = resident_mb()
                    core_memory["after_2000_mb"] = core_mb()
                if time.perf_counter() - began > limit_seconds:
                    timed_out = True
                    break
            await asyncio.sleep(1.0)  # late duplicates would arrive now
            calls = await api.calls(seen_calls)
            count_answers(calls, answered)
            core_memory["end_mb"] = core_mb()
        finally:
            await stop(app)
    finally:
        await api.stop()
    memory["end_mb"] = resident_mb()
    memory["peak_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    seconds = time.perf_counter() - began
    lost = sum(max(0, n - answered[k]) for k, n in traffic.wanted.items())
    duplicates = sum(max(0, answered[k] - n) for k, n in traffic.wanted.items())
    with sqlite3.connect(settings.state) as db:
        gap_rows = db.execute("select count(*) from gaps").fetchone()[0]
    baseline = memory.get("after_2000_mb", memory["start_mb"])
    return {
        "updates": traffic.sent, "users": users, "seconds": round(seconds, 1),
        "updates_per_second": round(traffic.sent / seconds, 1),
        "answers_wanted": sum(traffic.wanted.values()), "answers": sum(answered.values()),
        "lost_replies": lost, "duplicate_replies": duplicates, "gap_rows": gap_rows,
        "memory_mb": {k: round(v, 1) for k, v in memory.items()},
        "memory_growth": round(memory["end_mb"] / baseline - 1, 3),
        "core_memory_mb": {k: round(v, 1) for k, v in core_memory.items()},
        "core_memory_growth": _growth(core_memory),
        "timed_out": timed_out, "memory_mb_by_round": rounds,
    }  # fmt: skip


def _growth(memory: dict[str, float]) -> float:
    """End against after-2,000 (or start); 0 without core processes."""
    baseline = memory.get("after_2000_mb") or memory.get("start_mb") or 0.0
    return round(memory.get("end_mb", baseline) / baseline - 1, 3) if baseline else 0.0


def run(args: argparse.Namespace, settings: Settings) -> int:
    """Run the soak; non-zero on a lost or duplicate reply, a leak or a timeout."""
    _environment()
    updates = int(getattr(args, "updates", 20_000) or 20_000)
    users = int(getattr(args, "users", 500) or 500)
    limit = float(getattr(args, "limit", 1800) or 1800)
    with tempfile.TemporaryDirectory(prefix="lotse-soak-") as folder:
        state = Path(getattr(args, "state", None) or Path(folder) / "state.db")
        figures = asyncio.run(soak(replace(settings, state=state), updates, users, limit))
    ok = (figures["lost_replies"] == 0 and figures["duplicate_replies"] == 0
          and not figures["timed_out"]
          and float(figures["memory_growth"]) <= MEMORY_TOLERANCE
          and float(figures["core_memory_growth"]) <= MEMORY_TOLERANCE)  # type: ignore[arg-type]  # fmt: skip
    if getattr(args, "json", False):
        print(json.dumps(figures, indent=2))
    else:
        memory = figures["memory_mb"]
        print(f"bench soak: {figures['updates']} updates from {figures['users']} users in "
              f"{figures['seconds']} s ({figures['updates_per_second']}/s); answers "
              f"{figures['answers']}/{figures['answers_wanted']}, lost {figures['lost_replies']}, "
              f"duplicates {figures['duplicate_replies']}, gap rows {figures['gap_rows']}; "
              f"memory {memory} (growth {figures['memory_growth']:+.1%}), core processes "
              f"{figures['core_memory_mb']} (growth {figures['core_memory_growth']:+.1%}): "  # type: ignore[str-format]
              f"{'ok' if ok else 'FAILED'}")  # fmt: skip
    return 0 if ok else 1
