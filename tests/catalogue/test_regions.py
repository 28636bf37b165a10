"""Another region starts from its own list: Hamburg's real Kita directory, as published.

The two commands of the README: `catalogue places FILE --out places.csv` derives the gazetteer,
`catalogue import FILE --places places.csv --catalogue NEW.db` imports the list with it and the
shipped taxonomy; then `ask` understands Hamburg's places and ages in that catalogue.
"""

from __future__ import annotations

import csv
import json
from collections import Counter
from pathlib import Path

import pytest

from bot.catalogue import Catalogue
from bot.cli import main
from tests.catalogue.conftest import ROOT
from tests.catalogue.conftest import run_cli as _run

DATA = ROOT / "tests" / "data" / "hamburg-kitas"
CSV = DATA / "kitas.csv"
GEOJSON = DATA / "kitas-altona.geojson"


@pytest.fixture(scope="module")
def hamburg(tmp_path_factory) -> Path:
    """The full Hamburg CSV derived and imported once for the module (two CLI commands)."""
    folder = tmp_path_factory.mktemp("hamburg")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("LOTSE_LOCALE", "de")
        patch.setenv("LOTSE_STATE", str(folder / "state.db"))
        assert main(["catalogue", "places", str(CSV), "--out", str(folder / "places.csv")]) == 0
        code = main(["catalogue", "import", str(CSV), "--places", str(folder / "places.csv"),
                     "--catalogue", str(folder / "hamburg.db")])  # fmt: skip
        assert code == 0
    return folder


def _places(folder: Path) -> dict[str, dict[str, str]]:
    with (folder / "places.csv").open(encoding="utf-8") as handle:
        return {row["key"]: row for row in csv.DictReader(handle)}


def test_the_derived_gazetteer_has_the_city_its_bezirke_and_stadtteile(hamburg: Path) -> None:
    places = _places(hamburg)
    kinds = Counter(p["kind"] for p in places.values())
    assert kinds["kreis"] == 1 and places["hamburg"]["kind"] == "kreis"
    assert {k for k, p in places.items() if p["parent"] == "hamburg"} >= {
        "altona", "eimsbuettel", "hamburg-mitte", "hamburg-nord", "wandsbek", "bergedorf",
        "harburg"}  # fmt: skip
    assert places["altona-altstadt"]["parent"] == "altona"
    assert places["altona-altstadt"]["kind"] == "district"
    # a Stadtteil named like its Bezirk gets its own key, the name stays
    assert places["eimsbuettel-stadtteil"]["name"] == "Eimsbüttel"
    assert places["eimsbuettel-stadtteil"]["parent"] == "eimsbuettel"
    assert kinds["district"] >= 90
    # every postcode names one place of each level
    for kind in ("municipality", "district"):
        codes = [c for p in places.values() if p["kind"] == kind for c in p["postcodes"].split(";")
                 if c]  # fmt: skip
        assert len(codes) == len(set(codes))
    assert "22767" in places["altona-altstadt"]["postcodes"].split(";")
    # coordinates are the centre of the rows: Altona-Altstadt lies west of the Alster
    lat, lon = float(places["altona-altstadt"]["lat"]), float(places["altona-altstadt"]["lon"])
    assert 53.54 < lat < 53.56 and 9.93 < lon < 9.97


def test_the_full_csv_imports_with_ages_and_topics_from_the_services(hamburg: Path) -> None:
    catalogue = Catalogue.load(hamburg / "hamburg.db")
    offers = {o.id: o for o in catalogue.offers}
    assert len(offers) == 1028
    theresien = offers["1010002"]  # Krippe + Elementar
    assert (theresien.age_min, theresien.age_max) == (0, 71)
    assert theresien.topics == ("kita_betreuung",)
    assert theresien.district == "altona-altstadt" and theresien.municipality == "altona"
    assert theresien.address == "Wohlers Allee 40, 22767 Hamburg"
    assert theresien.website == "http://www.katholische-kitas-hamburg.de"
    inclusive = [o for o in offers.values() if "inklusion_behinderung" in o.topics]
    assert len(inclusive) > 100  # Eingliederungshilfe
    # a Kita offering only Eingliederungshilfe says no age: open, with the inclusion topic
    assert all(o.topics == ("inklusion_behinderung",) for o in offers.values() if o.age_min is None)
    assert sum(o.age_min is None for o in offers.values()) < 5
    # the row whose Ort is "aa" lies in its Stadtteil's Bezirk
    assert offers["1010258"].municipality == "hamburg-nord"


