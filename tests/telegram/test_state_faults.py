"""State database and catalogue faults while the bot runs: it keeps answering, loses no gap row.

Read-only and full are the real SQLite errors: every connection is reopened with
`PRAGMA query_only` or a `max_page_count` at the current size. Locked is another connection
holding an exclusive transaction for seconds. The broken catalogue is a garbage file renamed over
`catalogue.db` while the bot runs, as a failed import would leave it.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import shutil
import sqlite3
import threading
from collections.abc import Callable

import pytest

from bot.gaps.log import all_gaps, flush_pending, held_rows
from bot.settings import Settings
from bot.state import StateStore
from tests.conftest import SHIPPED_DB
from tests.telegram.harness import Harness, new_user, running_bot

NOTICE_OF_FAILURE = "Entschuldigung"  # the apology of a failed handler
# Requests the shipped catalogue has nothing for: each one is a gap row.
GAPS = ("Sprachförderung auf Tigrinya in Werne, 4 Jahre", "Jugendtreff auf Ukrainisch in Bönen, 15",
        "Schreiambulanz auf Polnisch in Selm, 3 J.")  # fmt: skip


def degrade(store: StateStore, pragma: Callable[[sqlite3.Connection], str]) -> Callable[[], None]:
    """Reopen every connection of `store` with a pragma; return the undo."""
    original = store._connect

    def connect() -> sqlite3.Connection:
        conn = original()
        conn.execute(pragma(conn))
        return conn

    store._connect = connect  # type: ignore[method-assign]
    store._local = threading.local()

    def undo() -> None:
        store._connect = original  # type: ignore[method-assign]
        store._local = threading.local()

    return undo


def QUERY_ONLY(conn: sqlite3.Connection) -> str:
    return "PRAGMA query_only = 1"


def SIZE_LIMIT(conn: sqlite3.Connection) -> str:
    return f"PRAGMA max_page_count = {conn.execute('PRAGMA page_count').fetchone()[0]}"


def fill(path: object) -> None:
    """Fill every free byte of the database file, as a full disk or size quota would."""
    conn = sqlite3.connect(path, isolation_level=None)  # type: ignore[arg-type]
    conn.execute("create table if not exists filler (x blob)")
    conn.execute(SIZE_LIMIT(conn))
    for size in (4000, 1000, 200, 50, 10, 1):
        with contextlib.suppress(sqlite3.OperationalError):
            while True:
                conn.execute("insert into filler values (randomblob(?))", (size,))
    conn.close()


async def ask_all(bot: Harness, texts: tuple[str, ...]) -> list[str]:
    replies = []
    for text in texts:
        user = new_user()
        reply = await bot.reply_to(bot.api.text(user, text), user, timeout=30)
        replies.append(reply.text)
    return replies


@pytest.fixture
def bot_settings(tmp_path) -> Settings:  # type: ignore[no-untyped-def]
    return Settings(catalogue=SHIPPED_DB, state=tmp_path / "state.db", secret="s", access="open")


@pytest.mark.asyncio
@pytest.mark.parametrize("fault", ["read-only", "full"])
async def test_a_refusing_state_database_keeps_the_answers_and_the_gap_rows(bot_settings, fault,
                                                                             caplog):  # fmt: skip
    async with running_bot(bot_settings) as bot:
        store = bot.lotse.store
        await ask_all(bot, GAPS[:1])  # the tables exist, one row written
        if fault == "full":
            fill(bot_settings.state)
        undo = degrade(store, QUERY_ONLY if fault == "read-only" else SIZE_LIMIT)
        asked = GAPS * 10  # more than the free bytes of the full file take
        with caplog.at_level(logging.WARNING):
            replies = await ask_all(bot, asked)
        assert all("Sorry" not in text and "Entschuldigung" not in text for text in replies)
        held = await asyncio.to_thread(held_rows, store)
        written = len(await asyncio.to_thread(all_gaps, store))
        assert held >= 1 and written + held == 1 + len(asked)  # every row written or held
        assert "gap row held" in caplog.text
        undo()
        assert await asyncio.to_thread(flush_pending, store) == held
        assert len(await asyncio.to_thread(all_gaps, store)) == 1 + len(asked)


@pytest.mark.asyncio
async def test_a_state_database_locked_for_seconds_only_delays_the_answers(bot_settings):
    async with running_bot(bot_settings) as bot:
        await ask_all(bot, GAPS[:1])
        blocker = sqlite3.connect(bot_settings.state, isolation_level=None)
        blocker.execute("BEGIN EXCLUSIVE")
        asked = asyncio.create_task(ask_all(bot, GAPS))
        await asyncio.sleep(2.0)
        assert not asked.done()  # waiting for the lock, not failing
        blocker.execute("COMMIT")
        blocker.close()
        replies = await asyncio.wait_for(asked, 30)
        assert all("Sorry" not in text and "Entschuldigung" not in text for text in replies)
        assert len(await asyncio.to_thread(all_gaps, bot.lotse.store)) == 1 + len(GAPS)


@pytest.mark.asyncio
async def test_a_broken_catalogue_during_a_hot_reload_keeps_the_old_one(tmp_path, caplog):
    catalogue = tmp_path / "catalogue.db"
    shutil.copy(SHIPPED_DB, catalogue)
    settings = Settings(catalogue=catalogue, state=tmp_path / "state.db", secret="s",
                        access="open")  # fmt: skip
    async with running_bot(settings) as bot:
        bot.lotse.assistant.holder.check_every = 0
        before = await bot.ask(new_user(), "Sprachförderung für eine 3-Jährige in Kamen-Methler")
        broken = tmp_path / "incoming.db"
        broken.write_bytes(b"SQLite format 3\x00" + b"\x07" * 4096)
        broken.replace(catalogue)
        with caplog.at_level(logging.ERROR):
            after = await bot.ask(new_user(), "Sprachförderung für eine 3-Jährige in Kamen-Methler")
        catalogue.unlink()
        missing = await bot.ask(new_user(), "Sprachförderung für eine 3-Jährige in Kamen-Methler")
    assert "Praxis für Logopädie Kaiserau" in before.text
    assert after.text == before.text and missing.text == before.text
    assert "catalogue reload failed" in caplog.text


def read_only(how: str) -> Callable[[StateStore], sqlite3.Connection]:
    """A `StateStore._connect` whose connections cannot write, as SQLite sees a read-only file.

    The tests run as root, where chmod stops no write; so the refusal comes from SQLite itself:
    `PRAGMA query_only`, or the file opened read-only (`mode=ro`, what SQLite does by itself with
    a file or mount it may not write). What this proves is the handling of SQLite's
    "attempt to write a readonly database" from the first write on, not the OS permission check.
    """
    original = StateStore._connect

    def connect(store: StateStore) -> sqlite3.Connection:
        if how == "query_only":
            conn = original(store)
            conn.execute("PRAGMA query_only = 1")
            return conn
        return sqlite3.connect(f"{store.path.resolve().as_uri()}?mode=ro", uri=True,
                               isolation_level=None, check_same_thread=False)  # fmt: skip

    return connect


@pytest.mark.asyncio
@pytest.mark.parametrize("how", ["query_only", "mode=ro"])
async def test_a_state_database_read_only_at_start_keeps_the_bot_answering(
    bot_settings, how, caplog, monkeypatch
):  # type: ignore[no-untyped-def]
    async with running_bot(bot_settings) as bot:  # an earlier run left the file with one row
        await ask_all(bot, GAPS[:1])
    monkeypatch.setattr(StateStore, "_connect", read_only(how))
    with caplog.at_level(logging.DEBUG, logger="bot"):
        async with running_bot(bot_settings) as bot:
            store = bot.lotse.store
            replies = await ask_all(bot, GAPS)
            user = new_user()  # a conversation needs its session between two messages
            asked = await bot.ask(user, "Familienzentrum in Methler?")
            followed = await bot.ask(user, "3 Jahre")
            held = await asyncio.to_thread(held_rows, store)
            monkeypatch.undo()  # the operator fixes the mount
            store.reopen_every = 0
            written = await asyncio.to_thread(flush_pending, store)
            after = len(await asyncio.to_thread(all_gaps, store))
    assert all(NOTICE_OF_FAILURE not in text for text in [*replies, asked.text, followed.text])
    assert "Wie alt" in asked.text and "Familienzentrum" in followed.text
    assert "3 Jahre" in followed.text.split("\n")[0]  # the follow-up used the session
    assert held == len(GAPS) and written == len(GAPS) and after == 1 + len(GAPS)
    warnings = [r.getMessage() for r in caplog.records if r.levelno >= logging.WARNING]
    said = [r for r in caplog.records if r.getMessage().startswith("state database unwritable")]
    assert len(said) == 1 and said[0].levelno == logging.ERROR  # once, not per message
    assert sum("gap row held" in m for m in warnings) == 1
    assert not any("update failed" in m for m in warnings)
    assert any("state database writable again" in m for m in warnings)
