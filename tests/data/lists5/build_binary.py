"""Writes the binary lists of this set (kept so their content can be reviewed as text).

    python tests/data/lists5/build_binary.py

* ``kita-navigator-kreis-steinfurt-utf16.txt``: a Kita-Navigator/Little-Bird-like export saved
  as "Unicode-Text" by a tool that leaves out the byte order mark (UTF-16LE, no BOM), tabs.
* ``angebote-rhein-erft-kreis-staedte.xlsx``: one sheet per town (the town only in the sheet's
  name), Träger and Stadtteil cells merged down over the rows they belong to, a title row.
* ``beratung-ennepe-ruhr-kreis-sprechzeiten.csv``: Windows-1252 `;` CSV with one column per
  weekday for the Sprechzeiten and ages such as ``0-3 J.``, ``ab Kl. 5``, ``Ü3``.
"""

# ruff: noqa: E501  (rows of invented offers, kept one per line so they read as a table)
from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl

HERE = Path(__file__).parent

STEINFURT_HEADER = [
    "Einrichtungsnummer", "Einrichtungsname", "Trägername", "Trägerart", "Straße", "Hausnummer",
    "PLZ", "Ort", "Ortsteil", "Telefon", "E-Mail", "Betreuungsalter von", "Betreuungsalter bis",
    "Öffnungszeiten", "Betreuungsumfang", "Plätze U3", "Plätze Ü3", "Pädagogische Schwerpunkte",
    "Familienzentrum",
]
STEINFURT_ROWS = [
    ["05566-0101", "Kita Emsauen", "Ev. Kita-Beispielverbund Rheine", "evangelisch", "Emsstraße", "12", "48431", "Rheine", "Eschendorf", "0000 800401", "emsauen@example.org", "4 Monate", "Schuleintritt", "Mo-Fr 07:00-16:30", "25/35/45 Std.", "10", "45", "Sprache; Bewegung", "ja"],
    ["05566-0102", "Kita Wirbelwind", "Kita-Beispiel gGmbH Ibbenbüren", "frei", "Laggenbecker Straße", "41", "49477", "Ibbenbüren", "Laggenbeck", "0000 800402", "wirbelwind@example.org", "2 Jahre", "Schuleintritt", "Mo-Fr 07:15-16:15", "35/45 Std.", "6", "40", "Inklusion", "nein"],
    ["05566-0103", "Großtagespflege Zwergenstube", "Tagespflege-Beispielverein Greven", "Kindertagespflege", "Marktstraße", "3", "48268", "Greven", "Reckenfeld", "0000 800403", "zwergenstube@example.org", "1 Jahr", "3 Jahre", "Mo-Fr 07:30-14:30", "35 Std.", "9", "0", "", "nein"],
    ["05566-0104", "Familienzentrum Sonnenblume", "Kath. Kita-Beispiel gem. GmbH Emsdetten", "katholisch", "Kirchstraße", "8", "48282", "Emsdetten", "", "0000 800404", "sonnenblume@example.org", "1 Jahr", "Schuleintritt", "Mo-Fr 07:00-17:00", "25/35/45 Std.", "12", "50", "Familienberatung im Haus; Elterncafé", "ja"],
    ["05566-0105", "Heilpädagogische Kita Regenbogen", "Lebenshilfe-Beispiel Kreis Steinfurt", "frei", "Bahnhofstraße", "50", "48565", "Steinfurt", "Borghorst", "0000 800405", "regenbogen@example.org", "3 Jahre", "Schuleintritt", "Mo-Fr 08:00-15:00", "45 Std.", "0", "24", "Heilpädagogik; Kinder mit Behinderung", "nein"],
    ["05566-0106", "Kita Waldwichtel", "Elterninitiative-Beispiel Lengerich e.V.", "Elterninitiative", "Am Wald", "2", "49525", "Lengerich", "", "0000 800406", "waldwichtel@example.org", "3 Jahre", "Schuleintritt", "Mo-Fr 07:30-14:00", "35 Std.", "0", "20", "Waldpädagogik", "nein"],
    ["05566-0107", "Kita Sternenzelt", "DRK-Beispiel Kita gGmbH Ochtrup", "frei", "Weinerstraße", "15", "48607", "Ochtrup", "", "0000 800407", "sternenzelt@example.org", "4 Monate", "3 Jahre", "Mo-Fr 07:00-16:00", "45 Std.", "20", "0", "U3-Schwerpunkt; Eingewöhnung nach Berliner Modell", "nein"],
]


