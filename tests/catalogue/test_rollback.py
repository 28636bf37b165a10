"""`catalogue rollback` swaps back to the previous catalogue, whole, and forward again."""

from __future__ import annotations

from pathlib import Path

HEADER = "Angebot;Träger;Themen;Alter;Ort/Kommune\n"


def test_rollback_restores_the_previous_file_and_a_second_one_goes_forward(
    cli, tmp_path: Path, catalogue_path: Path
) -> None:
    original = catalogue_path.read_bytes()
    listing = tmp_path / "liste.csv"
    listing.write_text(HEADER + "Babytreff;AWO;Frühe Hilfen;0–3;Kamen\n", encoding="utf-8")
    assert cli("catalogue", "import", str(listing))[0] == 0
    imported = catalogue_path.read_bytes()
    assert imported != original
    assert cli("catalogue", "rollback")[0] == 0
    assert catalogue_path.read_bytes() == original
    assert cli("catalogue", "rollback")[0] == 0
    assert catalogue_path.read_bytes() == imported


def test_without_a_previous_catalogue_nothing_happens(cli, catalogue_path: Path) -> None:
    before = catalogue_path.read_bytes()
    code, _out, err = cli("catalogue", "rollback")
    assert code == 1 and ".previous" in err
    assert catalogue_path.read_bytes() == before


def test_a_damaged_previous_file_is_not_rolled_back_to(cli, catalogue_path: Path) -> None:
    before = catalogue_path.read_bytes()
    catalogue_path.with_name(catalogue_path.name + ".previous").write_bytes(b"not sqlite" * 100)
    code, _out, _err = cli("catalogue", "rollback")
    assert code == 1
    assert catalogue_path.read_bytes() == before
