"""The core's work in a core process (`LOTSE_CORE_PROCESSES`): same answers, faults survived.

Every test runs the real `telegram.ext.Application` against the fake Bot API; the core process
is a real worker process (forked from the warm fork server) with its own `Assistant` on the same
catalogue and state database.
"""

from __future__ import annotations

import asyncio
import json
import os
import re
import signal
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from bot.gaps.log import all_gaps
from bot.settings import Settings
from tests.conftest import SHIPPED_DB
from tests.telegram.harness import Harness, running_bot

SESSION_ID = re.compile(r"^(\w):[\w-]{11}(?=:|$)")  # "m:Ab3_x-9QzPk" → "m:<session>"
METHLER = (51.5746, 7.6099)


def settings_for(tmp_path: Path, processes: int) -> Settings:
    return Settings(catalogue=SHIPPED_DB, state=tmp_path / f"state-{processes}.db",
                    secret="test-secret", access="open", core_processes=processes)  # fmt: skip


def _masked(value: Any) -> Any:
    """A Bot API parameter with the random session ids in callback_data masked."""
    if isinstance(value, dict):
        return {k: (SESSION_ID.sub(r"\1:<session>", v) if k == "callback_data" else _masked(v))
                for k, v in value.items()}  # fmt: skip
    if isinstance(value, list):
        return [_masked(v) for v in value]
    return value


async def _fixed_mix(bot: Harness) -> list[tuple[str, Any]]:
    """A conversation that reaches every kind of core work; returns the bot's calls, masked."""
    mark = bot.api.mark()
    user, english = 7001, 7002
    first = await bot.ask(user, "Sprachförderung für eine 3-Jährige in Kamen-Methler")
    await bot.press(user, first, "d:KAM-050")
    more = [b["callback_data"] for b in first.buttons() if b.get("callback_data", "")[:2] == "m:"]
    if more:
        await bot.press(user, first, more[0])
    vague = await bot.ask(user, "Erziehungsberatung in Kamen")
    age = vague.button(data_prefix="a:")["callback_data"]
    await bot.press(user, vague, age, method="editMessageText")
    await bot.ask(user, "und in Unna?")
    await bot.ask(user, "Kinderhospiz für einen Jugendlichen in Werne")  # a gap
    await bot.reply_to(bot.api.location(user, *METHLER), user)
    await bot.ask(user, "danke")
    await bot.ask(english, "speech therapy for a 3 year old in Kamen", language_code="en")
    inline = bot.api.mark()
    await bot.api.push(bot.api.inline_query(user, "Sprachförderung Methler 3 Jahre"))
    await bot.api.wait_for("answerInlineQuery", since=inline)
    calls = [c for c in bot.api.calls[mark:] if c.method != "answerCallbackQuery"]
    return [(c.method, _masked(c.params)) for c in calls]


@pytest.mark.asyncio
async def test_a_core_process_sends_the_same_bot_api_calls_as_threads(tmp_path: Path) -> None:
    mixes = {}
    gaps = {}
    for processes in (0, 1):
        settings = settings_for(tmp_path, processes)
        async with running_bot(settings) as bot:
            assert bot.lotse.core is not None and bot.lotse.core.running == bool(processes)
            mixes[processes] = await _fixed_mix(bot)
            gaps[processes] = [(g.reason, g.query) for g in all_gaps(bot.lotse.store)]
    assert mixes[1] == mixes[0]
    assert len(mixes[0]) >= 10
    english = [p for m, p in mixes[1] if m == "sendMessage" and p["chat_id"] == 7002]
    assert "Understood" in english[0]["text"]  # the user's language crossed to the process
    assert gaps[1] == gaps[0] and gaps[0]  # the gap was written by the core process


def _gone(pid: int) -> bool:
    """The process has exited and was reaped (a zombie still has its /proc entry)."""
    return not Path(f"/proc/{pid}").exists()


async def _wait_gone(pid: int, seconds: float = 5.0) -> bool:
    for _ in range(int(seconds / 0.05)):
        if _gone(pid):
            return True
        await asyncio.sleep(0.05)
    return False


