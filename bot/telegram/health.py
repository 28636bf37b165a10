"""`python -m bot.telegram.health`: exit 0 while the bot's heartbeat is fresh (HEALTHCHECK)."""

from __future__ import annotations

import datetime as dt
import sys

from bot.settings import Settings

STALE_AFTER = dt.timedelta(minutes=3)


def healthy(settings: Settings, now: dt.datetime | None = None) -> bool:
    """Tell whether the running bot wrote its heartbeat recently."""
    path = settings.state.parent / "heartbeat"
    try:
        beat = dt.datetime.fromisoformat(path.read_text(encoding="utf-8").strip())
    except (OSError, ValueError):
        return False
    return (now or dt.datetime.now(dt.UTC)) - beat < STALE_AFTER


def main() -> int:
    return 0 if healthy(Settings.from_env()) else 1


if __name__ == "__main__":
    sys.exit(main())
