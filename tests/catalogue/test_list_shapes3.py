"""Shapes of published lists, one mechanism each: what a planner's export must give.

Each case is a small file as a portal writes it; the import must read it as the planner means
it, or refuse it with a German message that names the line, leaving the catalogue untouched.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bot.catalogue import Catalogue
from bot.cli import main
from bot.exchange.coordinates import to_degrees
from bot.exchange.headers import map_header
from bot.exchange.offer_topics import OfferTopics
from bot.exchange.sources import read_topics
from tests.catalogue.conftest import ROOT


@pytest.fixture(autouse=True)
def _german(monkeypatch, tmp_path: Path) -> None:
    monkeypatch.setenv("LOTSE_LOCALE", "de")
    monkeypatch.setenv("LOTSE_STATE", str(tmp_path / "state.db"))


def _import(path: Path, capsys) -> tuple[int, str, dict]:
    places = path.with_suffix(".places.csv")
    assert main(["catalogue", "places", str(path), "--out", str(places)]) == 0
    target = path.with_suffix(".db")
    code = main(["catalogue", "import", str(path), "--places", str(places),
                 "--catalogue", str(target)])  # fmt: skip
    out = capsys.readouterr()
    offers = {o.name: o for o in Catalogue.load(target).offers} if target.exists() else {}
    return code, out.out + out.err, offers


XML = """<?xml version="1.0" encoding="UTF-8"?>
<export xmlns="urn:example:portal">
  <angebote>
    <angebot nr="A-1">
      <titel>Krabbelgruppe Regenbogen</titel>
      <traeger art="frei">Familienzentrum Regenbogen e.V.</traeger>
      <adresse><strasse>Hauptstraße</strasse><hausnummer>3</hausnummer><plz>33602</plz>
        <ort>Bielefeld</ort><stadtteil>Mitte</stadtteil></adresse>
      <alter von="6" bis="36" einheit="Monate"/>
      <kategorie>Eltern-Kind-Gruppen</kategorie>
      <kategorie>Frühe Hilfen</kategorie>
    </angebot>
    <angebot nr="A-2">
      <titel>Jugendtreff Brackwede</titel>
      <traeger art="oeffentlich">Stadt Bielefeld</traeger>
      <adresse><plz>33647</plz><ort>Bielefeld</ort><stadtteil>Brackwede</stadtteil></adresse>
      <alter von="12" bis="18"/>
      <kategorie>Offene Kinder- und Jugendarbeit</kategorie>
    </angebot>
  </angebote>
