"""Who may use the web channel: the same rules as Telegram (`LOTSE_ACCESS`), codes instead of ids.

- `open`: every browser gets a session on its first message.
- `invite`: a one-time code from `python -m bot invite` (the same codes Telegram accepts) admits
  the browser session that redeems it; fixed codes in LOTSE_WEB_CODES work too.
- `allowlist`: only the fixed codes in LOTSE_WEB_CODES (Telegram's allowlist holds Telegram ids,
  which a browser does not have).
- Admins log in with a code from LOTSE_ADMINS (entries that are not Telegram ids) or
  LOTSE_WEB_ADMIN_CODE; only an admin session reaches `/planung`.
"""

from __future__ import annotations

import hmac
from dataclasses import replace

from aiohttp import web

from bot.assistant import Assistant
from bot.settings import Settings
from bot.web import store
from bot.web.security import COOKIE
from bot.web.store import WebSession


def _matches(code: str, codes: frozenset[str]) -> bool:
    """Compare in constant time against every configured code."""
    given = code.strip().encode()
    found = False
    for candidate in codes:
        found |= hmac.compare_digest(given, candidate.encode())
    return found


def session_id(assistant: Assistant, token: str) -> str:
    """The stored key of a browser session: a keyed hash of the cookie, never the cookie."""
    return assistant.pseudonym(f"web:{token}")


def current(request: web.Request, assistant: Assistant) -> WebSession | None:
    """The session of this request's cookie, or None without a cookie."""
    token = request.cookies.get(COOKIE)
    if not token or len(token) > 100:
        return None
    return store.load(assistant.store, session_id(assistant, token))


def admitted(settings: Settings, session: WebSession | None) -> bool:
    if session is None:
        return False
    return settings.access == "open" or session.admitted or session.admin


def login(assistant: Assistant, session: WebSession, code: str) -> WebSession | None:
    """Admit a session with a code; None when the code opens nothing."""
    settings = assistant.settings
    code = code.strip()
    if not code or len(code) > 200:
        return None
    if _matches(code, settings.web_admin_codes):
        return replace(session, admitted=True, admin=True)
    if _matches(code, settings.web_codes):
        return replace(session, admitted=True)
    if settings.access == "invite" and assistant.redeem_invite(code, session.id):
        return replace(session, admitted=True)
    return None
