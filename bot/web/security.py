"""What keeps the web channel safe: headers, same-origin checks, the cookie and rate limits.

- Every response carries a Content-Security-Policy that allows scripts, styles, images and
  connections from this server only, no inline script, and no framing.
- A state-changing request (anything but GET/HEAD) whose `Origin` (or, without one,
  `Sec-Fetch-Site`) names another site is refused: together with the SameSite=Strict cookie this
  closes cross-site request forgery. Scripts without a browser (curl, the benchmark) send neither
  and are let through — they cannot carry a victim's cookie.
- The cookie is HttpOnly, SameSite=Strict, and Secure when the request came over TLS (directly or
  as a proxy says in X-Forwarded-Proto) or when LOTSE_WEB_SECURE_COOKIE=yes.
"""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Awaitable, Callable
from urllib.parse import urlsplit

from aiohttp import web

COOKIE = "lotse_session"
COOKIE_MAX_AGE = 30 * 24 * 3600
CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; font-src 'self'; manifest-src 'self'; base-uri 'none'; "
    "form-action 'self'; frame-ancestors 'none'"
)
HEADERS = {
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
    "Permissions-Policy": "geolocation=(self), camera=(), microphone=()",
    "Cross-Origin-Opener-Policy": "same-origin",
}
SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


def is_tls(request: web.Request) -> bool:
    forwarded = request.headers.get("X-Forwarded-Proto", "").split(",")[0].strip().lower()
    return request.secure or forwarded == "https"


def client_address(request: web.Request) -> str:
    """The address to count login attempts by, kept in memory only (never stored or logged).

    Behind a local reverse proxy every request comes from 127.0.0.1; then the proxy's own entry,
    the last one of X-Forwarded-For, names the client (entries before it are the client's word).
    """
    remote = request.remote or "-"
    if remote in ("127.0.0.1", "::1"):
        forwarded = request.headers.get("X-Forwarded-For", "").split(",")[-1].strip()
        return forwarded or remote
    return remote


def same_origin(request: web.Request) -> bool:
    """Whether a state-changing request comes from our own page (or from no browser at all)."""
    origin = request.headers.get("Origin")
    if origin is None:
        return request.headers.get("Sec-Fetch-Site", "same-origin") in ("same-origin", "none")
    if origin == "null":
        return False
    parts = urlsplit(origin)
    host = request.headers.get("X-Forwarded-Host") or request.host
    return parts.netloc.lower() == host.split(",")[0].strip().lower()


@web.middleware
async def security_middleware(request: web.Request, handler: Handler) -> web.StreamResponse:
    if request.method not in SAFE_METHODS and not same_origin(request):
        response: web.StreamResponse = web.json_response(
            {"error": "cross-origin request refused"}, status=403
        )
    else:
        try:
            response = await handler(request)
        except web.HTTPException as error:  # answered, not raised on: headers must be added
            if error.status < 400 or error.status >= 500:
                raise
            response = web.Response(status=error.status, reason=error.reason, body=error.body,
                                    headers=error.headers)  # fmt: skip
    response.headers.setdefault("Content-Security-Policy", CSP)
    for name, value in HEADERS.items():
        response.headers.setdefault(name, value)
    if request.path.startswith(("/api/", "/planung")):
        response.headers.setdefault("Cache-Control", "no-store")
    return response


def set_cookie(response: web.StreamResponse, request: web.Request, token: str,
               secure_setting: str) -> None:  # fmt: skip
    secure = secure_setting in ("yes", "true", "1", "on") or (
        secure_setting == "auto" and is_tls(request)
    )
    response.set_cookie(COOKIE, token, max_age=COOKIE_MAX_AGE, path="/", httponly=True,
                        samesite="Strict", secure=secure)  # fmt: skip


def clear_cookie(response: web.StreamResponse) -> None:
    response.del_cookie(COOKIE, path="/")


class RateLimit:
    """At most `limit` requests per `period` seconds for each key (a session, a login address).

    Kept in memory on purpose: it protects this process, and forgetting it on restart is harmless.
    """

    def __init__(self, limit: int, period: float = 60.0, max_keys: int = 10_000) -> None:
        self.limit = limit
        self.period = period
        self.max_keys = max_keys
        self._times: dict[str, deque[float]] = {}

    def hit(self, key: str, now: float | None = None) -> bool:
        """Count a request; False when the key is over its limit (the request is not counted)."""
        now = time.monotonic() if now is None else now
        times = self._times.get(key)
        if times is None:
            if len(self._times) >= self.max_keys:
                self._drop_idle(now)
            times = self._times[key] = deque()
        cutoff = now - self.period
        while times and times[0] <= cutoff:
            times.popleft()
        if len(times) >= self.limit:
            return False
        times.append(now)
        return True

    def _drop_idle(self, now: float) -> None:
        cutoff = now - self.period
        for key in [k for k, t in self._times.items() if not t or t[-1] <= cutoff]:
            del self._times[key]