@pytest.mark.asyncio
async def test_a_core_process_killed_while_idle_costs_no_answer(tmp_path: Path) -> None:
    async with running_bot(settings_for(tmp_path, 1)) as bot:
        core = bot.lotse.core
        assert core is not None
        [pid] = core.pids()
        os.kill(pid, signal.SIGKILL)
        assert await _wait_gone(pid)
        await asyncio.sleep(0.2)  # the pool notices the death
        reply = await bot.reply_to(
            bot.api.text(7101, "Sprachförderung für eine 3-Jährige in Kamen-Methler"), 7101,
            timeout=30)  # fmt: skip
        assert "Logopädie Kaiserau" in reply.text  # answered by a new core process
        assert core.restarts == 1 and core.pids() and core.pids() != [pid]


@pytest.mark.asyncio
async def test_a_core_process_dying_mid_update_gets_the_apology_and_a_new_process(
    tmp_path: Path,
) -> None:
    settings = settings_for(tmp_path, 1)
    async with running_bot(settings) as bot:
        core = bot.lotse.core
        assert core is not None
        [pid] = core.pids()
        # another writer holds the state database: the core process waits to save the session
        blocker = sqlite3.connect(settings.state, isolation_level=None)
        blocker.execute("BEGIN EXCLUSIVE")
        try:
            mark = bot.api.mark()
            await bot.api.push(bot.api.text(7201, "Sprachförderung in Kamen für 3-Jährige"))
            await asyncio.sleep(1.5)  # the update is in the core process now
            assert not [c for c in bot.api.calls[mark:] if c.chat_id == 7201]
            os.kill(pid, signal.SIGKILL)
            apology = await bot.api.wait_for("sendMessage", since=mark, chat_id=7201, timeout=10)
        finally:
            blocker.execute("ROLLBACK")
            blocker.close()
        assert "schiefgegangen" in apology.text
        again = await bot.reply_to(
            bot.api.text(7201, "Sprachförderung für eine 3-Jährige in Kamen-Methler"), 7201,
            timeout=30)  # fmt: skip
        assert "Logopädie Kaiserau" in again.text
        assert core.restarts == 1
        assert await _wait_gone(pid)


@pytest.mark.asyncio
async def test_stopping_the_bot_ends_its_core_processes(tmp_path: Path) -> None:
    async with running_bot(settings_for(tmp_path, 2)) as bot:
        core = bot.lotse.core
        assert core is not None
        pids = core.pids()
        assert len(pids) == 2
        await bot.ask(7301, "Sprachförderung für eine 3-Jährige in Kamen-Methler")
    assert not core.running
    for pid in pids:
        assert await _wait_gone(pid, 2.0), f"core process {pid} left behind"


def raise_value_error(visit: Any, text: str) -> None:
    raise ValueError(text)


def gap_rows(visit: Any, count: int) -> int:
    """Write `count` gap rows through the assistant (as "not helpful" marks)."""
    assistant = visit.lotse.assistant
    _answer, session = assistant.respond("Sprachförderung für eine 3-Jährige in Kamen")
    for _ in range(count):
        assistant.not_helpful(session, channel="telegram", user=visit.user)
    return os.getpid()


@pytest.mark.asyncio
async def test_an_exception_in_a_core_process_comes_back_and_the_process_stays(
    tmp_path: Path,
) -> None:
    async with running_bot(settings_for(tmp_path, 1)) as bot:
        core = bot.lotse.core
        assert core is not None
        pids = core.pids()
        visit = _visit(bot, "u_raise")
        with pytest.raises(ValueError, match="from the core"):
            await visit.core(raise_value_error, "from the core")
        assert core.restarts == 0 and core.pids() == pids


@pytest.mark.asyncio
async def test_gap_rows_from_both_processes_at_once_are_all_written(tmp_path: Path) -> None:
    async with running_bot(settings_for(tmp_path, 1)) as bot:
        here, there = _visit(bot, "u_here"), _visit(bot, "u_there")
        worker, local = await asyncio.gather(
            there.core(gap_rows, 300), asyncio.to_thread(gap_rows, here, 300))
        assert worker != local == os.getpid()
        users = [g.user for g in all_gaps(bot.lotse.store)]
        assert users.count("u_here") == 300 and users.count("u_there") == 300
        assert not (Path(bot.lotse.store.path).parent / "gap-spool.jsonl").exists()


def _visit(bot: Harness, user: str) -> Any:
    from bot.telegram.services import Visit
    from bot.telegram.store import Profile

    return Visit(bot.lotse, user, Profile(user), False, "de", True)


