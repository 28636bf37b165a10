"""Faults the fake Bot API can inject, decided per call from a seeded random source.

Every fault but the slow answer happens *before* the call is processed, as when Telegram or a
proxy in front of it fails: the call is not recorded, so a retry is never a duplicate there. A
slow answer is processed after its delay unless the client gave up first (as a cancelled request
would be). The clock is injectable: an outage is a window on it, so a test shortens a minute of
outage by advancing its own clock, or by choosing a short window.
"""

from __future__ import annotations

import random
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field

REPLIES = frozenset(
    {"sendMessage", "editMessageText", "answerCallbackQuery", "answerInlineQuery", "sendDocument"}
)


@dataclass
class Faults:
    """Which calls fail how often; `decide` names the fault for one call (or None)."""

    methods: frozenset[str] = REPLIES
    server_error_rate: float = 0.0  # 500/502/503 answers
    reset_rate: float = 0.0  # the connection is dropped without an answer
    timeout_rate: float = 0.0  # no answer for `stall_seconds` (longer than the client waits)
    rate_limit_rate: float = 0.0  # 429 with `retry_after`
    retry_after: int = 1
    slow_seconds: float = 0.0  # every matching call answered this late
    stall_seconds: float = 30.0
    outage: tuple[float, float] | None = None  # [start, end) on `clock`: every call is reset
    seed: int = 7
    clock: Callable[[], float] = time.monotonic
    counts: Counter[str] = field(default_factory=Counter)

    def __post_init__(self) -> None:
        self._random = random.Random(self.seed)

    def start_outage(self, seconds: float) -> None:
        now = self.clock()
        self.outage = (now, now + seconds)

    def decide(self, method: str) -> str | None:
        if method not in self.methods:
            return None
        if self.outage is not None and self.outage[0] <= self.clock() < self.outage[1]:
            self.counts["outage"] += 1
            return "reset"
        roll = self._random.random()
        rates = (("server_error", self.server_error_rate), ("reset", self.reset_rate),
                 ("timeout", self.timeout_rate), ("rate_limit", self.rate_limit_rate))  # fmt: skip
        for name, rate in rates:
            if roll < rate:
                self.counts[name] += 1
                return name
            roll -= rate
        return "slow" if self.slow_seconds else None
