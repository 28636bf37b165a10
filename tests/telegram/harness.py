"""A running bot against the fake Bot API, and the moves of a user talking to it."""

from __future__ import annotations

import socket
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, replace
from itertools import count
from typing import Any

from telegram.ext import Application

from bot.bench.fakeapi.server import Call, FakeBotApi
from bot.settings import Settings
from bot.telegram.access import FloodLimit
from bot.telegram.app import Options, Webhook, build_application, start, stop
from bot.telegram.services import KEY, Lotse

ADMIN = 1000
SECRET_TOKEN = "test-webhook-secret"
FLOOD_LIMIT = 25
_user_ids = count(5000)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def new_user() -> int:
    """A fresh Telegram user id per test, so tests sharing one bot do not meet."""
    return next(_user_ids)


@dataclass
class Harness:
    api: FakeBotApi
    app: Application
    mode: str

    @property
    def lotse(self) -> Lotse:
        return self.app.bot_data[KEY]

    async def reply_to(
        self,
        update: dict[str, Any],
        chat_id: int,
        method: str = "sendMessage",
        timeout: float = 5.0,
    ) -> Call:
        """Push an update and wait for the bot's next `method` call to that chat."""
        mark = self.api.mark()
        await self.api.push(update)
        return await self.api.wait_for(method, since=mark, chat_id=chat_id, timeout=timeout)

    async def ask(self, user: int, text: str, language_code: str = "de") -> Call:
        return await self.reply_to(self.api.text(user, text, language_code), user)

    async def press(self, user: int, sent: Call, data: str, method: str = "sendMessage") -> Call:
        return await self.reply_to(self.api.callback(user, sent, data), user, method)


@asynccontextmanager
async def running_bot(
    settings: Settings, mode: str = "polling", options: Options | None = None
) -> AsyncIterator[Harness]:
    """Start the fake API and the real Application (polling or webhook) in this event loop."""
    api = FakeBotApi()
    base_url = await api.start()
    settings = replace(
        settings, telegram_token=api.token, telegram_base_url=base_url, admins=frozenset({ADMIN})
    )
    options = options or Options(
        flood=FloodLimit(FLOOD_LIMIT, 60.0), read_timeout=2.0, connect_timeout=2.0
    )
    app = build_application(settings, options)
    webhook = None
    if mode == "webhook":
        port = free_port()
        webhook = Webhook(
            url=f"http://127.0.0.1:{port}/telegram",
            port=port,
            url_path="telegram",
            secret_token=SECRET_TOKEN,
        )
    await start(app, webhook=webhook, poll_timeout=1)
    try:
        yield Harness(api, app, mode)
    finally:
        await stop(app)
        await api.stop()
