"""Each shape of a published list is read by a mechanism, shown here on a small file of its own.

Nested JSON records (a portal's provider, categories and locations), Schema.org JSON-LD, CKAN's
answer, LibreOffice .ods, one sheet per Stadtteil, continuation rows, Access exports, English
headers and addresses in one column: every test writes a real file into a temporary folder and
imports it as a newcomer would (`catalogue places`, then `catalogue import --places`).
"""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest
from openpyxl import Workbook

from bot.catalogue import Catalogue
from bot.cli import main
from bot.exchange.values import town_of_address


@pytest.fixture(autouse=True)
def _german(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("LOTSE_LOCALE", "de")
    monkeypatch.setenv("LOTSE_STATE", str(tmp_path / "state.db"))


def _import(path: Path, capsys, *extra: str) -> tuple[int, str, dict]:
    places = path.with_suffix(".places.csv")
    assert main(["catalogue", "places", str(path), "--out", str(places)]) == 0
    target = path.with_suffix(".db")
    code = main(["catalogue", "import", str(path), "--places", str(places), *extra,
                 "--catalogue", str(target)])  # fmt: skip
    out = capsys.readouterr()
    offers = {o.id: o for o in Catalogue.load(target).offers} if target.exists() else {}
    return code, out.out + out.err, offers


def test_a_portal_record_at_two_places_is_two_offers(tmp_path: Path, capsys) -> None:
    record = {
        "id": "fp-1", "titel": "Elterncafé",
        "anbieter": {"name": "AWO", "kontakt": {"telefon": "02365 1234"}},
        "kategorien": [{"id": 3, "name": "Frühe Hilfen"}],
        "alter": {"von": 0, "bis": 3, "einheit": "Jahre"},
        "standorte": [{"adresse": {"strasse": "Breite Straße 1", "plz": "45768", "ort": "Marl"}},
                      {"adresse": {"strasse": "Lippestraße 9", "plz": "46282", "ort": "Dorsten"}}],
    }  # fmt: skip
    path = tmp_path / "portal.json"
    path.write_text(json.dumps({"meta": {"stand": "2026"}, "angebote": [record]}), "utf-8")
    code, report, offers = _import(path, capsys)
    assert code == 0, report
    assert set(offers) == {"fp-1", "fp-1-2"}  # each place its own stable id
    assert {o.municipality for o in offers.values()} == {"marl", "dorsten"}
    first = offers["fp-1"]
    assert (first.provider, first.phone) == ("AWO", "02365 1234")
    # the category names the field, the name "Elterncafé" the help (field_categories.py)
    assert first.topics == ("fruehe_hilfen", "eltern_kind_gruppen")
    assert (first.age_min, first.age_max) == (0, 47)
    assert first.address == "Breite Straße 1, 45768 Marl"


def test_schema_org_json_ld_is_read_by_its_properties(tmp_path: Path, capsys) -> None:
    graph = [
        {"@type": "ChildCare", "@id": "https://x.example/1", "name": "Kita Sonne",
         "address": {"@type": "PostalAddress", "streetAddress": "Weg 1", "postalCode": "53227",
                     "addressLocality": "Bonn"},
         "telephone": "0228 1", "keywords": "Kita, U3",
         "audience": {"@type": "PeopleAudience", "suggestedMinAge": 1, "suggestedMaxAge": 6}},
        {"@type": "Service", "@id": "https://x.example/2", "name": "Erziehungsberatung Bonn",
         "provider": {"@type": "Organization", "name": "KEB e.V.", "telephone": "0228 2"},
         "availableChannel": {"serviceLocation": {"address": {
             "streetAddress": "Platz 2", "postalCode": "53111", "addressLocality": "Bonn"}}},
         "audience": {"suggestedMinAge": 0, "suggestedMaxAge": 21}},
    ]  # fmt: skip
    path = tmp_path / "angebote.jsonld"
    path.write_text(json.dumps({"@context": "https://schema.org", "@graph": graph}), "utf-8")
    code, report, offers = _import(path, capsys)
    assert code == 0, report
    kita, beratung = offers["https://x.example/1"], offers["https://x.example/2"]
    assert (kita.age_min, kita.age_max, kita.topics) == (12, 83, ("kita_betreuung",))
    assert beratung.provider == "KEB e.V." and beratung.phone == "0228 2"  # the provider's
    assert beratung.address == "Platz 2, 53111 Bonn" and beratung.topics == ("erziehungsberatung",)


def test_ckan_records_are_found_beside_the_field_list(tmp_path: Path, capsys) -> None:
    fields = [{"id": name, "type": "text"} for name in "abcdefghijklmnop"]  # longer than records
    records = [
        {"_id": 1, "einrichtung": "Jugendzentrum Nippes", "stadtbezirk": "Nippes", "ort": "Köln",
         "angebotsart": "Jugendzentrum", "alter_von": 10, "alter_bis": 21,
         "geo_point_2d": "50.96, 6.95"},
        {"_id": 2, "einrichtung": "Erziehungsberatung Porz", "stadtbezirk": "Porz", "ort": "Köln",
         "alter_von": 0, "alter_bis": 27, "geo_point_2d": "50.88, 7.06"},
    ]  # fmt: skip
    path = tmp_path / "ckan.json"
    path.write_text(json.dumps({"success": True, "result": {"fields": fields,
                                                            "records": records}}), "utf-8")
    code, report, offers = _import(path, capsys)
    assert code == 0, report
    assert (offers["1"].lat, offers["1"].lon) == (50.96, 6.95)  # both in one cell
    assert offers["2"].age_max is None  # up to 27 means: no limit


def _ods(path: Path, rows: list[list[str]]) -> None:
    def cell(value: str) -> str:
        return f'<table:table-cell office:value-type="string"><text:p>{value}</text:p>' \
               "</table:table-cell>" if value else "<table:table-cell/>"  # fmt: skip

    body = "".join("<table:table-row>" + "".join(cell(v) for v in row) + "</table:table-row>"
                   for row in rows)  # fmt: skip
    body += ('<table:table-row table:number-rows-repeated="1048000">'
             '<table:table-cell table:number-columns-repeated="1024"/></table:table-row>')
    content = (
        '<?xml version="1.0" encoding="UTF-8"?><office:document-content '
        'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><office:body>'
        f'<office:spreadsheet><table:table table:name="Liste">{body}</table:table>'
        "</office:spreadsheet></office:body></office:document-content>"
    )
    with zipfile.ZipFile(path, "w") as ods:
        ods.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        ods.writestr("content.xml", content)


def test_an_ods_file_is_read_without_libreoffice(tmp_path: Path, capsys) -> None:
    path = tmp_path / "liste.ods"
    _ods(path, [["Angebote 2026"], [], ["Titel", "Anbieter", "Alter", "Ort", "Ortsteil"],
                ["Jugendcafé", "Stadt Nettetal", "ab 14", "Nettetal", "Lobberich"],
                ["Krabbelgruppe", "FZ St. Hubert", "U3", "Kempen", "St. Hubert"]])  # fmt: skip
    code, report, offers = _import(path, capsys)
    assert code == 0, report
    by_name = {o.name: o for o in offers.values()}
    assert by_name["Jugendcafé"].age_min == 168 and by_name["Krabbelgruppe"].age_max == 35
    assert by_name["Krabbelgruppe"].district is not None


def test_a_broken_ods_file_is_refused_in_german(tmp_path: Path, capsys) -> None:
    path = tmp_path / "kaputt.ods"
    path.write_bytes(b"PK\x03\x04 not really a zip")
    assert main(["catalogue", "places", str(path), "--out", str(tmp_path / "p.csv")]) == 1
    assert "keine lesbare OpenDocument-Tabelle (.ods)" in capsys.readouterr().err


def test_sheets_of_one_header_are_one_list_and_a_place_like_sheet_is_the_stadtteil(
    tmp_path: Path, capsys
) -> None:
    book = Workbook()
    book.active.title = "Info"
    book.active.append(["Angebote nach Stadtteilen"])
    for sheet, name, age in (("Altenessen", "Jugendhaus", "10–18 Jahre"),
                             ("Steele", "Sprachförderung", "3–6 Jahre")):  # fmt: skip
        page = book.create_sheet(sheet)
        page.append(["Angebot", "Träger", "Alter", "Ort"])
        page.append([name, "Stadt Essen", age, "Essen"])
        page.append(["Elterncafé", "AWO", "", "Essen"] if sheet == "Steele" else [])
    path = tmp_path / "essen.xlsx"
    book.save(path)
    code, report, offers = _import(path, capsys)
    assert code == 0, report
    assert "essen.xlsx [Steele], Zeile 3" in report  # a note names the row's own sheet
    # one city: its Stadtteile (the sheets) are the places below it
    assert {o.municipality for o in offers.values()} == {"altenessen", "steele"}
    assert len(offers) == 3
    numbered = Workbook()
    for number in (1, 2):
        page = numbered.active if number == 1 else numbered.create_sheet()
        page.title = f"Tabelle{number}"
        page.append(["Angebot", "Träger", "Themen", "Ort"])
        page.append([f"Babytreff {number}", "AWO", "Frühe Hilfen", "Essen"])
    numbered.save(tmp_path / "tabellen.xlsx")
    code, report, offers = _import(tmp_path / "tabellen.xlsx", capsys)
    assert code == 0, report
    assert len(offers) == 2 and {o.municipality for o in offers.values()} == {"essen"}


def test_a_row_naming_only_another_place_continues_the_offer_above(
    tmp_path: Path, capsys
) -> None:
    path = tmp_path / "kurse.csv"
    path.write_text(
        "Angebot;Träger;Thema;Alter;Standort;Straße;PLZ;Ort\n"
        "PEKiP-Gruppe;FBS Niederberg;Eltern-Kind-Gruppen;Babys ab 6 Wochen;FBS;Weg 1;42549;"
        "Velbert\n"
        ";;;;Treffpunkt;Goethestraße 21;42489;Wülfrath\n",
        encoding="utf-8",
    )
    code, report, offers = _import(path, capsys)
    assert code == 0, report
    assert {o.municipality for o in offers.values()} == {"velbert", "wuelfrath"}
    assert {o.name.split(" – ")[0] for o in offers.values()} == {"PEKiP-Gruppe"}
    assert all(o.topics == ("eltern_kind_gruppen",) for o in offers.values())
    assert "Zeile 3" in report and "setzt das Angebot der Zeile darüber" in report


def test_an_access_export_in_iso_8859_15(tmp_path: Path, capsys) -> None:
    path = tmp_path / "access.csv"
    lines = ['"Bezeichnung";"Träger";"Bereich";"Ort";"Kosten";"Anmeldung erforderlich";'
             '"Erfasst am"',
             '"Turnen";"TuS";"Sport";"Hückelhoven";"3,50 €";"Wahr";"15.01.2026 00:00:00"',
             '"Treff";"Stadt";"Jugendarbeit";"Erkelenz";"kostenlos";"Falsch";"02.12.2025 00:00:00"']
    path.write_bytes("\r\n".join(lines).encode("iso-8859-15"))
    code, report, offers = _import(path, capsys)
    assert code == 0, report
    by_name = {o.name: o for o in offers.values()}
    assert by_name["Turnen"].cost == "3,50 €"  # not "3,50 ¤" as Windows-1252 would read it
    assert (by_name["Turnen"].access, by_name["Treff"].access) == ("anmeldung", "offen")
    assert by_name["Turnen"].last_checked == "2026-01-15"


def test_english_headers_in_a_tab_separated_file(tmp_path: Path, capsys) -> None:
    path = tmp_path / "welcome.tsv"
    path.write_text(
        "Title\tOrganisation\tCategory\tTarget group\tAge from\tAge to\tPostcode\tCity\t"
        "Languages\tOpening hours\n"
        "Parenting advice centre\tCaritas\tParenting advice\tFamilies\t0\t21\t52066\tAachen\t"
        "German, English, Turkish\tMon–Fri 9–17\n",
        encoding="utf-8",
    )
    code, report, offers = _import(path, capsys)
    assert code == 0, report
    (offer,) = offers.values()
    assert (offer.provider, offer.age_min, offer.age_max) == ("Caritas", 0, 263)
    assert offer.languages == ("de", "en", "tr") and offer.schedule == "Mon–Fri 9–17"
    assert offer.topics == ("erziehungsberatung",)


@pytest.mark.parametrize(
    ("address", "town"),
    [
        ("Hövelstr. 8, 44137 Dortmund", "Dortmund"),
        ("44263 Dortmund-Hörde, Hermannstraße 20", "Dortmund-Hörde"),
        ("Münsterstraße 54, 44145 Dortmund (Nordstadt)", "Dortmund (Nordstadt)"),
        ("Gleiwitzstr. 277 · 44328 Dortmund", "Dortmund"),
        ("Hauptstraße 5", ""),
    ],
)
def test_the_town_of_an_address_in_one_column(address: str, town: str) -> None:
    assert town_of_address(address) == town


def test_a_malformed_json_list_leaves_the_catalogue_untouched(tmp_path: Path, capsys) -> None:
    good = tmp_path / "gut.json"
    good.write_text(json.dumps({"angebote": [
        {"titel": "Elterncafé", "kategorien": [{"name": "Frühe Hilfen"}],
         "standorte": [{"adresse": {"ort": "Marl"}}]}]}), "utf-8")  # fmt: skip
    code, report, _offers = _import(good, capsys)
    assert code == 0, report
    target, before = good.with_suffix(".db"), good.with_suffix(".db").read_bytes()
    bad = tmp_path / "schlecht.json"
    bad.write_text(json.dumps({"angebote": [
        {"titel": "Elterncafé", "kategorien": [{"name": "Frühe Hilfen"}],
         "anbieter": {"kontakt": {"email": "keine-adresse"}},
         "standorte": [{"adresse": {"ort": "Marl"}}]}]}), "utf-8")  # fmt: skip
    code = main(["catalogue", "import", str(bad), "--catalogue", str(target)])
    err = capsys.readouterr()
    assert code == 1 and target.read_bytes() == before
    assert "schlecht.json, Zeile 1, Spalte „kontakt › email“, Wert „keine-adresse“" in (
        err.out + err.err)


def test_a_title_line_above_the_header_is_no_group_title(tmp_path: Path, capsys) -> None:
    """ "Stand: 01/2026" above an unknown header must not make it "Stand: 01/2026 Wirkungskreis"."""
    path = tmp_path / "liste.csv"
    path.write_text(
        "Stand: 01/2026;;;;\nAngebot;Träger;Thema;Ort;Wirkungskreis\n"
        "Babytreff;AWO;Frühe Hilfen;Lohmar;kreisweit\n",
        encoding="utf-8",
    )
    code, report, offers = _import(path, capsys)
    assert code == 0, report
    assert "Datum" not in report and len(offers) == 1
