"""A generated gap log of 2,000 entries, built once per test session (it is only read)."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.catalogue import Catalogue
from bot.gaps.synthetic import Hotspot, generate
from bot.state import StateStore


@pytest.fixture(scope="session")
def synthetic(tmp_path_factory: pytest.TempPathFactory, catalogue: Catalogue):
    """(store, planted hotspots) for a state database with 2,000 generated gap entries."""
    path: Path = tmp_path_factory.mktemp("synthetic") / "state.db"
    store = StateStore(path)
    planted: tuple[Hotspot, ...] = generate(store, catalogue, total=2000)
    yield store, planted
    store.close()
