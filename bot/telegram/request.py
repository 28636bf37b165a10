"""HTTP requests to the Bot API that survive a passing timeout or network hiccup.

`AIORateLimiter` retries on RetryAfter (429); this layer retries timeouts and connection errors,
which PTB leaves to the caller. A retried send may rarely arrive twice when the first attempt
reached Telegram but its answer was lost: better than a professional getting no answer.
"""

from __future__ import annotations

import asyncio
import json
import logging

from telegram._utils.defaultvalue import DefaultValue
from telegram._utils.types import ODVInput
from telegram.error import NetworkError, TimedOut
from telegram.request import BaseRequest, HTTPXRequest, RequestData

try:  # optional: the faster transport (see AiohttpRequest)
    import aiohttp
except ImportError:  # pragma: no cover - depends on the installation
    aiohttp = None  # type: ignore[assignment]

log = logging.getLogger(__name__)
JSON_TYPE = "application/json; charset=utf-8"


class RetryingRequest(HTTPXRequest):
    """HTTPXRequest with a few retries on timeouts and network errors."""

    def __init__(
        self, *args: object, retries: int = 2, backoff: float = 0.5, **kwargs: object
    ) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self.retries = retries
        self.backoff = backoff

    async def do_request(  # type: ignore[override]
        self,
        url: str,
        method: str,
        request_data: RequestData | None = None,
        *args: object,
        **kwargs: object,
    ) -> tuple[int, bytes]:
        for attempt in range(self.retries + 1):
            try:
                return await super().do_request(url, method, request_data, *args, **kwargs)  # type: ignore[arg-type]
            except (TimedOut, NetworkError) as error:
                if attempt == self.retries:
                    raise
                endpoint = url.rsplit("/", 1)[-1]
                log.warning("%s failed (%s), retry %d", endpoint, type(error).__name__, attempt + 1)
                await asyncio.sleep(self.backoff * (attempt + 1))
        raise AssertionError("unreachable")


class AiohttpRequest(BaseRequest):
    """The Bot API over aiohttp's client, with the same retries as `RetryingRequest`.

    httpx's connection pool costs about a millisecond of CPU per request under concurrency
    (it probes every pooled socket on each request); aiohttp's client costs a fraction of that,
    which doubles the updates one process answers. Used when aiohttp is installed.
    """

    def __init__(self, *, connection_pool_size: int = 8, read_timeout: float = 5.0,
                 connect_timeout: float = 5.0, media_write_timeout: float = 20.0,
                 retries: int = 2, backoff: float = 0.5) -> None:  # fmt: skip
        self._pool = connection_pool_size
        self._read_timeout = read_timeout
        self._connect_timeout = connect_timeout
        self._media_timeout = media_write_timeout
        self.retries = retries
        self.backoff = backoff
        self._session: aiohttp.ClientSession | None = None

    @property
    def read_timeout(self) -> float | None:
        return self._read_timeout

    async def initialize(self) -> None:
        if self._session is None or self._session.closed:
            connector = aiohttp.TCPConnector(limit=self._pool)
            # trust_env: honour HTTPS_PROXY/NO_PROXY like httpx does
            self._session = aiohttp.ClientSession(connector=connector, trust_env=True)

    async def shutdown(self) -> None:
        if self._session is not None and not self._session.closed:
            await self._session.close()
        self._session = None

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
        timeout = aiohttp.ClientTimeout(total=None, sock_connect=connect, sock_read=read)
        endpoint = url.rsplit("/", 1)[-1]
        headers = {"User-Agent": self.USER_AGENT}
        if request_data is not None and not request_data.contains_files:
            headers["Content-Type"] = JSON_TYPE
        for attempt in range(self.retries + 1):
            try:
                async with self._session.request(
                    method, url, data=self._body(request_data), timeout=timeout,
                    headers=headers,
                ) as response:  # fmt: skip
                    return response.status, await response.read()
            except (TimeoutError, aiohttp.ClientError) as error:
                if attempt == self.retries:
                    if isinstance(error, TimeoutError):
                        raise TimedOut from error
                    raise NetworkError(f"aiohttp.{type(error).__name__}: {error}") from error
                log.warning("%s failed (%s), retry %d", endpoint, type(error).__name__, attempt + 1)
                await asyncio.sleep(self.backoff * (attempt + 1))
        raise AssertionError("unreachable")


def make_request(*, connection_pool_size: int, read_timeout: float, connect_timeout: float,
                 retries: int = 2) -> BaseRequest:  # fmt: skip
    """The fastest available transport: aiohttp when installed, else httpx."""
    if aiohttp is not None:
        return AiohttpRequest(connection_pool_size=connection_pool_size, read_timeout=read_timeout,
                              connect_timeout=connect_timeout, retries=retries)  # fmt: skip
    return RetryingRequest(connection_pool_size=connection_pool_size, read_timeout=read_timeout,
                           connect_timeout=connect_timeout, write_timeout=read_timeout,
                           pool_timeout=read_timeout, retries=retries)  # fmt: skip
