"""Who may use the bot (open, invite, allowlist; admins) and how fast (a per-user flood limit).

Admin and allowlist checks compare the raw Telegram id of the update with the settings; the raw id
is never stored or logged. Admission through an invite is stored under the user's pseudonym.
"""

from __future__ import annotations

import time
from collections import deque

from bot.settings import Settings
from bot.telegram.store import Profile


def is_admin(settings: Settings, user_id: int) -> bool:
    return user_id in settings.admins


def may_use(settings: Settings, user_id: int, profile: Profile) -> bool:
    """Apply LOTSE_ACCESS: everyone, invited users, or the allowlist; admins always."""
    if settings.access == "open" or is_admin(settings, user_id):
        return True
    if settings.access == "allowlist":
        return user_id in settings.allowlist
    return profile.admitted


class FloodLimit:
    """A sliding window per user: at most `limit` updates in `period` seconds.

    In memory on purpose: it protects this process, and forgetting it on restart is harmless.
    """

    def __init__(self, limit: int = 20, period: float = 60.0) -> None:
        self.limit = limit
        self.period = period
        self._seen: dict[str, deque[float]] = {}
        self._warned: dict[str, float] = {}

    def allow(self, user: str, now: float | None = None) -> bool:
        now = time.monotonic() if now is None else now
        window = self._seen.setdefault(user, deque())
        while window and now - window[0] > self.period:
            window.popleft()
        if len(window) >= self.limit:
            return False
        window.append(now)
        if len(self._seen) > 10_000:  # forget idle users so memory stays bounded
            self._forget_idle(now)
        return True

    def should_warn(self, user: str, now: float | None = None) -> bool:
        """Tell once per window that the user is too fast, then stay silent."""
        now = time.monotonic() if now is None else now
        last = self._warned.get(user)
        if last is not None and now - last < self.period:
            return False
        self._warned[user] = now
        return True

    def _forget_idle(self, now: float) -> None:
        for user in [u for u, w in self._seen.items() if not w or now - w[-1] > self.period]:
            del self._seen[user]
            self._warned.pop(user, None)
