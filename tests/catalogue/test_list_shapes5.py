"""Shapes of published lists the fifth set brought (tests/data/lists5/SOURCE.md), by class.

Each test names what a planner relies on: a calendar, a saved web page, a PDF conversion, a
"Unicode text" file without a byte order mark, an OpenStreetMap export, weekday columns, a
Kontakt cell and cells merged down a sheet are read as the offers they list — and a broken one
is refused with the problem named while the catalogue stays as it was.
"""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from bot.exchange.headers import header_score, map_header
from bot.exchange.html_table import html_tables
from bot.exchange.ical import read_ical
from bot.exchange.planner import PlannerImport
from bot.exchange.shared_cells import join_weekdays, split_contact
from bot.exchange.tables import Table, decode, read_table

TEXT = "Angebot\tOrt\nBabytreff Müßen\tWünnenberg\n"


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_unicode_text_without_a_byte_order_mark_is_read(encoding: str) -> None:
    problems: list = []
    assert decode(TEXT.encode(encoding), "liste.txt", problems) == TEXT
    assert not problems


def test_plain_text_is_not_taken_for_utf16() -> None:
    assert decode(TEXT.encode("utf-8"), "liste.csv", []) == TEXT


def test_a_saved_web_page_table_gives_rows_as_the_browser_shows_them(tmp_path: Path) -> None:
    page = tmp_path / "wegweiser.html"
    page.write_text(
        "<html><head><script>var a = '<td>x</td>';</script></head><body><table>"
        "<tr><th>Angebot</th><th>Adresse</th><th>Kontakt</th></tr>\n"
        "<tr><td><b>Lernhilfe &amp; Hausaufgaben</b></td><td>Hauptstr. 1<br>42697 Solingen</td>"
        '<td>Tel. 0000 1<br><a href="mailto:a@example.org">E-Mail schreiben</a></td></tr>'
        "</table></body></html>",
        encoding="utf-8",
    )
    [(name, rows)] = html_tables(page, [])
    assert name == "wegweiser.html"
    assert rows[1][1] == [
        "Lernhilfe & Hausaufgaben", "Hauptstr. 1, 42697 Solingen",
        "Tel. 0000 1, E-Mail schreiben a@example.org",
    ]  # fmt: skip


ICS = (
    "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:k-1@example.org\r\n"
    "SUMMARY:Babytreff\\, offen\r\nDESCRIPTION:Für Eltern mit Babys\\nbis 1 Jahr\r\n"
    "LOCATION:Familienzentrum\\, Oberstraße 14\\, 47829 Kref\r\n eld\\, Deutschland\r\n"
    "CATEGORIES:Eltern-Kind-Gruppen,Frühe Hilfen\r\nGEO:51.35;6.62\r\n"
    'ORGANIZER;CN="Familienbildung (Beispiel)":MAILTO:fb@example.org\r\n'
    "DTSTART;TZID=Europe/Berlin:20260113T093000\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
)


def test_a_calendar_event_is_an_offer_record(tmp_path: Path) -> None:
    path = tmp_path / "kalender.ics"
    path.write_text(ICS, encoding="utf-8", newline="")
    [event] = read_ical(path)
    assert event["title"] == "Babytreff, offen"
    assert event["description"] == "Für Eltern mit Babys\nbis 1 Jahr"
    assert event["address"] == "Familienzentrum, Oberstraße 14, 47829 Krefeld"  # folded line
    assert event["categories"] == ["Eltern-Kind-Gruppen", "Frühe Hilfen"]
    assert event["organizer"] == {"name": "Familienbildung (Beispiel)", "email": "fb@example.org"}
    assert event["geo"] == {"lat": "51.35", "lon": "6.62"}
    assert event["startdate"] == "2026-01-13 09:30"


def test_a_broken_calendar_is_refused_and_the_catalogue_stays(cli, catalogue_path: Path,
                                                             tmp_path: Path) -> None:  # fmt: skip
    before = catalogue_path.read_bytes()
    path = tmp_path / "kalender.ics"
    path.write_text("<html>Fehler 404</html>\n", encoding="utf-8")
    code, _out, err = cli("catalogue", "import", str(path))
    assert code == 1 and "kalender.ics" in err and "iCalendar" in err
    assert catalogue_path.read_bytes() == before


def _table(header: list[str], rows: list[list]) -> Table:
    return Table("liste.csv", header, 1, [(n, r) for n, r in enumerate(rows, start=2)])


CONVERTED = [
    ["Hebammensprechstunde", "Gesundheitshaus", "Schwangere", "Bahnhofstr. 3, 46145", "0000 1"],
    ["", "(Beispiel)", "und Mütter", "Oberhausen", ""],
    ["Seite 1 von 2", "", "", "", ""],
    ["Angebot", "Träger", "Zielgruppe", "Adresse", "Telefon"],
    ["Gruppe für Kinder psychisch kranker", "Kinderschutz-", "Kinder 8-14", "Markt 1, 46045",
     "0000 2"],
    ["Eltern", "bund (Beispiel)", "", "Oberhausen", ""],
]  # fmt: skip
HEADER = ["Angebot", "Träger", "Zielgruppe", "Adresse", "Telefon"]


