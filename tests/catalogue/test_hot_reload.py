"""A running assistant picks up a new catalogue between requests, never half of one.

Answer threads keep asking while another thread imports two catalogues in turn: every answer
must be exactly what one of the two catalogues gives. A broken file never replaces the one loaded.
"""

from __future__ import annotations

import json
import multiprocessing
import os
import sqlite3
import threading
import time
from dataclasses import replace
from pathlib import Path

import pytest

from bot.assistant import Assistant
from bot.catalogue import Sources
from bot.catalogue.store import read_rows, write_catalogue
from bot.settings import Settings
from tests.catalogue.conftest import SHIPPED_DB

DEV = Path(__file__).resolve().parent.parent / "data" / "dev.jsonl"
IMPORTS = 8


def _ids(assistant: Assistant, query: str) -> tuple:
    answer, _session = assistant.respond(query)
    return tuple(h.offer.id for h in answer.offers), tuple(h.offer.id for h in answer.alternatives)


def _import_repeatedly(first: Sources, second: Sources, path: Path) -> None:
    for round_ in range(IMPORTS):
        write_catalogue(second if round_ % 2 == 0 else first, path)
        time.sleep(0.3)  # let the answering threads see each version (a new catalogue builds its
        # understanding indexes on first use, which takes a good part of that)


@pytest.fixture(scope="module")
def two_catalogues(tmp_path_factory: pytest.TempPathFactory):
    """Sources of the shipped catalogue (A) and of a revision (B) that answers differently."""
    tmp_path = tmp_path_factory.mktemp("two")
    places, topics, offers = read_rows(SHIPPED_DB)
    first = Sources(places, topics, offers)
    revised = [replace(o, name=o.name + " (neu)") for i, o in enumerate(offers) if i % 3]
    second = Sources(places, topics, revised)
    queries = [json.loads(line)["q"] for line in DEV.read_text(encoding="utf-8").splitlines()]
    expected = {}
    for name, sources in (("a", first), ("b", second)):
        path = write_catalogue(sources, tmp_path / f"{name}.db")
        helper = Assistant(Settings(catalogue=path, state=tmp_path / "unused.db"), log_gaps=False)
        expected[name] = {q: _ids(helper, q) for q in queries[:40]}
    differing = [q for q in expected["a"] if expected["a"][q] != expected["b"][q]]
    assert len(differing) >= 10
    return first, second, differing, expected


def test_every_answer_comes_from_exactly_one_catalogue(
    two_catalogues, catalogue_path: Path, tmp_path: Path
) -> None:
    first, second, queries, expected = two_catalogues
    assistant = Assistant(
        Settings(catalogue=catalogue_path, state=tmp_path / "s.db"), log_gaps=False
    )
    assistant.holder.check_every = 0
    answers: list[tuple[str, tuple]] = []
    errors: list[BaseException] = []
    # Imports run in another process, as `python -m bot catalogue import` does in production
    # (an importing thread in this process would mostly wait for the GIL).
    importer = multiprocessing.get_context("fork").Process(
        target=_import_repeatedly, args=(first, second, catalogue_path)
    )
    importer.start()

    def ask() -> None:
        try:
            while importer.is_alive():
                for query in queries:
                    answers.append((query, _ids(assistant, query)))
        except BaseException as error:  # surfaced below: a thread must not fail silently
            errors.append(error)

    threads = [threading.Thread(target=ask) for _ in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    importer.join(timeout=10)
    assert importer.exitcode == 0
    assert errors == []
    mixed = [q for q, ids in answers if ids not in (expected["a"][q], expected["b"][q])]
    assert mixed == []
    seen_b = sum(1 for q, ids in answers if ids == expected["b"][q])
    seen_a = sum(1 for q, ids in answers if ids == expected["a"][q])
    assert seen_a and seen_b, "both catalogues must have answered for the test to mean anything"
    assistant.close()


@pytest.mark.parametrize("damage", ["garbage", "empty database", "no offers"])
def test_a_broken_file_never_replaces_the_loaded_catalogue(
    two_catalogues, catalogue_path: Path, tmp_path: Path, damage: str
) -> None:
    first, second, queries, expected = two_catalogues
    assistant = Assistant(
        Settings(catalogue=catalogue_path, state=tmp_path / "s.db"), log_gaps=False
    )
    loaded = assistant.catalogue
    broken = tmp_path / "broken.db"
    if damage == "garbage":
        broken.write_bytes(b"this is not a catalogue" * 200)
    elif damage == "empty database":
        sqlite3.connect(broken).execute("create table x (y)").connection.close()
    else:
        write_catalogue(Sources(first.places, first.topics, []), broken)
    os.replace(broken, catalogue_path)
    assert assistant.holder.reload_if_changed() is False
    assert assistant.catalogue is loaded
    assert _ids(assistant, queries[0]) == expected["a"][queries[0]]
    write_catalogue(second, catalogue_path)  # the next good import is picked up
    assert assistant.holder.reload_if_changed() is True
    assert _ids(assistant, queries[0]) == expected["b"][queries[0]]
    assistant.close()
