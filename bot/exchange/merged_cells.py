"""Cells merged down a column in an Excel sheet: each row gets the merged value.

Planners merge a Träger's or a Stadtteil's cell over all the rows that belong to it; Excel
keeps the text in the top cell only, so read row by row the lower rows lack their Träger and
Stadtteil (and take the town of their address instead). The sheet's `<mergeCell ref="B3:B5">`
list is read from the file and the top cell's value copied down, column by column — a title
merged across a row is left alone (it stays one filled cell, read as a title).
"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

from openpyxl.utils.cell import range_boundaries

_MERGE = re.compile(rb'<(?:\w+:)?mergeCell\s+ref="([A-Z]+\d+:[A-Z]+\d+)"')


def merged_ranges(path: Path, sheet: object) -> list[tuple[int, int, int, int]]:
    """(min_col, min_row, max_col, max_row) of each merged range of a read-only sheet."""
    member = getattr(sheet, "_worksheet_path", None)  # openpyxl's read-only sheet knows its part
    if not member:
        return []
    try:
        with zipfile.ZipFile(path) as archive:
            xml = archive.read(str(member).lstrip("/"))
    except (KeyError, OSError, zipfile.BadZipFile):
        return []
    return [range_boundaries(ref.decode()) for ref in _MERGE.findall(xml)]  # type: ignore[misc]


def fill_down(rows: list[tuple[int, list]], ranges: list[tuple[int, int, int, int]]) -> None:
    """Copy the top cell of each range spanning several rows into the rows below it."""
    by_line = {line: cells for line, cells in rows}
    for min_col, min_row, max_col, max_row in ranges:
        if max_row == min_row or min_row not in by_line:
            continue
        for column in range(min_col - 1, max_col):
            top = by_line[min_row][column] if column < len(by_line[min_row]) else None
            for line in range(min_row + 1, max_row + 1):
                cells = by_line.get(line)
                if cells is None:
                    continue
                while len(cells) <= column:
                    cells.append(None)
                if cells[column] is None:
                    cells[column] = top