def test_a_converted_pdf_is_read_without_its_page_headers_and_with_its_cells_joined() -> None:
    importer = PlannerImport(places=[], topics=[])
    table = _table(HEADER, [list(r) for r in CONVERTED])
    from bot.exchange.wrapped import unwrap

    unwrap(table, map_header(HEADER), importer.notes)
    assert [cells for _line, cells in table.rows] == [
        ["Hebammensprechstunde", "Gesundheitshaus (Beispiel)", "Schwangere und Mütter",
         "Bahnhofstr. 3, 46145 Oberhausen", "0000 1"],
        ["Gruppe für Kinder psychisch kranker Eltern", "Kinderschutzbund (Beispiel)",
         "Kinder 8-14", "Markt 1, 46045 Oberhausen", "0000 2"],
    ]  # fmt: skip
    # each repair is noted: the page line and the header left out, the two wrapped rows joined
    assert [p.row for p in importer.notes] == [4, 5, 3, 7]


@pytest.mark.parametrize(
    ("start", "rest", "joined"),
    [("Kinderschutz-", "bund e.V.", "Kinderschutzbund e.V."), ("Eltern-", "Kind-Gruppe",
      "Eltern-Kind-Gruppe"), ("Schwangeren-", "und Familienberatung",
      "Schwangeren- und Familienberatung"), ("Familien mit Kindern von 0", "bis 21 Jahren",
      "Familien mit Kindern von 0 bis 21 Jahren")],
)  # fmt: skip
def test_a_wrapped_word_is_joined_as_german_writes_it(start: str, rest: str, joined: str) -> None:
    from bot.exchange.wrapped import _join

    assert _join(start, rest) == joined


def test_without_a_repeated_header_a_nameless_row_is_not_joined() -> None:
    """Only a converted list (its header repeated, a page line) has wrapped cells; elsewhere a
    row without a name keeps being what it was (another place of the offer above, or refused)."""
    from bot.exchange.wrapped import unwrap

    rows = [list(CONVERTED[0]), list(CONVERTED[1])]
    table = _table(HEADER, rows)
    unwrap(table, map_header(HEADER), [])
    assert len(table.rows) == 2


@pytest.mark.parametrize(
    ("days", "cells", "schedule"),
    [
        (["Mo", "Di", "Mi"], ["9–12", "", "14–16"], "Mo 9–12; Mi 14–16"),
        (["Montag", "Dienstag"], ["", "8-10 Uhr"], "Di 8-10 Uhr"),
        (["Mon", "Fri."], ["9-12", "13-15"], "Mo 9-12; Fr 13-15"),
    ],
)
def test_one_column_per_weekday_is_the_offers_schedule(
    days: list[str], cells: list[str], schedule: str
) -> None:
    table = _table(["Angebot", "Ort", *days], [["Beratung", "Witten", *cells]])
    join_weekdays(table)
    columns = map_header(table.header)
    assert table.rows[0][1][columns.index["schedule"]] == schedule
    assert not columns.unknown


def test_a_kontakt_cell_gives_phone_and_email_where_the_list_has_none() -> None:
    table = _table(["Angebot", "Ort", "Kontakt"],
                   [["Elterncafé", "Solingen", "Tel. 0000 920801 (24 Std.), info@example.org"]])
    split_contact(table)
    columns = map_header(table.header)
    cells = table.rows[0][1]
    assert cells[columns.index["phone"]] == "0000 920801"
    assert cells[columns.index["email"]] == "info@example.org"


@pytest.mark.parametrize(
    ("key", "field"),
    [("addr:street", "address"), ("addr:housenumber", "house_number"),
     ("addr:postcode", "postcode"), ("addr:city", "municipality"), ("addr:suburb", "district"),
     ("contact:phone", "phone"), ("contact:email", "email"), ("operator", "provider")],
)  # fmt: skip
def test_openstreetmap_keys_are_read_by_their_last_part(key: str, field: str) -> None:
    columns = map_header(["name", "phone", key])
    assert columns.index.get(field, -1) == 2 or 2 in columns.more.get(field, [])


def test_a_cell_merged_down_the_sheet_belongs_to_every_row_it_covers(tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Familienangebote Hürth"])
    sheet.merge_cells("A1:D1")
    sheet.append(["Stadtteil", "Träger", "Angebot", "Adresse"])
    sheet.append(["Hermülheim", "Beratung e.V.", "Erziehungsberatung", "Markt 1, 50354 Hürth"])
    sheet.append([None, None, "Trennungsberatung", "Markt 1, 50354 Hürth"])
    sheet.merge_cells("A3:A4")
    sheet.merge_cells("B3:B4")
    path = tmp_path / "liste.xlsx"
    book.save(path)
    table = read_table(path, header_score, [])
    assert table is not None
    assert [cells[:2] for _line, cells in table.rows] == [
        ["Hermülheim", "Beratung e.V."], ["Hermülheim", "Beratung e.V."]
    ]
    assert table.titles == ["Familienangebote Hürth"]


@pytest.mark.parametrize(
    ("raw", "shown"),
    [
        ("Babytreff &#8222;Perlen&#8220;", "Babytreff „Perlen“"),
        ("Elternkurs &#8211; Pubertät", "Elternkurs – Pubertät"),
        ("<p>Für Eltern.</p>\n<p>Schlaf &amp; Stillen<br />montags</p>",
         "Für Eltern.\nSchlaf & Stillen\nmontags"),
        ("Kinder < 6 & Eltern", "Kinder < 6 & Eltern"),  # no HTML: left as written
    ],
)  # fmt: skip
def test_a_cms_json_value_is_read_as_the_page_shows_it(raw: str, shown: str) -> None:
    from bot.exchange.geojson import _plain

    assert _plain(raw) == shown


def test_an_object_named_by_its_own_kind_gives_its_name() -> None:
    """WordPress events: `organizer: [{"organizer": "Elternschule", "phone": …}]`."""
    columns = map_header(["title", "organizer › organizer", "organizer › phone"])
    assert columns.index["provider"] == 1 and columns.index["phone"] == 2
