"""The shipped catalogue.db is built from its CSV sources, and a bad source never replaces it."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from bot.catalogue import CatalogueError
from bot.catalogue.store import read_rows
from bot.exchange import import_directory, read_directory
from tests.conftest import SAMPLE_DIR, SHIPPED_DB


def test_committed_catalogue_matches_its_sources() -> None:
    sources = read_directory(SAMPLE_DIR)
    assert sources.problems == []
    places, topics, offers = read_rows(SHIPPED_DB)
    assert offers == sources.offers
    assert places == sources.places
    assert topics == sources.topics


def test_import_keeps_offer_ids_and_swaps_the_file(tmp_path: Path) -> None:
    target = tmp_path / "catalogue.db"
    import_directory(SAMPLE_DIR, target)
    ids = [o.id for o in read_rows(target)[2]]
    assert ids[:3] == ["KRS-001", "KRS-002", "KRS-003"] and len(ids) == len(set(ids))
    assert not list(tmp_path.glob(".catalogue.db.*.tmp"))  # no half-written file left behind


@pytest.mark.parametrize(
    ("column", "value", "why"),
    [
        ("age_min_months", "drei", "ganze Zahl"),
        ("topics", "zauberei", "unbekanntes Thema"),
        ("service_area", "dortmund", "unbekannter Ortsschlüssel"),
        ("last_checked", "2099-01-01", "Zukunft"),
    ],
)
def test_a_bad_value_is_named_and_nothing_is_replaced(
    tmp_path: Path, column: str, value: str, why: str
) -> None:
    source = tmp_path / "source"
    shutil.copytree(SAMPLE_DIR, source)
    offers = (source / "offers.csv").read_text(encoding="utf-8").splitlines()
    header = offers[0].split(",")
    import csv
    import io

    rows = list(csv.DictReader(io.StringIO("\n".join(offers))))
    rows[4][column] = value
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=header, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    (source / "offers.csv").write_text(buffer.getvalue(), encoding="utf-8")
    target = tmp_path / "catalogue.db"
    shutil.copy(SHIPPED_DB, target)
    before = target.read_bytes()
    with pytest.raises(CatalogueError) as error:
        import_directory(source, target)
    problem = error.value.problems[0]
    assert (problem.file, problem.row, problem.column, problem.value) == (
        "offers.csv", 6, column, value)  # fmt: skip
    assert why in problem.why
    assert target.read_bytes() == before


def test_a_missing_column_is_reported(tmp_path: Path) -> None:
    source = tmp_path / "source"
    shutil.copytree(SAMPLE_DIR, source)
    lines = (source / "topics.csv").read_text(encoding="utf-8").splitlines()
    (source / "topics.csv").write_text(
        "\n".join(line.rsplit(",", 1)[0] for line in lines[:1]) + "\n", encoding="utf-8"
    )
    problems = read_directory(source).problems
    assert any(p.file == "topics.csv" and p.column == "synonyms_de" for p in problems)
