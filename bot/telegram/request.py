"""HTTP requests to the Bot API that survive a passing timeout or network hiccup.

`AIORateLimiter` retries on RetryAfter (429); this layer retries timeouts and connection errors,
which PTB leaves to the caller. A retried send may rarely arrive twice when the first attempt
reached Telegram but its answer was lost: better than a professional getting no answer.
"""

from __future__ import annotations

import asyncio
import logging

from telegram.error import NetworkError, TimedOut
from telegram.request import HTTPXRequest, RequestData

log = logging.getLogger(__name__)


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
