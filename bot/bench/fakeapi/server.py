"""A small fake Telegram Bot API server (aiohttp) for end-to-end tests and the benchmark.

The real `telegram.ext.Application` talks to it over HTTP on 127.0.0.1, exactly as it talks to
api.telegram.org: `POST /bot<token>/<method>`. It hands out updates through `getUpdates` (long
polling) or posts them to the webhook the bot registered, records every call, keeps the messages
the bot sent (so tests can press their buttons) and can be told to fail (429) or stall.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import json
import time
from dataclasses import dataclass, field
from typing import Any

from aiohttp import ClientSession, web

from bot.bench.fakeapi.faults import Faults
from bot.bench.fakeapi.updates import IncomingUpdates

JSON_FIELDS = {
    "reply_markup",
    "results",
    "commands",
    "button",
    "link_preview_options",
    "scope",
    "allowed_updates",
    "entities",
    "reply_parameters",
    "caption_entities",
}
SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"
NOT_MODIFIED = (
    "Bad Request: message is not modified: specified new message content and reply "
    "markup are exactly the same as a current content and reply markup of the message"
)


@dataclass
class Call:
    """One Bot API request the bot made."""

    method: str
    params: dict[str, Any]
    files: dict[str, bytes] = field(default_factory=dict)
    result: Any = None

    @property
    def chat_id(self) -> int | None:
        value = self.params.get("chat_id")
        return int(value) if value is not None and str(value).lstrip("-").isdigit() else None

    @property
    def text(self) -> str:
        return str(self.params.get("text") or self.params.get("caption") or "")

    def buttons(self) -> list[dict[str, Any]]:
        markup = self.params.get("reply_markup") or {}
        return [b for row in markup.get("inline_keyboard", []) for b in row]

    def button(self, *, data_prefix: str = "", text: str = "") -> dict[str, Any]:
        """Find a button by the start of its callback_data or a part of its label."""
        for button in self.buttons():
            data = button.get("callback_data", "")
            if data_prefix and data.startswith(data_prefix) and text in button["text"]:
                return button
            if not data_prefix and text and text in button["text"]:
                return button
        raise LookupError(f"no button {data_prefix!r}/{text!r} in {self.buttons()}")


def _parse(value: str, name: str) -> Any:
    if name in JSON_FIELDS:
        return json.loads(value)
    if (
        name in ("chat_id", "message_id", "offset", "timeout", "limit")
        and value.lstrip("-").isdigit()
    ):
        return int(value)
    return value


class FakeBotApi(IncomingUpdates):
    """The fake server; create and start it inside the event loop that runs the bot."""

    def __init__(self, token: str = "123456:FAKE-TOKEN", username: str = "lotse_test_bot") -> None:
        self.token = token
        self.username = username
        self.bot_id = int(token.split(":")[0])
        self.calls: list[Call] = []
        self.messages: dict[tuple[int, int], dict[str, Any]] = {}
        self.webhook: dict[str, Any] | None = None
        self.failures: dict[str, list[dict[str, Any]]] = {}
        self.stalls: dict[str, list[float]] = {}
        self.faults: Faults | None = None
        self._updates: list[dict[str, Any]] = []
        self._update_ids = itertools.count(1)
        self._message_ids = itertools.count(1)
        self._callback_ids = itertools.count(1)
        self._runner: web.AppRunner | None = None
        self._client: ClientSession | None = None
        self._changed: asyncio.Condition | None = None
        self._has_updates: asyncio.Event | None = None
        self.port = 0

    # ---- server -------------------------------------------------------------------------
    async def start(self, host: str = "127.0.0.1", port: int = 0) -> str:
        """Start listening and return the base URL for `ApplicationBuilder().base_url()`."""
        self._changed = asyncio.Condition()
        self._has_updates = asyncio.Event()
        app = web.Application(client_max_size=50 * 1024 * 1024)
        app.router.add_route("*", "/bot{token}/{method}", self._handle)
        self._add_routes(app)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, host, port)
        await site.start()
        self.port = self._runner.addresses[0][1]
        return self.base_url

    def _add_routes(self, app: web.Application) -> None:
        """More routes beside the Bot API (see `bot.bench.fakeapi.process`)."""

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/bot"

    async def stop(self) -> None:
        if self._has_updates is not None:
            self._has_updates.set()  # end waiting long polls now, not at their timeout
        if self._client is not None:
            await self._client.close()
        if self._runner is not None:
            await self._runner.cleanup()

    async def _handle(self, request: web.Request) -> web.Response:
        if request.match_info["token"] != self.token:
            return web.json_response(
                {"ok": False, "error_code": 401, "description": "Unauthorized"}, status=401
            )
        method = request.match_info["method"]
        params, files = await self._read(request)
        if self.faults is not None and (fault := self.faults.decide(method)) is not None:
            answer = await self._inject(request, fault)
            if answer is not None:
                return answer
        stalls = self.stalls.get(method)
        if stalls and not await self._stalled(request, stalls.pop(0)):
            raise asyncio.CancelledError  # the client gave up waiting: the call is not processed
        failures = self.failures.get(method)
        if failures:
            failure = failures.pop(0)
            await self._record(Call(method, params, files, failure))
            return web.json_response(failure, status=failure["error_code"])
        if method == "getUpdates":  # polling is not recorded: it would drown the calls
            return web.json_response({"ok": True, "result": await self._get_updates(params)})
        handler = getattr(self, f"_api_{method}", None)
        result = handler(params) if handler else True
        if isinstance(result, web.Response):
            await self._record(Call(method, params, files, None))
            return result
        await self._record(Call(method, params, files, result))
        return web.json_response({"ok": True, "result": result})

    @staticmethod
    async def _stalled(request: web.Request, seconds: float) -> bool:
        """Wait `seconds` before processing; False as soon as the client has gone."""
        until = asyncio.get_running_loop().time() + seconds
        while asyncio.get_running_loop().time() < until:
            if request.transport is None or request.transport.is_closing():
                return False
            await asyncio.sleep(min(0.05, seconds))
        return request.transport is not None and not request.transport.is_closing()

    async def _inject(self, request: web.Request, fault: str) -> web.Response | None:
        """Fail this call as `fault` says; None when it is to be processed after all (slow)."""
        assert self.faults is not None
        if fault == "server_error":
            code = (500, 502, 503)[self.faults.counts["server_error"] % 3]
            return web.json_response(
                {"ok": False, "error_code": code, "description": "Internal Server Error"},
                status=code,
            )
        if fault == "rate_limit":
            return web.json_response(
                {"ok": False, "error_code": 429, "description": "Too Many Requests",
                 "parameters": {"retry_after": self.faults.retry_after}}, status=429,
            )  # fmt: skip
        if fault in ("reset", "timeout"):
            if fault == "timeout":
                await self._stalled(request, self.faults.stall_seconds)
            if request.transport is not None:
                request.transport.abort()
            raise asyncio.CancelledError  # aiohttp drops the connection without an answer
        if not await self._stalled(request, self.faults.slow_seconds):
            raise asyncio.CancelledError  # the client gave up: not processed
        return None

    async def _read(self, request: web.Request) -> tuple[dict[str, Any], dict[str, bytes]]:
        params: dict[str, Any] = {}
        files: dict[str, bytes] = {}
        if request.content_type == "application/json":
            params = dict(await request.json())
        elif request.can_read_body:
            form = await request.post()
            for name, value in form.items():
                if isinstance(value, web.FileField):
                    files[name] = value.file.read()
                    params.setdefault("filenames", {})[name] = value.filename
                else:
                    params[name] = _parse(str(value), name)
        return params, files

    async def _record(self, call: Call) -> None:
        assert self._changed is not None
        self.calls.append(call)
        async with self._changed:
            self._changed.notify_all()

    # ---- Bot API methods ----------------------------------------------------------------
    def _me(self) -> dict[str, Any]:
        return {
            "id": self.bot_id,
            "is_bot": True,
            "first_name": "Präventionslotse",
            "username": self.username,
            "can_join_groups": False,
            "can_read_all_group_messages": False,
            "supports_inline_queries": True,
        }

    def _api_getMe(self, params: dict[str, Any]) -> dict[str, Any]:
        return self._me()

    def _api_setWebhook(self, params: dict[str, Any]) -> bool:
        self.webhook = {"url": params["url"], "secret_token": params.get("secret_token")}
        return True

    def _api_deleteWebhook(self, params: dict[str, Any]) -> bool:
        self.webhook = None
        return True

    def _message(self, params: dict[str, Any], **content: Any) -> dict[str, Any]:
        chat_id = int(params["chat_id"])
        message = {
            "message_id": next(self._message_ids),
            "date": int(time.time()),
            "chat": {"id": chat_id, "type": "private" if chat_id > 0 else "group"},
            "from": self._me(),
            **content,
        }
        if params.get("reply_markup") and "inline_keyboard" in params["reply_markup"]:
            message["reply_markup"] = params["reply_markup"]
        self.messages[(chat_id, message["message_id"])] = message
        return message

    def _api_sendMessage(self, params: dict[str, Any]) -> dict[str, Any]:
        return self._message(params, text=params["text"])

    def _api_sendDocument(self, params: dict[str, Any]) -> dict[str, Any]:
        name = params.get("filenames", {}).get("document", "file")
        return self._message(
            params,
            document={"file_id": f"doc{self.port}", "file_unique_id": "d", "file_name": name},
        )

    def _api_sendPhoto(self, params: dict[str, Any]) -> dict[str, Any]:
        return self._message(
            params, photo=[{"file_id": "photo", "file_unique_id": "p", "width": 800, "height": 600}]
        )

    def _api_editMessageText(self, params: dict[str, Any]) -> dict[str, Any] | web.Response:
        key = (int(params["chat_id"]), int(params["message_id"]))
        message = self.messages.get(key)
        if message is None:
            return web.json_response(
                {
                    "ok": False,
                    "error_code": 400,
                    "description": "Bad Request: message to edit not found",
                },
                status=400,
            )
        markup = params.get("reply_markup")
        if message.get("text") == params["text"] and message.get("reply_markup") == markup:
            return web.json_response(
                {"ok": False, "error_code": 400, "description": NOT_MODIFIED}, status=400
            )
        message["text"] = params["text"]
        message["reply_markup"] = markup
        if markup is None:
            message.pop("reply_markup")
        return message

    async def _get_updates(self, params: dict[str, Any]) -> list[dict[str, Any]]:
        assert self._has_updates is not None
        offset = int(params.get("offset") or 0)
        self._updates = [u for u in self._updates if u["update_id"] >= offset]
        if not self._updates and int(params.get("timeout") or 0) > 0:
            self._has_updates.clear()
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._has_updates.wait(), float(params["timeout"]))
        limit = int(params.get("limit") or 100)
        return self._updates[:limit]

    # ---- driving the bot ----------------------------------------------------------------
    def fail(
        self,
        method: str,
        times: int = 1,
        *,
        code: int = 429,
        retry_after: int = 1,
        description: str = "Too Many Requests: retry after 1",
    ) -> None:
        """Answer the next `times` calls of `method` with an error (429 with retry_after)."""
        error: dict[str, Any] = {"ok": False, "error_code": code, "description": description}
        if code == 429:
            error["parameters"] = {"retry_after": retry_after}
        self.failures.setdefault(method, []).extend(dict(error) for _ in range(times))

    def stall(self, method: str, seconds: float, times: int = 1) -> None:
        """Delay the next `times` calls of `method` (to provoke client timeouts)."""
        self.stalls.setdefault(method, []).extend([seconds] * times)

    async def push(self, update: dict[str, Any]) -> int:
        """Deliver an update: to the registered webhook, else to the next getUpdates."""
        update = {"update_id": next(self._update_ids), **update}
        if self.webhook is not None:
            if self._client is None:
                self._client = ClientSession()
            headers = (
                {SECRET_HEADER: self.webhook["secret_token"]}
                if self.webhook["secret_token"]
                else {}
            )
            async with self._client.post(
                self.webhook["url"], json=update, headers=headers
            ) as response:
                if response.status != 200:
                    raise RuntimeError(f"webhook answered {response.status}")
        else:
            assert self._has_updates is not None
            self._updates.append(update)
            self._has_updates.set()
        return int(update["update_id"])

    def mark(self) -> int:
        """Remember where the calls stand, to wait for the ones after it."""
        return len(self.calls)

    def count(self, method: str) -> int:
        return sum(1 for c in self.calls if c.method == method)

    async def wait_for(
        self, method: str, *, since: int = 0, chat_id: int | None = None, timeout: float = 5.0
    ) -> Call:
        """Wait for the first call of `method` (to `chat_id`) after the mark `since`."""
        assert self._changed is not None

        def find() -> Call | None:
            for call in self.calls[since:]:
                if call.method == method and (chat_id is None or call.chat_id == chat_id):
                    return call
            return None

        async with self._changed:
            await asyncio.wait_for(self._changed.wait_for(find), timeout)
        found = find()
        assert found is not None
        return found

    async def wait_until(self, predicate: Any, timeout: float = 60.0) -> None:
        assert self._changed is not None
        async with self._changed:
            await asyncio.wait_for(self._changed.wait_for(predicate), timeout)
