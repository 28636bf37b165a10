"""The third set of published-list shapes imports whole, the way README tells a newcomer.

tests/data/lists3/ (see its SOURCE.md) holds eight lists in shapes the first two sets lacked: an
XML export of a Kita-Navigator, a Schema.org Event `ItemList`, a bare JSON array with nested
address, contact, GeoJSON point and opening hours, a multi-sheet workbook with title rows, a
CSV with BOM and multi-line cells, ages written as text, English headers and categories, and a
GIS table whose only position is ETRS89/UTM. Each is imported with `catalogue places LIST --out
places.csv` and `catalogue import LIST --places places.csv --catalogue NEW.db`.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.catalogue import Catalogue
from tests.catalogue.conftest import (
    ROOT,
    assert_answered,
    assert_imported_whole,
    import_as_newcomer,
    question_params,
)

LISTS = ROOT / "tests" / "data" / "lists3"
ROWS = {  # list -> offers, every row imported with one command
    "familienportal-kreis-paderborn.csv": 10,
    "kita-navigator-duesseldorf.xml": 8,
    "familienwegweiser-kreis-herford.json": 8,
    "praeventionsangebote-maerkischer-kreis.xlsx": 8,
    "angebote-kreis-warendorf-altersangaben.csv": 12,
    "veranstaltungen-familie-bochum.jsonld": 7,
    "family-services-muelheim-english.csv": 10,
    "beratungsstellen-siegen-wittgenstein-utm.csv": 9,
}
# answered wrongly for reasons outside the importer (see SOURCE.md); strict, so a fix shows
KNOWN_MISSES = {
    "Kind 7 in Bochum liest schlecht, Unterstützung?":
        "'liest schlecht' is not read as a need for Leseförderung (understanding)",
}  # fmt: skip


@pytest.fixture(scope="module")
def imported(tmp_path_factory) -> dict[str, Path]:
    """Every list: places first, then the import with them, as README says."""
    return import_as_newcomer(tmp_path_factory.mktemp("lists3"), LISTS, list(ROWS))


def _offers(db: Path) -> dict[str, object]:
    return {o.name: o for o in Catalogue.load(db).offers}


def test_every_list_is_imported_whole(imported: dict[str, Path]) -> None:
    assert_imported_whole(imported, ROWS)


@pytest.mark.parametrize("question", question_params(LISTS, KNOWN_MISSES))
def test_questions_about_the_new_region_are_answered(
    imported: dict[str, Path], question: dict, capsys, tmp_path: Path
) -> None:
    assert_answered(capsys, imported, question, tmp_path / "s.db")


def test_what_each_shape_says_is_kept(imported: dict[str, Path]) -> None:
    kitas = _offers(imported["kita-navigator-duesseldorf.xml"])
    wichtel = kitas["Kita Wichtelhaus Gerresheim"]
    assert (wichtel.age_min, wichtel.age_max) == (8, 36)  # <aufnahmealter einheit="Monate">
    assert wichtel.provider == "Elterninitiative Wichtelhaus e.V."  # <traeger art="frei">…
    assert "inklusion_behinderung" in kitas["Integrative Kita Am Schlosspark"].topics
    assert kitas["Familienzentrum Oberbilk"].languages == ("de", "ar", "tr")
    herford = _offers(imported["familienwegweiser-kreis-herford.json"])
    buero = herford["Familienbüro Herford-Mitte"]
    assert buero.schedule == "Montag 08:30–12:30; Donnerstag 14:00–18:00"
    assert (buero.lat, buero.lon) == (52.1146, 8.6734)  # GeoJSON's [lon, lat] read right
    assert (herford["Krabbelgruppe Bünder Zwerge"].age_min, herford["Krabbelgruppe Bünder Zwerge"]
            .age_max) == (6, 47)  # fmt: skip
    siegen = _offers(imported["beratungsstellen-siegen-wittgenstein-utm.csv"])
    office = siegen["Familienberatungsstelle Siegen-Mitte"]
    assert office.lat == pytest.approx(50.8713, abs=1e-4)
    assert office.lon == pytest.approx(8.0206, abs=1e-4)
    english = _offers(imported["family-services-muelheim-english.csv"])
    assert english["Domestic Violence Helpdesk"].topics == ("kinderschutz",)
    assert english["Youth Club Styrum"].topics == ("offene_jugendarbeit",)
    assert english["Early Help Home Visits"].age_min == -9  # "-9" years: from pregnancy
    events = _offers(imported["veranstaltungen-familie-bochum.jsonld"])
    assert (events["Babymassage-Kurs"].age_min, events["Babymassage-Kurs"].age_max) == (0, 6)
    assert events["Ferienwerkstatt Holz & Technik"].cost == "kostenlos"


def test_places_come_from_the_lists_own_shape(imported: dict[str, Path]) -> None:
    def places(name: str) -> dict[str, object]:
        return {p.name: p for p in Catalogue.load(imported[name]).gazetteer.places.values()}

    duesseldorf = places("kita-navigator-duesseldorf.xml")
    assert duesseldorf["Gerresheim"].kind == "district"
    assert duesseldorf["Düsseldorf"].kind == "kreis"
    siegen = places("beratungsstellen-siegen-wittgenstein-utm.csv")
    assert siegen["Siegen"].lat == pytest.approx(50.89, abs=0.05)  # centre from UTM rows
    assert {"Geisweid", "Buschhütten", "Rudersdorf"} <= set(siegen)
