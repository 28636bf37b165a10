"""One settings object, read from the environment at start-up and passed down explicitly."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
SHIPPED_CATALOGUE = PROJECT_ROOT / "catalogue.db"
DEFAULT_API_BASE_URL = "https://api.telegram.org/bot"
ACCESS_MODES = ("open", "invite", "allowlist")


def _codes(*values: str | None) -> frozenset[str]:
    """Codes (not numeric ids) from comma lists: LOTSE_ADMINS may name web admin codes too."""
    codes: set[str] = set()
    for value in values:
        for part in (value or "").replace(";", ",").split(","):
            part = part.strip()
            if part and not part.lstrip("-").isdigit():
                codes.add(part)
    return frozenset(codes)


def default_core_processes() -> int:
    """One core process beside the Telegram process where there is a second CPU, else none."""
    return 1 if (os.cpu_count() or 1) >= 2 else 0


def _ids(value: str | None) -> frozenset[int]:
    ids: set[int] = set()
    for part in (value or "").replace(";", ",").split(","):
        part = part.strip()
        if part.lstrip("-").isdigit():
            ids.add(int(part))
    return frozenset(ids)


@dataclass(frozen=True)
class Settings:
    catalogue: Path = SHIPPED_CATALOGUE
    state: Path = Path("state.db")
    telegram_token: str | None = None
    telegram_base_url: str = DEFAULT_API_BASE_URL
    access: str = "invite"
    admins: frozenset[int] = field(default_factory=frozenset)
    allowlist: frozenset[int] = field(default_factory=frozenset)
    # Key for the HMAC that pseudonymises Telegram user ids; set it in production.
    secret: str = ""
    retention_days: int = 365
    locale: str = "de"
    # The web channel: admin codes (LOTSE_ADMINS entries that are not Telegram ids, and
    # LOTSE_WEB_ADMIN_CODE), fixed access codes for allowlist mode, and the cookie's Secure flag
    # ("auto": when the request came over TLS, also as told by a proxy's X-Forwarded-Proto).
    web_admin_codes: frozenset[str] = field(default_factory=frozenset)
    web_codes: frozenset[str] = field(default_factory=frozenset)
    web_secure_cookie: str = "auto"
    # Telegram: processes that run the core's work of an update (understanding, dialogue,
    # sessions, rendering) beside the one that talks to Telegram; 0 = threads of that process.
    # `from_env` defaults to `default_core_processes()`; built by hand (tests, tools) it is 0.
    core_processes: int = 0

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None) -> Settings:
        env = os.environ if env is None else env
        access = env.get("LOTSE_ACCESS", "invite").strip().lower() or "invite"
        if access not in ACCESS_MODES:
            raise ValueError(
                f"LOTSE_ACCESS must be one of {', '.join(ACCESS_MODES)}, not {access!r}"
            )
        retention = env.get("LOTSE_RETENTION_DAYS", "365").strip() or "365"
        core = (env.get("LOTSE_CORE_PROCESSES") or "").strip()
        if core and not (core.isdigit() and int(core) <= 64):
            raise ValueError(f"LOTSE_CORE_PROCESSES must be a number from 0 to 64, not {core!r}")
        return cls(
            catalogue=Path(env.get("LOTSE_CATALOGUE") or SHIPPED_CATALOGUE),
            state=Path(env.get("LOTSE_STATE") or "state.db"),
            telegram_token=env.get("TELEGRAM_BOT_TOKEN") or None,
            telegram_base_url=env.get("TELEGRAM_API_BASE_URL") or DEFAULT_API_BASE_URL,
            access=access,
            admins=_ids(env.get("LOTSE_ADMINS")),
            allowlist=_ids(env.get("LOTSE_ALLOWLIST")),
            secret=env.get("LOTSE_SECRET", ""),
            retention_days=int(retention),
            locale=env.get("LOTSE_LOCALE", "de"),
            web_admin_codes=_codes(env.get("LOTSE_ADMINS"), env.get("LOTSE_WEB_ADMIN_CODE")),
            web_codes=_codes(env.get("LOTSE_WEB_CODES")),
            web_secure_cookie=(env.get("LOTSE_WEB_SECURE_COOKIE") or "auto").strip().lower(),
            core_processes=int(core) if core else default_core_processes(),
        )
