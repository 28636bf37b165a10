"""Writes the binary lists of this set (kept so their content can be reviewed as text).

    python tests/data/lists4/build_binary.py

* ``jugendarbeit-kreis-olpe.ods``: LibreOffice Calc with a hidden first column of internal ids
  beside a visible running number, PLZ as number cells, a date cell for Stand.
* ``kindertagespflege-kreis-hoexter-monate.xlsx``: ages in months as numbers stored as text
  (``Aufnahme ab (Mon.)``), a title row above the header, Excel dates.
* ``beratungsstellen-kreis-dueren-latin1.tsv``: tab-separated, ISO-8859-1 (umlauts, no €).
"""

# ruff: noqa: E501  (rows of invented offers, kept one per line so they read as a table)
from __future__ import annotations

import datetime as dt
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

import openpyxl

HERE = Path(__file__).parent

OLPE_HEADER = [
    "ID", "Nr.", "Angebot", "Einrichtung", "Träger", "Angebotsart", "Altersgruppe", "Ort",
    "Ortsteil", "Straße", "PLZ", "Öffnungszeiten", "Sprachen", "Barrierefreiheit", "Stand",
]
OLPE_ROWS = [
    ["OE-7f31", 1, "Offene Tür Altenhundem", "Jugendhaus Lennestadt", "Jugendwerk Sauerland e.V.",
     "Offener Treff", "ab 12", "Lennestadt", "Altenhundem", "Hundemstraße 20", 57368,
     "Mo–Fr 15–21 Uhr", "Deutsch", "rollstuhlgerecht", "2025-10-01"],
    ["OE-7f32", 2, "Hausaufgabenhilfe Lernhafen", "Lernhafen Attendorn", "Bildungsinitiative Biggesee e.V.",
     "Lernförderung", "Klasse 1-4", "Attendorn", "", "Ennester Straße 3", 57439,
     "Mo–Do 13–15 Uhr", "Deutsch, Türkisch", "Zugang über Rampe", "2025-09-15"],
    ["OE-7f33", 3, "Ferienprogramm am See", "Jugendzentrum Olpe (Beispiel)", "Jugendwerk Sauerland e.V.",
     "Ferienangebot", "6-12 J.", "Olpe", "", "Franziskanerstraße 8", 57462,
     "Sommerferien, 9–16 Uhr", "Deutsch", "nicht barrierefrei", "2025-11-20"],
    ["OE-7f34", 4, "Mädchengruppe Wenden", "Jugendtreff Wenden", "Gemeinde-Jugendring Wenden e.V.",
     "Mädchenarbeit", "Mädchen 10 bis 14", "Wenden", "", "Hauptstraße 75", 57482,
     "mittwochs 16–18 Uhr", "Deutsch", "rollstuhlgerecht", "2025-10-05"],
    ["OE-7f35", 5, "Medienscouts Drolshagen", "Schulzentrum Drolshagen (Beispiel)", "Medienbildung Südwestfalen e.V.",
     "Medienkompetenz", "Jahrgangsstufe 5-7", "Drolshagen", "", "Schulstraße 4", 57489,
     "dienstags 7. Stunde", "Deutsch", "rollstuhlgerecht", "2025-09-01"],
    ["OE-7f36", 6, "Schulsozialarbeit Finnentrop", "Sekundarschule Finnentrop (Beispiel)", "Caritas-Beispielverband Olpe",
     "Schulsozialarbeit", "Schüler*innen der Sek I", "Finnentrop", "", "Am Markt 1", 57413,
     "Schultage 8–14 Uhr", "Deutsch, Arabisch", "Aufzug vorhanden", "2025-08-25"],
    ["OE-7f37", 7, "Sprachcafé International", "Integrationspunkt Olpe", "Interkulturelles Forum Olpe e.V.",
     "Integration", "Jugendliche und junge Erwachsene 14-21", "Olpe", "", "Martinstraße 2", 57462,
     "freitags 17–19 Uhr", "Deutsch, Türkisch, Arabisch", "rollstuhlgerecht", "2025-11-03"],
    ["OE-7f38", 8, "Spielgruppe Wichtelstube", "Familienzentrum Kirchhundem", "Katholische Kita-Beispiel gGmbH",
     "Eltern-Kind-Gruppe", "Kinder U3 mit Eltern", "Kirchhundem", "", "Hundemstraße 60", 57399,
     "montags 9–11 Uhr", "Deutsch", "rollstuhlgerecht", "2025-10-12"],
]


