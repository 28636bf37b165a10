"""Writes the two XLSX test lists of this folder (kept so the binary files can be reviewed).

Run from this folder: python build_xlsx.py
"""

from openpyxl import Workbook
from openpyxl.comments import Comment
from openpyxl.styles import Font


def coesfeld() -> None:
    """Frühe-Hilfen overview of a Kreis: notes sheet first, merged title and group rows."""
    wb = Workbook()
    notes = wb.active
    notes.title = "Hinweise"
    for line in [
        "Netzwerk Frühe Hilfen Kreis Coesfeld – Angebotsübersicht",
        "Bitte Änderungen an fruehehilfen@kreis-coesfeld.example melden.",
        "Alter in Jahren; 'SS' = ab Schwangerschaft.",
        "Stand: 15.01.2026",
    ]:
        notes.append([line])
    ws = wb.create_sheet("Angebote 2026")
    ws["A1"] = "Angebote Frühe Hilfen im Kreis Coesfeld (Stand Januar 2026)"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:M1")
    ws["B2"], ws["F2"], ws["H2"], ws["K2"] = "Angebot", "Ort", "Kontakt", "Alter des Kindes"
    ws.merge_cells("B2:E2")
    ws.merge_cells("F2:G2")
    ws.merge_cells("H2:J2")
    ws.merge_cells("K2:L2")
    ws.append(
        [
            "Lfd. Nr.",
            "Angebot",
            "Anbieter / Träger",
            "Inhalt",
            "Zielgruppe",
            "Kommune",
            "Ortsteil",
            "Ansprechpartner/in",
            "Telefon",
            "E-Mail",
            "von",
            "bis",
            "Kosten",
        ]
    )
    rows = [
        (
            1,
            "Familienhebamme",
            "Kreis Coesfeld, Jugendamt",
            "Aufsuchende Begleitung durch Familienhebammen bis zum ersten Geburtstag",
            "Schwangere und Familien mit Säuglingen",
            "Coesfeld",
            "",
            "Frau Beispiel",
            "02541 18-5300",
            "fruehehilfen@kreis-coesfeld.example",
            "SS",
            1,
            "kostenfrei",
        ),
        (
            2,
            "Babymassage-Kurs",
            "Familienbildungsstätte Dülmen",
            "Sanfte Massage für Babys, 5 Termine",
            "Eltern mit Babys",
            "Dülmen",
            "Buldern",
            "Herr Muster",
            "02594 9999-0",
            "info@fbs-duelmen.example",
            "0,25",
            "1",
            "35 € (ermäßigt 20 €)",
        ),
        (
            3,
            "Elterncafé „Zwergenstübchen“",
            "Caritasverband für den Kreis Coesfeld e.V.",
            "Offener Treff für Eltern mit Kindern bis 3 Jahre, jeden Dienstag 9–11 Uhr",
            "Eltern",
            "Lüdinghausen",
            "",
            "",
            "02591 2345",
            "",
            0,
            3,
            "kostenlos",
        ),
        (
            4,
            "Willkommensbesuch",
            "Stadt Dülmen, Familienbüro",
            "Besuch mit Begrüßungspaket nach der Geburt",
            "Familien mit Neugeborenen",
            "Dülmen",
            "",
            "",
            "02594 12-333",
            "familienbuero@duelmen.example",
            0,
            0,
            "kostenlos",
        ),
        (
            5,
            "Schreibabyambulanz",
            "Christophorus Kliniken, Kinderklinik",
            "Beratung bei exzessivem Schreien, Schlaf- und Fütterstörungen",
            "Eltern von Säuglingen und Kleinkindern",
            "Coesfeld",
            "",
            "",
            "02541 89-0",
            "",
            0,
            3,
            "Krankenkasse",
        ),
        (
            6,
            "PEKiP",
            "Ev. Familienbildungsstätte Nottuln",
            "Prager-Eltern-Kind-Programm",
            "Eltern mit Babys ab der 6. Lebenswoche",
            "Nottuln",
            "Appelhülsen",
            "",
            "02502 7070",
            "",
            "",
            1,
            "60 €",
        ),
        (
            7,
            "Rückbildung und Babytreff",
            "Hebammenpraxis Billerbeck",
            "Rückbildungsgymnastik mit anschließendem Babytreff",
            "Mütter nach der Geburt",
            "Billerbeck",
            "",
            "",
            "02543 1234",
            "",
            0,
            1,
            "Krankenkasse",
        ),
        (
            8,
            "Familienpaten",
            "Kinderschutzbund Kreisverband Coesfeld",
            "Ehrenamtliche Patinnen entlasten Familien im Alltag",
            "Familien mit Kindern bis 6 Jahren",
            "Kreis Coesfeld",
            "",
            "",
            "02541 88000",
            "",
            0,
            6,
            "kostenlos",
        ),
        (
            9,
            "Stillgruppe",
            "Ev. Familienbildungsstätte Nottuln",
            "Austausch rund ums Stillen",
            "stillende Mütter",
            "Nottuln",
            "",
            "",
            "02502 7070",
            "",
            "",
            "",
            "kostenlos",
        ),
        (
            10,
            "Spielgruppe Olfener Knirpse",
            "Familienzentrum St. Vitus",
            "Spielgruppe für Kinder mit Elternteil",
            "Kinder ab 1 Jahr mit Eltern",
            "Olfen",
            "",
            "",
            "02595 3838",
            "",
            1,
            3,
            "2 € pro Treffen",
        ),
        (
            11,
            "Beratung für Schwangere",
            "donum vitae Coesfeld e.V.",
            "Schwangerschafts- und Schwangerschaftskonfliktberatung",
            "Schwangere und ihre Partner",
            "Coesfeld",
            "",
            "",
            "02541 7000",
            "",
            "SS",
            "SS",
            "kostenfrei",
        ),
        (
            12,
            "Elternkurs Das Baby verstehen",
            "Familienbildungsstätte Dülmen",
            "Kurs für werdende und junge Eltern",
            "werdende Eltern",
            "Dülmen",
            "",
            "",
            "02594 9999-0",
            "",
            "siehe Kursprogramm",
            "",
            "40 €",
        ),
    ]
    for r in rows:
        ws.append(list(r))
    ws["D5"].comment = Comment("Termine ab Februar", "Planung")
    ws.append([])
    ws.append(["Weitere Angebote auf www.fruehehilfen-coesfeld.example"])
    wb.save("fruehe-hilfen-kreis-coesfeld.xlsx")


