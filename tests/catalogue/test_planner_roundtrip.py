"""The shipped catalogue, written as a planner's list and imported again, answers identically."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from bot.catalogue import Catalogue
from bot.exchange.importing import apply_import, load_base, read_source
from bot.exchange.template import export_xlsx, header, offer_cells
from bot.matching import match
from bot.understanding import understand

DEV = Path(__file__).resolve().parent.parent / "data" / "dev.jsonl"


def _answers(catalogue: Catalogue) -> dict[str, tuple]:
    result = {}
    for line in DEV.read_text(encoding="utf-8").splitlines():
        label = json.loads(line)
        answer = match(understand(label["q"], catalogue), catalogue)
        result[label["id"]] = (
            tuple(h.offer.id for h in answer.offers),
            tuple(h.offer.id for h in answer.alternatives),
            answer.gap,
        )
    return result


def _import(source: Path, target: Path, base_catalogue: Path) -> Catalogue:
    base, problems = load_base(base_catalogue)
    result = read_source(source, base)
    assert problems == [] and result.problems == []
    apply_import(result, target)
    return Catalogue.load(target)


def test_xlsx_export_imports_to_a_catalogue_that_answers_all_dev_queries_alike(
    catalogue: Catalogue, catalogue_path: Path, tmp_path: Path
) -> None:
    sheet = tmp_path / "angebote.xlsx"
    export_xlsx(catalogue, sheet)
    imported = _import(sheet, tmp_path / "imported.db", catalogue_path)
    assert imported.offers == catalogue.offers
    original, again = _answers(catalogue), _answers(imported)
    assert len(original) == 240
    assert again == original


def test_semicolon_windows_1252_csv_with_a_title_line_imports_the_same_offers(
    catalogue: Catalogue, catalogue_path: Path, tmp_path: Path
) -> None:
    listing = tmp_path / "Angebote Kreis.csv"
    with listing.open("w", encoding="cp1252", errors="strict", newline="") as handle:
        handle.write("Angebotsübersicht Jugendhilfeplanung, Stand 2026\r\n")
        writer = csv.writer(handle, delimiter=";")
        writer.writerow(header())
        for offer in catalogue.offers:
            cells = offer_cells(offer, catalogue)
            writer.writerow(["" if c is None else c for c in cells])
    imported = _import(listing, tmp_path / "imported.db", catalogue_path)
    assert imported.offers == catalogue.offers


@pytest.mark.parametrize("title", ["Traeger", "TRÄGER", "Anbieter", "träger "])
def test_headers_match_without_regard_to_case_umlauts_or_synonyms(title: str) -> None:
    from bot.exchange.headers import map_header

    columns = map_header(["Angebot", title, "Alter von (Monate)", "Alter bis", "Ort / Kommune"])
    assert columns.index == {
        "name": 0,
        "provider": 1,
        "age_min": 2,
        "age_max": 3,
        "municipality": 4,
    }
    assert columns.months == {"age_min"}
