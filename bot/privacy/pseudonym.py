"""Keyed hashes for user ids: the same user maps to the same token, nobody can map it back."""

from __future__ import annotations

import hashlib
import hmac


def pseudonymise(user_id: int | str | None, secret: str) -> str | None:
    """Return a stable HMAC-SHA256 token for a user id (None stays None)."""
    if user_id is None:
        return None
    key = (secret or "praeventionslotse-unset-secret").encode()
    digest = hmac.new(key, str(user_id).encode(), hashlib.sha256).hexdigest()
    return f"u_{digest[:24]}"
