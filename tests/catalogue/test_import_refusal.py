"""A malformed list is refused with a report naming every problem; the catalogue stays as it was."""

from __future__ import annotations

from pathlib import Path

import pytest

HEADER = "Angebot;Träger;Themen;Alter;Ort/Kommune;Stadtteil;Einzugsgebiet;Zugang;Stand\n"
GOOD = "Babytreff Methler;AWO;Frühe Hilfen;0–3 J.;Kamen;Methler;Kamen;offen;01.02.2025\n"


def _write(path: Path, text: str, encoding: str = "utf-8") -> Path:
    path.write_bytes(text.encode(encoding))
    return path


@pytest.fixture
def unchanged(catalogue_path: Path):
    """Assert after the test body that the catalogue file is byte-identical."""
    before = catalogue_path.read_bytes()
    yield
    assert catalogue_path.read_bytes() == before
    assert not catalogue_path.with_name(catalogue_path.name + ".previous").exists()


def test_a_missing_required_column_is_named(cli, tmp_path: Path, unchanged) -> None:
    listing = _write(tmp_path / "liste.csv", "Angebot;Träger;Themen\nKurs;AWO;Frühe Hilfen\n")
    code, _out, err = cli("catalogue", "import", str(listing))
    assert code == 1
    assert "Spalte „Ort/Kommune“" in err and "Spalte fehlt" in err


def test_a_row_nothing_names_a_topic_for_is_refused(cli, tmp_path: Path, unchanged) -> None:
    """Without a Themen column the offer's name decides; a bare "Kurs" names no topic."""
    listing = _write(tmp_path / "liste.csv", "Angebot;Träger;Ort/Kommune\nKurs;AWO;Kamen\n")
    code, _out, err = cli("catalogue", "import", str(listing))
    assert code == 1
    assert "Zeile 2" in err and "Wert „Kurs“" in err and "kein Thema" in err


def test_every_bad_cell_is_reported_with_line_column_and_value(
    cli, tmp_path: Path, unchanged
) -> None:
    listing = _write(
        tmp_path / "liste.csv",
        HEADER
        + GOOD
        + "Lerntreff;Caritas;Nachhilfe;Jahrgang 2019;Kamen;;Hogwarts;offen;\n"
        + "Kurs;AWO;Quidditch;6–10;Atlantis;;;vielleicht;2099-01-01\n",
    )
    code, _out, err = cli("catalogue", "import", str(listing))
    assert code == 1
    lines = err.splitlines()

    def reported(line: int, column: str, value: str) -> bool:
        return any(
            f"Zeile {line}," in x and f"„{column}“" in x and f"„{value}“" in x for x in lines
        )

    assert reported(3, "Alter", "Jahrgang 2019")
    assert reported(3, "Einzugsgebiet", "Hogwarts")
    assert reported(4, "Themen", "Quidditch")
    assert reported(4, "Ort/Kommune", "Atlantis")
    assert reported(4, "Zugang", "vielleicht")
    assert reported(4, "Stand", "2099-01-01")
    assert not any("Zeile 2," in x for x in lines)  # the good row is fine


def test_a_file_mixing_encodings_is_refused_line_by_line(cli, tmp_path: Path, unchanged) -> None:
    latin = "Kurs;Träger Süd;Frühe Hilfen;0–3;Unna;;;offen;\n".encode("cp1252")
    raw = (HEADER + GOOD).encode("utf-8") + latin
    listing = tmp_path / "liste.csv"
    listing.write_bytes(raw)
    code, _out, err = cli("catalogue", "import", str(listing))
    assert code == 1
    assert "Zeile 3" in err and "UTF-8" in err


@pytest.mark.parametrize("damage", ["Tr\ufffdger", "TrÃ¤ger"])
def test_damaged_umlauts_are_refused(cli, tmp_path: Path, unchanged, damage: str) -> None:
    listing = _write(tmp_path / "liste.csv", HEADER + GOOD.replace("AWO", f"AWO {damage}"))
    code, _out, err = cli("catalogue", "import", str(listing))
    assert code == 1
    assert "Zeile 2" in err


def test_a_broken_xlsx_is_refused(cli, tmp_path: Path, unchanged) -> None:
    listing = tmp_path / "liste.xlsx"
    listing.write_bytes(b"PK\x03\x04 this is no workbook")
    code, _out, err = cli("catalogue", "import", str(listing))
    assert code == 1 and "liste.xlsx" in err


def test_dry_run_reports_but_never_writes(cli, tmp_path: Path, unchanged) -> None:
    listing = _write(tmp_path / "liste.csv", HEADER + GOOD, encoding="cp1252")
    code, out, err = cli("catalogue", "import", str(listing), "--dry-run")
    assert code == 0 and err == ""
    assert "1 " in out


def test_a_planner_list_replaces_the_offers_and_keeps_places_and_topics(
    cli, tmp_path: Path, catalogue_path: Path
) -> None:
    from bot.catalogue import Catalogue

    before = Catalogue.load(catalogue_path)
    listing = _write(tmp_path / "liste.csv", HEADER + GOOD, encoding="cp1252")
    code, _out, err = cli("catalogue", "import", str(listing))
    assert code == 0, err
    after = Catalogue.load(catalogue_path)
    assert [o.name for o in after.offers] == ["Babytreff Methler"]
    offer = after.offers[0]
    assert (offer.municipality, offer.district, offer.service_area) == (
        "kamen",
        "kamen-methler",
        ("kamen",),
    )
    assert (offer.age_min, offer.age_max, offer.access) == (0, 47, "offen")
    assert offer.id.startswith("KAM-")  # derived from the town code and the content
    assert after.gazetteer.places == before.gazetteer.places and after.topics == before.topics


def test_derived_ids_are_stable_and_merge_keeps_other_offers(
    cli, tmp_path: Path, catalogue_path: Path
) -> None:
    from bot.catalogue import Catalogue

    listing = _write(tmp_path / "liste.csv", HEADER + GOOD)
    assert cli("catalogue", "import", str(listing), "--merge")[0] == 0
    first = Catalogue.load(catalogue_path)
    assert cli("catalogue", "import", str(listing), "--merge")[0] == 0
    second = Catalogue.load(catalogue_path)
    assert len(second) == len(first) == 280
    assert [o.id for o in second.offers] == [o.id for o in first.offers]


def test_the_three_csv_folder_still_imports(cli, catalogue_path: Path) -> None:
    sample = Path(__file__).resolve().parent.parent.parent / "bot" / "data" / "catalogue"
    code, out, err = cli("catalogue", "import", str(sample))
    assert code == 0, err
    assert "279" in out
