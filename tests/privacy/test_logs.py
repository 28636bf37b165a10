"""The application log of a real Telegram session: no personal data, readable operational numbers.

Everything is logged at DEBUG — PTB then dumps whole updates ("Processing update …"), with the
text and the sender's Telegram name — through a handler carrying the production filter.
"""

from __future__ import annotations

import io
import logging
from collections.abc import Iterator
from contextlib import contextmanager

import pytest

from bot.privacy.logfilter import REGISTRY, install_log_filter, scrub
from bot.settings import Settings
from tests.conftest import SHIPPED_DB
from tests.telegram.harness import new_user, running_bot

MESSAGES = (
    "Kind Leon Brinkhoff (geb. 03.05.2021), Tel. 0171 2345678 – Sprachförderung in Werne, 4 Jahre",
    "meine klientin heißt frau schäfer, die nummer ist 0152 23456789, Schreiambulanz in Selm",
    "Familie Kowalski, Kamener Straße 14, Tochter Zofia 3 J., Elternkurs in Kamen",
)
PLANTED = ("Leon", "Brinkhoff", "03.05.2021", "2345678", "schäfer", "23456789", "Kowalski",
           "Kamener Straße 14", "Zofia", "Mehmetcan", "Yildirimova", "mehmet_dev",
           "51.5912")  # fmt: skip


@contextmanager
def captured_log() -> Iterator[io.StringIO]:
    """The root logger at DEBUG into a buffer, through the production filter."""
    buffer = io.StringIO()
    handler = logging.StreamHandler(buffer)
    handler.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    old_level = root.level
    root.addHandler(handler)
    root.setLevel(logging.DEBUG)
    install_log_filter()
    try:
        yield buffer
    finally:
        root.removeHandler(handler)
        root.setLevel(old_level)


@pytest.mark.asyncio
@pytest.mark.parametrize("mode", ["polling", "webhook"])
async def test_a_whole_telegram_session_leaves_no_personal_data_in_the_log(tmp_path, mode):
    REGISTRY.clear()  # nothing remembered from another test
    settings = Settings(catalogue=SHIPPED_DB, state=tmp_path / "state.db", secret="s",
                        access="open")  # fmt: skip
    with captured_log() as log:
        async with running_bot(settings, mode) as bot:
            user = 734512998  # a Telegram id as long as real ones
            for text in MESSAGES:
                update = bot.api.text(user, text)
                update["message"]["from"].update(first_name="Mehmetcan", last_name="Yildirimova",
                                                 username="mehmet_dev")  # fmt: skip
                mark = bot.api.mark()
                await bot.api.push(update)
                await bot.api.wait_for("sendMessage", since=mark, chat_id=user)
            await bot.reply_to(bot.api.location(user, 51.5912, 7.6383), user)
            logging.getLogger("bot.test").error("a careless line: %s", MESSAGES[0])
    text = log.getvalue()
    assert "Processing update" in text  # PTB's dump of whole updates was captured
    assert mode == "polling" or "Webhook received data" in text  # and the raw webhook body
    assert "update handled update=" in text  # and the structured line per update
    assert [p for p in PLANTED if p in text] == []
    assert str(user) not in text  # the Telegram id only as its pseudonym
    assert "Sprachförderung" in text  # the need stays readable in the careless line


@pytest.mark.asyncio
async def test_rate_limit_and_job_lines_keep_their_numbers(tmp_path):
    settings = Settings(catalogue=SHIPPED_DB, state=tmp_path / "state.db", secret="s",
                        access="open")  # fmt: skip
    with captured_log() as log:
        async with running_bot(settings) as bot:
            user = new_user()
            bot.api.fail("sendMessage", code=429, retry_after=1)
            await bot.ask(user, "Sprachförderung in Kamen")
    text = log.getvalue()
    assert "Rate limit hit. Retrying after 1" in text
    words = ("Rate limit", "heartbeat", "scheduled at", "latency_ms")
    operational = [line for line in text.splitlines() if any(w in line for w in words)]
    assert operational and not [line for line in operational if "[" in line.split(":", 1)[1]]
    assert "latency_ms=" in text


def test_operational_values_survive_and_user_values_do_not():
    REGISTRY.add("0171 99887766", "[Telefon]")
    line = ("Running job \"heartbeat (trigger: interval[0:00:30], next run at: 2026-12-02 02:49:20 "
            "UTC)\" (scheduled at 2026-12-02 02:48:20.123456+00:00) after 1.100000 s "
            "update=987654321 latency_ms=12.5; user wrote 0171 99887766, Frau Yilmaz")  # fmt: skip
    cleaned = scrub(line)
    assert "next run at: 2026-12-02 02:49:20 UTC" in cleaned
    assert "2026-12-02 02:48:20.123456+00:00" in cleaned and "1.100000" in cleaned
    assert "update=987654321" in cleaned and "latency_ms=12.5" in cleaned
    assert "99887766" not in cleaned and "Yilmaz" not in cleaned
