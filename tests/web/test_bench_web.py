"""`bench web` drives the real server process over HTTP (figures themselves live in README)."""

from __future__ import annotations

import asyncio

from bot.bench.web import measure
from bot.settings import Settings
from tests.conftest import SHIPPED_DB


def test_bench_web_answers_every_message() -> None:
    figures = asyncio.run(measure(Settings(catalogue=SHIPPED_DB), total=24, clients=2,
                                  rate=12.0, warmup=4))  # fmt: skip
    capacity, at_rate = figures["capacity"], figures["at_rate"]
    assert isinstance(capacity, dict) and isinstance(at_rate, dict)
    assert capacity["requests"] == 24 and capacity["errors"] == 0
    assert at_rate["requests"] == 24 and at_rate["errors"] == 0