def test_ask_finds_krippen_in_altona_altstadt_and_none_for_a_wrong_age(
    hamburg: Path, capsys
) -> None:
    code, out, _err = _run(capsys, "ask", "--json", "--no-log", "--catalogue",
                           str(hamburg / "hamburg.db"),
                           "Krippenplatz in Altona-Altstadt für 1-Jährigen")  # fmt: skip
    assert code == 0
    answer = json.loads(out)
    assert answer["understood"]["place"] == "altona-altstadt"
    assert answer["understood"]["age_months"] == [12, 23]
    catalogue = Catalogue.load(hamburg / "hamburg.db")
    by_id = {o.id: o for o in catalogue.offers}
    shown = [by_id[o["id"] if isinstance(o, dict) else o] for o in answer["offers"]]
    assert shown, "Krippen in Altona-Altstadt exist"
    assert shown[0].district == "altona-altstadt"
    for offer in shown:
        assert offer.age_min is not None and offer.age_min <= 23 <= (offer.age_max or 999)
        assert catalogue.gazetteer.serves(offer.service_area, "altona-altstadt")
    elementar_only = {o.id for o in catalogue.offers
                      if o.district == "altona-altstadt" and (o.age_min or 0) >= 36}  # fmt: skip
    assert elementar_only, "the list has Kitas without a Krippe there"
    assert not elementar_only & {o.id for o in shown}


def test_the_published_geojson_imports_the_same_way(tmp_path: Path, capsys, monkeypatch) -> None:
    monkeypatch.setenv("LOTSE_LOCALE", "de")
    monkeypatch.setenv("LOTSE_STATE", str(tmp_path / "state.db"))
    places, db = tmp_path / "places.csv", tmp_path / "altona.db"
    assert _run(capsys, "catalogue", "places", str(GEOJSON), "--out", str(places))[0] == 0
    code, out, err = _run(capsys, "catalogue", "import", str(GEOJSON), "--places", str(places),
                          "--catalogue", str(db))  # fmt: skip
    assert code == 0, err
    offers = {o.id: o for o in Catalogue.load(db).offers}
    assert len(offers) == 197
    theresien = offers["1010002"]
    assert theresien.district == "altona-altstadt"
    assert abs(theresien.lat - 53.55926) < 1e-4 and abs(theresien.lon - 9.955169) < 1e-4
    assert (theresien.age_min, theresien.age_max) == (0, 71)
    assert theresien.provider.startswith("Röm.-Kath. Kirchengemeinde")
    assert "Ansprechpartner" in out  # a person's name column is ignored, and said so
    # the planner exports it to Excel, edits nothing, imports again: nothing changes
    workbook = tmp_path / "altona.xlsx"
    code, _out, _err = _run(capsys, "catalogue", "export", "--xlsx", str(workbook),
                            "--catalogue", str(db))  # fmt: skip
    assert code == 0
    code, out, err = _run(capsys, "catalogue", "import", str(workbook), "--catalogue", str(db),
                          "--dry-run")  # fmt: skip
    assert code == 0, err
    assert "geändert 0, entfernt 0, unverändert 197" in out


