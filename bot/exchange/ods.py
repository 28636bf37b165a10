"""Read the sheets of an OpenDocument spreadsheet (.ods, LibreOffice Calc) with the stdlib.

Municipalities that work with LibreOffice publish their lists as .ods. The format is a zip with
one `content.xml`; reading the cells needs no dependency: a cell repeated N times
(`table:number-columns-repeated`, also whole empty rows repeated to the sheet's end) is
expanded only up to the last filled cell, numbers and dates are taken from their typed value,
text from its paragraphs. Rows keep their spreadsheet row numbers for the import report.
"""

from __future__ import annotations

import datetime as dt
import zipfile
from pathlib import Path
from xml.etree import ElementTree

from bot.catalogue.contents import Problem
from bot.i18n import _

_TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
_OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
_TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
_MAX_REPEAT = 1000  # a repeated filled cell is real; a million repeated empty ones are padding


def _value(cell: ElementTree.Element) -> object:
    kind = cell.get(f"{{{_OFFICE}}}value-type")
    if kind in ("float", "percentage", "currency"):
        number = float(cell.get(f"{{{_OFFICE}}}value", "0"))
        return int(number) if number.is_integer() else number
    if kind == "date":
        text = cell.get(f"{{{_OFFICE}}}date-value", "")
        try:
            return dt.datetime.fromisoformat(text) if "T" in text else dt.date.fromisoformat(text)
        except ValueError:
            return text
    lines = [_inline(p) for p in cell.iter(f"{{{_TEXT}}}p")]
    text = "\n".join(lines).strip()
    return text or None


def _inline(node: ElementTree.Element) -> str:
    """A paragraph's text with its spans, spaces stored as a count (`text:s`) and breaks."""
    parts = [node.text or ""]
    for child in node:
        if child.tag == f"{{{_TEXT}}}s":
            parts.append(" " * int(child.get(f"{{{_TEXT}}}c", "1")))
        elif child.tag == f"{{{_TEXT}}}line-break":
            parts.append("\n")
        else:
            parts.append(_inline(child))
        parts.append(child.tail or "")
    return "".join(parts)


def _rows(table: ElementTree.Element) -> list[tuple[int, list[object]]]:
    rows: list[tuple[int, list[object]]] = []
    number = 0
    for row in table.iter(f"{{{_TABLE}}}table-row"):
        repeat = int(row.get(f"{{{_TABLE}}}number-rows-repeated", "1"))
        cells: list[object] = []
        for cell in row:
            if cell.tag not in (f"{{{_TABLE}}}table-cell", f"{{{_TABLE}}}covered-table-cell"):
                continue
            value = _value(cell)
            count = int(cell.get(f"{{{_TABLE}}}number-columns-repeated", "1"))
            cells.extend([value] * min(count, _MAX_REPEAT))
        while cells and cells[-1] is None:
            cells.pop()
        if cells:
            for offset in range(min(repeat, _MAX_REPEAT)):
                rows.append((number + offset + 1, list(cells)))
        number += repeat
    return rows


def ods_sheets(
    path: Path, problems: list[Problem], wanted: str | None = None
) -> list[tuple[str, list[tuple[int, list[object]]]]]:
    """Every sheet (or the one named/numbered `wanted`) as (report name, numbered rows)."""
    try:
        with zipfile.ZipFile(path) as archive:
            root = ElementTree.fromstring(archive.read("content.xml"))
    except (zipfile.BadZipFile, KeyError, ElementTree.ParseError, OSError) as error:
        problems.append(Problem(path.name, 0, "", "", _(
            "not a readable OpenDocument spreadsheet (.ods): {error}").format(error=error)))
        return []
    tables = list(root.iter(f"{{{_TABLE}}}table"))
    names = [t.get(f"{{{_TABLE}}}name", str(n)) for n, t in enumerate(tables, 1)]
    chosen = list(zip(names, tables, strict=True))
    if wanted:
        chosen = [(n, t) for i, (n, t) in enumerate(chosen, 1)
                  if n.strip().casefold() == wanted.strip().casefold() or str(i) == wanted]
        if not chosen:
            problems.append(Problem(path.name, 0, "", wanted, _(
                "no sheet of this name; the file has: {names}").format(names=", ".join(names))))
    return [(f"{path.name} [{name}]", _rows(table)) for name, table in chosen]
