"""All or nothing by default; `--skip-invalid` takes the good rows now and lists the rest."""

from __future__ import annotations

import hashlib
from pathlib import Path

from bot.catalogue import Catalogue
from tests.catalogue.conftest import ROOT

HEADER = "Angebot;Träger;Themen;Alter;Ort/Kommune;Stadtteil;Zugang\n"
GOOD = [
    "Babytreff Methler;AWO;Frühe Hilfen;0–3 J.;Kamen;Methler;offen\n",
    "Lesepaten;Stadtbücherei;Sprachförderung;6 bis 10 Jahre;Unna;;Anmeldung\n",
    "Elterncafé;Caritas;Elternkurse;;Lünen;;offen\n",
]
BAD = [
    "Lerntreff;Caritas;Nachhilfe;Jahrgang 2019;Kamen;;offen\n",  # line 5: age
    "Kurs;AWO;Quidditch;6–10;Atlantis;;vielleicht\n",  # line 6: topic, place, access
]


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _listing(tmp_path: Path) -> Path:
    path = tmp_path / "liste.csv"
    path.write_text(HEADER + "".join(GOOD) + "".join(BAD), encoding="utf-8")
    return path


def test_by_default_one_bad_row_refuses_all_and_the_file_stays_byte_identical(
    cli, catalogue_path: Path, tmp_path: Path
) -> None:
    before = _digest(catalogue_path)
    code, _out, err = cli("catalogue", "import", str(_listing(tmp_path)))
    assert code == 1
    assert "Zeile 5" in err and "Zeile 6" in err
    assert _digest(catalogue_path) == before
    assert not catalogue_path.with_name(catalogue_path.name + ".previous").exists()


def test_skip_invalid_imports_the_good_rows_and_lists_every_refused_one(
    cli, catalogue_path: Path, tmp_path: Path
) -> None:
    code, out, err = cli("catalogue", "import", str(_listing(tmp_path)), "--skip-invalid")
    assert code == 0, err
    names = sorted(o.name for o in Catalogue.load(catalogue_path).offers)
    assert names == ["Babytreff Methler", "Elterncafé", "Lesepaten"]
    lines = out.splitlines()

    def listed(line: int, column: str, value: str) -> bool:
        return any(f"liste.csv, Zeile {line}," in x and f"„{column}“" in x and f"„{value}“" in x
                   for x in lines)  # fmt: skip

    assert listed(5, "Alter", "Jahrgang 2019")
    assert listed(6, "Themen", "Quidditch")
    assert listed(6, "Ort/Kommune", "Atlantis")
    assert listed(6, "Zugang", "vielleicht")
    assert "2 Zeilen mit Problemen wurden ausgelassen" in out
    assert "3 Angebote" in out


def test_dry_run_with_skip_invalid_shows_both_and_writes_nothing(
    cli, catalogue_path: Path, tmp_path: Path
) -> None:
    before = _digest(catalogue_path)
    code, out, _err = cli(
        "catalogue", "import", str(_listing(tmp_path)), "--skip-invalid", "--dry-run"
    )
    assert code == 0
    assert "3 Angebote würden übernommen, 2 Zeilen ausgelassen" in out
    assert "Zeile 5" in out and "Jahrgang 2019" in out
    assert _digest(catalogue_path) == before


def test_dry_run_without_skip_invalid_refuses_and_names_the_rows(
    cli, catalogue_path: Path, tmp_path: Path
) -> None:
    before = _digest(catalogue_path)
    code, out, err = cli("catalogue", "import", str(_listing(tmp_path)), "--dry-run")
    assert code == 1
    assert "3 Angebote gelesen" in out and "Zeile 6" in err
    assert _digest(catalogue_path) == before


def test_a_problem_of_the_whole_file_still_refuses_with_skip_invalid(
    cli, catalogue_path: Path, tmp_path: Path
) -> None:
    before = _digest(catalogue_path)
    listing = tmp_path / "liste.csv"
    listing.write_text("Angebot;Träger;Themen\nKurs;AWO;Frühe Hilfen\n", encoding="utf-8")
    code, _out, err = cli("catalogue", "import", str(listing), "--skip-invalid")
    assert code == 1
    assert "Spalte fehlt" in err
    assert _digest(catalogue_path) == before


def test_skip_invalid_works_on_our_own_schema(cli, catalogue_path: Path, tmp_path: Path) -> None:
    import csv

    from bot.exchange.sources import OFFER_COLUMNS

    with (ROOT / "bot" / "data" / "catalogue" / "offers.csv").open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    rows[3]["age_min_months"] = "drei"
    rows[7]["municipality"] = "atlantis"
    target = tmp_path / "offers.csv"
    with target.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, OFFER_COLUMNS)
        writer.writeheader()
        writer.writerows(rows)
    code, out, err = cli("catalogue", "import", str(target), "--skip-invalid")
    assert code == 0, err
    ids = {o.id for o in Catalogue.load(catalogue_path).offers}
    assert len(ids) == len(rows) - 2
    assert rows[3]["id"] not in ids and rows[7]["id"] not in ids
    assert "offers.csv, Zeile 5" in out and "offers.csv, Zeile 9" in out