def test_the_planner_edits_the_service_mapping(tmp_path: Path, capsys, monkeypatch) -> None:
    monkeypatch.setenv("LOTSE_LOCALE", "de")
    monkeypatch.setenv("LOTSE_STATE", str(tmp_path / "state.db"))
    mapping = tmp_path / "leistungen.csv"
    mapping.write_text("Leistung;Alter;Themen\nKrippe;unter 2 Jahren;Kita\n"
                       "Elementar;2 bis 6 Jahre;Kindertagesbetreuung\n"
                       "Eingliederungshilfe;;Inklusion & Behinderung\n"
                       "Hort;6 bis 13 Jahre;ogs_ganztag\n"
                       "Anschlussbetreuung;Schulkinder;Offener Ganztag & Schulkindbetreuung\n"
                       "Mittagstisch;Schulkinder;ogs_ganztag\n", encoding="utf-8")
    places, db = tmp_path / "places.csv", tmp_path / "altona.db"
    _run(capsys, "catalogue", "places", str(GEOJSON), "--out", str(places))
    code, _out, err = _run(capsys, "catalogue", "import", str(GEOJSON), "--places", str(places),
                           "--services", str(mapping), "--catalogue", str(db))  # fmt: skip
    assert code == 0, err
    theresien = {o.id: o for o in Catalogue.load(db).offers}["1010002"]
    assert (theresien.age_min, theresien.age_max) == (0, 83)


def test_a_service_the_mapping_does_not_know_is_named(tmp_path: Path, capsys, monkeypatch) -> None:
    monkeypatch.setenv("LOTSE_LOCALE", "de")
    mapping = tmp_path / "leistungen.csv"
    mapping.write_text("Leistung,Alter,Themen\nKrippe,unter 3 Jahren,kita_betreuung\n",
                       encoding="utf-8")
    places = tmp_path / "places.csv"
    _run(capsys, "catalogue", "places", str(GEOJSON), "--out", str(places))
    code, _out, err = _run(capsys, "catalogue", "import", str(GEOJSON), "--places", str(places),
                           "--services", str(mapping), "--catalogue", str(tmp_path / "x.db"))
    assert code == 1
    assert "Zeile 12, Spalte „Leistungsname“, Wert „Pädagogischer Mittagstisch“" in err
    assert "services.csv" in err
    assert not (tmp_path / "x.db").exists()


def test_a_list_of_towns_and_stadtteile_without_bezirke(
    tmp_path: Path, capsys, monkeypatch
) -> None:
    monkeypatch.setenv("LOTSE_LOCALE", "de")
    monkeypatch.setenv("LOTSE_STATE", str(tmp_path / "state.db"))
    listing = tmp_path / "kreis.csv"
    listing.write_text(
        "Angebot;Träger;Themen;Alter;Ort;Stadtteil;PLZ;Breitengrad;Längengrad\n"
        "Babytreff;AWO;Frühe Hilfen;0-3;Musterstadt;Nord;12345;51.0;7.0\n"
        "Elterncafé;AWO;Elternkurse;die ganze Familie;Musterstadt;Süd;12346;51.2;7.2\n"
        "Lernhilfe;Caritas;Lernförderung;6 bis 10 Jahre;Beispieldorf;;12399;51.5;7.5\n"
        "Spielgruppe;Caritas;Frühe Hilfen;Kleinkinder;;Nord;;;\n", encoding="utf-8")  # fmt: skip
    places, db = tmp_path / "places.csv", tmp_path / "kreis.db"
    code, out, _err = _run(capsys, "catalogue", "places", str(listing), "--out", str(places),
                           "--region", "Kreis Muster")  # fmt: skip
    assert code == 0 and "2 Kommunen und 2 Stadtteile" in out
    derived = _places(tmp_path)
    assert derived["kreis-muster"]["kind"] == "kreis"
    assert derived["musterstadt"]["parent"] == "kreis-muster"
    assert derived["nord"]["parent"] == "musterstadt" and derived["nord"]["postcodes"] == "12345"
    assert float(derived["musterstadt"]["lat"]) == pytest.approx(51.1)
    code, out, err = _run(capsys, "catalogue", "import", str(listing), "--places", str(places),
                          "--catalogue", str(db))  # fmt: skip
    assert code == 0, err
    offers = {o.name: o for o in Catalogue.load(db).offers}
    assert offers["Spielgruppe"].municipality == "musterstadt"  # the Stadtteil decides
    assert offers["Lernhilfe"].municipality == "beispieldorf"
    # Elterncafé names no age: open, and listed for a check
    assert "Zeilen ohne Altersangabe (gelten ohne Altersgrenze, bitte prüfen): 1" in out