def write_steinfurt() -> None:
    """UTF-16LE without a BOM, tab-separated, CRLF (as some navigator exports write it)."""
    lines = ["\t".join(STEINFURT_HEADER)] + ["\t".join(r) for r in STEINFURT_ROWS]
    (HERE / "kita-navigator-kreis-steinfurt-utf16.txt").write_bytes(
        ("\r\n".join(lines) + "\r\n").encode("utf-16-le")
    )


RHEIN_ERFT_HEADER = ["Stadtteil", "Träger", "Angebot", "Zielgruppe", "Alter", "Adresse", "Telefon", "E-Mail", "Sprechzeiten"]
# Stadtteil and Träger are merged down over the rows they belong to (only the top cell holds the text).
RHEIN_ERFT = {
    "Kerpen": [
        ["Horrem", "Familienzentrum-Beispiel Horrem", "Babytreff Horrem", "Eltern mit Babys", "0-1 J.", "Hauptstraße 80, 50169 Kerpen", "0000 900501", "babytreff-horrem@example.org", "Di 9-11 Uhr"],
        [None, None, "Sprachförderung Zwergensprache", "Kinder mit wenig Deutschkenntnissen", "3-6 J.", "Hauptstraße 80, 50169 Kerpen", "0000 900502", "sprache-horrem@example.org", "Mi 14-16 Uhr"],
        ["Sindorf", "Jugendwerk-Beispiel Kerpen e.V.", "Jugendtreff Sindorf", "Jugendliche", "ab 12", "Kerpener Straße 20, 50170 Kerpen", "0000 900503", "jugendtreff@example.org", "Mo-Fr 15-20 Uhr"],
    ],
    "Hürth": [
        ["Hermülheim", "Beratungszentrum-Beispiel Hürth", "Erziehungsberatung Hürth", "Eltern, Kinder und Jugendliche", "0-21 J.", "Friedrich-Ebert-Straße 40, 50354 Hürth", "0000 900504", "eb-huerth@example.org", "Mo-Do 8-16 Uhr"],
        [None, None, "Trennungs- und Scheidungsberatung", "Eltern in Trennung", "", "Friedrich-Ebert-Straße 40, 50354 Hürth", "0000 900505", "trennung-huerth@example.org", "nach Vereinbarung"],
        ["Efferen", "Kinderschutz-Beispielverein Hürth", "Gruppe für Kinder psychisch kranker Eltern", "Kinder", "8-12 J.", "Bachstraße 5, 50354 Hürth", "0000 900506", "kipsy-huerth@example.org", "Do 16-17.30 Uhr"],
    ],
    "Bergheim": [
        ["Quadrath-Ichendorf", "Familienbildung-Beispiel Rhein-Erft", "Geburtsvorbereitung Quadrath", "werdende Eltern", "Schwangerschaft", "Kölner Straße 100, 50127 Bergheim", "0000 900507", "geburt-bergheim@example.org", "Sa 10-14 Uhr"],
        [None, None, "Elternkurs Starke Eltern", "Eltern von Kindern 2-12", "", "Kölner Straße 100, 50127 Bergheim", "0000 900508", "elternkurs-bergheim@example.org", "Mo 19-21 Uhr"],
        ["Zieverich", "Lernhilfe-Beispiel Bergheim e.V.", "Hausaufgabenbetreuung Zieverich", "Grundschulkinder", "Kl. 1-4", "Zievericher Straße 30, 50126 Bergheim", "0000 900509", "lernen-bergheim@example.org", "Mo-Do 13-15 Uhr"],
    ],
}


def write_rhein_erft() -> None:
    wb = openpyxl.Workbook()
    info = wb.active
    info.title = "Hinweise"
    info["A1"] = "Familienangebote im Rhein-Erft-Kreis (Beispiel) – je Stadt ein Blatt"
    info["A2"] = "Stand: 15.11.2025"
    for town, rows in RHEIN_ERFT.items():
        ws = wb.create_sheet(town)
        ws["A1"] = f"Familienangebote {town}"
        ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(RHEIN_ERFT_HEADER))
        ws.append(RHEIN_ERFT_HEADER)
        start = 3
        for row in rows:
            ws.append(row)
        # merge Stadtteil and Träger down over their group (top cell holds the value)
        n = len(rows)
        i = 0
        while i < n:
            j = i + 1
            while j < n and rows[j][0] is None:
                j += 1
            if j - i > 1:
                for col in (1, 2):
                    ws.merge_cells(start_row=start + i, start_column=col, end_row=start + j - 1, end_column=col)
            i = j
    wb.properties.modified = dt.datetime(2025, 11, 15, 9, 0)
    wb.save(HERE / "angebote-rhein-erft-kreis-staedte.xlsx")


