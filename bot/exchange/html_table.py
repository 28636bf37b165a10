"""Read the tables of a web page saved as .html (a Familienwegweiser shown as a table).

Many towns publish their directory only as a table on a web page; a planner saves the page and
imports it. Each `<table>` becomes one candidate list of rows (the header row is found as in a
CSV, `tables.py`); a cell's text is what the browser shows: entities resolved, a line break
(`<br>`) or a new paragraph as ", " (an address on two lines becomes "Straße 1, 12345 Ort"),
and a `mailto:` link as its address even where the link text only says "E-Mail schreiben".
Rows are numbered by the page's source line of their `<tr>`.
"""

from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path

from bot.catalogue.contents import Problem
from bot.exchange.tables import Cell, decode

_BREAKS = {"br", "p", "div", "li"}


class _Tables(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tables: list[list[tuple[int, list[Cell]]]] = []
        self._open: list[list[tuple[int, list[Cell]]]] = []  # nested tables: innermost last
        self._row: list[Cell] | None = None
        self._row_line = 0
        self._cell: list[str] | None = None
        self._skip = 0  # inside <script>/<style>
        self._link: tuple[str, list[str]] | None = None  # a mailto: link being read

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("script", "style"):
            self._skip += 1
        elif tag == "table":
            self._open.append([])
        elif tag == "tr" and self._open:
            self._end_row()
            self._row, self._row_line = [], self.getpos()[0]
        elif tag in ("td", "th") and self._row is not None:
            self._end_cell()
            self._cell = []
        elif tag in _BREAKS and self._cell is not None:
            self._cell.append("\n")
        elif tag == "a" and self._cell is not None:
            href = dict(attrs).get("href") or ""
            if href.lower().startswith("mailto:"):
                self._link = (href[7:].split("?")[0], [])

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style"):
            self._skip = max(0, self._skip - 1)
        elif tag == "a" and self._link is not None and self._cell is not None:
            address, words = self._link
            text = "".join(words).strip()
            self._cell.append(text if "@" in text else f"{text} {address}".strip())
            self._link = None
        elif tag in ("td", "th"):
            self._end_cell()
        elif tag == "tr":
            self._end_row()
        elif tag == "table" and self._open:
            self._end_row()
            self.tables.append(self._open.pop())

    def handle_data(self, data: str) -> None:
        if self._skip or self._cell is None:
            return
        (self._link[1] if self._link is not None else self._cell).append(data)

    def _end_cell(self) -> None:
        if self._cell is not None and self._row is not None:
            parts = [" ".join(p.split()) for p in "".join(self._cell).split("\n")]
            self._row.append(", ".join(p for p in parts if p))
        self._cell = None

    def _end_row(self) -> None:
        self._end_cell()
        if self._row is not None and self._open and any(self._row):
            self._open[-1].append((self._row_line, self._row))
        self._row = None


Rows = list[tuple[int, list[Cell]]]


def html_tables(path: Path, problems: list[Problem]) -> list[tuple[str, Rows]]:
    """Return each table of the page as (name, rows) for the header search."""
    text = decode(path.read_bytes(), path.name, problems)
    if text is None:
        return []
    parser = _Tables()
    parser.feed(text)
    parser.close()
    count = len(parser.tables)
    return [
        (path.name if count == 1 else f"{path.name} [Tabelle {number}]", rows)
        for number, rows in enumerate(parser.tables, start=1)
    ]