</export>
"""


def test_an_xml_export_is_read_like_nested_json(tmp_path: Path, capsys) -> None:
    path = tmp_path / "portal.xml"
    path.write_text(XML, encoding="utf-8")
    code, report, offers = _import(path, capsys)
    assert code == 0, report
    baby, youth = offers["Krabbelgruppe Regenbogen"], offers["Jugendtreff Brackwede"]
    assert (baby.id, baby.provider) == ("A-1", "Familienzentrum Regenbogen e.V.")
    assert (baby.age_min, baby.age_max) == (6, 36)  # einheit="Monate"
    assert set(baby.topics) == {"eltern_kind_gruppen", "fruehe_hilfen"}  # repeated elements
    assert (youth.age_min, youth.age_max) == (144, 227)  # no unit: years
    assert youth.topics == ("offene_jugendarbeit",)  # the Träger's "art" is no topic
    assert baby.address == "Hauptstraße 3, 33602 Bielefeld"


def test_a_broken_xml_file_is_refused_in_german_and_changes_nothing(
    tmp_path: Path, capsys
) -> None:
    catalogue = tmp_path / "catalogue.db"
    catalogue.write_bytes((ROOT / "catalogue.db").read_bytes())
    before = catalogue.read_bytes()
    path = tmp_path / "kaputt.xml"
    path.write_text("<liste>\n<angebot><titel>Kurs</angebot>\n</liste>", encoding="utf-8")
    code = main(["catalogue", "import", str(path), "--catalogue", str(catalogue)])
    out = capsys.readouterr()
    assert code == 1 and catalogue.read_bytes() == before
    assert "kaputt.xml, Zeile 2" in out.out + out.err
    assert "keine lesbare XML-Datei" in out.out + out.err


def _json_import(tmp_path: Path, capsys, data: object, name: str = "list.json") -> dict:
    path = tmp_path / name
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    code, report, offers = _import(path, capsys)
    assert code == 0, report
    return offers


def test_schema_org_item_list_wraps_the_records(tmp_path: Path, capsys) -> None:
    event = {"@type": "Event", "name": "Babymassage", "startDate": "2027-01-12",
             "location": {"@type": "Place", "address": {
                 "@type": "PostalAddress", "postalCode": "44801", "addressLocality": "Bochum"}},
             "organizer": {"@type": "Organization", "name": "Familienbildung Süd"},
             "audience": {"@type": "PeopleAudience", "suggestedMinAge": 0, "suggestedMaxAge": 1},
             "about": [{"@type": "Thing", "name": "Frühe Hilfen"}]}  # fmt: skip
    data = {"@context": "https://schema.org", "@type": "ItemList",
            "itemListElement": [{"@type": "ListItem", "position": 1, "item": event}]}  # fmt: skip
    offers = _json_import(tmp_path, capsys, data, "events.jsonld")
    offer = offers["Babymassage"]
    assert (offer.provider, offer.age_min, offer.age_max) == ("Familienbildung Süd", 0, 23)
    # `about` names the field, the name the help (field_categories.py)
    assert offer.topics == ("fruehe_hilfen", "eltern_kind_gruppen")
    assert offer.schedule == "2027-01-12"  # a future start is no "Stand"


def test_nested_point_opening_hours_and_months(tmp_path: Path, capsys) -> None:
    record = {"titel": "Elternberatung", "adresse": {"plz": "32052", "ort": "Herford"},
              "kategorien": ["Erziehungsberatung"],
              "geo": {"type": "Point", "coordinates": [8.67, 52.11]},
              "oeffnungszeiten": [{"tag": "Montag", "von": "09:00", "bis": "12:00"},
                                  {"tag": "Donnerstag", "von": "14:00", "bis": "18:00"}],
              "openingHoursSpecification": [{"@type": "OpeningHoursSpecification",
                                             "dayOfWeek": "https://schema.org/Friday",
                                             "opens": "09:00", "closes": "11:00"}]}  # fmt: skip
    offers = _json_import(tmp_path, capsys, [record, record | {"titel": "Zweites Angebot"}])
    offer = offers["Elternberatung"]
    assert (offer.lat, offer.lon) == (52.11, 8.67)
    assert offer.schedule == "Montag 09:00–12:00; Donnerstag 14:00–18:00"
    assert offer.age_min is None  # hours are no ages


@pytest.mark.parametrize(
    ("easting", "northing", "lat", "lon"),
    [
        (431086.63, 5635970.04, 50.8713, 8.0206),  # ETRS89/UTM 32N (EPSG:25832), Siegen
        (32431086.63, 5635970.04, 50.8713, 8.0206),  # the zone written before the easting
        (3431067.46, 5637646.75, 50.8713, 8.0206),  # Gauß-Krüger zone 3 (Bessel)
    ],
)
def test_grid_positions_become_degrees(
    easting: float, northing: float, lat: float, lon: float
) -> None:
    point = to_degrees(easting, northing)
    assert point is not None
    assert point[0] == pytest.approx(lat, abs=0.003) and point[1] == pytest.approx(lon, abs=0.003)


def test_a_gis_table_with_only_utm_gets_coordinates(tmp_path: Path, capsys) -> None:
    path = tmp_path / "gis.csv"
    path.write_text("OBJECTID;BEZEICHNUNG;ANGEBOTSART;GEMEINDE;UTM_OST;UTM_NORD\n"
                    "1;Erziehungsberatung Mitte;Erziehungsberatung;Siegen;431086,63;5635970,04\n",
                    encoding="cp1252")  # fmt: skip
    code, report, offers = _import(path, capsys)
    assert code == 0, report
    offer = offers["Erziehungsberatung Mitte"]
    assert (round(offer.lat, 3), round(offer.lon, 3)) == (50.871, 8.021)


@pytest.mark.parametrize(
    ("header", "field"),
    [
        ("letzte\nPrüfung", "last_checked"),  # a header cell with a line break
        ("letzteAenderung", "last_checked"),  # camelCase JSON key
        ("Subcategory", "subtopics"),
        ("inLanguage", "languages"),
        ("UTM_OST", "easting"),
        ("Hochwert", "northing"),
        ("traeger › art", None),  # the Träger's kind is no topic of the offer
        ("anbieter › kontakt › telefon", "phone"),  # the Träger's phone still is the offer's
    ],
)
def test_header_words(header: str, field: str | None) -> None:
    columns = map_header(["Angebot", header])
    assert (field in columns.index) if field else columns.index.keys() == {"name"}


@pytest.mark.parametrize(
    ("category", "topics"),
    [
        ("Youth work", {"offene_jugendarbeit"}),
        ("Domestic violence", {"kinderschutz"}),  # read as a request is, after English
        ("Disability & inclusion", {"inklusion_behinderung"}),
        ("Sports & leisure", {"freizeit_sport_kultur"}),
        ("Early help", {"fruehe_hilfen"}),
        ("Medien", {"medien_sucht"}),
        ("Jugendberufshilfe", {"schule_beruf"}),
        ("Bewegung", {"freizeit_sport_kultur"}),
        ("Beratung", set()),  # broad: the offer's own words decide
        ("Education", set()),
    ],
)
def test_portal_category_words_in_german_and_english(category: str, topics: set[str]) -> None:
    reader = OfferTopics(read_topics(ROOT / "bot" / "data" / "catalogue" / "topics.csv", []))
    assert set(reader.read(category, "", "", "", "").topics) == topics


def test_negative_years_mean_from_pregnancy(tmp_path: Path, capsys) -> None:
    path = tmp_path / "english.csv"
    path.write_text("Service name,Category,Min age,Max age,Town\n"
                    "Home visits,Early help,-9,3,Unna\n", encoding="utf-8")  # fmt: skip
    code, report, offers = _import(path, capsys)
    assert code == 0, report
    assert (offers["Home visits"].age_min, offers["Home visits"].age_max) == (-9, 47)
