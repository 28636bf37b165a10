"""Planners' lists as Excel and portals really write them import as they are."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from openpyxl import Workbook

from bot.catalogue import Catalogue

ISSUE_HEADER = "Angebot;Träger;Beschreibung;Altersgruppe;Ort;Thema\n"
COMMA_ROWS = [
    "Babytreff;AWO Unna;Wir treffen uns, trinken Kaffee, spielen, singen und tauschen uns aus, "
    "immer dienstags, auch in den Ferien.;Familien mit Kindern von 0 – 3 Jahren;Kamen;"
    "Frühe Hilfen\n",
    "Lernwerkstatt;Caritas;Hausaufgaben, Lesen, Rechnen, Schreiben – in kleinen Gruppen, mit "
    "Ehrenamtlichen, kostenlos.;1.–4. Klasse;Unna;Lernförderung\n",
    "Jungentreff;Falken;Sport, Gespräche, Ausflüge, Kochen, Werken;Jungen zwischen 10–14 Jahren, "
    "Angehörige und Fachkräfte;Bergkamen;Offene Kinder- und Jugendarbeit\n",
]


def _offers(path: Path) -> dict[str, object]:
    return {o.name: o for o in Catalogue.load(path).offers}


def test_a_short_semicolon_list_full_of_commas_is_read_with_the_right_separator(
    cli, catalogue_path: Path, tmp_path: Path
) -> None:
    listing = tmp_path / "portal.csv"
    listing.write_text(ISSUE_HEADER + "".join(COMMA_ROWS), encoding="utf-8")
    code, _out, err = cli("catalogue", "import", str(listing))
    assert code == 0, err
    offers = _offers(catalogue_path)
    assert offers["Babytreff"].age_min == 0 and offers["Babytreff"].age_max == 47
    assert offers["Babytreff"].description.startswith("Wir treffen uns, trinken Kaffee")
    assert (offers["Lernwerkstatt"].age_min, offers["Lernwerkstatt"].age_max) == (72, 119)
    assert (offers["Jungentreff"].age_min, offers["Jungentreff"].age_max) == (120, 179)


def test_a_long_comma_rich_list_imports(cli, catalogue_path: Path, tmp_path: Path) -> None:
    towns = ["Kamen", "Unna", "Bergkamen", "Lünen", "Selm", "Werne"]
    rows = [
        f"Kurs {n};Träger {n % 7};Spielen, Lernen, Bewegen, Singen, Basteln (Gruppe {n});"
        f"{n % 10} bis {n % 10 + 4} Jahre;{towns[n % len(towns)]};Elternkurse\n"
        for n in range(300)
    ]
    listing = tmp_path / "lang.csv"
    listing.write_text(ISSUE_HEADER + "".join(rows), encoding="utf-8")
    code, _out, err = cli("catalogue", "import", str(listing))
    assert code == 0, err
    assert len(Catalogue.load(catalogue_path).offers) == 300


def test_multi_line_cells_empty_lines_and_title_rows(
    cli, catalogue_path: Path, tmp_path: Path
) -> None:
    text = (
        "Angebotsliste Jugendhilfeplanung – Stand März,,,,\n"
        ",,,,\n"
        "Angebot,Träger,Themen,Alter,Ort/Kommune\n"
        '"Elterncafé","Familienzentrum, Kamen","Elternkurse","ab Geburt","Kamen"\n'
        "\n"
        '"Sprachspiel",AWO,"Sprachförderung","Kita-Kinder\n(nur mit Anmeldung)",Unna\n'
        "--- ab hier neu ---,,,,\n"
        '"Schreibaby-Sprechstunde",Frühe Hilfen,"Schreibaby","0 bis 12 Monate","Lünen"\n'
    )
    listing = tmp_path / "liste.csv"
    listing.write_text(text, encoding="utf-8")
    code, out, err = cli("catalogue", "import", str(listing))
    assert code == 0, err
    offers = _offers(catalogue_path)
    assert set(offers) == {"Elterncafé", "Sprachspiel", "Schreibaby-Sprechstunde"}
    assert offers["Elterncafé"].provider == "Familienzentrum, Kamen"
    assert (offers["Sprachspiel"].age_min, offers["Sprachspiel"].age_max) == (36, 77)
    assert "Zeile 8" in out and "Überschrift oder Kommentar" in out  # the heading row


def test_a_bad_multi_line_row_is_reported_at_its_first_line(
    cli, catalogue_path: Path, tmp_path: Path
) -> None:
    text = (
        "Angebot;Träger;Themen;Alter;Ort/Kommune\n"
        'Kurs;"AWO\nOrtsverein";Elternkurse;"ab 3";Kamen\n'
        "Treff;AWO;Elternkurse;Jahrgang 2019;Kamen\n"
    )
    listing = tmp_path / "liste.csv"
    listing.write_text(text, encoding="utf-8")
    code, _out, err = cli("catalogue", "import", str(listing))
    assert code == 1
    assert "Zeile 4, Spalte „Alter“, Wert „Jahrgang 2019“" in err


def test_windows_1252_from_german_excel_keeps_its_umlauts(
    cli, catalogue_path: Path, tmp_path: Path
) -> None:
    text = (
        "Angebot;Träger;Themen;Alter;Ort/Kommune;Kosten\n"
        "Bärenstarke Väter;Diakonie Süd;Elternkurse;Kinder von 3 – 6 Jahren;Fröndenberg;5 €\n"
        "Große Schritte „Übergang“;Caritas;Übergang Kita–Grundschule;Vorschulkinder;Holzwickede;\n"
    )
    listing = tmp_path / "excel.csv"
    listing.write_bytes(text.encode("cp1252"))
    code, _out, err = cli("catalogue", "import", str(listing))
    assert code == 0, err
    offers = _offers(catalogue_path)
    assert offers["Bärenstarke Väter"].provider == "Diakonie Süd"
    assert offers["Bärenstarke Väter"].cost == "5 €"
    assert "Große Schritte „Übergang“" in offers


def test_a_tab_separated_file_with_a_byte_order_mark(
    cli, catalogue_path: Path, tmp_path: Path
) -> None:
    text = "Angebot\tTräger\tThemen\tAlter\tOrt/Kommune\n"
    text += "Krabbelgruppe\tAWO\tFrühe Hilfen\tU3\tSelm\n"
    listing = tmp_path / "tabs.csv"
    listing.write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
    code, _out, err = cli("catalogue", "import", str(listing))
    assert code == 0, err
    assert _offers(catalogue_path)["Krabbelgruppe"].age_max == 35


def test_excel_unicode_text_utf16_with_tabs(cli, catalogue_path: Path, tmp_path: Path) -> None:
    text = "Angebot\tTräger\tThemen\tAlter\tOrt/Kommune\r\n"
    text += "Väterfrühstück\tDiakonie\tElternkurse\tKinder bis 6 Jahre\tBönen\r\n"
    listing = tmp_path / "unicode.txt"
    listing.write_bytes(text.encode("utf-16"))
    code, _out, err = cli("catalogue", "import", str(listing))
    assert code == 0, err
    assert _offers(catalogue_path)["Väterfrühstück"].provider == "Diakonie"


def _workbook(path: Path) -> Path:
    book = Workbook()
    info = book.active
    info.title = "Hinweise"
    info["A1"] = "Bitte pro Zeile ein Angebot eintragen."
    offers = book.create_sheet("Angebote 2025")
    offers["A1"] = "Präventionsangebote im Kreis – Stand 01.03."
    offers.merge_cells("A1:E1")
    offers.append([])
    offers.append(["Angebot", "Träger", "Themen", "Alter", "Ort/Kommune"])
    offers.append(["Babyschwimmen", "DLRG", "Freizeit, Sport & kulturelle Bildung",
                   "Babys von 8 Wochen bis 12 Monaten", "Werne"])  # fmt: skip
    offers.append([None, None, None, None, None])
    offers.append(["Mädchentreff", "Jugendamt", "Offene Kinder- und Jugendarbeit", "12-16",
                   "Lünen"])  # fmt: skip
    old = book.create_sheet("Alt")
    old.append(["Angebot", "Träger", "Themen", "Alter", "Ort/Kommune"])
    old.append(["Altes Angebot", "AWO", "Elternkurse", "3", "Kamen"])
    book.save(path)
    return path


def test_an_xlsx_with_title_rows_and_several_sheets(
    cli, catalogue_path: Path, tmp_path: Path
) -> None:
    workbook = _workbook(tmp_path / "Angebote.xlsx")
    code, _out, err = cli("catalogue", "import", str(workbook), "--sheet", "Angebote 2025")
    assert code == 0, err
    offers = _offers(catalogue_path)
    assert set(offers) == {"Babyschwimmen", "Mädchentreff"}
    assert (offers["Babyschwimmen"].age_min, offers["Babyschwimmen"].age_max) == (1, 12)
    code, _out, err = cli("catalogue", "import", str(workbook), "--sheet", "Alt")
    assert code == 0, err
    assert set(_offers(catalogue_path)) == {"Altes Angebot"}


def test_an_unknown_sheet_is_named_with_the_sheets_there_are(
    cli, catalogue_path: Path, tmp_path: Path
) -> None:
    before = hashlib.sha256(catalogue_path.read_bytes()).hexdigest()
    code, _out, err = cli("catalogue", "import", str(_workbook(tmp_path / "A.xlsx")), "--sheet",
                          "Tabelle1")  # fmt: skip
    assert code == 1
    assert "Hinweise, Angebote 2025, Alt" in err
    assert hashlib.sha256(catalogue_path.read_bytes()).hexdigest() == before


@pytest.mark.parametrize("separator", [";", ",", "\t"])
def test_the_header_decides_the_separator(
    separator: str, cli, catalogue_path: Path, tmp_path: Path
) -> None:
    # commas inside unquoted cells of a ;-file, semicolons inside quoted cells of a ,-file
    cells = ["Treff", "AWO; Ortsverein Kamen" if separator != ";" else "AWO, Ortsverein",
             "Elternkurse", "3, 4 oder 5 Jahre" if separator == ";" else "3 bis 5", "Kamen"]
    quote = (lambda c: f'"{c}"') if separator != ";" else (lambda c: c)
    text = separator.join(["Angebot", "Träger", "Themen", "Alter", "Ort/Kommune"]) + "\n"
    text += separator.join(quote(c) for c in cells) + "\n"
    listing = tmp_path / "liste.csv"
    listing.write_text(text, encoding="utf-8")
    code, _out, err = cli("catalogue", "import", str(listing))
    assert code == 0, err
    assert _offers(catalogue_path)["Treff"].age_min == 36
