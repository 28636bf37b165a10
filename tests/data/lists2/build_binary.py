"""Writes the binary test lists of this folder (kept so their content can be reviewed as text).

Run from this folder: python build_binary.py
"""

import zipfile
from xml.sax.saxutils import escape

from openpyxl import Workbook
from openpyxl.styles import Font

HEINSBERG = [
    [
        "ID",
        "Bezeichnung",
        "Träger",
        "Altersgruppe",
        "Bereich",
        "Straße",
        "PLZ",
        "Ort",
        "Telefon",
        "eMail",
        "Kosten",
        "Anmeldung erforderlich",
        "Erfasst am",
    ],
    [
        1017,
        "Eltern-Kind-Turnen",
        "TuS Germania Hückelhoven 1911 e.V.",
        "0-3 J.; 3-6 J.",
        "Sport/Bewegung",
        "Jahnstraße 3",
        "41836",
        "Hückelhoven",
        "02433 4471-0",
        "turnen@tus-hueckelhoven.example",
        "3,50 € je Termin",
        "Wahr",
        "15.01.2026 00:00:00",
    ],
    [
        1018,
        "Hausaufgabenhilfe im Jugendheim",
        "Kath. Pfarrgemeinde St. Lambertus Erkelenz",
        "6-10 J.; 10-14 J.",
        "Schule/Lernen",
        "Johannismarkt 17",
        "41812",
        "Erkelenz",
        "02431 2233",
        "lernen@lambertus-erkelenz.example",
        "kostenlos",
        "Falsch",
        "02.12.2025 00:00:00",
    ],
    [
        1020,
        "Treffpunkt für Alleinerziehende",
        "Diakonisches Werk Kreis Heinsberg",
        "alle",
        "Beratung/Hilfe",
        "Hochstraße 112",
        "52525",
        "Heinsberg",
        "02452 9099-0",
        "alleinerziehende@diakonie-hs.example",
        "kostenlos",
        "Falsch",
        "20.11.2025 00:00:00",
    ],
    [
        1023,
        "Jugendtreff Übach",
        "Stadt Übach-Palenberg, Jugendpflege",
        "10-14 J.; 14-18 J.",
        "Jugendarbeit",
        "Rathausplatz 4",
        "52531",
        "Übach-Palenberg",
        "02451 979-0",
        "jugendtreff@uebach-palenberg.example",
        "kostenlos",
        "Falsch",
        "10.01.2026 00:00:00",
    ],
    [
        1024,
        "Babymassage-Kurs",
        "Familienbildungsstätte Geilenkirchen",
        "0-1 J.",
        "Familienbildung",
        "Konrad-Adenauer-Straße 22",
        "52511",
        "Geilenkirchen",
        "02451 6232-0",
        "fbs@fbs-gk.example",
        "45,00 € / 5 Termine",
        "Wahr",
        "05.01.2026 00:00:00",
    ],
    [
        1031,
        "Sprachcafé für Mütter",
        "Kommunales Integrationszentrum Kreis Heinsberg",
        "0-3 J.; 3-6 J.",
        "Integration",
        "Valkenburger Straße 45",
        "52525",
        "Heinsberg",
        "02452 13-4400",
        "ki@kreis-heinsberg.example",
        "kostenlos",
        "Falsch",
        "12.12.2025 00:00:00",
    ],
    [
        1035,
        "Ferienspiele Wegberg",
        "Stadt Wegberg, Jugendamt",
        "6-10 J.; 10-14 J.",
        "Freizeit",
        "Rathausplatz 25",
        "41844",
        "Wegberg",
        "02434 83-0",
        "ferienspiele@wegberg.example",
        "20 € pro Woche",
        "Wahr",
        "30.10.2025 00:00:00",
    ],
    [
        1040,
        "Beratung bei Mobbing und Cybermobbing",
        "Schulpsychologische Beratungsstelle",
        "10-14 J.; 14-18 J.",
        "Beratung/Hilfe",
        "Valkenburger Straße 45",
        "52525",
        "Heinsberg",
        "02452 13-4500",
        "schulpsychologie@kreis-heinsberg.example",
        "kostenlos",
        "Wahr",
        "08.01.2026 00:00:00",
    ],
    [
        1044,
        "Kindertagespflege-Vermittlung",
        "Kreis Heinsberg, Amt für Kinder, Jugend und Familie",
        "0-3 J.",
        "Kinderbetreuung",
        "Valkenburger Straße 45",
        "52525",
        "Heinsberg",
        "02452 13-5100",
        "tagespflege@kreis-heinsberg.example",
        "kostenlos",
        "Wahr",
        "14.01.2026 00:00:00",
    ],
]


