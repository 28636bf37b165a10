"""The sixth set of published-list shapes (stop 38) imports whole and answers its questions.

tests/data/lists48/ (see its SOURCE.md) holds seven lists in shapes the earlier sets lacked: a
Familienwegweiser CMS export as CSV with HTML and `&nbsp;` in its cells, a course programme
whose ages are only words ("U3", "werdende Eltern", "Eltern von Teenagern") under a `Kurs`
column, one row per Träger with its offers in one cell (one per line), an Open Referral (HSDS)
flat export with English headers in another order and an inactive row, a CSV with a UTF-8 byte
order mark in front of Windows-1252 text, a city's list that names only Ortsteile (the town
only in its title), and a Kreis's own Handlungsfelder as its only topics.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from bot.catalogue import Catalogue
from bot.cli import main
from tests.catalogue.conftest import (
    ROOT,
    assert_answered,
    assert_imported_whole,
    import_as_newcomer,
    offers_by_name,
    question_params,
)

LISTS = ROOT / "tests" / "data" / "lists48"
ROWS = {  # list -> offers
    "familienwegweiser-kreis-unna-cms.csv": 6,
    "familienbildung-stadt-gelsenkirchen-zielgruppen.csv": 7,  # "Jugendberatung" (lists52)
    "traeger-angebote-rhein-kreis-neuss.xlsx": 13,
    "hsds-flat-export-stadt-bottrop.csv": 5,  # 6 rows, one `inactive`
    "angebote-stadt-leverkusen-bom-ansi.csv": 6,
    "familienwegweiser-castrop-rauxel-ortsteile.csv": 6,
    "angebote-oberbergischer-kreis-handlungsfelder.csv": 7,
}
# every list imports whole: "Jugendberatung", refused at first, is read as a category word in
# the name since lists52 ("Kinder aus suchtbelasteten Familien" since the lexicon knows it)
SKIP_INVALID: frozenset[str] = frozenset()
KNOWN_MISSES = {
    "Schwangere in Wipperfürth braucht eine Hebamme":
        "'Sprechstunde am Marktplatz' under 'Frühe Hilfen' names no help; only its audience "
        "'Schwangere und Eltern mit Babys' does, and audience words read as topics are too "
        "loose to add ('Väter' as Alleinerziehende, 'Kindergartenalter' as Kita)",
}  # fmt: skip


@pytest.fixture(scope="module")
def imported(tmp_path_factory) -> dict[str, Path]:
    """Every list: places first, then the import with them, as README says."""
    return import_as_newcomer(tmp_path_factory.mktemp("lists48"), LISTS, list(ROWS), SKIP_INVALID)


def test_every_list_is_imported_whole(imported: dict[str, Path]) -> None:
    assert_imported_whole(imported, ROWS)


@pytest.mark.parametrize("question", question_params(LISTS, KNOWN_MISSES))
def test_questions_about_the_new_region_are_answered(
    imported: dict[str, Path], question: dict, capsys, tmp_path: Path
) -> None:
    assert_answered(capsys, imported, question, tmp_path / "s.db")


@pytest.mark.parametrize(
    ("name", "offer", "field", "value"),
    [
        # HTML in a CMS's CSV cells is read as the page shows it
        ("familienwegweiser-kreis-unna-cms.csv", "Babytreff Kamen", "age_max", 11),
        ("familienwegweiser-kreis-unna-cms.csv", "Sprachförderung „Wortschatzkiste“",
         "address", "Allee 21, 59439 Holzwickede"),
        # ages only as words in the Zielgruppe
        ("familienbildung-stadt-gelsenkirchen-zielgruppen.csv", "Krabbelgruppe Zwergenland",
         "age_max", 35),
        ("familienbildung-stadt-gelsenkirchen-zielgruppen.csv", "Geburtsvorbereitung für Paare",
         "age_min", -9),
        ("familienbildung-stadt-gelsenkirchen-zielgruppen.csv", "Elternabend Pubertät",
         "age_min", 156),
        # one line of a Träger's offers cell is one offer with the Träger's contact
        ("traeger-angebote-rhein-kreis-neuss.xlsx", "Babymassage", "provider",
         "Familienzentrum-Beispiel Dormagen"),
        ("traeger-angebote-rhein-kreis-neuss.xlsx", "Schwangerschaftsberatung", "phone",
         "0000 960101"),
        ("traeger-angebote-rhein-kreis-neuss.xlsx", "Erziehungsberatung", "age_min", None),
        # an HSDS flat export: the service names the offer, the organisation is the Träger
        ("hsds-flat-export-stadt-bottrop.csv", "Jugendsuchtberatung – Beratungszentrum Mitte",
         "provider", "Suchthilfe-Beispiel Bottrop"),
        ("hsds-flat-export-stadt-bottrop.csv", "Jugendsuchtberatung – Beratungszentrum Mitte",
         "last_checked", "2026-01-20"),
        # a BOM in front of Windows-1252 text
        ("angebote-stadt-leverkusen-bom-ansi.csv", "Spielgruppe „Rheindorfer Gänseblümchen“",
         "age_max", 47),
        # Ortsteile only, the town in the title
        ("familienwegweiser-castrop-rauxel-ortsteile.csv",
         "Spielgruppe Frohlinde – Elterninitiative-Beispiel Frohlinde e.V.", "district",
         "frohlinde"),
    ],
)  # fmt: skip
def test_what_each_shape_says_is_kept(imported: dict[str, Path], name: str, offer: str,
                                      field: str, value: object) -> None:  # fmt: skip
    found = offers_by_name(imported[name])
    assert offer in found, sorted(found)
    assert getattr(found[offer], field) == value


def test_the_inactive_row_and_the_ortsteile_are_read(imported: dict[str, Path]) -> None:
    bottrop = offers_by_name(imported["hsds-flat-export-stadt-bottrop.csv"])
    assert not any("Ferienfreizeit" in name for name in bottrop)  # status `inactive`
    castrop = Catalogue.load(imported["familienwegweiser-castrop-rauxel-ortsteile.csv"])
    assert {o.district for o in castrop.offers} >= {"ickern", "frohlinde"}


def test_a_refused_list_leaves_the_catalogue_untouched(tmp_path: Path, monkeypatch) -> None:
    """Without --skip-invalid a row naming no topic refuses the whole list, nothing changes."""
    monkeypatch.setenv("LOTSE_LOCALE", "de")
    monkeypatch.setenv("LOTSE_STATE", str(tmp_path / "state.db"))
    name = "familienbildung-stadt-gelsenkirchen-zielgruppen.csv"
    places, db = tmp_path / "places.csv", tmp_path / "old.db"
    shutil.copyfile(ROOT / "catalogue.db", db)
    before = db.read_bytes()
    # its Jugendberatung is read since lists52: a row whose name names nothing refuses it
    text = (LISTS / name).read_text(encoding="utf-8")
    (tmp_path / name).write_text(text.replace("Jugendberatung „Klartext“", "„Klartext“"),
                                 encoding="utf-8")  # fmt: skip
    assert main(["catalogue", "places", str(tmp_path / name), "--out", str(places)]) == 0
    assert main(["catalogue", "import", str(tmp_path / name), "--places", str(places),
                 "--catalogue", str(db)]) != 0  # fmt: skip
    assert db.read_bytes() == before
