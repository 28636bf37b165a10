"""Fixtures for the web channel: the real aiohttp application on a test server, per test."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from dataclasses import replace
from pathlib import Path

import pytest_asyncio
from aiohttp.test_utils import TestClient, TestServer

from bot.assistant import Assistant
from bot.settings import Settings
from bot.telegram.store import create_invites
from bot.web.app import make_app

ADMIN_CODE = "planung-geheim-42"

MakeClient = Callable[..., "AsyncIterator[TestClient]"]


def web_settings(state: Path, **changes: object) -> Settings:
    base = Settings(catalogue=Path(__file__).resolve().parents[2] / "catalogue.db", state=state,
                    secret="test-secret", access="invite",
                    web_admin_codes=frozenset({ADMIN_CODE}))  # fmt: skip
    return replace(base, **changes)  # type: ignore[arg-type]


@pytest_asyncio.fixture
async def make_client(tmp_path: Path):  # type: ignore[no-untyped-def]
    """Start the application with given settings; every client is closed after the test."""
    clients: list[TestClient] = []
    assistants: list[Assistant] = []

    async def start(messages_per_minute: int = 30, **changes: object) -> TestClient:
        settings = web_settings(tmp_path / "state.db", **changes)
        assistant = Assistant(settings)
        assistants.append(assistant)
        app = make_app(settings, assistant, messages_per_minute=messages_per_minute)
        client = TestClient(TestServer(app))
        await client.start_server()
        clients.append(client)
        return client

    yield start
    for client in clients:
        await client.close()
    for assistant in assistants:
        assistant.close()


def invite(state: Path, count: int = 1) -> list[str]:
    """Codes as `python -m bot invite` makes them."""
    from bot.state import StateStore

    store = StateStore(state)
    try:
        return create_invites(store, None, count)
    finally:
        store.close()
