"""Rows broken by a PDF-to-table conversion: page headers repeated, long cells wrapped.

Many directories exist only as a PDF; converted (Tabula, Adobe, online tools) each page brings
its header row again, a "Seite 2 von 3" line, and a cell too long for its column comes out on
the next row with the other cells empty ("Beratungsstelle für Eltern, Kinder und" /
"Jugendliche Oberhausen"). Read naively the header is refused as an offer and each fragment
becomes a nameless row or a new offer at "another place". The repeated header (or a page line)
marks a converted list; in such a list a row that names no new location — no id, contact or
postcode and no number in its address — is the wrapped rest of the row above and is joined to
it cell by cell. Each repair is noted.
"""

from __future__ import annotations

import re

from bot.exchange.headers import Columns
from bot.exchange.sources import Problem
from bot.exchange.tables import Table, cell_text
from bot.i18n import _
from bot.text import fold

_PAGE = re.compile(r"(?i)^(seite|page|s\.)\s*\d+(\s*(von|/|of)\s*\d+)?$")
# a row holding any of these names a location or an offer of its own, not the rest of a cell
_CONJUNCTIONS = {"und", "oder", "bzw.", "sowie", "&"}
_OWN = ("id", "phone", "email", "website", "postcode", "lat", "lon", "point")


def _folded(cells: list) -> list[str]:
    return [fold(cell_text(c)) for c in cells if cell_text(c)]


def unwrap(table: Table, columns: Columns, notes: list[Problem]) -> None:
    """Drop repeated header rows and page lines; join wrapped rows to the row above."""
    header = _folded(table.header)
    kept: list[tuple[int, list]] = []
    names: list[str] = []
    converted = False
    for index, (line, cells) in enumerate(table.rows):
        filled = [cell_text(c) for c in cells if cell_text(c)]
        if filled and (
            _repeats_header(cells, table.header, len(header))
            or (len(filled) == 1 and _PAGE.match(filled[0]))
        ):
            converted = True
            notes.append(Problem(table.row_name(index), line, "", filled[0][:60], _(
                "the header or a page line repeated inside the list (a converted PDF): "
                "left out")))  # fmt: skip
            continue
        kept.append((line, list(cells)))
        names.append(table.row_name(index))
    if not converted:
        return
    joined: list[tuple[int, list]] = []
    joined_names: list[str] = []
    for (line, cells), name in zip(kept, names, strict=True):
        if joined and _is_wrap(cells, columns):
            above = joined[-1][1]
            for position, cell in enumerate(cells):
                text = cell_text(cell)
                if not text:
                    continue
                while len(above) <= position:
                    above.append(None)
                above[position] = _join(cell_text(above[position]), text)
            text = "; ".join(cell_text(c) for c in cells if cell_text(c))[:60]
            notes.append(Problem(name, line, "", text, _(
                "the rest of the row above, wrapped onto its own line: joined to it")))
            continue
        joined.append((line, cells))
        joined_names.append(name)
    table.rows = joined
    if table.row_names:
        table.row_names = joined_names


def _repeats_header(cells: list, header: list, titled: int) -> bool:
    """Each filled cell is the header's title above it, and most titles are there: columns
    appended since the file was read (a Kontakt cell split into Telefon and E-Mail) are not
    in the header the next page repeats."""
    filled = [(p, fold(cell_text(c))) for p, c in enumerate(cells) if cell_text(c)]
    return len(filled) >= max(2, titled - 2) and all(
        p < len(header) and text == fold(cell_text(header[p])) for p, text in filled
    )


def _join(start: str, rest: str) -> str:
    """"Kinderschutz-" + "bund" is one word, "Eltern-" + "Kind" keeps its hyphen, and
    "Schwangeren-" + "und Familienberatung" is a German suspended hyphen with its space."""
    if not start.endswith("-") or rest.split()[0] in _CONJUNCTIONS:
        return f"{start} {rest}".strip()
    return f"{start[:-1]}{rest}" if rest[:1].islower() else f"{start}{rest}"


def _is_wrap(cells: list, columns: Columns) -> bool:
    def filled(key: str) -> list[str]:
        return [cell_text(cells[p]) for p in columns.positions(key)
                if p < len(cells) and cell_text(cells[p])]  # fmt: skip

    if not any(cell_text(c) for c in cells) or any(filled(key) for key in _OWN):
        return False
    return not any(re.search(r"\d", text) for text in filled("address"))
