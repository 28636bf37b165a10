"""The Datasette metadata planners browse with: labels, facets and queries that actually work."""

from __future__ import annotations

import asyncio
import importlib.util
import json
import sqlite3
from pathlib import Path

import pytest

from bot.browse.metadata import build_metadata
from bot.catalogue import Catalogue, Sources
from bot.catalogue.store import read_rows, write_catalogue
from bot.cli.browse import datasette_command
from bot.gaps.log import record_gap
from bot.matching import match
from bot.state import StateStore
from bot.understanding import understand

ROOT = Path(__file__).resolve().parent.parent.parent


@pytest.fixture
def files(tmp_path: Path, catalogue: Catalogue) -> tuple[Path, Path]:
    """A catalogue written by the current store, and a state database with a few gaps."""
    path = write_catalogue(Sources(*read_rows(ROOT / "catalogue.db")), tmp_path / "catalogue.db")
    store = StateStore(tmp_path / "state.db")
    for text in ("Schreibaby 3 Monate in Selm, Beratung auf Tigrinya", "Kind 8 Jahre Kamen Judo"):
        answer = match(understand(text, catalogue), catalogue)
        record_gap(store, answer, catalogue.gazetteer, channel="cli")
    store.close()
    return path, tmp_path / "state.db"


def test_offers_have_german_labels_and_planners_facets(files: tuple[Path, Path]) -> None:
    metadata = build_metadata(*files)
    offers = metadata["databases"]["catalogue"]["tables"]["offers"]
    assert offers["label_column"] == "name"
    assert offers["columns"]["provider"] == "Träger"
    assert {"array": "phases"} in offers["facets"] and "municipality" in offers["facets"]
    gaps = metadata["databases"]["state"]["tables"]["gaps"]
    assert {"array": "phases"} in gaps["facets"] and "reason" in gaps["facets"]


def test_facets_name_only_columns_the_database_has(tmp_path: Path) -> None:
    """An older catalogue without the `phases` column must still open in Datasette."""
    old = tmp_path / "old.db"
    conn = sqlite3.connect(old)
    conn.execute("create table offers (id text, name text, municipality text, topics text)")
    conn.commit()
    conn.close()
    facets = build_metadata(old)["databases"]["old"]["tables"]["offers"]["facets"]
    assert facets == ["municipality", {"array": "topics"}]


def test_per_user_tables_and_free_sql_are_closed_on_the_state_database(
    files: tuple[Path, Path],
) -> None:
    catalogue, state = files
    conn = sqlite3.connect(state)
    conn.execute("create table if not exists sessions (user text, data text)")
    conn.commit()
    conn.close()
    database = build_metadata(catalogue, state)["databases"]["state"]
    assert database["allow_sql"] is False
    assert database["tables"]["sessions"] == {"allow": False}


def test_every_canned_query_runs_on_the_real_files(files: tuple[Path, Path]) -> None:
    metadata = build_metadata(*files)
    for name, path in zip(("catalogue", "state"), files, strict=True):
        conn = sqlite3.connect(path)
        for query in metadata["databases"][name]["queries"].values():
            rows = conn.execute(query["sql"]).fetchall()
            assert isinstance(rows, list)
        conn.close()
    conn = sqlite3.connect(files[0])
    per_phase = metadata["databases"]["catalogue"]["queries"]["angebote_je_lebensphase_und_kommune"]
    rows = {(town, phase): n for town, phase, n in conn.execute(per_phase["sql"])}
    conn.close()
    assert rows[("Kamen", "P1")] > 0


def test_the_command_serves_both_files_with_the_metadata(tmp_path: Path) -> None:
    command = datasette_command(Path("c.db"), Path("s.db"), Path("m.json"), "127.0.0.1", 8001)
    assert command[1:] == ["-m", "datasette", "serve", "c.db", "s.db", "--metadata", "m.json",
                           "--host", "127.0.0.1", "--port", "8001"]  # fmt: skip


@pytest.mark.skipif(importlib.util.find_spec("datasette") is None, reason="datasette absent")
@pytest.mark.filterwarnings("ignore::DeprecationWarning")
def test_datasette_serves_facets_and_queries(files: tuple[Path, Path], tmp_path: Path) -> None:
    from datasette.app import Datasette

    metadata = build_metadata(*files)
    (tmp_path / "metadata.json").write_text(json.dumps(metadata), encoding="utf-8")

    async def browse() -> tuple[dict, dict, int]:
        app = Datasette([str(p) for p in files], metadata=metadata)
        await app.invoke_startup()
        offers = await app.client.get("/catalogue/offers.json?_facet_array=phases&_size=1")
        gaps = await app.client.get("/state/luecken_nach_grund.json?_shape=objects")
        closed = await app.client.get("/state.json?sql=select+1")
        return offers.json(), gaps.json(), closed.status_code

    offers, gaps, closed = asyncio.run(browse())
    assert offers["facet_results"]["phases"]["results"]
    assert gaps["rows"]
    assert closed == 403
