"""`python -m bot.telegram.health`: exit 0 while the bot's heartbeat is fresh and it can answer
with offers (HEALTHCHECK). A bot without a loadable catalogue still runs — it answers with a
notice and loads the file when it appears — but it is not healthy: operators must see that."""

from __future__ import annotations

import datetime as dt
import sys

from bot.settings import Settings

STALE_AFTER = dt.timedelta(minutes=3)
# second heartbeat line while the bot runs without a loadable catalogue
CATALOGUE_MISSING = "catalogue missing"


def problem(settings: Settings, now: dt.datetime | None = None) -> str | None:
    """Return why the running bot is not healthy, or None when it is."""
    path = settings.state.parent / "heartbeat"
    try:
        first, *rest = path.read_text(encoding="utf-8").splitlines() or [""]
        beat = dt.datetime.fromisoformat(first.strip())
    except (OSError, ValueError):
        return "no heartbeat"
    if (now or dt.datetime.now(dt.UTC)) - beat >= STALE_AFTER:
        return f"heartbeat stale since {first.strip()}"
    if CATALOGUE_MISSING in rest:
        return f"{CATALOGUE_MISSING}: {settings.catalogue}"
    return None


def healthy(settings: Settings, now: dt.datetime | None = None) -> bool:
    """Tell whether the running bot wrote its heartbeat recently and has a catalogue."""
    return problem(settings, now) is None


def main() -> int:
    reason = problem(Settings.from_env())
    if reason:
        print(f"unhealthy: {reason}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
