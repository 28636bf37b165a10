"""Keyed hashes for user ids: the same user maps to the same token, nobody can map it back."""

from __future__ import annotations

import hashlib
import hmac
from functools import lru_cache


def pseudonymise(user_id: int | str | None, secret: str) -> str | None:
    """Return a stable HMAC-SHA256 token for a user id (None stays None)."""
    if user_id is None:
        return None
    return _token(str(user_id), secret)


@lru_cache(maxsize=4096)
def _token(user_id: str, secret: str) -> str:
    """Remembered for the recent users: every update hashes its sender two or three times."""
    key = (secret or "praeventionslotse-unset-secret").encode()
    digest = hmac.new(key, user_id.encode(), hashlib.sha256).hexdigest()
    return f"u_{digest[:24]}"
