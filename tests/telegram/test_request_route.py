"""The aiohttp transport honours the environment's proxy settings, looked up once per origin."""

from __future__ import annotations

import pytest

from bot.telegram.request import AiohttpRequest


def test_proxy_from_environment_and_no_proxy(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HTTPS_PROXY", "http://proxy.example:3128")
    monkeypatch.setenv("NO_PROXY", "127.0.0.1,localhost")
    monkeypatch.setenv("NETRC", "/nonexistent/netrc")
    request = AiohttpRequest()
    route = request._route("https://api.telegram.org/bot123:abc/sendMessage")
    assert str(route["proxy"]) == "http://proxy.example:3128"
    assert request._route("http://127.0.0.1:8081/bot123:abc/getUpdates") == {}


def test_route_is_remembered_per_origin(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NETRC", "/nonexistent/netrc")
    monkeypatch.delenv("HTTPS_PROXY", raising=False)
    monkeypatch.delenv("https_proxy", raising=False)
    request = AiohttpRequest()
    first = request._route("https://api.telegram.org/bot1/getMe")
    monkeypatch.setenv("HTTPS_PROXY", "http://later.example:3128")  # read once, at the first call
    assert request._route("https://api.telegram.org/bot1/sendMessage") is first
    assert "proxy" not in first
