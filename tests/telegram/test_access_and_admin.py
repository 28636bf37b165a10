"""End to end in invite mode: invitations, admin and privacy commands, language, flood limit."""

from __future__ import annotations

import asyncio
import json

import pytest
import pytest_asyncio

from bot.gaps.log import record_gap
from bot.models import AgeRange, Answer, GapReason, Request
from bot.privacy import pseudonymise
from bot.settings import Settings
from bot.telegram.store import USERS, load_profile
from tests.conftest import SHIPPED_DB
from tests.telegram.harness import ADMIN, FLOOD_LIMIT, new_user, running_bot

pytestmark = pytest.mark.asyncio(loop_scope="module")


@pytest_asyncio.fixture(scope="module", loop_scope="module")
async def bot(tmp_path_factory):
    state = tmp_path_factory.mktemp("invite") / "state.db"
    settings = Settings(catalogue=SHIPPED_DB, state=state, secret="test-secret", access="invite")
    async with running_bot(settings) as harness:
        yield harness


async def invited(bot) -> int:
    """A new user who redeemed an invitation from the admin."""
    invitation = await bot.ask(ADMIN, "/einladen")
    code = invitation.text.split("start=i_")[1].split()[0]
    user = new_user()
    await bot.ask(user, f"/start i_{code}")
    return user


async def test_strangers_are_asked_for_an_invitation(bot):
    user = new_user()
    reply = await bot.ask(user, "Sprachförderung in Kamen")
    assert "Einladung" in reply.text or "invitation" in reply.text
    assert "Angebote" not in reply.text


async def test_an_invitation_admits_once(bot):
    invitation = await bot.ask(ADMIN, "/einladen")
    code = invitation.text.split("start=i_")[1].split()[0]
    assert "https://t.me/lotse_test_bot?start=i_" in invitation.text
    first, second = new_user(), new_user()
    welcome = await bot.ask(first, f"/start i_{code}")
    assert welcome.buttons()  # the onboarding asks for the role
    answer = await bot.ask(first, "Sprachförderung für eine 3-Jährige in Kamen-Methler")
    assert "Logopädie Kaiserau" in answer.text
    refused = await bot.ask(second, f"/start i_{code}")
    assert "Logopädie" not in refused.text and not refused.buttons()
    assert not load_profile(bot.lotse.store, pseudonymise(second, "test-secret")).admitted


async def test_a_code_typed_as_text_admits(bot):
    from bot.telegram.store import create_invites

    (code,) = create_invites(bot.lotse.store, "cli")
    user = new_user()
    reply = await bot.ask(user, code.lower())
    assert reply.text  # welcome
    assert load_profile(bot.lotse.store, pseudonymise(user, "test-secret")).admitted


async def test_admin_commands_are_refused_to_members(bot):
    user = await invited(bot)
    for command in ("/einladen", "/luecken", "/luecken_export"):
        reply = await bot.ask(user, command)
        assert "reserviert" in reply.text or "reserved" in reply.text


async def test_onboarding_sets_role_and_default_place(bot):
    user = await invited(bot)
    welcome = bot.api.calls[-1]
    assert welcome.button(data_prefix="R:kita")
    towns = await bot.press(user, welcome, "R:kita")
    districts = await bot.press(user, towns, "H:kamen")
    done = await bot.press(user, districts, "H:kamen-methler:=")
    assert "Methler" in done.text
    profile = load_profile(bot.lotse.store, pseudonymise(user, "test-secret"))
    assert (profile.role, profile.default_place) == ("kita", "kamen-methler")
    answer = await bot.ask(user, "Sprachförderung für eine 3-Jährige")
    assert "Methler" in answer.text.split("\n")[0]  # the default place filled the gap