def heinsberg() -> None:
    """Access 'Textdatei exportieren': ISO-8859-15 (the € is 0xA4), ';', text in quotes, CRLF."""
    lines = []
    for row in HEINSBERG:
        cells = [str(c) if isinstance(c, int) else '"' + c + '"' for c in row]
        lines.append(";".join(cells))
    with open("angebote-kreis-heinsberg-access.csv", "wb") as out:
        out.write(("\r\n".join(lines) + "\r\n").encode("iso-8859-15"))


ESSEN = {
    "Altenessen": [
        [
            "Jugendhaus Altenessen",
            "Offene Tür mit Hausaufgabenhilfe",
            "10–18 Jahre",
            "Stadt Essen, Jugendamt",
            "Altenessener Straße 412",
            "45329",
            "0201 88-51001",
        ],
        [
            "Familienzentrum Karlsplatz",
            "Elterncafé und Krabbelgruppe",
            "0–3 Jahre",
            "AWO Essen",
            "Karlsplatz 5",
            "45329",
            "0201 88-51002",
        ],
    ],
    "Rüttenscheid": [
        [
            "Erziehungsberatungsstelle Süd",
            "Erziehungsberatung",
            "0–21 Jahre",
            "Stadt Essen, Jugendamt",
            "Rüttenscheider Straße 199",
            "45131",
            "0201 88-51003",
        ],
        [
            "Mädchenzentrum",
            "Mädchentreff und Beratung",
            "12–21 Jahre",
            "Mädchenzentrum e.V.",
            "Alfredstraße 62",
            "45130",
            "0201 88-51004",
        ],
    ],
    "Steele": [
        [
            "Stadtteilbüro Steele",
            "Sprachförderung für Kita-Kinder",
            "3–6 Jahre",
            "Diakoniewerk Essen",
            "Grendplatz 2",
            "45276",
            "0201 88-51005",
        ],
        [
            "Kinder- und Jugendtreff Horst",
            "Offener Treff und Ferienprogramm",
            "6–14 Jahre",
            "Ev. Kirchengemeinde Steele",
            "Dahlhauser Straße 20",
            "45279",
            "0201 88-51006",
        ],
    ],
    "Borbeck": [
        [
            "Familienbildung Borbeck",
            "PEKiP und Babymassage",
            "0–1 Jahr",
            "Kath. Familienbildungsstätte Essen",
            "Borbecker Platz 1",
            "45355",
            "0201 88-51007",
        ],
        [
            "Schulsozialarbeit Gymnasium Borbeck",
            "Schulsozialarbeit",
            "10–19 Jahre",
            "Stadt Essen, Jugendamt",
            "Prinzenstraße 46",
            "45355",
            "0201 88-51008",
        ],
    ],
}


def essen() -> None:
    """One sheet per Stadtteil (the Stadtteil is only the sheet's name), a notes sheet first."""
    wb = Workbook()
    notes = wb.active
    notes.title = "Info"
    notes.append(["Kinder- und Jugendangebote der Stadt Essen nach Stadtteilen"])
    notes.append(["Stand: Januar 2026 – je Stadtteil ein Tabellenblatt"])
    for sheet, rows in ESSEN.items():
        ws = wb.create_sheet(sheet)
        ws.append([f"Angebote im Stadtteil {sheet}"])
        ws["A1"].font = Font(bold=True)
        ws.append(
            ["Einrichtung", "Angebot", "Altersgruppe", "Träger", "Straße", "PLZ", "Telefon", "Ort"]
        )
        for row in rows:
            ws.append([*row, "Essen"])
    wb.save("kinder-jugend-essen-stadtteile.xlsx")