@pytest.mark.parametrize(("env", "cpus", "expected"), [
    ({}, 2, 1), ({}, 8, 1), ({}, 1, 0), ({}, None, 0),
    ({"LOTSE_CORE_PROCESSES": "0"}, 2, 0), ({"LOTSE_CORE_PROCESSES": "3"}, 1, 3),
])  # fmt: skip
def test_core_processes_default_to_one_beside_a_second_cpu(
    monkeypatch: pytest.MonkeyPatch, env: dict[str, str], cpus: int | None, expected: int
) -> None:
    monkeypatch.setattr(os, "cpu_count", lambda: cpus)
    assert Settings.from_env(env).core_processes == expected
    assert Settings().core_processes == 0  # built by hand (tests, tools): threads


@pytest.mark.parametrize("value", ["-1", "two", "1000"])
def test_a_wrong_core_process_count_is_refused(value: str) -> None:
    with pytest.raises(ValueError, match="LOTSE_CORE_PROCESSES"):
        Settings.from_env({"LOTSE_CORE_PROCESSES": value})


def test_results_cross_as_plain_data() -> None:
    from telegram import InlineKeyboardButton, InlineKeyboardMarkup

    from bot.telegram.corepool import portable
    from bot.telegram.services import Reply

    markup = InlineKeyboardMarkup([[InlineKeyboardButton("ℹ️ 1", callback_data="d:KAM-050")]])
    crossed = portable(Reply("<b>x</b>", markup))
    assert crossed.markup == markup.to_dict()
    assert json.loads(json.dumps(crossed.markup)) == crossed.markup
    assert portable("expired") == "expired"


def spool_rows(state: str, count: int) -> None:
    """Keep `count` gap rows in the spool, as after a database fault (in another process)."""
    from bot.gaps import log as gaplog
    from bot.state import StateStore

    store = StateStore(state)
    for index in range(count):
        gaplog._hold(store, {"created_at": "2026-12-02T00:00:00+00:00", "channel": "telegram",
                             "user": f"u{index}", "reason": "no_match", "query": "x"},
                     sqlite3.OperationalError("database is locked"))  # fmt: skip
    store.close()


def test_spooled_gap_rows_of_another_process_survive_a_write_back(tmp_path: Path) -> None:
    """The core process spools while the Telegram process writes the spool back: no row lost."""
    import multiprocessing

    from bot.gaps.log import flush_pending
    from bot.state import StateStore

    state = tmp_path / "state.db"
    store = StateStore(state)
    writer = multiprocessing.get_context("spawn").Process(target=spool_rows,
                                                          args=(str(state), 400))  # fmt: skip
    writer.start()
    while writer.is_alive():
        flush_pending(store)
    writer.join()
    flush_pending(store)
    assert store.db["gaps"].count == 400
    store.close()


_KILLED_WHILE_WARMING = """
import os, signal, sys
from pathlib import Path
from bot.settings import Settings
from bot.telegram.corepool import CorePool

settings = Settings(catalogue=Path(sys.argv[1]), state=Path(sys.argv[2]), secret="s",
                    access="open", core_processes=1)
executor = CorePool(settings, 1)._new_executor()
executor.submit(os.getpid)  # starts the worker, which now imports and warms its assistant
print(*[p.pid for p in executor._processes.values()], flush=True)
os.kill(os.getpid(), signal.SIGKILL)  # the bot dies before its worker is ready
"""


def test_a_bot_killed_while_its_core_process_warms_up_leaves_no_process_behind(
    tmp_path: Path,
) -> None:
    import subprocess
    import sys
    import time

    out, err = tmp_path / "out.txt", tmp_path / "err.txt"
    with out.open("w") as stdout, err.open("w") as stderr:  # files: the orphan holds no pipe
        done = subprocess.run(
            [sys.executable, "-c", _KILLED_WHILE_WARMING, str(SHIPPED_DB), str(tmp_path / "s.db")],
            stdout=stdout, stderr=stderr, timeout=120,
        )  # fmt: skip
    assert done.returncode == -signal.SIGKILL, err.read_text()
    [worker] = [int(pid) for pid in out.read_text().split()]
    until = time.monotonic() + 60  # a bound for a loaded machine; it leaves within seconds
    while not _gone(worker) and time.monotonic() < until:
        time.sleep(0.2)
    if not _gone(worker):
        os.kill(worker, signal.SIGKILL)
        pytest.fail("the core process outlived its bot")