async def test_language_follows_telegram_and_the_users_choice(bot):
    user = await invited(bot)
    english = await bot.ask(user, "/hilfe", language_code="en")
    assert "Describe the child" in english.text
    german = await bot.ask(user, "/hilfe", language_code="de")
    assert "Beschreiben Sie" in german.text
    menu = await bot.ask(user, "/sprache")
    await bot.press(user, menu, "L:en", "editMessageText")
    chosen = await bot.ask(user, "/hilfe", language_code="de")
    assert "Describe the child" in chosen.text


async def test_command_menus_are_set_per_language(bot):
    menus = {
        c.params.get("language_code"): c.params["commands"]
        for c in bot.api.calls
        if c.method == "setMyCommands" and "scope" not in c.params
    }
    assert {"de", "en", None} <= set(menus)
    assert "hilfe" in [c["command"] for c in menus["de"]]
    assert "help" in [c["command"] for c in menus["en"]]
    admin_menu = [c for c in bot.api.calls if c.method == "setMyCommands" and "scope" in c.params]
    assert admin_menu and admin_menu[0].params["scope"]["chat_id"] == ADMIN


async def test_privacy_commands_show_and_delete_the_users_data(bot):
    user = await invited(bot)
    await bot.ask(user, "Sprachförderung für eine 3-Jährige in Kamen")
    privacy = await bot.ask(user, "/datenschutz")
    assert "Pseudonym" in privacy.text or "pseudonym" in privacy.text
    mark = bot.api.mark()
    await bot.api.push(bot.api.text(user, "/meine_daten"))
    document = await bot.api.wait_for("sendDocument", since=mark, chat_id=user)
    data = json.loads(document.files["document"])
    assert data["user"] == pseudonymise(user, "test-secret")
    assert data["data"]["telegram_sessions"] and str(user) not in json.dumps(data)
    confirm = await bot.ask(user, "/loeschen")
    done = await bot.press(user, confirm, "D:yes", "editMessageText")
    assert any(ch.isdigit() for ch in done.text)
    assert not bot.lotse.store.db[USERS].count_where("user = ?", [data["user"]])


async def test_gap_report_commands_for_admins(bot):
    pytest.importorskip("bot.gaps.summary")
    store = bot.lotse.store
    request = Request(
        "Schwimmkurs Selm", age=AgeRange(72, 83), place="selm", topics=("sprachfoerderung",)
    )
    record_gap(
        store, Answer(request, gap=GapReason.NOT_HERE), bot.lotse.assistant.catalogue.gazetteer
    )
    mark = bot.api.mark()
    await bot.api.push(bot.api.text(ADMIN, "/luecken selm 30"))
    summary = await bot.api.wait_for("sendMessage", since=mark, chat_id=ADMIN, timeout=15)
    assert summary.text.startswith("<pre>")
    photo = await bot.api.wait_for("sendPhoto", since=mark, chat_id=ADMIN, timeout=15)
    assert photo.files["photo"].startswith(b"\x89PNG")
    mark = bot.api.mark()
    await bot.api.push(bot.api.text(ADMIN, "/luecken_export"))
    export = await bot.api.wait_for("sendDocument", since=mark, chat_id=ADMIN, timeout=15)
    assert export.files["document"].startswith(b"PK")  # an XLSX is a zip file


async def test_the_flood_limit_slows_down_one_user_only(bot):
    user, other = await invited(bot), await invited(bot)
    mark = bot.api.mark()
    for _ in range(FLOOD_LIMIT + 3):
        await bot.api.push(bot.api.text(user, "/hilfe"))
    await bot.api.wait_until(
        lambda: (
            sum(1 for c in bot.api.calls[mark:] if c.chat_id == user and c.method == "sendMessage")
            >= FLOOD_LIMIT
        )
    )
    await asyncio.sleep(0.3)
    sent = [c.text for c in bot.api.calls[mark:] if c.chat_id == user and c.method == "sendMessage"]
    warnings = [t for t in sent if "Minute" in t or "minute" in t]
    assert len(warnings) == 1  # told once, then silence
    assert len(sent) <= FLOOD_LIMIT + 1
    assert (await bot.ask(other, "/hilfe")).text  # others are not affected
