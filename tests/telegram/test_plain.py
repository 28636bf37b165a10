"""The bot's own `ExtBot` changes how fast, never what: requests serialise exactly as PTB would,
and only the echo of the bot's own messages is left unparsed."""

from __future__ import annotations

import datetime as dt

import pytest
from telegram import (
    Animation,
    BotCommand,
    BotCommandScopeChat,
    ChatInviteLink,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    InlineQueryResultArticle,
    InlineQueryResultsButton,
    InputTextMessageContent,
    KeyboardButton,
    LinkPreviewOptions,
    Message,
    ReplyKeyboardMarkup,
    ReplyKeyboardRemove,
    TelegramObject,
    Update,
    User,
)
from telegram.constants import ParseMode

from bot.dialogue import Session
from bot.telegram import keyboards as kb
from bot.telegram.inline import shared_keyboard
from bot.telegram.leanbot import ECHOED, _trim_update, without_echo
from bot.telegram.plain import plain, plain_parameter

REQUESTS = (
    "Sprachförderung für ein 3-jähriges Kind in Methler",
    "Elternkurs in Unna",
    "Kind 11 zockt bis nachts, was gibt es in Kamen?",
    "Beratung bei Schreibaby",
    "Hilfe bei Mobbing",  # no age, no place: the question's buttons
)
USER = User(7, "Fachkraft", False, language_code="de")
SENT = {
    "message_id": 41, "date": 1_700_000_000, "chat": {"id": 7, "type": "private"},
    "from": {"id": 9, "is_bot": True, "first_name": "Lotse", "username": "lotse_bot"},
    "text": "Drei Angebote", "entities": [{"type": "bold", "offset": 0, "length": 4}],
    "link_preview_options": {"is_disabled": True},
    "reply_markup": {"inline_keyboard": [[{"text": "ℹ️ 1", "callback_data": "d:KRS-013"}]]},
}  # fmt: skip


def _fixed_objects() -> list[TelegramObject]:
    article = InlineQueryResultArticle(
        id="KRS-013", title="Elternkurs", description="Kreis · 0–3 J.",
        input_message_content=InputTextMessageContent("<b>Elternkurs</b>",
                                                      parse_mode=ParseMode.HTML),
        reply_markup=shared_keyboard("KRS-013", "lotse_bot"),
    )  # fmt: skip
    location = KeyboardButton("📍 Standort senden", request_location=True)
    return [
        LinkPreviewOptions(is_disabled=True),
        ReplyKeyboardMarkup([[location]], resize_keyboard=True, one_time_keyboard=True),
        ReplyKeyboardRemove(),
        BotCommand("hilfe", "wie man fragt"),
        BotCommandScopeChat(1000),
        InlineQueryResultsButton(text="Erst den Bot starten", start_parameter="inline"),
        article,
        kb.role_keyboard(), kb.language_keyboard(), kb.delete_keyboard(),
        kb.offer_keyboard("KRS-013"),
        InlineKeyboardMarkup([[InlineKeyboardButton("x", callback_data="y")]],
                             api_kwargs={"future_field": 1}),
        ChatInviteLink("https://t.me/+abc", USER, False, False, False,
                       expire_date=dt.datetime(2027, 1, 1, tzinfo=dt.UTC)),
        Animation("f", "u", 320, 240, dt.timedelta(seconds=3)),  # a timedelta, deprecated slot
        Message.de_json(SENT, None),  # nested objects, "from", entities
    ]  # fmt: skip


def _same(obj: TelegramObject) -> None:
    expected = obj.to_dict()
    got = plain(obj)
    assert got == expected
    assert list(got) == list(expected)  # the same order of keys, so the same JSON text


@pytest.mark.parametrize("obj", _fixed_objects(), ids=lambda o: type(o).__name__)
def test_plain_builds_what_ptb_builds(obj):
    _same(obj)


def test_plain_builds_every_answer_keyboard_as_ptb_does(assistant, catalogue):
    for text in REQUESTS:
        answer, _session = assistant.respond(text, Session(), channel="telegram", user="u")
        markup = kb.answer_keyboard(answer, "s3ss10n-1d", catalogue, "unna")
        assert markup is not None
        _same(markup)
    _same(kb.home_keyboard(catalogue))
    _same(kb.home_keyboard(catalogue, "unna"))


def test_files_and_plain_values_reach_ptb_unchanged():
    files = [object()]
    assert plain_parameter("text") == "text"
    assert plain_parameter(files) is files
    assert plain_parameter(7) == 7
    assert plain_parameter([BotCommand("a", "b")]) == [{"command": "a", "description": "b"}]


def test_the_echo_of_a_sent_message_is_dropped_and_its_identity_kept():
    lean = without_echo(SENT)
    assert not set(ECHOED) & set(lean)
    message = Message.de_json(lean, None)
    assert (message.message_id, message.chat.id, message.text) == (41, 7, "Drei Angebote")
    assert without_echo(True) is True


def test_a_tap_keeps_what_the_user_sent_and_the_message_it_was_on():
    tap = {"update_id": 5, "callback_query": {
        "id": "9", "from": USER.to_dict(), "chat_instance": "c", "data": "d:KRS-013",
        "message": SENT}}  # fmt: skip
    update = Update.de_json(_trim_update(tap), None)
    query = update.callback_query
    assert query is not None and isinstance(query.message, Message)
    assert (query.data, query.message.message_id, query.message.chat.id) == ("d:KRS-013", 41, 7)
    assert query.message.reply_markup is None
    assert SENT["reply_markup"]  # the update as it came is left alone
    text = {"update_id": 6, "message": {**SENT, "from": USER.to_dict()}}
    assert _trim_update(text) is text  # what a user sent is never trimmed


def test_a_shared_offer_button_is_the_button_built_afresh():
    fresh = InlineKeyboardButton("ℹ️ 2", callback_data=kb.data(kb.DETAILS, "KRS-013"))
    shared = kb.offer_button("ℹ️ 2", kb.DETAILS, "KRS-013")
    assert shared.to_dict() == fresh.to_dict()
    assert kb.offer_button("ℹ️ 2", kb.DETAILS, "KRS-013") is shared  # built once