VIERSEN = [
    [
        "Nr.",
        "Titel",
        "Anbieter",
        "Alter",
        "Kategorie",
        "Ort",
        "Ortsteil",
        "Adresse",
        "Telefon",
        "Kosten",
    ],
    [
        1,
        "Ferienfreizeit an der Nordsee",
        "Stadtjugendring Viersen",
        "9–13 Jahre",
        "Ferien & Freizeit",
        "Viersen",
        "Dülken",
        "Lange Straße 48",
        "02162 101-400",
        "180 €",
    ],
    [
        2,
        "Jugendcafé Lobberich",
        "Stadt Nettetal, Jugendpflege",
        "ab 14",
        "Jugendtreff",
        "Nettetal",
        "Lobberich",
        "Doerkesplatz 11",
        "02153 898-0",
        "kostenlos",
    ],
    [
        3,
        "Krabbelgruppe Schiefbahn",
        "Familienzentrum St. Hubertus",
        "U3",
        "Eltern & Kind",
        "Willich",
        "Schiefbahn",
        "Hochstraße 20",
        "02154 4833",
        "2 € pro Treffen",
    ],
    [
        4,
        "Erziehungsberatung Kempen",
        "Caritasverband für die Region Kempen-Viersen",
        "0 – 18 Jahre",
        "Beratung",
        "Kempen",
        "",
        "Arnoldstraße 13",
        "02152 1491-0",
        "kostenfrei",
    ],
    [
        5,
        "Hausaufgabenhilfe",
        "Bürgerstiftung Tönisvorst",
        "1.–4. Klasse",
        "Lernen",
        "Tönisvorst",
        "St. Tönis",
        "Hochstraße 63",
        "02151 999-0",
        "kostenlos",
    ],
    [
        6,
        "Mädchen-Selbstbehauptungskurs",
        "Kreis Viersen, Jugendamt",
        "10–14 Jahre",
        "Gewaltprävention",
        "Viersen",
        "Süchteln",
        "Hochstraße 1",
        "02162 39-0",
        "15 €",
    ],
    [
        7,
        "Babysprechstunde",
        "Kreis Viersen, Gesundheitsamt",
        "0–1 Jahr",
        "Gesundheit",
        "Brüggen",
        "",
        "Klosterstraße 38",
        "02163 5701-0",
        "kostenlos",
    ],
]


def _ods_cell(value: object) -> str:
    if isinstance(value, int):
        return (
            f'<table:table-cell office:value-type="float" office:value="{value}">'
            f"<text:p>{value}</text:p></table:table-cell>"
        )
    if value == "":
        return "<table:table-cell/>"
    return (
        f'<table:table-cell office:value-type="string"><text:p>{escape(str(value))}'
        "</text:p></table:table-cell>"
    )


def viersen() -> None:
    """LibreOffice Calc ODS: one table, a title row, an empty repeated row, then the list."""
    rows = [
        '<table:table-row><table:table-cell office:value-type="string" '
        'table:number-columns-spanned="4"><text:p>Angebote für Kinder und Jugendliche im '
        "Kreis Viersen 2026</text:p></table:table-cell>"
        '<table:covered-table-cell table:number-columns-repeated="3"/></table:table-row>',
        '<table:table-row table:number-rows-repeated="2"><table:table-cell '
        'table:number-columns-repeated="10"/></table:table-row>',
    ]
    for row in VIERSEN:
        rows.append("<table:table-row>" + "".join(_ods_cell(v) for v in row) + "</table:table-row>")
    rows.append(
        '<table:table-row table:number-rows-repeated="1048560"><table:table-cell '
        'table:number-columns-repeated="1024"/></table:table-row>'
    )
    content = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        "<office:document-content "
        'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.3">'
        '<office:body><office:spreadsheet><table:table table:name="Angebote">'
        + "".join(rows)
        + "</table:table></office:spreadsheet></office:body></office:document-content>"
    )
    manifest = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"'
        ' manifest:version="1.3">'
        '<manifest:file-entry manifest:full-path="/" manifest:media-type='
        '"application/vnd.oasis.opendocument.spreadsheet"/>'
        '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
        "</manifest:manifest>"
    )
    with zipfile.ZipFile("jugendangebote-kreis-viersen.ods", "w") as ods:
        ods.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.spreadsheet")
        ods.writestr("META-INF/manifest.xml", manifest, zipfile.ZIP_DEFLATED)
        ods.writestr("content.xml", content, zipfile.ZIP_DEFLATED)


if __name__ == "__main__":
    heinsberg()
    essen()
    viersen()
