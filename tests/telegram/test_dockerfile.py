"""The Dockerfile cannot be built here (no Docker engine); check what it must not lose."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def instructions() -> list[tuple[str, str]]:
    """Parse the Dockerfile into (INSTRUCTION, arguments), joining continued lines."""
    text = (ROOT / "Dockerfile").read_text(encoding="utf-8")
    text = re.sub(r"\\\n", " ", text)
    parsed = []
    for line in text.splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            keyword, _, rest = line.partition(" ")
            parsed.append((keyword.upper(), rest.strip()))
    return parsed


def test_the_image_runs_the_bot_as_a_non_root_user_with_state_on_a_volume():
    steps = instructions()
    keywords = [k for k, _ in steps]
    assert steps[0] == ("FROM", "python:3.11-slim")
    users = [args for k, args in steps if k == "USER"]
    assert users and users[-1] not in ("root", "0")
    assert keywords.index("USER") > keywords.index("RUN")  # installed as root, run as the user
    assert any(k == "VOLUME" and "/data" in args for k, args in steps)
    env = " ".join(args for k, args in steps if k == "ENV")
    assert "LOTSE_STATE=/data/state.db" in env
    assert any(k == "HEALTHCHECK" and "bot.telegram.health" in args for k, args in steps)
    assert any(k == "RUN" and "pip install" in args for k, args in steps)
    assert any(k in ("ENTRYPOINT", "CMD") and "bot" in args for k, args in steps)


def test_the_build_context_keeps_what_the_app_needs():
    ignored = (ROOT / ".dockerignore").read_text(encoding="utf-8").split()
    for needed in ("catalogue.db", "locales", "bot", "pyproject.toml"):
        assert needed not in ignored
    assert ".venv" in ignored and ".git" in ignored


def test_the_image_carries_the_screen_cache_its_starts_read():
    """Read at build time as root into a directory the unprivileged user can read: every start
    of the bot and every replaced core process then skips ten seconds of CPU."""
    steps = instructions()
    env = " ".join(args for k, args in steps if k == "ENV")
    assert "LOTSE_CACHE_DIR=/app/.cache" in env
    [build] = [i for i, (k, args) in enumerate(steps) if k == "RUN" and "pip install" in args]
    assert "foreign import warm; warm()" in steps[build][1]
    [cache_set] = [i for i, (k, args) in enumerate(steps) if "LOTSE_CACHE_DIR" in args]
    assert steps[cache_set][0] == "ENV" and cache_set < build  # the build writes where starts read