def _ods_cell(value: object) -> str:
    if isinstance(value, int):
        return f'<table:table-cell office:value-type="float" office:value="{value}"><text:p>{value}</text:p></table:table-cell>'
    text = str(value)
    if len(text) == 10 and text[4] == "-" and text[7] == "-":
        day = dt.date.fromisoformat(text).strftime("%d.%m.%Y")
        return f'<table:table-cell office:value-type="date" office:date-value="{text}"><text:p>{day}</text:p></table:table-cell>'
    if not text:
        return "<table:table-cell/>"
    return f'<table:table-cell office:value-type="string"><text:p>{escape(text)}</text:p></table:table-cell>'


def write_ods(path: Path) -> None:
    rows = [OLPE_HEADER, *OLPE_ROWS]
    body = "".join(
        "<table:table-row>" + "".join(_ods_cell(v) for v in row) + "</table:table-row>" for row in rows
    )
    content = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.3">'
        "<office:body><office:spreadsheet>"
        '<table:table table:name="Kinder- und Jugendarbeit">'
        '<table:table-column table:visibility="collapse"/>'
        f'<table:table-column table:number-columns-repeated="{len(OLPE_HEADER) - 1}"/>'
        f"{body}"
        '<table:table-row table:number-rows-repeated="1048567"><table:table-cell table:number-columns-repeated="1024"/></table:table-row>'
        "</table:table></office:spreadsheet></office:body></office:document-content>"
    )
    manifest = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">'
        '<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
        '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
        "</manifest:manifest>"
    )
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet", zipfile.ZIP_STORED)
        zf.writestr("content.xml", content, zipfile.ZIP_DEFLATED)
        zf.writestr("META-INF/manifest.xml", manifest, zipfile.ZIP_DEFLATED)


HOEXTER_HEADER = [
    "Lfd. Nr.", "Name der Einrichtung", "Träger", "Betreuungsform", "Aufnahme ab (Mon.)",
    "Aufnahme bis (Mon.)", "Ort", "Ortsteil", "Anschrift", "Telefon", "E-Mail", "Freie Plätze", "Stand",
]
HOEXTER_ROWS = [
    [1, "Tagespflege Sonnenkäfer", "Kindertagespflegeperson (Beispiel)", "Kindertagespflege", "4", "36",
     "Brakel", "Bellersen", "Am Bach 3, 33034 Brakel", "0000 500101", "sonnenkaefer@example.org", "2", dt.date(2025, 10, 1)],
    [2, "Kita Diemelspatzen", "Kita-Verbund Hochstift gGmbH", "Kita Ü3", "36", "72",
     "Warburg", "", "Hauptstraße 40, 34414 Warburg", "0000 500102", "diemelspatzen@example.org", "5", dt.date(2025, 9, 1)],
    [3, "Heilpädagogische Gruppe Regenbogen", "Lebenshilfe-Beispiel Kreis Höxter e.V.", "Heilpädagogische Gruppe", "24", "72",
     "Bad Driburg", "", "Brunnenstraße 10, 33014 Bad Driburg", "0000 500103", "regenbogen@example.org", "1", dt.date(2025, 11, 5)],
    [4, "Großtagespflege Weserzwerge", "Weserzwerge GbR (Beispiel)", "Großtagespflege", "8", "36",
     "Höxter", "", "Westerbachstraße 20, 37671 Höxter", "0000 500104", "weserzwerge@example.org", "3", dt.date(2025, 10, 20)],
    [5, "Familienzentrum Emmerauen", "Ev. Kita-Beispiel Steinheim", "Familienzentrum", "12", "72",
     "Steinheim", "", "Rosentalstraße 5, 32839 Steinheim", "0000 500105", "emmerauen@example.org", "0", dt.date(2025, 8, 15)],
    [6, "Kita Weserbogen", "Kita-Verbund Hochstift gGmbH", "Kita U3", "12", "36",
     "Beverungen", "", "Lange Straße 8, 37688 Beverungen", "0000 500106", "weserbogen@example.org", "2", dt.date(2025, 9, 30)],
    [7, "Tagespflege Nieheimer Käseglocke", "Kindertagespflegeperson (Beispiel)", "Kindertagespflege", "6", "36",
     "Nieheim", "", "Marktstraße 2, 33039 Nieheim", "0000 500107", "kaeseglocke@example.org", "1", dt.date(2025, 11, 10)],
    [8, "Kita Eggeblick", "Kita-Verbund Hochstift gGmbH", "Kita", "24", "72",
     "Willebadessen", "", "Kirchstraße 12, 34439 Willebadessen", "0000 500108", "eggeblick@example.org", "4", dt.date(2025, 10, 2)],
]


