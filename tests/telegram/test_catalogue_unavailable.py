"""No catalogue at start (missing or broken file): every channel answers with a notice, the bot
keeps running, and the first good file put in place is used without a restart."""

from __future__ import annotations

import asyncio
import io
import json
import logging
import shutil
from argparse import Namespace
from pathlib import Path

import pytest

from bot.channels.console import run_chat
from bot.gaps.log import all_gaps
from bot.settings import Settings
from bot.state import StateStore
from bot.telegram.admin import heartbeat_path
from bot.telegram.health import problem
from tests.conftest import SHIPPED_DB
from tests.telegram.harness import new_user, running_bot

ASK = "Sprachförderung für eine 3-Jährige in Kamen-Methler"
NOTICE = "Angebotsverzeichnis ist gerade nicht erreichbar"


def settings_for(tmp_path: Path) -> Settings:
    return Settings(catalogue=tmp_path / "catalogue.db", state=tmp_path / "state.db", secret="s",
                    access="open")  # fmt: skip


def put_in_place(catalogue: Path) -> None:
    """Rename a complete file into place, as an import does."""
    incoming = catalogue.with_name("incoming.db")
    shutil.copy(SHIPPED_DB, incoming)
    incoming.replace(catalogue)


@pytest.mark.asyncio
@pytest.mark.parametrize("start", ["missing", "corrupt"])
async def test_without_a_catalogue_the_bot_answers_a_notice_until_a_good_file_appears(
    tmp_path, start, caplog
):  # type: ignore[no-untyped-def]
    settings = settings_for(tmp_path)
    if start == "corrupt":
        settings.catalogue.write_bytes(b"SQLite format 3\x00" + b"\x07" * 4096)
    with caplog.at_level(logging.ERROR):
        async with running_bot(settings) as bot:
            bot.lotse.assistant.holder.check_every = 0
            first = await bot.ask(new_user(), ASK)
            button_user = new_user()
            again = await bot.ask(button_user, "Krabbelgruppe in Unna, 1 Jahr")
            put_in_place(settings.catalogue)
            holder = bot.lotse.assistant.holder
            for _ in range(100):  # a job loads it in the background, before any message
                if holder.available:
                    break
                await asyncio.sleep(0.1)
            loaded_unasked = holder.available
            normal = await bot.ask(new_user(), ASK)
            job_left = bot.app.job_queue.get_jobs_by_name("catalogue-retry")
            gaps = all_gaps(bot.lotse.store)
    assert NOTICE in first.text and NOTICE in again.text and loaded_unasked
    assert "Entschuldigung" not in first.text  # not the apology for a crashed handler
    assert "Praxis für Logopädie Kaiserau" in normal.text
    assert "catalogue unavailable" in caplog.text and "update failed" not in caplog.text
    assert job_left == ()  # a healthy bot's log gets no line every 2 s
    assert gaps == []  # an outage is not evidence of a missing offer


@pytest.mark.asyncio
async def test_the_health_check_reports_a_missing_catalogue_until_the_file_appears(tmp_path):  # type: ignore[no-untyped-def]
    settings = settings_for(tmp_path)
    async with running_bot(settings) as bot:
        bot.lotse.assistant.holder.check_every = 0
        (heartbeat,) = bot.app.job_queue.get_jobs_by_name("heartbeat")
        await heartbeat.run(bot.app)
        without = problem(settings)
        put_in_place(settings.catalogue)
        await heartbeat.run(bot.app)
        with_catalogue = problem(settings)
    assert heartbeat_path(settings.state).exists()
    assert without is not None and "catalogue missing" in without
    assert with_catalogue is None


@pytest.mark.asyncio
async def test_without_a_catalogue_inline_queries_get_an_empty_answer(tmp_path, caplog):  # type: ignore[no-untyped-def]
    async with running_bot(settings_for(tmp_path)) as bot:
        mark = bot.api.mark()
        await bot.api.push(bot.api.inline_query(new_user(), "Sprachförderung Methler 3 Jahre"))
        call = await bot.api.wait_for("answerInlineQuery", since=mark)
    assert call.params["results"] == [] and "update failed" not in caplog.text


def test_chat_json_answers_the_notice_and_then_normally(tmp_path: Path) -> None:
    settings = settings_for(tmp_path)
    out = io.StringIO()
    run_chat(Namespace(json=True, no_log=False, place=None), settings,
             io.StringIO(f"{ASK}\n"), out)  # fmt: skip
    notice = json.loads(out.getvalue().splitlines()[0])
    assert notice["prompt"] == "catalogue_unavailable" and NOTICE in notice["reply"]
    assert notice["offers"] == [] and notice["gap"] is False
    put_in_place(settings.catalogue)
    out = io.StringIO()
    run_chat(Namespace(json=True, no_log=False, place=None), settings,
             io.StringIO(f"{ASK}\n"), out)  # fmt: skip
    answer = json.loads(out.getvalue().splitlines()[0])
    assert answer["prompt"] is None and answer["offers"]
    assert all_gaps(StateStore(settings.state)) == []


def test_console_chat_says_the_catalogue_is_unavailable(tmp_path: Path) -> None:
    out = io.StringIO()
    run_chat(Namespace(json=False, no_log=True, place=None), settings_for(tmp_path),
             io.StringIO(f"{ASK}\nende\n"), out)  # fmt: skip
    assert NOTICE in out.getvalue()

