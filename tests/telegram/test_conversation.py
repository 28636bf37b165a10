"""End to end: the real Application against the fake Bot API, in polling and in webhook mode.

One bot per mode serves the whole module (each test talks as a new user), which keeps the suite
fast while every request still travels over HTTP through PTB's real machinery.
"""

from __future__ import annotations

import asyncio
import json

import aiohttp
import pytest
import pytest_asyncio

from bot.bench.fakeapi.server import Call
from bot.dialogue import Session
from bot.gaps.log import all_gaps
from bot.models import AgeRange
from bot.privacy import pseudonymise
from bot.reports import open_reports
from bot.settings import Settings
from bot.telegram.store import load_profile, load_session
from tests.conftest import SHIPPED_DB
from tests.telegram.harness import ADMIN, new_user, running_bot

pytestmark = pytest.mark.asyncio(loop_scope="module")


@pytest_asyncio.fixture(scope="module", loop_scope="module", params=["polling", "webhook", "core"])
async def bot(request, tmp_path_factory):
    """Polling and webhook with the core's work in threads; "core": polling with the core's work
    in a core process (`LOTSE_CORE_PROCESSES=1`, the default on two CPUs or more)."""
    state = tmp_path_factory.mktemp(request.param) / "state.db"
    settings = Settings(catalogue=SHIPPED_DB, state=state, secret="test-secret", access="open",
                        core_processes=1 if request.param == "core" else 0)  # fmt: skip
    mode = "polling" if request.param == "core" else request.param
    async with running_bot(settings, mode) as harness:
        assert harness.lotse.core is not None
        assert harness.lotse.core.running == (request.param == "core")
        yield harness


def session_of(bot, user: int) -> Session:
    store = bot.lotse.store
    pseudonym = pseudonymise(user, "test-secret")
    return load_session(store, load_profile(store, pseudonym).last_session, pseudonym)


def callback_data(call: Call) -> list[str]:
    return [b["callback_data"] for b in call.buttons() if "callback_data" in b]


def assert_telegram_limits(call: Call) -> None:
    assert len(call.text) <= 4096
    assert all(1 <= len(data.encode()) <= 64 for data in callback_data(call))


async def test_a_request_is_answered_with_fitting_offers(bot):
    user = new_user()
    reply = await bot.ask(user, "Sprachförderung für eine 3-Jährige in Kamen-Methler")
    assert "Praxis für Logopädie Kaiserau" in reply.text
    assert reply.params["parse_mode"] == "HTML"
    assert any(d.startswith("d:KAM-050") for d in callback_data(reply))  # details of the card
    assert_telegram_limits(reply)


async def test_an_answer_is_a_short_list_with_details_behind_a_button(bot):
    user = new_user()
    reply = await bot.ask(user, "Sprachförderung für eine 3-Jährige in Kamen-Methler")
    lines = [line for line in reply.text.split("\n") if line.startswith("<b>") and ".</b>" in line]
    assert lines and all(line.count(" · ") == 2 for line in lines)  # name · for whom · where
    assert "Telefon" not in reply.text and "Träger" not in reply.text  # no full cards
    [number] = [b["text"] for b in reply.buttons() if b.get("callback_data") == "d:KAM-050"]
    card = await bot.press(user, reply, "d:KAM-050")
    assert "Praxis für Logopädie Kaiserau" in card.text and "Telefon" in card.text
    assert any(d.startswith("r:KAM-050") for d in callback_data(card))  # report from the card
    assert_telegram_limits(card)
    typed = await bot.ask(user, f"d {number.split()[-1]}")  # the same card, asked in words
    assert typed.text == card.text


async def test_unreadable_text_mid_conversation_is_not_a_replay(bot):
    user = new_user()
    await bot.ask(user, "Sprachförderung für eine 3-Jährige in Kamen-Methler")
    reply = await bot.ask(user, "???")
    assert "Kaiserau" not in reply.text and "Verstanden" not in reply.text
    assert "nicht lesen" in reply.text


@pytest.mark.parametrize("thanks", ["danke", "👍", "Vielen lieben Dank!", "спасибо"])
async def test_thanks_gets_a_short_reply_without_the_last_answers_buttons(bot, thanks):
    user = new_user()
    first = await bot.ask(user, "Erziehungsberatung im Kreis Unna, Kind 6")
    assert any(d.startswith("d:") for d in callback_data(first))
    before = session_of(bot, user)
    reply = await bot.ask(user, thanks)
    assert "Gern geschehen" in reply.text and "Verstanden" not in reply.text
    assert reply.buttons() == [] and "reply_markup" not in reply.params  # nothing to tap here
    assert session_of(bot, user) == before  # the case stays where it was
    more = first.button(data_prefix="m:")["callback_data"]
    paged = await bot.press(user, first, more)
    assert "(6–9)" in paged.text  # the first answer's buttons still page its list


