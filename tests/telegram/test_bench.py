"""The Telegram benchmark answers every update it pushes, with the fake API in its own process."""

from __future__ import annotations

import asyncio
from dataclasses import replace

import pytest

from bot.bench.telegram import _environment, measure
from bot.settings import Settings


@pytest.mark.parametrize("core_processes", [0, 1])
def test_small_benchmark_answers_every_update_through_the_separate_fake_api(
    settings: Settings, core_processes: int
) -> None:
    _environment()
    figures = asyncio.run(measure(replace(settings, core_processes=core_processes), updates=40))
    assert figures["updates"] == figures["messages_and_inline"] + figures["button_taps"]  # type: ignore[operator]
    assert figures["button_taps"] == 8
    # every update was answered (else measure raises), and each answer is a recorded call
    assert figures["bot_api_calls"] >= 40  # type: ignore[operator]
    # the CPU time per update of both processes: a figure the neighbours' load moves less
    assert figures["bot_cpu_ms_per_update"] > 0  # type: ignore[operator]
    assert figures["api_cpu_ms_per_update"] > 0  # type: ignore[operator]
    # with a core process its CPU time is counted apart (the bot's own is then the I/O)
    assert figures["core_processes"] == core_processes
    assert (figures["core_cpu_ms_per_update"] > 0) == bool(core_processes)  # type: ignore[operator]
