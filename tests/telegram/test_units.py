"""The Telegram channel's parts on their own: rendering, buttons, storage, access, filters."""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
from dataclasses import replace
from html.parser import HTMLParser

import pytest
from babel.messages.pofile import read_po
from telegram import Bot

from bot.bench.fakeapi.server import FakeBotApi
from bot.dialogue import Session
from bot.models import AlternativeWhy, Answer, Hit, Request
from bot.settings import Settings
from bot.state import StateStore
from bot.telegram import keyboards as kb
from bot.telegram.access import FloodLimit, may_use
from bot.telegram.admin import parse_filter
from bot.telegram.health import healthy
from bot.telegram.render import MAX_TEXT, answer_html, card_html
from bot.telegram.request import RetryPolicy, make_request
from bot.telegram.runner import run_bot, run_invite
from bot.telegram.store import (
    Profile,
    create_invites,
    load_session,
    purge_sessions,
    redeem_invite,
    save_session,
)
from tests.conftest import ROOT


class _Tags(HTMLParser):
    """Collect the tags of a message, to see that offer data cannot inject markup."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)


def test_offer_data_is_escaped(catalogue):
    offer = replace(catalogue.by_id["KAM-050"], name="<script>A & B</script>", schedule="<b>x")
    html = card_html(offer, catalogue, full=True)
    parser = _Tags()
    parser.feed(html)
    assert set(parser.tags) <= {"b", "i"}
    assert "&lt;script&gt;A &amp; B&lt;/script&gt;" in html


def test_an_answer_never_exceeds_telegrams_limit(catalogue):
    long = replace(catalogue.by_id["KAM-050"], name="Sprachförderung " * 200,
                   schedule="Mo–Fr " * 300)  # fmt: skip
    hits = tuple(Hit(replace(long, id=f"X-{i}"), 1.0) for i in range(5))
    answer = Answer(
        Request("Sprachförderung", topics=("sprachfoerderung",)), offers=hits,
        alternatives=tuple(replace(h, why=AlternativeWhy.AGE) for h in hits),
    )  # fmt: skip
    text = answer_html(answer, catalogue)
    assert len(text) <= MAX_TEXT
    assert all(f"<b>{n}.</b>" in text for n in range(1, 11))  # every line is there, shortened
    details = answer_html(replace(answer, details=hits[0]), catalogue)
    assert len(details) <= MAX_TEXT and details.endswith("…")


def test_callback_data_fits_64_bytes_for_every_place_and_offer(catalogue):
    session_id = "A" * 11
    for key in catalogue.gazetteer.places:
        assert len(kb.data(kb.PLACE, session_id, key).encode()) <= 64
    for offer_id in catalogue.by_id:
        assert len(kb.data(kb.REPORT, offer_id).encode()) <= 64
    with pytest.raises(ValueError):
        kb.data(kb.PLACE, session_id, "x" * 60)


def test_age_buttons_cover_the_life_phases():
    assert kb.age_range("0").low == -9 and kb.age_range("0").high == -1
    assert kb.age_range("3").low == 36 and kb.age_range("3").high == 71
    assert kb.age_range("99") is None and kb.age_range("x") is None


def test_sessions_keep_the_request_without_personal_data(state_path):
    store = StateStore(state_path)
    request = Request("Kind Leon, Tel. 0171 2345678, Sprachförderung", topics=("sprachfoerderung",))
    session_id = save_session(store, "u_1", Session(request))
    stored = load_session(store, session_id, "u_1")
    assert stored.request.topics == ("sprachfoerderung",)
    assert "Leon" not in stored.request.text and "2345678" not in stored.request.text
    assert load_session(store, session_id, "u_2") is None  # another user's button finds nothing
    later = dt.datetime.now(dt.UTC) + dt.timedelta(days=31)
    assert purge_sessions(store, now=later) == 1


def test_an_invite_works_once(state_path):
    store = StateStore(state_path)
    (code,) = create_invites(store, "u_admin")
    assert redeem_invite(store, code.lower(), "u_1")
    assert not redeem_invite(store, code, "u_2")
    assert not redeem_invite(store, "NOPE2345", "u_3")


def test_access_modes():
    admitted, stranger = Profile("u", admitted=True), Profile("v")
    invite = Settings(access="invite", admins=frozenset({1}))
    assert may_use(invite, 2, admitted) and not may_use(invite, 3, stranger)
    assert may_use(invite, 1, stranger)  # admins need no invitation
    allowlist = Settings(access="allowlist", allowlist=frozenset({7}))
    assert may_use(allowlist, 7, stranger) and not may_use(allowlist, 8, admitted)
    assert may_use(Settings(access="open"), 9, stranger)


def test_the_flood_limit_is_per_user_and_slides():
    limit = FloodLimit(limit=3, period=10)
    assert all(limit.allow("a", now=t) for t in (0, 1, 2))
    assert not limit.allow("a", now=3) and limit.allow("b", now=3)
    assert limit.allow("a", now=10.5)
    assert limit.should_warn("a", now=3) and not limit.should_warn("a", now=4)


def test_gap_filters_from_command_arguments(catalogue):
    today = dt.date(2026, 6, 30)
    assert parse_filter(["Kamen"], catalogue, today).municipality == "kamen"
    assert parse_filter(["30"], catalogue, today).since == dt.date(2026, 5, 31)
    month = parse_filter(["unna", "2026-02"], catalogue, today)
    assert (month.municipality, month.since, month.until) == (
        "unna",
        dt.date(2026, 2, 1),
        dt.date(2026, 2, 28),
    )
    span = parse_filter(["2026-01-01", "2026-03-31"], catalogue, today)
    assert (span.since, span.until) == (dt.date(2026, 1, 1), dt.date(2026, 3, 31))


@pytest.mark.parametrize("transport", ["httpx", "aiohttp"])
def test_timeouts_are_retried(transport):
    async def scenario() -> int:
        api = FakeBotApi()
        base_url = await api.start()
        api.stall("sendMessage", 0.5)
        request = make_request(connection_pool_size=2, read_timeout=0.2, connect_timeout=0.2,
                               policy=RetryPolicy(backoff=0.01), transport=transport)
        try:
            async with Bot(api.token, base_url=base_url, request=request) as bot:
                await bot.send_message(1, "hallo")
        finally:
            await api.stop()
        return api.count("sendMessage")

    # the fake drops the attempt the client gave up on (as an unprocessed call): the retry arrives
    assert asyncio.run(scenario()) == 1


def test_without_a_token_run_points_to_the_console_chat(capsys):
    args = argparse.Namespace(webhook=None)
    assert run_bot(args, Settings(telegram_token=None)) == 2
    assert "python -m bot chat" in capsys.readouterr().err


def test_the_invite_command_prints_working_codes(settings, capsys):
    run_invite(argparse.Namespace(count=2, bot="@lotse_bot"), settings)
    lines = capsys.readouterr().out.split("\n")
    code = lines[0].split()[0]
    assert "https://t.me/lotse_bot?start=i_" in lines[1]
    assert redeem_invite(StateStore(settings.state), code, "u_new")


def test_the_health_check_reads_the_heartbeat(settings):
    assert not healthy(settings)
    (settings.state.parent / "heartbeat").write_text(dt.datetime.now(dt.UTC).isoformat())
    assert healthy(settings)
    assert not healthy(settings, now=dt.datetime.now(dt.UTC) + dt.timedelta(minutes=5))


def test_every_telegram_message_has_a_german_translation():
    from babel.messages.extract import extract_from_dir

    wanted = {
        message[0] if isinstance(message, tuple) else message
        for _file, _line, message, _comments, _context in extract_from_dir(
            str(ROOT / "bot/telegram"), method_map=[("**.py", "python")]
        )
    }
    wanted.discard("")
    assert len(wanted) > 50  # the extraction really found the bot's messages
    german: dict[str, str] = {}
    for path in (ROOT / "locales/de/LC_MESSAGES").glob("*.po"):
        with path.open("rb") as handle:
            german.update({m.id if isinstance(m.id, str) else m.id[0]: m.string
                           for m in read_po(handle) if m.id})  # fmt: skip
    missing = sorted(m for m in wanted if not german.get(m))
    assert missing == []