async def test_not_knowing_the_age_keeps_the_list_and_asks_no_more(bot):
    user = new_user()
    asked = await bot.ask(user, "Sprachförderung für ein Kind in Kamen")
    assert any(d.startswith("a:") for d in callback_data(asked))
    reply = await bot.ask(user, "weiß ich leider nicht")
    assert "Liste oben" in reply.text and reply.buttons() == []
    later = await bot.ask(user, "4")
    assert session_of(bot, user).request.age == AgeRange(48, 59)
    assert "4 Jahre" in later.text


async def test_an_age_button_refines_the_answer_in_place(bot):
    user = new_user()
    reply = await bot.ask(user, "Sprachförderung in Kamen")
    age_button = reply.button(data_prefix="a:", text="3–6")
    edited = await bot.press(user, reply, age_button["callback_data"], "editMessageText")
    assert edited.params["message_id"] == reply.result["message_id"]
    assert session_of(bot, user).request.age == AgeRange(36, 71)
    assert not any(d.startswith("a:") for d in callback_data(edited))  # the age is known now
    assert bot.api.count("answerCallbackQuery") >= 1
    assert_telegram_limits(edited)


async def test_a_district_button_resolves_an_ambiguous_place(bot):
    user = new_user()
    reply = await bot.ask(user, "Elternkurs in Stockum")
    button = reply.button(data_prefix="p:", text="Werne")
    edited = await bot.press(user, reply, button["callback_data"], "editMessageText")
    assert "Stockum (Werne)" in edited.text


async def test_a_repeated_tap_is_not_an_error(bot):
    user = new_user()
    reply = await bot.ask(user, "Sprachförderung in Kamen")
    data = reply.button(data_prefix="a:", text="3–6")["callback_data"]
    await bot.press(user, reply, data, "editMessageText")
    mark = bot.api.mark()
    await bot.press(user, reply, data, "editMessageText")  # Telegram: "message is not modified"
    await asyncio.sleep(0.3)
    sent = [c for c in bot.api.calls[mark:] if c.method == "sendMessage" and c.chat_id == user]
    assert sent == []  # no apology: nothing went wrong


async def test_more_shows_the_next_page(bot):
    user = new_user()
    reply = await bot.ask(user, "Elternkurs im Kreis Unna")
    more = reply.button(data_prefix="m:")
    page_two = await bot.press(user, reply, more["callback_data"])
    assert "<b>6.</b> " in page_two.text


async def test_a_follow_up_keeps_the_need(bot):
    user = new_user()
    await bot.ask(user, "Sprachförderung für eine 3-Jährige in Kamen")
    reply = await bot.ask(user, "und in Unna?")
    understood = reply.text.split("\n")[0]
    assert "Unna" in understood and "Kamen" not in understood


async def test_inline_mode_shares_offer_cards(bot):
    user = new_user()
    mark = bot.api.mark()
    await bot.api.push(bot.api.inline_query(user, "Sprachförderung Methler 3 Jahre"))
    call = await bot.api.wait_for("answerInlineQuery", since=mark)
    results = call.params["results"]
    assert 1 <= len(results) <= 50
    assert results[0]["id"] == "KAM-050"
    content = results[0]["input_message_content"]
    assert "Kaiserau" in content["message_text"] and content["parse_mode"] == "HTML"
    link = results[0]["reply_markup"]["inline_keyboard"][0][0]["url"]
    assert link.endswith("?start=o_KAM-050")


async def test_a_location_refines_the_last_request(bot):
    user = new_user()
    await bot.ask(user, "Sprachförderung für eine 3-Jährige")
    reply = await bot.reply_to(bot.api.location(user, 51.5746, 7.6099), user)
    assert "Methler" in reply.text.split("\n")[0]
    assert "Logopädie Kaiserau" in reply.text


async def test_a_location_alone_lists_the_nearest_offers(bot):
    user = new_user()
    reply = await bot.reply_to(bot.api.location(user, 51.5746, 7.6099), user)
    assert "Methler" in reply.text
    assert "km" in reply.text
    assert callback_data(reply)[0].startswith("d:")


async def test_a_deep_link_opens_an_offer(bot):
    user = new_user()
    reply = await bot.ask(user, "/start o_KAM-050")
    assert "Praxis für Logopädie Kaiserau" in reply.text
    assert "Laute verwechseln" in reply.text  # the full card, with description
    assert any(d == "r:KAM-050" for d in callback_data(reply))


async def test_not_helpful_lands_in_the_gap_log(bot):
    user = new_user()
    reply = await bot.ask(user, "Sprachförderung für eine 3-Jährige in Kamen-Methler")
    mark = bot.api.mark()
    await bot.api.push(
        bot.api.callback(user, reply, reply.button(data_prefix="x:")["callback_data"])
    )
    await bot.api.wait_for("answerCallbackQuery", since=mark)
    store = bot.lotse.store
    pseudonym = pseudonymise(user, "test-secret")

    def logged() -> list:
        return [g for g in all_gaps(store) if g.user == pseudonym and g.reason == "not_helpful"]

    for _ in range(50):
        if logged():
            break
        await asyncio.sleep(0.05)
    entry = logged()[0]
    assert entry.channel == "telegram" and entry.topics == ("sprachfoerderung",)
    rows = json.dumps(list(store.db["gaps"].rows))
    assert str(user) not in rows  # only the pseudonym is stored


