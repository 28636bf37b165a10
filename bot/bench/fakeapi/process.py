"""The fake Bot API in a process of its own, for the benchmark.

The real Telegram does not run inside the bot's process; a fake server that shares the bot's
interpreter (and its GIL) would bill its own JSON parsing and HTTP handling to the bot. Here the
`FakeBotApi` runs in a child process with a small control API beside the Bot API routes:

- `POST /control/push`      a JSON list of updates to deliver (as `FakeBotApi.push`)
- `GET  /control/calls`     recorded calls (method, params, result; no file contents), `?since=N`
- `GET  /control/messages`  the bot's messages as they stand now (edits applied)
- `POST /control/wait`      wait until `count` calls of the given `methods` were recorded
- `GET  /control/cpu`       CPU seconds this process used so far (user + system, all threads)
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import multiprocessing
import time
from typing import Any

from aiohttp import ClientSession, ClientTimeout, web

from bot.bench.fakeapi.server import Call, FakeBotApi

CONTROL = "/control"


class _ControlledApi(FakeBotApi):
    """The fake server plus the control routes, counting calls per method as they arrive."""

    def __init__(self) -> None:
        super().__init__()
        self.counts: dict[str, int] = {}
        self._counted: asyncio.Event | None = None

    async def start(self, host: str = "127.0.0.1", port: int = 0) -> str:
        self._counted = asyncio.Event()
        return await super().start(host, port)

    def _add_routes(self, app: web.Application) -> None:
        control = web.Application(client_max_size=200 * 1024 * 1024)
        control.router.add_post("/push", self._push)
        control.router.add_get("/calls", self._calls)
        control.router.add_get("/messages", self._messages_now)
        control.router.add_post("/wait", self._wait)
        control.router.add_get("/cpu", self._cpu)
        app.add_subapp(CONTROL, control)

    async def _record(self, call: Call) -> None:
        self.counts[call.method] = self.counts.get(call.method, 0) + 1
        assert self._counted is not None
        self._counted.set()
        await super()._record(call)

    async def _push(self, request: web.Request) -> web.Response:
        ids = [await self.push(update) for update in await request.json()]
        return web.json_response(ids)

    async def _calls(self, request: web.Request) -> web.Response:
        since = int(request.query.get("since", 0))
        calls = [{"method": c.method, "params": c.params, "result": c.result}
                 for c in self.calls[since:]]  # fmt: skip
        return web.json_response(calls)

    async def _messages_now(self, request: web.Request) -> web.Response:
        return web.json_response([[*key, message] for key, message in self.messages.items()])

    async def _cpu(self, request: web.Request) -> web.Response:
        return web.json_response({"seconds": time.process_time()})

    async def _wait(self, request: web.Request) -> web.Response:
        wanted = await request.json()
        assert self._counted is not None

        def answered() -> int:
            return sum(self.counts.get(m, 0) for m in wanted["methods"])

        async def until_done() -> None:
            while answered() < wanted["count"]:
                self._counted.clear()
                await self._counted.wait()

        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(until_done(), wanted["timeout"])
        return web.json_response({"answered": answered()})


def _serve(port_out: Any, stop: Any) -> None:  # pragma: no cover - runs in the child process
    async def main() -> None:
        api = _ControlledApi()
        await api.start()
        port_out.send(api.port)
        await asyncio.get_running_loop().run_in_executor(None, stop.wait)
        await api.stop()

    asyncio.run(main())


class RemoteFakeApi:
    """The benchmark's handle on a `FakeBotApi` running in a child process."""

    def __init__(self) -> None:
        self._builder = FakeBotApi()  # builds update dicts; never started
        # incoming message ids far from the ones the server gives the bot's messages
        self._builder._message_ids = itertools.count(1_000_000_000)
        self.token = self._builder.token
        self._process: multiprocessing.process.BaseProcess | None = None
        self._stop: Any = None
        self._client: ClientSession | None = None
        self.port = 0

    def __getattr__(self, name: str) -> Any:
        """Update builders (`text`, `location`, `inline_query`, `user`) come from FakeBotApi."""
        if name in ("text", "location", "inline_query", "user"):
            return getattr(self._builder, name)
        raise AttributeError(name)

    async def start(self) -> str:
        context = multiprocessing.get_context("spawn")
        receive, send = context.Pipe(duplex=False)
        self._stop = context.Event()
        self._process = context.Process(target=_serve, args=(send, self._stop), daemon=True)
        self._process.start()
        loop = asyncio.get_running_loop()
        if not await loop.run_in_executor(None, receive.poll, 30.0):
            raise RuntimeError("the fake Bot API process did not start")
        self.port = receive.recv()
        self._client = ClientSession(timeout=ClientTimeout(total=None))
        return f"http://127.0.0.1:{self.port}/bot"

    async def stop(self) -> None:
        if self._client is not None:
            await self._client.close()
        if self._process is not None:
            self._stop.set()
            await asyncio.get_running_loop().run_in_executor(None, self._process.join, 10.0)
            if self._process.is_alive():
                self._process.terminate()

    async def _json(self, method: str, path: str, **kwargs: Any) -> Any:
        assert self._client is not None
        url = f"http://127.0.0.1:{self.port}{CONTROL}{path}"
        async with self._client.request(method, url, **kwargs) as response:
            response.raise_for_status()
            return await response.json()

    async def push_all(self, updates: list[dict[str, Any]]) -> None:
        await self._json("POST", "/push", json=updates)

    async def calls(self, since: int = 0) -> list[Call]:
        """The recorded calls from the `since`-th on (all by default)."""
        return [Call(c["method"], c["params"], {}, c["result"]) for c in await self._json(
            "GET", f"/calls?since={since}")]  # fmt: skip

    async def messages(self) -> dict[tuple[int, int], dict[str, Any]]:
        """The bot's messages by (chat_id, message_id), as they stand now."""
        return {(chat, message_id): message for chat, message_id, message in await self._json(
            "GET", "/messages")}  # fmt: skip

    async def wait_for_count(self, methods: tuple[str, ...], count: int, timeout: float) -> int:
        """Wait until `count` calls of `methods` were made in all; return how many there are."""
        wanted = {"methods": list(methods), "count": count, "timeout": timeout}
        return int((await self._json("POST", "/wait", json=wanted))["answered"])

    async def cpu_seconds(self) -> float:
        """CPU time the fake API's process has used so far (to bill it apart from the bot)."""
        return float((await self._json("GET", "/cpu"))["seconds"])

    async def answered(self, methods: tuple[str, ...]) -> int:
        return await self.wait_for_count(methods, 0, 0.0)

    def callback(self, user_id: int, message: dict[str, Any], data: str) -> dict[str, Any]:
        """A tap on a button of `message` as the server holds it now."""
        return {
            "callback_query": {
                "id": str(next(self._builder._callback_ids)),
                "from": self._builder.user(user_id),
                "chat_instance": f"ci{user_id}",
                "data": data,
                "message": message,
            }
        }