ENNEPE_HEADER = ["Beratungsstelle", "Träger", "Schwerpunkt", "Zielgruppe", "Ort", "Straße", "PLZ", "Telefon/Fax", "E-Mail", "Mo", "Di", "Mi", "Do", "Fr", "Kosten"]
ENNEPE_ROWS = [
    ["Frühe Hilfen Witten – Babylotsin", "Netzwerk Frühe Hilfen EN (Beispiel)", "Frühe Hilfen", "werdende Mütter und Familien mit Babys", "Witten", "Ruhrstraße 10", "58452", "0000 950601 / -99", "babylotsin@example.org", "9–12", "", "9–12", "14–16", "", "kostenfrei"],
    ["Erziehungsberatung Hattingen", "Beratungsstelle-Beispiel Hattingen", "Erziehungsberatung", "Eltern mit Kindern 0-18 J.", "Hattingen", "Bahnhofstraße 25", "45525", "0000 950602 / -99", "eb-hattingen@example.org", "8–16", "8–16", "8–16", "8–18", "8–13", "kostenfrei"],
    ["Kita-Sozialberatung Schwelm", "Familienzentrum-Beispiel Schwelm", "Sozialberatung", "Eltern von Kita-Kindern Ü3", "Schwelm", "Hauptstraße 60", "58332", "0000 950603", "kita-beratung@example.org", "", "8–10", "", "8–10", "", "kostenfrei"],
    ["Schulsozialarbeit Gevelsberg", "Jugendhilfe-Beispiel Gevelsberg e.V.", "Schulsozialarbeit", "Schüler*innen ab Kl. 5", "Gevelsberg", "Schulstraße 2", "58285", "0000 950604", "schulsozial@example.org", "7.30–14", "7.30–14", "7.30–14", "7.30–14", "7.30–12", "kostenfrei"],
    ["Mobbing-Beratung Sprockhövel", "Jugendhilfe-Beispiel Sprockhövel", "Jugendberatung", "Jugendliche Jgst. 7-10", "Sprockhövel", "Hauptstraße 5", "45549", "0000 950605", "mobbing@example.org", "", "15–17", "", "", "13–15", "kostenfrei"],
    ["Suchtberatung für Angehörige", "Diakonie-Beispiel Ennepe-Ruhr", "Suchtberatung", "Angehörige, auch Kinder ab 8 J.", "Ennepetal", "Voerder Straße 40", "58256", "0000 950606", "sucht-en@example.org", "9–12", "", "", "9–12 u. 15–18", "", "kostenfrei"],
    ["Babysprechstunde Herdecke", "Hebammenzentrum-Beispiel Herdecke", "Hebammenhilfe", "Mütter mit Säuglingen bis 12 Mon.", "Herdecke", "Hauptstraße 20", "58313", "0000 950607", "hebamme-herdecke@example.org", "", "10–12", "", "", "", "kostenfrei"],
    ["Schuldnerberatung Wetter", "Verbraucherhilfe-Beispiel Wetter", "Schuldnerberatung", "Familien in Geldnot", "Wetter (Ruhr)", "Kaiserstraße 70", "58300", "0000 950608", "schulden@example.org", "9–12", "9–12", "", "14–17", "", "„kostenlos“, Termine nach Absprache"],
]


def write_ennepe() -> None:
    lines = ["Beratungsangebote im Ennepe-Ruhr-Kreis (Beispiel);;;;;;;;;;;;;;", ";;;;;;;;;Sprechzeiten;;;;;"]
    lines += [";".join(ENNEPE_HEADER)] + [";".join(r) for r in ENNEPE_ROWS]
    (HERE / "beratung-ennepe-ruhr-kreis-sprechzeiten.csv").write_bytes(
        ("\r\n".join(lines) + "\r\n").encode("cp1252")
    )


if __name__ == "__main__":
    write_steinfurt()
    write_rhein_erft()
    write_ennepe()
