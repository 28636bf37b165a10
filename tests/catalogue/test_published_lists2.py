"""The second set of published-list shapes starts a catalogue the way README tells a newcomer.

tests/data/lists2/ (see its SOURCE.md) holds eleven lists written in shapes the first set did
not have: a Landesportal JSON with nested provider and locations, Schema.org JSON-LD, a CKAN
datastore answer, an Access export in ISO-8859-15, a LibreOffice .ods, a workbook with one sheet
per Stadtteil, a tab-separated list with English headers, one row per offer and place (partly
as continuation rows), addresses in one column, Kreis-wide offers beside towns outside the
Kreis, and an HSDS package without a places file. Each is imported with `catalogue places LIST
--out places.csv` and `catalogue import LIST --places places.csv --catalogue NEW.db`, and the
tests assert what a planner relies on: rows kept, places derived, and questions answered.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bot.catalogue import Catalogue
from tests.catalogue.conftest import ROOT, import_as_newcomer, top_three
from tests.catalogue.conftest import run_cli as _run

LISTS = ROOT / "tests" / "data" / "lists2"
ROWS = {  # list -> offers imported whole
    "familienportal-nrw-kreis-recklinghausen.json": 11,  # 8 records, one at 2 and one at 3 places
    "familienangebote-bonn.jsonld": 7,
    "angebote-kreis-heinsberg-access.csv": 9,
    "kursangebote-kreis-mettmann-standorte.csv": 12,
    "beratungsstellen-stadt-dortmund.csv": 9,
    "kinder-jugend-essen-stadtteile.xlsx": 8,
    "jugendangebote-kreis-viersen.ods": 7,
    "welcome-staedteregion-aachen.tsv": 8,
    "netzwerk-fruehe-hilfen-rhein-sieg-kreis.csv": 11,
    "hsds-kreis-kleve": 6,  # the inactive service is skipped
}
_QUESTION_LINES = (LISTS / "questions.jsonl").read_text(encoding="utf-8").splitlines()
QUESTIONS = [json.loads(line) for line in _QUESTION_LINES if line]


@pytest.fixture(scope="module")
def imported(tmp_path_factory) -> dict[str, Path]:
    """Every list: places first, then the import with them, as README says (the Köln list with
    `--skip-invalid`: it keeps all but one deliberately bad row)."""
    koeln = "offenedaten-koeln-jugendeinrichtungen.json"
    return import_as_newcomer(tmp_path_factory.mktemp("lists2"), LISTS, [*ROWS, koeln],
                              skip_invalid=frozenset({koeln}))  # fmt: skip


def test_every_list_is_imported_whole(imported: dict[str, Path]) -> None:
    for name, rows in ROWS.items():
        offers = Catalogue.load(imported[name]).offers
        assert len(offers) == rows, name
        assert all(o.topics and o.municipality for o in offers), name


def test_a_kind_of_offer_nobody_mapped_is_refused_by_name(
    imported: dict[str, Path], tmp_path: Path, capsys, monkeypatch
) -> None:
    """The Kölner "Abenteuerspielplatz" says no topic anywhere: the mapping is named."""
    monkeypatch.setenv("LOTSE_LOCALE", "de")
    name = "offenedaten-koeln-jugendeinrichtungen.json"
    assert len(Catalogue.load(imported[name]).offers) == 8
    places = tmp_path / "places.csv"
    _run(capsys, "catalogue", "places", str(LISTS / name), "--out", str(places))
    code, out, err = _run(capsys, "catalogue", "import", str(LISTS / name), "--places",
                          str(places), "--catalogue", str(tmp_path / "k.db"))  # fmt: skip
    assert code == 1 and not (tmp_path / "k.db").exists()
    assert "Zeile 2, Spalte „angebotsart“, Wert „Abenteuerspielplatz“" in out + err
    assert "services.csv" in out + err


@pytest.mark.parametrize("question", QUESTIONS, ids=lambda q: q["text"][:40])
def test_questions_about_the_new_region_are_answered(
    imported: dict[str, Path], question: dict, capsys, tmp_path: Path
) -> None:
    code, top = top_three(capsys, imported[question["list"]], question["text"], tmp_path / "s.db")
    assert code == 0 and any(question["expect"] in name for name in top), (question, top)


def test_places_come_from_the_lists_own_shape(imported: dict[str, Path]) -> None:
    def places(name: str) -> dict[str, tuple[str, str | None]]:
        gazetteer = Catalogue.load(imported[name]).gazetteer
        return {p.name: (p.kind, p.parent) for p in gazetteer.places.values()}

    bonn = places("familienangebote-bonn.jsonld")  # "Bonn-Beuel": the city and its Stadtteil
    assert bonn["Bonn"] == ("kreis", None) and bonn["Beuel"] == ("municipality", "bonn")
    assert bonn["Hardtberg"][1] == "bonn"  # named only by an areaServed
    dortmund = places("beratungsstellen-stadt-dortmund.csv")  # "44145 Dortmund (Nordstadt)"
    assert dortmund["Nordstadt"] == ("municipality", "dortmund")
    assert dortmund["Hörde"] == ("municipality", "dortmund")  # "44263 Dortmund-Hörde, …"
    rhein_sieg = places("netzwerk-fruehe-hilfen-rhein-sieg-kreis.csv")
    assert rhein_sieg["Rhein-Sieg-Kreis"] == ("kreis", None)  # not "Kreis Siegburg"
    assert {"Alfter", "Swisttal", "Bornheim", "Bad Honnef"} <= set(rhein_sieg)  # Einsatzgebiet
    assert "St. Augustin" not in rhein_sieg and "Sankt Augustin" in rhein_sieg
    assert "Castrop-Rauxel" in places("familienportal-nrw-kreis-recklinghausen.json")
    essen = places("kinder-jugend-essen-stadtteile.xlsx")  # one sheet per Stadtteil
    assert {"Altenessen", "Rüttenscheid", "Steele", "Borbeck"} <= set(essen)
    kleve = places("hsds-kreis-kleve")  # HSDS: addresses and service areas, no places file
    assert kleve["Kreis Kleve"] == ("kreis", None)
    assert {"Goch", "Weeze", "Uedem", "Emmerich am Rhein"} <= set(kleve)


def test_kreis_wide_offers_serve_every_town(imported: dict[str, Path]) -> None:
    catalogue = Catalogue.load(imported["netzwerk-fruehe-hilfen-rhein-sieg-kreis.csv"])
    offers = {o.name: o for o in catalogue.offers}
    region = next(p.key for p in catalogue.gazetteer.places.values() if p.kind == "kreis")
    for name in ("Familienhebammen im Rhein-Sieg-Kreis", "Willkommensbesuche", "Schreiambulanz"):
        assert offers[name].service_area == (region,), name
    # an office in Bonn for families of three towns of the Kreis serves those towns
    assert set(offers["Erziehungsberatung linksrheinisch"].service_area) == {
        "bornheim", "alfter", "swisttal"}  # fmt: skip


def test_a_newcomer_without_a_places_file_gets_the_same_offers(
    tmp_path: Path, capsys, monkeypatch
) -> None:
    monkeypatch.setenv("LOTSE_LOCALE", "de")
    monkeypatch.setenv("LOTSE_STATE", str(tmp_path / "state.db"))
    for name in ("hsds-kreis-kleve", "familienportal-nrw-kreis-recklinghausen.json"):
        target = tmp_path / f"{name}.db"
        code, out, _err = _run(capsys, "catalogue", "import", str(LISTS / name),
                               "--catalogue", str(target))  # fmt: skip
        assert code == 0, out
        assert "catalogue places" in out  # the report says the places were derived
        assert len(Catalogue.load(target).offers) == ROWS[name]
