"""The Telegram benchmark answers every update it pushes, with the fake API in its own process."""

from __future__ import annotations

import asyncio

from bot.bench.telegram import _environment, measure
from bot.settings import Settings


def test_small_benchmark_answers_every_update_through_the_separate_fake_api(
    settings: Settings,
) -> None:
    _environment()
    figures = asyncio.run(measure(settings, updates=40))
    assert figures["updates"] == figures["messages_and_inline"] + figures["button_taps"]  # type: ignore[operator]
    assert figures["button_taps"] == 8
    # every update was answered (else measure raises), and each answer is a recorded call
    assert figures["bot_api_calls"] >= 40  # type: ignore[operator]
    # the CPU time per update of both processes: a figure the neighbours' load moves less
    assert figures["bot_cpu_ms_per_update"] > 0  # type: ignore[operator]
    assert figures["api_cpu_ms_per_update"] > 0  # type: ignore[operator]
