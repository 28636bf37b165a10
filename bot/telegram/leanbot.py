"""The bot's `ExtBot`: it does not parse back what it wrote itself.

Telegram answers every `sendMessage` and `editMessageText` with the whole message, and every
tapped button arrives with the whole message it sits under: the bot's own answer, its keyboard
echoed button by button, and (from the real Telegram) one entity per bold word and link of its
HTML. PTB turns all of that into frozen objects, attribute by attribute: in `bench telegram` the
echoed keyboards alone cost about as much as the incoming update. Nothing in the bot reads them
back — a sent message is only ever edited by its id, and a tapped message only tells the chat
and the message id — so they are dropped from the JSON before PTB parses it. What the user sent
(their text, location, the button's data) is never touched, nor is any other result.
"""

from __future__ import annotations

from typing import Any

from telegram._utils.defaultvalue import DEFAULT_NONE
from telegram._utils.types import JSONDict, ODVInput
from telegram.ext import ExtBot

from bot.telegram.plain import plain_parameter

# What the bot itself wrote into a message of its own; no handler reads it back.
ECHOED = ("reply_markup", "entities", "caption_entities", "link_preview_options")
# Methods whose result is the message the bot just sent or edited.
SENDS = frozenset({"sendMessage", "editMessageText", "editMessageReplyMarkup",
                   "editMessageCaption", "sendDocument", "sendPhoto"})  # fmt: skip


def without_echo(message: Any) -> Any:
    """A message of the bot's own without what the bot wrote into it (others pass as they are)."""
    if isinstance(message, dict) and any(key in message for key in ECHOED):
        return {key: value for key, value in message.items() if key not in ECHOED}
    return message


def _trim_update(update: Any) -> Any:
    """An update whose tapped message (always one of the bot's own) carries no echo."""
    if isinstance(update, dict):
        query = update.get("callback_query")
        if isinstance(query, dict) and "message" in query:
            trimmed = {**query, "message": without_echo(query["message"])}
            return {**update, "callback_query": trimmed}
    return update


class LeanBot(ExtBot[None]):
    """`ExtBot` that serialises its requests faster (`bot.telegram.plain`) and drops the echo of
    the bot's own messages before PTB parses them."""

    async def _do_post(
        self,
        endpoint: str,
        data: JSONDict,
        *,
        read_timeout: ODVInput[float] = DEFAULT_NONE,
        write_timeout: ODVInput[float] = DEFAULT_NONE,
        connect_timeout: ODVInput[float] = DEFAULT_NONE,
        pool_timeout: ODVInput[float] = DEFAULT_NONE,
    ) -> Any:
        # the defaults are in `data` by now; what PTB would turn into dictionaries is already
        data = {key: plain_parameter(value) for key, value in data.items()}
        return await super()._do_post(
            endpoint, data, read_timeout=read_timeout, write_timeout=write_timeout,
            connect_timeout=connect_timeout, pool_timeout=pool_timeout,
        )  # fmt: skip

    async def _post(
        self,
        endpoint: str,
        data: JSONDict | None = None,
        *,
        read_timeout: ODVInput[float] = DEFAULT_NONE,
        write_timeout: ODVInput[float] = DEFAULT_NONE,
        connect_timeout: ODVInput[float] = DEFAULT_NONE,
        pool_timeout: ODVInput[float] = DEFAULT_NONE,
        api_kwargs: JSONDict | None = None,
    ) -> Any:
        result = await super()._post(
            endpoint, data, read_timeout=read_timeout, write_timeout=write_timeout,
            connect_timeout=connect_timeout, pool_timeout=pool_timeout, api_kwargs=api_kwargs,
        )  # fmt: skip
        if endpoint in SENDS:
            return without_echo(result)
        if endpoint == "getUpdates" and isinstance(result, list):
            return [_trim_update(update) for update in result]
        return result