async def test_reporting_an_offer_queues_it_for_the_curators(bot):
    user = new_user()
    reply = await bot.ask(user, "/start o_KAM-050")
    mark = bot.api.mark()
    await bot.api.push(bot.api.callback(user, reply, "r:KAM-050"))
    answered = await bot.api.wait_for("answerCallbackQuery", since=mark)
    assert answered.params.get("text")
    pseudonym = pseudonymise(user, "test-secret")
    for _ in range(50):
        reports = [r for r in open_reports(bot.lotse.store) if r["user"] == pseudonym]
        if reports:
            break
        await asyncio.sleep(0.05)
    assert [r["offer_id"] for r in reports] == ["KAM-050"]


async def test_an_admin_command_is_refused_politely(bot):
    user = new_user()
    reply = await bot.ask(user, "/luecken")
    assert "reserviert" in reply.text or "reserved" in reply.text
    assert user != ADMIN


async def test_a_429_is_survived(bot):
    user = new_user()
    bot.api.fail("sendMessage", times=1, retry_after=1)
    reply = await bot.ask(user, "/hilfe")
    assert "@lotse_test_bot" in reply.text
    failed = [
        c
        for c in bot.api.calls
        if c.method == "sendMessage" and c.result and c.result.get("error_code") == 429
    ]
    assert failed


async def test_a_crashing_handler_is_answered_politely(bot, monkeypatch):
    if bot.lotse.core.running:
        pytest.skip("the core process has its own assistant: tests/telegram/test_core_processes")
    user = new_user()
    assistant = bot.lotse.assistant

    def crash(*args, **kwargs):
        raise RuntimeError("boom")

    monkeypatch.setattr(assistant, "respond", crash)
    reply = await bot.ask(user, "Sprachförderung in Kamen")
    assert "schiefgegangen" in reply.text or "went wrong" in reply.text
    monkeypatch.undo()
    again = await bot.ask(user, "Sprachförderung für eine 3-Jährige in Kamen-Methler")
    assert "Logopädie Kaiserau" in again.text  # the bot kept running


async def test_webhook_requests_without_the_secret_are_rejected(bot):
    if bot.mode != "webhook":
        pytest.skip("webhook only")
    async with aiohttp.ClientSession() as session:
        update = {"update_id": 999999, **bot.api.text(new_user(), "/hilfe")}
        async with session.post(bot.api.webhook["url"], json=update) as response:
            assert response.status == 403


async def test_a_question_about_the_list_is_answered_from_its_cards(bot):
    user = new_user()
    await bot.ask(user, "Lernförderung für ein Kind, 8 Jahre, Unna")
    before = session_of(bot, user)
    reply = await bot.ask(user, "ist das kostenlos?")
    assert "Was die gezeigten Angebote kosten" in reply.text and "Verstanden" not in reply.text
    assert "1. Lerntreff Unna: " in reply.text
    assert session_of(bot, user) == before  # the case stays where it was
    assert_telegram_limits(reply)
    assert [d for d in callback_data(reply) if d.startswith("d:UNA-021")]  # the cards spoken of
    card = await bot.press(user, reply, "d:UNA-021")
    assert "Lerntreff Unna" in card.text and "Telefon" in card.text


async def test_a_place_outside_the_kreis_keeps_the_place_question_open(bot):
    user = new_user()
    await bot.ask(user, "Sprachförderung für ein Kind, 4")
    reply = await bot.ask(user, "aus Dortmund")
    assert "kenne ich im Kreis Unna nicht" in reply.text and "Verstanden" not in reply.text
    assert session_of(bot, user).asked == "place"
    later = await bot.ask(user, "Kamen")
    assert "Kamen" in later.text and session_of(bot, user).request.place == "kamen"


async def test_a_bare_new_case_marker_forgets_the_family_but_old_buttons_keep_theirs(bot):
    user = new_user()
    first = await bot.ask(user, "Erziehungsberatung im Kreis Unna, Kind 6")
    reply = await bot.ask(user, "Neuer Fall")
    assert "neuer Fall" in reply.text and "Verstanden" not in reply.text
    assert session_of(bot, user).request is None
    later = await bot.ask(user, "Krabbelgruppe")
    assert "Alter aus der vorigen Anfrage" not in later.text
    assert session_of(bot, user).request.age is None
    paged = await bot.press(user, first, first.button(data_prefix="m:")["callback_data"])
    assert "(6–9)" in paged.text  # the first answer's buttons still page its own list
