"""HTTP requests to the Bot API: which calls are retried after a failure, and for how long.

**The retry policy** (`ReliableRequest`, around either transport). `AIORateLimiter` already
retries a 429 after its `retry_after`; this layer handles what PTB leaves to the caller —
timeouts, refused or reset connections, and 5xx answers (a proxy in front of Telegram, a
Telegram hiccup):

- `getUpdates` is never retried here: PTB's polling loop retries it itself, with its own backoff,
  and stops it at once on shutdown; retrying below it would only delay the stop.
- `answerCallbackQuery` and `answerInlineQuery` are retried for `short_budget` seconds only:
  Telegram refuses answers to queries older than a few seconds, so later attempts are useless.
- Every other call — `sendMessage`, `editMessageText`, `sendDocument`, the menus — is retried
  with growing pauses (0.5 s doubling up to 8 s) for `budget` seconds (90 s by default, so a
  one-minute outage loses no reply). **A retried send after a timeout may reach the user twice**
  when Telegram processed the first attempt but its answer was lost on the way back. We accept
  that: a professional waiting for an answer is worse served by no answer than by the same one
  twice, and a refused or reset connection (the common case) is never a duplicate.

Each successful reply is reported to `bot.telegram.updates.mark_replied`, so the shutdown knows
which updates were answered. The clock and the sleep are injectable, so the tests simulate a
long outage in a fraction of its time.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any

from telegram._utils.defaultvalue import DefaultValue
from telegram._utils.types import ODVInput
from telegram.error import NetworkError, TimedOut
from telegram.request import BaseRequest, HTTPXRequest, RequestData

from bot.telegram.updates import mark_replied

try:  # optional: the faster transport (see AiohttpRequest)
    import aiohttp
    from aiohttp.helpers import basicauth_from_netrc, get_env_proxy_for_url, netrc_from_env
    from yarl import URL
except ImportError:  # pragma: no cover - depends on the installation
    aiohttp = None  # type: ignore[assignment]

log = logging.getLogger(__name__)
JSON_TYPE = "application/json; charset=utf-8"
NEVER_RETRIED = frozenset({"getUpdates"})
SHORT_LIVED = frozenset({"answerCallbackQuery", "answerInlineQuery"})
REPLIES = ("send", "edit", "answer")  # method prefixes that answer a user


class AiohttpRequest(BaseRequest):
    """The Bot API over aiohttp's client (no retries of its own: see `ReliableRequest`).

    httpx's connection pool costs about a millisecond of CPU per request under concurrency
    (it probes every pooled socket on each request); aiohttp's client costs a fraction of that,
    which doubles the updates one process answers. Used when aiohttp is installed.
    """

    def __init__(self, *, connection_pool_size: int = 8, read_timeout: float = 5.0,
                 connect_timeout: float = 5.0, media_write_timeout: float = 20.0,
                 ) -> None:  # fmt: skip
        self._pool = connection_pool_size
        self._read_timeout = read_timeout
        self._connect_timeout = connect_timeout
        self._media_timeout = media_write_timeout
        self._session: aiohttp.ClientSession | None = None
        # proxy and netrc credentials by origin (scheme, host, port), looked up once
        self._routes: dict[tuple[str, str | None, int | None], dict[str, Any]] = {}

    @property
    def read_timeout(self) -> float | None:
        return self._read_timeout

    async def initialize(self) -> None:
        if self._session is None or self._session.closed:
            connector = aiohttp.TCPConnector(limit=self._pool)
            # the environment (HTTPS_PROXY/NO_PROXY like httpx, .netrc) is honoured by `_route`
            self._session = aiohttp.ClientSession(connector=connector)

    async def shutdown(self) -> None:
        if self._session is not None and not self._session.closed:
            await self._session.close()
        self._session = None

    def _route(self, url: str) -> dict[str, Any]:
        """The proxy and credentials the environment gives the URL's origin, as aiohttp's
        `trust_env` finds them — but once per origin: `trust_env` re-reads every environment
        variable and the .netrc file in two thread hops on each call (a tenth of the CPU time of
        `bench telegram`, and the hops queue behind the core's work in the same thread pool)."""
        parsed = URL(url)
        origin = (parsed.scheme, parsed.host, parsed.port)
        route = self._routes.get(origin)
        if route is None:
            route = {}
            with contextlib.suppress(LookupError):
                proxy, proxy_auth = get_env_proxy_for_url(parsed)
                route.update(proxy=proxy, proxy_auth=proxy_auth)
            if parsed.host is not None and not parsed.user:
                with contextlib.suppress(LookupError):
                    route["auth"] = basicauth_from_netrc(netrc_from_env(), parsed.host)
            self._routes[origin] = route
        return route

    def _body(self, request_data: RequestData | None) -> aiohttp.FormData | bytes | None:
        """A JSON body, or a multipart body when files are sent (rebuilt for every attempt).

        JSON (which the Bot API accepts for every method without files) costs a third of the
        form encoding: no percent-quoting of the HTML text, and the keyboard is encoded once
        instead of being JSON-encoded and then quoted.
        """
        if request_data is None:
            return None
        if not request_data.contains_files:
            return json.dumps(request_data.parameters, ensure_ascii=False).encode()
        form = aiohttp.FormData()
        for name, value in request_data.json_parameters.items():
            form.add_field(name, value)
        for name, (filename, content, mimetype) in request_data.multipart_data.items():
            form.add_field(name, content, filename=filename, content_type=mimetype)
        return form

    async def do_request(  # type: ignore[override]
        self, url: str, method: str, request_data: RequestData | None = None,
        read_timeout: ODVInput[float] = BaseRequest.DEFAULT_NONE,
        write_timeout: ODVInput[float] = BaseRequest.DEFAULT_NONE,
        connect_timeout: ODVInput[float] = BaseRequest.DEFAULT_NONE,
        pool_timeout: ODVInput[float] = BaseRequest.DEFAULT_NONE,
    ) -> tuple[int, bytes]:  # fmt: skip
        if self._session is None or self._session.closed:
            raise RuntimeError("This AiohttpRequest is not initialized!")
        read = self._read_timeout if isinstance(read_timeout, DefaultValue) else read_timeout
        connect = (self._connect_timeout if isinstance(connect_timeout, DefaultValue)
                   else connect_timeout)  # fmt: skip
        if request_data is not None and request_data.multipart_data and read is not None:
            read = max(read, self._media_timeout)
        # one deadline per request: a per-read timeout (`sock_read`) re-arms a loop timer on
        # every chunk received, a few percent of the bot's CPU; the Bot API's answers are small
        total = None if read is None else read + (connect or 0.0)
        timeout = aiohttp.ClientTimeout(total=total, sock_connect=connect)
        endpoint = url.rsplit("/", 1)[-1]
        headers = {"User-Agent": self.USER_AGENT}
        if request_data is not None and not request_data.contains_files:
            headers["Content-Type"] = JSON_TYPE
        try:
            async with self._session.request(
                method, url, data=self._body(request_data), timeout=timeout, headers=headers,
                **self._route(url),
            ) as response:
                return response.status, await response.read()
        except TimeoutError as error:
            raise TimedOut(f"{endpoint} timed out") from error
        except aiohttp.ClientError as error:
            raise NetworkError(f"aiohttp.{type(error).__name__}: {error}") from error


@dataclass(frozen=True, slots=True)
class RetryPolicy:
    """How long calls are retried (see the module docstring); the time base is injectable."""

    budget: float = 90.0
    short_budget: float = 8.0
    backoff: float = 0.5
    max_backoff: float = 8.0
    clock: Callable[[], float] = field(default=time.monotonic)
    sleep: Callable[[float], Awaitable[None]] = field(default=asyncio.sleep)

    def budget_for(self, endpoint: str) -> float:
        if endpoint in NEVER_RETRIED:
            return 0.0
        return self.short_budget if endpoint in SHORT_LIVED else self.budget


class ReliableRequest(BaseRequest):
    """Any PTB transport plus the retry policy and the reply bookkeeping."""

    def __init__(self, inner: BaseRequest, policy: RetryPolicy | None = None) -> None:
        self.inner = inner
        self.policy = policy or RetryPolicy()

    @property
    def read_timeout(self) -> float | None:
        return self.inner.read_timeout

    async def initialize(self) -> None:
        await self.inner.initialize()

    async def shutdown(self) -> None:
        await self.inner.shutdown()

    async def do_request(  # type: ignore[override]
        self, url: str, method: str, request_data: RequestData | None = None,
        read_timeout: ODVInput[float] = BaseRequest.DEFAULT_NONE,
        write_timeout: ODVInput[float] = BaseRequest.DEFAULT_NONE,
        connect_timeout: ODVInput[float] = BaseRequest.DEFAULT_NONE,
        pool_timeout: ODVInput[float] = BaseRequest.DEFAULT_NONE,
    ) -> tuple[int, bytes]:  # fmt: skip
        endpoint = url.rsplit("/", 1)[-1]
        policy = self.policy
        give_up = policy.clock() + policy.budget_for(endpoint)
        pause = policy.backoff
        attempt = 0
        while True:
            attempt += 1
            failure: str
            try:
                code, body = await self.inner.do_request(
                    url, method, request_data, read_timeout=read_timeout,
                    write_timeout=write_timeout, connect_timeout=connect_timeout,
                    pool_timeout=pool_timeout,
                )  # fmt: skip
            except (TimedOut, NetworkError) as error:
                if policy.clock() + pause > give_up:
                    if attempt > 1:
                        log.error("giving up method=%s reason=%s attempts=%d", endpoint,
                                  type(error).__name__, attempt)  # fmt: skip
                    raise
                failure = type(error).__name__
            else:
                if code < 500 or policy.clock() + pause > give_up:
                    if 200 <= code < 300 and endpoint.startswith(REPLIES):
                        mark_replied()
                    elif code >= 500:
                        log.error("giving up method=%s reason=http_%d attempts=%d", endpoint,
                                  code, attempt)  # fmt: skip
                    return code, body
                failure = f"http_{code}"
            log.warning("retrying method=%s reason=%s attempt=%d pause_s=%.1f", endpoint, failure,
                        attempt, pause)  # fmt: skip
            await policy.sleep(pause)
            pause = min(pause * 2, policy.max_backoff)


def make_request(*, connection_pool_size: int, read_timeout: float, connect_timeout: float,
                 policy: RetryPolicy | None = None, transport: str = "aiohttp",
                 ) -> ReliableRequest:  # fmt: skip
    """The transport (aiohttp when installed, else PTB's httpx) wrapped in the retry policy."""
    inner: BaseRequest
    if transport == "aiohttp" and aiohttp is not None:
        inner = AiohttpRequest(connection_pool_size=connection_pool_size,
                               read_timeout=read_timeout, connect_timeout=connect_timeout)
    else:
        inner = HTTPXRequest(connection_pool_size=connection_pool_size, read_timeout=read_timeout,
                             connect_timeout=connect_timeout, write_timeout=read_timeout,
                             pool_timeout=read_timeout)  # fmt: skip
    return ReliableRequest(inner, policy)
