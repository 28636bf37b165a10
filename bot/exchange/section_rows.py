"""Lists grouped under section headings: the heading is the rows' category, merged cells spill.

A Familienwegweiser printed as a PDF (and converted back to a table) or laid out in Excel for
print groups its offers under headings on a row of their own ("Frühe Hilfen", "Beratung für
Eltern, Kinder und Jugendliche", "Schule und Lernen") and has no category column: the heading
says what the rows below it are. Its Träger, address and Stadtbezirk cells are merged down over
the offers of one house, and the conversion keeps the text in the top row only, so the rows
below name an offer but no Träger and no place.

Read plainly the headings are skipped as comments, each offer's topic is guessed from its name
alone, and the rows under a merged cell are refused for naming no place. Here a list with at
least two such headings (one filled cell in the name column, no digits: not a "Stand" or page
line) gets each heading as the category of the rows below it — in a category column of its own
when the list has none, else where a row's category is empty — and within a section a row
that names no place takes the Träger and the place cells of the offer above it. Each repair is
noted.

A heading is broader than a category column ("Freizeit für Kinder und Jugendliche" over a
Jugendtreff and a Mädchentreff, "Schutz und Hilfe in Krisen" over a Kinderschutz-Fachberatung):
the offer's own name names its help first, the heading only for a row whose name names none
("Sprechstunde am Marktplatz" under "Frühe Hilfen").
"""

from __future__ import annotations

import re
from collections.abc import Callable

from bot.exchange.headers import Columns, map_header
from bot.exchange.sources import Problem
from bot.exchange.tables import Table, cell_text
from bot.i18n import _
from bot.text import fold

HEADING_TITLE = "Rubrik"  # the appended column's title: read as the category (headers.py)
# the cells of a place: a row with none of them filled names no place of its own
_PLACE = ("municipality", "district", "borough", "postcode", "address", "house_number", "lat",
          "lon", "point", "service_area")  # fmt: skip
_SPILLED = ("provider", *_PLACE)  # the cells a merged Träger/house spills over its rows
_DECORATION = " -–—=*#:"


def _filled(cells: list) -> list[tuple[int, str]]:
    return [(p, cell_text(c)) for p, c in enumerate(cells) if cell_text(c)]


def _heading(cells: list, name_at: int) -> str | None:
    """The text of a heading row: one filled cell in the name column (or the first), no
    digits (a "Stand: 03/2026" or "Seite 1 von 2" line is no heading)."""
    filled = _filled(cells)
    if len(filled) != 1 or filled[0][0] not in (name_at, 0) or re.search(r"\d", filled[0][1]):
        return None
    text = filled[0][1].strip(_DECORATION)
    return text if 2 < len(text) <= 80 else None


def _offer_row(cells: list) -> bool:
    return len(_filled(cells)) >= 3


def read_sections(table: Table, notes: list[Problem], names_topic: Callable[[str], bool]
                  ) -> None:  # fmt: skip
    """Turn section headings into the category of their rows and fill merged cells down;
    `names_topic` tells whether an offer's name names a topic of its own."""
    columns = map_header(table.header)
    if "name" not in columns.index:
        return
    name_at = columns.index["name"]
    headings: dict[int, str] = {}
    for index, (_line, cells) in enumerate(table.rows):
        text = _heading(cells, name_at)
        following = next((c for _l, c in table.rows[index + 1 :] if _filled(c)), None)
        if text and following is not None and _offer_row(following):
            headings[index] = text
    if len(headings) < 2:
        return
    categories: list[str] = []
    rows: list[tuple[int, list]] = []
    names: list[str] = []
    current = ""
    above: list | None = None
    for index, (line, cells) in enumerate(table.rows):
        if index in headings:
            current, above = headings[index], None
            notes.append(Problem(table.row_name(index), line, "", current[:60], _(
                "a section heading: read as the category of the rows below it")))  # fmt: skip
            continue
        # a header repeated on the next page, a page line: no offer of the section
        offer = _offer_row(cells) and (
            name_at >= len(cells)
            or fold(cell_text(cells[name_at])) != fold(cell_text(table.header[name_at]))
        )
        if above is not None and offer:
            cells = _spill(table, columns, line, cells, above, notes, table.row_name(index))
        if offer:
            above = cells
        rows.append((line, cells))
        names.append(table.row_name(index))
        named = name_at < len(cells) and names_topic(cell_text(cells[name_at]))
        categories.append(current if offer and not named else "")
    table.rows = rows
    if table.row_names:
        table.row_names = names
    _categorise(table, columns, categories)


def _spill(table: Table, columns: Columns, line: int, cells: list, above: list,
           notes: list[Problem], where: str) -> list:  # fmt: skip
    """A row naming an offer but no place lies under the merged cells of the row above."""

    def positions(keys: tuple[str, ...]) -> list[int]:
        return [p for key in keys for p in columns.positions(key)]

    name_at = columns.index["name"]
    if name_at >= len(cells) or not cell_text(cells[name_at]):
        return cells
    if any(p < len(cells) and cell_text(cells[p]) for p in positions(_PLACE)):
        return cells
    merged = list(cells) + [None] * (len(above) - len(cells))
    for p in positions(_SPILLED):
        if p < len(above) and not cell_text(merged[p]):
            merged[p] = above[p]
    notes.append(Problem(where, line, table.header[name_at], cell_text(cells[name_at])[:60], _(
        "no place named under a section heading: Träger and place taken from the row above "
        "(cells merged down)")))  # fmt: skip
    return merged


def _categorise(table: Table, columns: Columns, categories: list[str]) -> None:
    """Put each row's heading where the list's categories are read."""
    at = columns.index.get("topics")
    if at is None:
        table.header.append(HEADING_TITLE)
        width = len(table.header) - 1
        table.rows = [
            (line, [*cells[:width], *[None] * (width - len(cells)), category])
            for (line, cells), category in zip(table.rows, categories, strict=True)
        ]
        return
    for (_line, cells), category in zip(table.rows, categories, strict=True):
        while len(cells) <= at:
            cells.append(None)
        if category and not cell_text(cells[at]):
            cells[at] = category
