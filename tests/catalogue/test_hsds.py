"""HSDS 3.0: the published example imports, and our export is a lossless, conforming package."""

from __future__ import annotations

import csv
import json
from pathlib import Path

from bot.catalogue import Catalogue
from bot.exchange.hsds import read_hsds
from bot.exchange.hsds_export import export_hsds
from tests.catalogue.conftest import HSDS_EXAMPLE


def _read(catalogue: Catalogue, folder: Path, place: str | None = None):
    return read_hsds(folder, catalogue.gazetteer.places.values(), catalogue.topics.values(), place)


def test_the_example_service_needs_a_default_place_outside_the_kreis(catalogue: Catalogue) -> None:
    sources, _notes = _read(catalogue, HSDS_EXAMPLE)
    assert sources.offers == []
    assert any("--place" in p.why for p in sources.problems)


def test_the_example_package_imports_with_a_default_place(catalogue: Catalogue) -> None:
    sources, notes = _read(catalogue, HSDS_EXAMPLE, "kreis-unna")
    assert sources.problems == []
    (offer,) = sources.offers
    assert offer.id == "ac148810-d857-441c-9679-408f346de14b"
    assert (offer.name, offer.provider) == ("Community Counselling", "Example Organization Inc.")
    assert (offer.age_min, offer.age_max) == (144, None)  # 12 years; 100 is no child's limit
    assert offer.service_area == ("kreis-unna",)
    assert offer.languages == ("ur",)
    assert "psychische_gesundheit" in offer.topics  # guessed from the description, and noted
    assert any("guessed" in n.why or "geraten" in n.why for n in notes)
    assert offer.phone == "+44 1234 234567" and offer.last_checked == "2005-01-01"
    assert offer.lat is None  # the example's latitude 100 is no coordinate


def test_the_export_has_the_tables_and_columns_of_the_published_datapackage(
    catalogue: Catalogue, tmp_path: Path
) -> None:
    export_hsds(catalogue, tmp_path / "out")
    reference = json.loads((HSDS_EXAMPLE / "datapackage.json").read_text(encoding="utf-8"))
    for resource in reference["resources"]:
        path = tmp_path / "out" / resource["path"]
        with path.open(encoding="utf-8", newline="") as handle:
            header = next(csv.reader(handle))
        assert header == [f["name"] for f in resource["schema"]["fields"]], resource["name"]
    exported = {p.name for p in (tmp_path / "out").iterdir()}
    assert exported == {r["path"] for r in reference["resources"]} | {"datapackage.json"}


def test_export_then_import_keeps_every_offer(catalogue: Catalogue, tmp_path: Path) -> None:
    export_hsds(catalogue, tmp_path / "out")
    sources, notes = _read(catalogue, tmp_path / "out")
    assert sources.problems == [] and notes == []
    assert sources.offers == list(catalogue.offers)


def test_ages_in_years_are_standard_hsds_for_other_tools(
    catalogue: Catalogue, tmp_path: Path
) -> None:
    export_hsds(catalogue, tmp_path / "out")
    with (tmp_path / "out" / "services.csv").open(encoding="utf-8") as handle:
        services = {row["id"]: row for row in csv.DictReader(handle)}
    for offer in catalogue.offers:
        row = services[offer.id]
        if offer.age_min is not None and offer.age_min >= 0 and offer.age_min % 12 == 0:
            assert float(row["minimum_age"]) == offer.age_min // 12
        if offer.age_max is not None and (offer.age_max + 1) % 12 == 0:
            assert float(row["maximum_age"]) == (offer.age_max + 1) // 12 - 1


def test_a_foreign_package_is_read_from_standard_columns(
    catalogue: Catalogue, tmp_path: Path
) -> None:
    """Without our attributes: years, service areas by name and the description decide."""
    export_hsds(catalogue, tmp_path / "out")
    for name in ("attributes.csv", "taxonomy_terms.csv"):
        path = tmp_path / "out" / name
        path.write_text(path.read_text(encoding="utf-8").splitlines()[0] + "\n", encoding="utf-8")
    sources, _notes = _read(catalogue, tmp_path / "out")
    by_id = {o.id: o for o in sources.offers}
    original = catalogue.by_id["KRS-002"]  # Familienhebammen, pregnancy to 11 months, Kreis
    assert by_id["KRS-002"].service_area == original.service_area
    assert by_id["KRS-002"].age_max == original.age_max
    assert by_id["KRS-002"].topics  # found in name and description
