"""Shared fixtures: the shipped catalogue, fresh state databases, an assistant."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import settings as hypothesis_settings

from bot.assistant import Assistant
from bot.catalogue import Catalogue
from bot.settings import Settings
from bot.understanding import screen_cache

ROOT = Path(__file__).resolve().parent.parent
SHIPPED_DB = ROOT / "catalogue.db"
SAMPLE_DIR = ROOT / "bot" / "data" / "catalogue"

os.environ.setdefault("NO_PROXY", "127.0.0.1,localhost")
os.environ.setdefault("PTB_TIMEDELTA", "1")

# Property tests check behaviour, not speed: a per-example deadline is a timed test and fails on a
# loaded 2-core machine (speed lives in `python -m bot bench`).
hypothesis_settings.register_profile("project", deadline=None, print_blob=True)
hypothesis_settings.load_profile("project")


def pytest_configure(config: pytest.Config) -> None:
    """Read the foreign rules' screens once, on every core, before any worker starts.

    On a fresh clone there is no disk cache yet (`screen_cache`): each xdist worker, each bot a
    test starts and each `python -m bot` subprocess would read them itself — about two minutes of
    CPU apiece, a third of the suite's time on two cores. The controller alone writes the file
    (workers have `workerinput`); with the file present this costs a stat."""
    if hasattr(config, "workerinput") or screen_cache.written():
        return
    from bot.understanding.foreign import vocabulary

    vocabulary().analyse_all(workers=os.cpu_count() or 1)


@pytest.fixture(scope="session")
def catalogue() -> Catalogue:
    """The shipped catalogue, loaded once (it is immutable)."""
    return Catalogue.load(SHIPPED_DB)


@pytest.fixture
def state_path(tmp_path: Path) -> Path:
    return tmp_path / "state.db"


@pytest.fixture
def settings(state_path: Path) -> Settings:
    return Settings(catalogue=SHIPPED_DB, state=state_path, secret="test-secret")


@pytest.fixture
def assistant(settings: Settings):
    helper = Assistant(settings)
    yield helper
    helper.close()