def write_xlsx(path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Plätze 2026"
    ws.append(["Kindertagesbetreuung im Kreis Höxter – freie Plätze (Stand November 2025)"])
    ws.append(HOEXTER_HEADER)
    for row in HOEXTER_ROWS:
        ws.append(row)
        r = ws.max_row
        for col in (5, 6, 12):
            ws.cell(r, col).number_format = "@"
        ws.cell(r, 13).number_format = "DD.MM.YYYY"
    wb.save(path)


DUEREN_HEADER = [
    "Beratungsstelle", "Träger", "Schwerpunkte", "Zielgruppe", "Straße", "PLZ", "Ort", "Telefon",
    "E-Mail", "Sprachen", "Kosten", "Barrierefreiheit", "Sprechzeiten", "Stand",
]
DUEREN_ROWS = [
    ["Erziehungsberatungsstelle Düren", "Beratungsdienst Rur e.V.", "Erziehungsberatung; Trennung",
     "Eltern, Kinder und Jugendliche bis 27 Jahre", "Bismarckstraße 14", "52351", "Düren", "0000 600101",
     "eb@example.org", "Deutsch, Türkisch, Arabisch", "kostenfrei", "barrierefrei", "Mo-Fr 9-16 Uhr", "01.10.2025"],
    ["Schwangerschaftsberatung Jülich", "Frauenberatung Rur-Inde e.V.", "Schwangerschaftskonfliktberatung",
     "Schwangere und werdende Väter", "Große Rurstraße 20", "52428", "Jülich", "0000 600102",
     "ssb@example.org", "Deutsch, Englisch, Französisch", "kostenfrei", "barrierefrei", "Di und Do 9-13 Uhr", "15.09.2025"],
    ["Frühförderstelle Kreuzau", "Frühförderung Rureifel gGmbH", "Frühförderung; Entwicklungsdiagnostik",
     "Kinder von 0 bis zum Schuleintritt", "Hauptstraße 60", "52372", "Kreuzau", "0000 600103",
     "ff@example.org", "Deutsch", "kostenfrei (Krankenkasse)", "Aufzug", "nach Vereinbarung", "20.10.2025"],
    ["Familienhebammen Düren", "Gesundheitsamt-Beispiel Düren", "Frühe Hilfen",
     "werdende Eltern und Familien mit Säuglingen", "Bahnhofstraße 3", "52349", "Düren", "0000 600104",
     "fh@example.org", "Deutsch, Russisch", "kostenfrei", "barrierefrei", "nach Vereinbarung", "05.11.2025"],
    ["Beratung bei häuslicher Gewalt", "Frauen helfen Frauen (Beispiel) e.V.", "Gewaltschutz",
     "Frauen und ihre Kinder", "Kölnstraße 70", "52351", "Düren", "0000 600105",
     "gewalt@example.org", "Deutsch, Türkisch, Kurdisch", "kostenfrei", "nicht barrierefrei", "Mo-Fr 9-12 Uhr", "12.10.2025"],
    ["Jugendmigrationsdienst Nordkreis", "Migrationsdienste Rurtal e.V.", "Migration; Integration",
     "junge Menschen von 12 bis 27", "Rurdorfer Straße 4", "52441", "Linnich", "0000 600106",
     "jmd@example.org", "Deutsch, Arabisch, Farsi/Dari", "kostenfrei", "barrierefrei", "Mi 10-16 Uhr", "28.08.2025"],
    ["Jugendsuchtberatung Düren", "Suchthilfe Rur-Eifel (Beispiel)", "Suchtberatung",
     "Jugendliche ab 14 und ihre Eltern", "Wilhelm-Wester-Weg 1", "52349", "Düren", "0000 600107",
     "jsb@example.org", "Deutsch", "kostenfrei", "barrierefrei", "Mo 14-18 Uhr", "30.09.2025"],
    ["Elternkurs Kess-erziehen Nideggen", "Familienbildung Rureifel (Beispiel)", "Elternkurs",
     "Eltern von Kindern zwischen 2 und 10", "Zülpicher Straße 1", "52385", "Nideggen", "0000 600108",
     "kess@example.org", "Deutsch", "20 EUR pro Kurs, ermäßigt frei", "nicht barrierefrei", "6 Abende ab 14.01.2026", "01.12.2025"],
]


def write_tsv(path: Path) -> None:
    lines = ["\t".join(row) for row in [DUEREN_HEADER, *DUEREN_ROWS]]
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode("iso-8859-1"))


if __name__ == "__main__":
    write_ods(HERE / "jugendarbeit-kreis-olpe.ods")
    write_xlsx(HERE / "kindertagespflege-kreis-hoexter-monate.xlsx")
    write_tsv(HERE / "beratungsstellen-kreis-dueren-latin1.tsv")
