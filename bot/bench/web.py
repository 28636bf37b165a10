"""`python -m bot bench web`: POST /api/messages per second and its p99, over real HTTP.

The web channel runs as it does in production (`python -m bot web`, its own process, the shipped
catalogue, a fresh state database, sessions stored per message) while this process plays the
browsers: `--clients` conversations at once, each with its own session cookie, each sending the
next message as soon as the answer arrives (a closed loop, so the figure is what the server
sustains, not what we pushed). Messages are the development set's real requests mixed with
follow-ups ("und in Unna?", "mehr"). Server and clients share the machine's two cores.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bot.settings import PROJECT_ROOT, Settings

DEV_REQUESTS = PROJECT_ROOT / "tests" / "data" / "dev.jsonl"
FOLLOW_UPS = ("und in Unna?", "und für 6-Jährige?", "mehr", "und in Kamen?")
TARGET_PER_SECOND = 200.0
TARGET_P99_MS = 50.0


def _requests() -> list[str]:
    lines = DEV_REQUESTS.read_text(encoding="utf-8").splitlines()
    return [json.loads(line)["q"] for line in lines if line.strip()]


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _start_server(settings: Settings, state: Path, port: int, workers: int
                  ) -> subprocess.Popen[bytes]:  # fmt: skip
    env = {**os.environ, "LOTSE_ACCESS": "open", "LOTSE_STATE": str(state),
           "LOTSE_CATALOGUE": str(settings.catalogue), "LOTSE_SECRET": "bench"}  # fmt: skip
    command = [sys.executable, "-m", "bot", "web", "--host", "127.0.0.1", "--port", str(port),
               "--rate", "1000000", "--workers", str(workers)]  # fmt: skip
    return subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, cwd=PROJECT_ROOT)


async def _wait_ready(base: str, timeout: float = 30.0) -> None:
    import aiohttp

    deadline = time.monotonic() + timeout
    async with aiohttp.ClientSession() as session:
        while True:
            try:
                async with session.get(base + "/api/session") as response:
                    if response.status == 200:
                        return
            except aiohttp.ClientConnectionError:
                pass
            if time.monotonic() > deadline:
                raise RuntimeError("the web server did not start")
            await asyncio.sleep(0.1)


async def _post(http, base: str, text: str, cookie: list[str], errors: list[int]
                ) -> None:  # type: ignore[no-untyped-def]  # fmt: skip
    """One message of a conversation; `cookie` carries its session like a browser would."""
    headers = {"Cookie": cookie[0]} if cookie else {}
    async with http.post(base + "/api/messages", json={"text": text}, headers=headers) as response:
        await response.read()
        if response.status != 200:
            errors.append(response.status)
        morsel = response.cookies.get("lotse_session")
        if morsel is not None and not cookie:
            cookie.append(f"lotse_session={morsel.value}")


async def _client(http, base: str, messages: list[str], latencies: list[float],
                  errors: list[int]) -> None:  # type: ignore[no-untyped-def]  # fmt: skip
    cookie: list[str] = []
    for text in messages:
        started = time.perf_counter()
        await _post(http, base, text, cookie, errors)
        latencies.append(time.perf_counter() - started)


async def _paced(http, base: str, messages: list[str], start: float, interval: float,
                 latencies: list[float], errors: list[int]) -> None:  # type: ignore[no-untyped-def]  # fmt: skip
    """One conversation at a fixed pace; latency counts from when the message was due."""
    cookie: list[str] = []
    for index, text in enumerate(messages):
        due = start + index * interval
        delay = due - time.perf_counter()
        if delay > 0:
            await asyncio.sleep(delay)
        await _post(http, base, text, cookie, errors)
        latencies.append(time.perf_counter() - due)


def _conversations(total: int, clients: int, rng: random.Random) -> list[list[str]]:
    requests = _requests()
    plans: list[list[str]] = [[] for _ in range(clients)]
    for index in range(total):
        plan = plans[index % clients]
        follow = plan and rng.random() < 0.3
        plan.append(rng.choice(FOLLOW_UPS) if follow else rng.choice(requests))
    return plans


def _figures(latencies: list[float], errors: list[int], elapsed: float) -> dict[str, float]:
    ordered = sorted(latencies)
    return {
        "requests": len(latencies), "errors": len(errors), "seconds": round(elapsed, 2),
        "per_second": round(len(latencies) / elapsed, 1),
        "p50_ms": round(statistics.median(ordered) * 1000, 1),
        "p99_ms": round(ordered[int(0.99 * (len(ordered) - 1))] * 1000, 1),
        "max_ms": round(ordered[-1] * 1000, 1),
    }  # fmt: skip


async def measure(
    settings: Settings, total: int, clients: int, workers: int = 1,
    rate: float = TARGET_PER_SECOND, warmup: int = 200,
) -> dict[str, object]:  # fmt: skip
    """Capacity (closed loop: `clients` conversations as fast as answered), then latency at
    `rate` messages per second (open loop: 1 message a second from each of `rate` sessions)."""
    import aiohttp

    rng = random.Random(11)
    port = _free_port()
    base = f"http://127.0.0.1:{port}"
    with tempfile.TemporaryDirectory() as folder:
        server = _start_server(settings, Path(folder) / "state.db", port, workers)
        try:
            await _wait_ready(base)
            http = aiohttp.ClientSession(cookie_jar=aiohttp.DummyCookieJar(),
                                         connector=aiohttp.TCPConnector(limit=0))  # fmt: skip
            ignored: list[float] = []
            await asyncio.gather(*(_client(http, base, plan, ignored, [])
                                   for plan in _conversations(warmup, clients, rng)))  # fmt: skip
            latencies: list[float] = []
            errors: list[int] = []
            started = time.perf_counter()
            await asyncio.gather(*(_client(http, base, plan, latencies, errors)
                                   for plan in _conversations(total, clients, rng)))  # fmt: skip
            capacity = _figures(latencies, errors, time.perf_counter() - started)
            sessions = max(1, round(rate))
            paced: list[float] = []
            paced_errors: list[int] = []
            start = time.perf_counter() + 0.5
            plans = _conversations(total, sessions, rng)
            await asyncio.gather(*(
                _paced(http, base, plan, start + i / rate, sessions / rate, paced, paced_errors)
                for i, plan in enumerate(plans)
            ))  # fmt: skip
            at_rate = _figures(paced, paced_errors, time.perf_counter() - start)
            await http.close()
        finally:
            server.terminate()
            server.wait(10)
    return {"clients": clients, "workers": workers, "rate": rate, "cpus": os.cpu_count() or 0,
            "load_average": round(os.getloadavg()[0], 2),
            "capacity": capacity, "at_rate": at_rate}  # fmt: skip


def run(args: argparse.Namespace, settings: Settings) -> int:
    figures = asyncio.run(measure(settings, args.requests, args.clients, args.workers,
                                  args.rate))  # fmt: skip
    capacity, at_rate = figures["capacity"], figures["at_rate"]
    assert isinstance(capacity, dict) and isinstance(at_rate, dict)
    if args.json:
        print(json.dumps(figures))
    else:
        print(f"web: POST /api/messages, {figures['workers']} server worker(s), clients in this "
              f"process, {figures['cpus']} cores shared")
        print(f"  capacity ({figures['clients']} conversations as fast as answered): "
              f"{capacity['per_second']} requests/s (target ≥ {TARGET_PER_SECOND:.0f}), "
              f"p50 {capacity['p50_ms']} ms, p99 {capacity['p99_ms']} ms, errors "
              f"{capacity['errors']}")  # fmt: skip
        print(f"  at {args.rate:.0f} requests/s offered: {at_rate['per_second']} answered/s, "
              f"p50 {at_rate['p50_ms']} ms, p99 {at_rate['p99_ms']} ms "
              f"(target ≤ {TARGET_P99_MS:.0f} ms), max {at_rate['max_ms']} ms, errors "
              f"{at_rate['errors']}")  # fmt: skip
    ok = (capacity["per_second"] >= TARGET_PER_SECOND and at_rate["p99_ms"] <= TARGET_P99_MS
          and not capacity["errors"] and not at_rate["errors"])  # fmt: skip
    return 0 if ok else 1
