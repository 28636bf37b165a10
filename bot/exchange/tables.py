"""Read a planner's table from CSV (comma or semicolon, UTF-8 or Windows-1252) or XLSX.

Planners' lists come from Excel: a title line above the header, several sheets, numbers stored
as numbers, CSV saved in Windows-1252 with semicolons. This module only finds the header row and
hands back cells with their line numbers; a file whose encoding is broken (mixed encodings,
replacement characters, double-encoded umlauts) is refused line by line instead of importing
garbled names.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
import warnings
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from bot.exchange.markup import plain_rows
from bot.exchange.sources import Problem
from bot.i18n import _

HEADER_SEARCH_ROWS = 10  # a header may sit below a title line or two
DELIMITERS = ";,\t|"
Cell = str | int | float | dt.date | dt.datetime | None
# Typical traces of UTF-8 read as Windows-1252 ("Ã¼" for "ü", "â€“" for "–").
_MOJIBAKE = re.compile(
    "Ã[\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u02c6\u02dc"
    "\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]"
    "|â€"
)


@dataclass
class Table:
    name: str  # the file (and sheet) name shown in reports
    header: list[str]
    header_line: int
    rows: list[tuple[int, list[Cell]]] = field(default_factory=list)  # (line number, cells)
    # the sheet each row comes from when several sheets of one header were read together
    row_names: list[str] = field(default_factory=list)
    # the title lines above the header ("Kindertagesbetreuung im Kreis Höxter"): they may name
    # the region the list is for
    titles: list[str] = field(default_factory=list)

    def row_name(self, index: int) -> str:
        return self.row_names[index] if index < len(self.row_names) else self.name


def _text_problems(name: str, text: str, problems: list[Problem]) -> None:
    for number, line in enumerate(text.splitlines(), start=1):
        if "\ufffd" in line:
            problems.append(
                Problem(
                    name,
                    number,
                    "",
                    _snippet(line, "\ufffd"),
                    _(
                        "the line contains a replacement character (�): the file "
                        "was damaged by a wrong conversion"
                    ),
                )
            )
        elif found := _MOJIBAKE.search(line):
            problems.append(
                Problem(
                    name,
                    number,
                    "",
                    _snippet(line, found.group()),
                    _(
                        "garbled umlauts: the file was saved twice with different "
                        "encodings; save it again as UTF-8"
                    ),
                )
            )


def _snippet(line: str, needle: str) -> str:
    at = max(line.find(needle), 0)
    return line[max(0, at - 15) : at + 15]


def _bomless_utf16(raw: bytes) -> str | None:
    """Some tools write "Unicode text" without a byte order mark: a text of mostly Latin
    letters then has a zero byte in every second place (after each letter: little-endian)."""
    sample = raw[:4000]
    if len(sample) < 4 or (len(sample) % 2 and len(raw) <= 4000):
        return None
    odd, even = sample[1::2], sample[0::2]
    if odd.count(0) > 0.8 * len(odd) and even.count(0) < 0.1 * len(even):
        return "utf-16-le"
    if even.count(0) > 0.8 * len(even) and odd.count(0) < 0.1 * len(odd):
        return "utf-16-be"
    return None


def decode(raw: bytes, name: str, problems: list[Problem]) -> str | None:
    """Return the text of a CSV file in UTF-8 or Windows-1252, or None with problems.

    Excel's "Unicode text" export is UTF-16 with a byte order mark; it is read as well, and so
    is UTF-16 without one (recognised by its zero bytes).
    """
    utf16 = "utf-16" if raw.startswith((b"\xff\xfe", b"\xfe\xff")) else _bomless_utf16(raw)
    if utf16:
        try:
            return raw.decode(utf16)
        except UnicodeDecodeError:
            pass  # a broken UTF-16 file: the checks below name the damaged lines
    raw = raw.removeprefix(b"\xef\xbb\xbf")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        lines = raw.split(b"\n")
        bad: list[int] = []
        utf8_lines = 0
        for number, line in enumerate(lines, start=1):
            try:
                line.decode("utf-8")
                utf8_lines += any(byte >= 0x80 for byte in line)
            except UnicodeDecodeError:
                bad.append(number)
        if utf8_lines:  # some lines are UTF-8, others not: neither reading is right
            for number in bad:
                problems.append(
                    Problem(
                        name,
                        number,
                        "",
                        lines[number - 1].decode("utf-8", "replace")[:30],
                        _(
                            "this line is not UTF-8 while others are: the "
                            "file mixes encodings; save it again as UTF-8"
                        ),
                    )
                )
            return None
        try:
            text = raw.decode("cp1252")
            if "¤" in text and "€" not in text:  # ISO-8859-15 (Access, older Unix): € is 0xA4
                text = raw.decode("iso-8859-15")
        except UnicodeDecodeError as error:
            problems.append(
                Problem(
                    name,
                    raw[: error.start].count(b"\n") + 1,
                    "",
                    repr(raw[error.start : error.end]),
                    _("the file is neither UTF-8 nor Windows-1252 encoded"),
                )
            )
            return None
    before = len(problems)
    _text_problems(name, text, problems)
    return None if len(problems) > before else text


def _pick_header(
    name: str, rows: list[tuple[int, list[Cell]]], score: Callable[[list[str]], int]
) -> tuple[int, Table] | None:
    best: tuple[int, int] | None = None
    for index, (_line, cells) in enumerate(rows[:HEADER_SEARCH_ROWS]):
        value = score([cell_text(c) for c in cells])
        if value > 0 and (best is None or value > best[0]):
            best = (value, index)
    if best is None:
        return None
    index = best[1]
    line, cells = rows[index]
    header = [cell_text(c) for c in cells]
    if index:
        header = _with_group_titles(header, [cell_text(c) for c in rows[index - 1][1]], score)
    table = Table(name, header, line, rows[index + 1 :])
    table.titles = [" ".join(cell_text(c) for c in cells if cell_text(c)) for _l, cells in
                    rows[:index] if any(cell_text(c) for c in cells)]  # fmt: skip
    return score(header), table


def _with_group_titles(
    header: list[str], above: list[str], score: Callable[[list[str]], int]
) -> list[str]:
    """Read "von"/"bis" below a merged "Alter des Kindes" as "Alter des Kindes von".

    A merged cell holds its text in its first column only, so a title reaches right until the
    next filled cell; it is used only where it makes a header cell known that was not.
    """
    if sum(1 for cell in above if cell) < 2:  # a title line ("Stand: 01/2026") groups nothing
        return header
    group = ""
    for position, title in enumerate(header):
        group = (above[position] if position < len(above) else "") or group
        if not group or not title:
            continue
        trial = [*header[:position], f"{group} {title}", *header[position + 1 :]]
        if score(trial) > score(header):
            header = trial
    return header


def cell_text(cell: Cell) -> str:
    """Return a cell as the text a planner sees (whole numbers without ".0", dates as ISO)."""
    if cell is None:
        return ""
    if isinstance(cell, float) and cell.is_integer():
        return str(int(cell))
    if isinstance(cell, dt.datetime):
        return cell.date().isoformat() if cell.time() == dt.time() else cell.isoformat()
    if isinstance(cell, dt.date):
        return cell.isoformat()
    return str(cell).strip()


def _csv_candidates(
    path: Path, text: str, problems: list[Problem]
) -> list[tuple[str, list[tuple[int, list[Cell]]]]]:
    """Parse the text once per separator; the header row decides which reading is right.

    Counting characters in the body fails on `;`-lists whose descriptions are full of commas,
    so every separator is tried and `_pick_header` keeps the one that yields known columns.
    """
    candidates = []
    errors = []
    for delimiter in DELIMITERS:
        try:
            reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
            rows: list[tuple[int, list[Cell]]] = []
            start = 1
            for cells in reader:
                rows.append((start, list(cells)))
                start = reader.line_num + 1
        except csv.Error as error:
            errors.append(error)
            continue
        candidates.append((path.name, rows))
    if not candidates and errors:
        problems.append(
            Problem(
                path.name, 0, "", "", _("not a readable CSV file: {error}").format(error=errors[0])
            )
        )
    return candidates


def read_table(
    path: Path,
    score: Callable[[list[str]], int],
    problems: list[Problem],
    sheet: str | None = None,
) -> Table | None:
    """Read the sheet (or CSV reading) whose header `score` likes best; None with problems.

    A position given only in a projected grid (UTM) gets its degrees (`coordinates.py`)."""
    from bot.exchange.coordinates import add_degrees

    table = _read_table(path, score, problems, sheet)
    return add_degrees(table) if table is not None else None


def _read_table(
    path: Path,
    score: Callable[[list[str]], int],
    problems: list[Problem],
    sheet: str | None = None,
) -> Table | None:
    path = Path(path)
    if not path.exists():
        problems.append(Problem(path.name, 0, "", "", _("file is missing")))
        return None
    suffix = path.suffix.lower()
    if suffix in (".xlsx", ".xlsm"):
        candidates = _xlsx_sheets(path, problems, sheet)
    elif suffix == ".ods":
        from bot.exchange.ods import ods_sheets

        candidates = ods_sheets(path, problems, sheet)  # type: ignore[assignment]
    elif suffix in (".html", ".htm"):
        from bot.exchange.html_table import html_tables

        candidates = html_tables(path, problems)
    elif suffix in (".geojson", ".json", ".jsonld", ".xml", ".ics"):
        from bot.exchange.geojson import read_geojson

        table = read_geojson(path, problems)
        return table if table is not None and score(table.header) > 0 else _no_header(
            path, problems, table is not None
        )
    else:
        text = decode(path.read_bytes(), path.name, problems)
        if text is None:
            return None
        candidates = plain_rows(_csv_candidates(path, text, problems), text)
    found = [t for t in (_pick_header(n, r, score) for n, r in candidates) if t]
    if not found:
        return _no_header(path, problems, True)
    best = max(found, key=lambda item: item[0])[1]  # first best: ";" before "," on a tie
    same = [t for _s, t in found if t.header == best.header]
    if suffix in (".xlsx", ".xlsm", ".ods") and len(same) > 1 and not sheet:
        return _joined_sheets(path, same)
    return best


_GENERIC_SHEET = re.compile(r"(?i)\d|tabelle|sheet|blatt|angebote|liste|übersicht|daten|export")


def _joined_sheets(path: Path, tables: list[Table]) -> Table:
    """Sheets with the same header are one list split up (one sheet per Stadtteil or Träger).

    Their rows are read together, each named by its sheet in the report. When the list has no
    Stadtteil column and every sheet is named like a place ("Altenessen", not "Tabelle2" or
    "2025"), the sheet's name is the rows' Stadtteil.
    """
    from bot.exchange.headers import map_header

    titles = [t.name[len(path.name) + 2 : -1] for t in tables]
    columns = map_header(tables[0].header).index
    by_sheet = not ({"district", "borough"} & set(columns)) and not any(
        _GENERIC_SHEET.search(title) for title in titles
    )
    header = [*tables[0].header, "Tabellenblatt"] if by_sheet else list(tables[0].header)
    joined = Table(path.name, header, tables[0].header_line, titles=tables[0].titles)
    for title, table in zip(titles, tables, strict=True):
        for line, cells in table.rows:
            width = len(tables[0].header)
            cells = [*cells[:width], *[None] * (width - len(cells)), title] if by_sheet else cells
            joined.rows.append((line, cells))
            joined.row_names.append(table.name)
    return joined


def _no_header(path: Path, problems: list[Problem], readable: bool) -> None:
    if readable and not any(p.file.startswith(path.name) for p in problems):
        problems.append(
            Problem(
                path.name,
                1,
                "",
                "",
                _(
                    "no header row with known column "
                    "names (such as Angebot, Träger, Themen) was found"
                ),
            )
        )


def _xlsx_sheets(
    path: Path, problems: list[Problem], wanted: str | None = None
) -> list[tuple[str, list[tuple[int, list[Cell]]]]]:
    from openpyxl import load_workbook

    from bot.exchange.merged_cells import fill_down, merged_ranges

    try:
        with warnings.catch_warnings():  # files from other tools lack styles openpyxl expects
            warnings.simplefilter("ignore")
            book = load_workbook(path, read_only=True, data_only=True)
    except Exception as error:  # zip, XML or openpyxl errors all mean: not a readable workbook
        problems.append(
            Problem(
                path.name,
                0,
                "",
                "",
                _("not a readable Excel file (.xlsx): {error}").format(error=error),
            )
        )
        return []
    try:
        sheets = []
        chosen = book.worksheets
        if wanted:
            chosen = [
                s for n, s in enumerate(book.worksheets, 1)
                if s.title.strip().casefold() == wanted.strip().casefold() or str(n) == wanted
            ]  # fmt: skip
            if not chosen:
                names = ", ".join(s.title for s in book.worksheets)
                problems.append(
                    Problem(path.name, 0, "", wanted,
                            _("no sheet of this name; the file has: {names}").format(names=names))
                )  # fmt: skip
        for sheet in chosen:
            rows = [
                (number, list(cells))
                for number, cells in enumerate(sheet.iter_rows(values_only=True), start=1)
            ]
            fill_down(rows, merged_ranges(path, sheet))  # a Träger merged over its rows
            sheets.append((f"{path.name} [{sheet.title}]", rows))
        return sheets
    finally:
        book.close()
