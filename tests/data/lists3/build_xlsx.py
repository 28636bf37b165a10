"""Writes the XLSX list of this folder (kept so the binary file can be reviewed as text).

Run from this folder: python build_xlsx.py
"""

from datetime import date

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font

HEADER = [
    "Nr.",
    "Angebot",
    "Träger / Anbieter",
    "Kurzbeschreibung",
    "Handlungsfeld",
    "Alter\nvon",
    "Alter\nbis",
    "Kommune",
    "Anschrift",
    "Telefon",
    "E-Mail",
    "letzte\nPrüfung",
]

NORD = [
    [
        "MK-01",
        "Elternschule Iserlohn",
        "Familienbildungsstätte Iserlohn e.V.",
        "Kurse für werdende Eltern und Eltern mit Babys: Geburtsvorbereitung, Babymassage, "
        "erste Hilfe am Kind.",
        "Familienbildung",
        "SS",
        1,
        "Iserlohn",
        "Vinckestraße 9, 58636 Iserlohn",
        "02371 000 01",
        "elternschule@fbs-iserlohn.example",
        date(2025, 11, 3),
    ],
    [
        "MK-02",
        "Sucht- und Drogenberatung für junge Menschen",
        "Jugend- und Drogenberatung Märkischer Kreis gGmbH",
        "Beratung zu Alkohol, Cannabis, Glücksspiel und Mediensucht; auch für Angehörige.",
        "Suchtprävention",
        14,
        27,
        "Iserlohn",
        "Theodor-Heuss-Ring 3, 58636 Iserlohn",
        "02371 000 02",
        "jdb@jdb-mk.example",
        date(2025, 10, 20),
    ],
    [
        "MK-03",
        "Mittagstisch und Lernhilfe",
        "Kinderhaus Hemer e.V.",
        "Warmes Mittagessen und Unterstützung bei den Hausaufgaben nach der Schule.",
        "Bildung",
        6,
        14,
        "Hemer",
        "Hauptstraße 120, 58675 Hemer",
        "02372 000 03",
        None,
        date(2025, 9, 1),
    ],
    [
        "MK-04",
        "Mutter-Kind-Café",
        "Familienzentrum Menden-Lendringsen",
        "Treff für Mütter mit kleinen Kindern, Beratung durch die Familienhebamme.",
        "Frühe Hilfen",
        0,
        3,
        "Menden (Sauerland)",
        "Lendringser Hauptstraße 40, 58710 Menden",
        "02373 000 04",
        None,
        date(2025, 12, 2),
    ],
]

SUED = [
    [
        "MK-11",
        "Erziehungsberatungsstelle Lüdenscheid",
        "Kreisjugendamt Märkischer Kreis",
        "Beratung für Eltern, Kinder und Jugendliche bei Erziehungsfragen, Trennung, "
        "Schulproblemen.",
        "Erziehungsberatung",
        0,
        21,
        "Lüdenscheid",
        "Heedfelder Straße 45, 58509 Lüdenscheid",
        "02351 000 11",
        "eb@maerkischer-kreis.example",
        date(2025, 11, 18),
    ],
    [
        "MK-12",
        "Spielgruppe für Kinder mit Fluchterfahrung",
        "Integrationsagentur Sauerland e.V.",
        "Spielgruppe mit Sprachförderung; Eltern lernen das Kita-System kennen.",
        "Integration",
        2,
        6,
        "Plettenberg",
        "Wilhelmstraße 7, 58840 Plettenberg",
        "02391 000 12",
        None,
        date(2025, 10, 1),
    ],
    [
        "MK-13",
        "Jugendtreff Altena",
        "Stadt Altena – Jugendpflege",
        "Offener Treff mit Sport, Ferienfahrten und Bewerbungshilfe.",
        "Offene Jugendarbeit",
        10,
        18,
        "Altena",
        "Lennestraße 30, 58762 Altena",
        "02352 000 13",
        None,
        date(2025, 8, 15),
    ],
    [
        "MK-14",
        "Schwimmkurs für Kinder",
        "TuS Meinerzhagen 1888 e.V.",
        "Seepferdchen-Kurse im Hallenbad für Kinder ab 5 Jahren.",
        "Sport und Bewegung",
        5,
        8,
        "Meinerzhagen",
        "Zur Alten Post 2, 58540 Meinerzhagen",
        "02354 000 14",
        None,
        date(2025, 11, 25),
    ],
]


def maerkischer_kreis() -> None:
    """Kreis workbook: a cover sheet, two data sheets with a title row, a legend, a count sheet."""
    wb = Workbook()
    cover = wb.active
    cover.title = "Deckblatt"
    for line in [
        "Präventionskette Märkischer Kreis",
        "Übersicht der Angebote für Kinder, Jugendliche und Familien",
        "Hinweise zu den Spalten: siehe Blatt 'Legende'.",
    ]:
        cover.append([line])
    for title, rows in (("Angebote Nord", NORD), ("Angebote Süd", SUED)):
        ws = wb.create_sheet(title)
        ws["A1"] = f"Präventionsangebote im Märkischen Kreis – {title} (Stand 30.11.2025)"
        ws["A1"].font = Font(bold=True, size=13)
        ws.merge_cells("A1:L1")
        ws.append([])
        ws.append(HEADER)
        for cell in ws[3]:
            cell.font = Font(bold=True)
            cell.alignment = Alignment(wrap_text=True)
        for row in rows:
            ws.append(row)
            ws.cell(ws.max_row, 12).number_format = "DD.MM.YYYY"
    legend = wb.create_sheet("Legende")
    legend.append(["Spalte", "Bedeutung"])
    legend.append(["Alter von / bis", "in Jahren; SS = ab Schwangerschaft"])
    legend.append(["Handlungsfeld", "Handlungsfeld nach Kinder- und Jugendförderplan"])
    counts = wb.create_sheet("Auswertung")
    counts.append(["Kommune", "Anzahl Angebote"])
    for town in ("Iserlohn", "Hemer", "Menden (Sauerland)", "Lüdenscheid", "Plettenberg", "Altena"):
        counts.append([town, sum(r[7] == town for r in NORD + SUED)])
    wb.save("praeventionsangebote-maerkischer-kreis.xlsx")


if __name__ == "__main__":
    maerkischer_kreis()