def borken() -> None:
    """A family-portal export: one sheet, ages 'von'/'bis' in their own columns."""
    wb = Workbook()
    ws = wb.active
    ws.title = "Export"
    ws.append(
        [
            "Angebotstitel",
            "Anbieter",
            "Kategorie",
            "Unterkategorie",
            "Alter (von)",
            "Alter (bis)",
            "Veranstaltungsort",
            "PLZ",
            "Straße und Hausnummer",
            "Beginn",
            "Kosten",
            "Link",
        ]
    )
    rows = [
        (
            "Geburtsvorbereitungskurs für Paare",
            "St. Agnes-Hospital Bocholt",
            "Schwangerschaft und Geburt",
            "Kurse",
            "Schwangerschaft",
            "",
            "Bocholt",
            "46397",
            "Barloer Weg 125",
            "03.02.2026",
            "Krankenkasse",
            "https://www.example.org/geburt",
        ),
        (
            "Krabbelgruppe Mäusenest",
            "Familienzentrum St. Josef",
            "Eltern und Kind",
            "Spielgruppen",
            "0",
            "3",
            "Gronau (Westf.)",
            "48599",
            "Josefstraße 4",
            "laufend",
            "kostenfrei",
            "",
        ),
        (
            "Hausaufgabenbetreuung",
            "Caritas Jugendhilfe Ahaus",
            "Schule",
            "Lernhilfe",
            "6",
            "14",
            "Ahaus",
            "48683",
            "Coesfelder Straße 5",
            "",
            "10 € monatlich",
            "",
        ),
        (
            "Jugendtreff Check-In",
            "Stadt Vreden, Jugendpflege",
            "Freizeit",
            "Offene Jugendarbeit",
            "12",
            "99",
            "Vreden",
            "48691",
            "Butenwall 2",
            "",
            "",
            "https://www.example.org/checkin",
        ),
        (
            "Erziehungsberatung Westmünsterland",
            "Bischöfliches Generalvikariat, EFL",
            "Beratung",
            "Erziehungs- und Familienberatung",
            "0",
            "27",
            "Borken",
            "46325",
            "Heidener Straße 8",
            "",
            "kostenlos",
            "",
        ),
        (
            "Mediensprechstunde für Eltern",
            "Kreis Borken, Jugendschutz",
            "Beratung",
            "Medien",
            "",
            "",
            "Stadtlohn",
            "48703",
            "Dufkampstraße 1",
            "",
            "kostenlos",
            "",
        ),
        (
            "Psychomotorik für Kita-Kinder",
            "Motopädie Rhede",
            "Gesundheit",
            "Bewegung",
            "3",
            "6",
            "Rhede",
            "46414",
            "Krommerter Weg 2",
            "",
            "auf Rezept",
            "",
        ),
        (
            "Sprachkurs mit Kinderbetreuung",
            "VHS Aktuelles Forum",
            "Bildung",
            "Deutsch als Zweitsprache",
            "",
            "",
            "Ahaus",
            "48683",
            "Vagedesweg 2",
            "09.03.2026",
            "1,50 € pro UE",
            "",
        ),
        (
            "Ferienfreizeit Ameland",
            "KJG Isselburg",
            "Freizeit",
            "Ferien",
            "9",
            "13",
            "Isselburg",
            "46419",
            "Minervastraße 1",
            "20.07.2026",
            "320 €",
            "",
        ),
        (
            "Kinder- und Jugendtelefon",
            "Kinderschutzbund Bocholt",
            "Beratung",
            "Krisen und Notfälle",
            "",
            "21",
            "Bocholt",
            "46399",
            "Ostwall 39",
            "",
            "kostenlos",
            "",
        ),
    ]
    for r in rows:
        ws.append(list(r))
    wb.save("familienportal-kreis-borken.xlsx")


if __name__ == "__main__":
    coesfeld()
    borken()
