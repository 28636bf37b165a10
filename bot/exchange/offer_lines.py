"""One row per Träger, its offers in one cell, one per line: each line is an offer.

A Kreis's overview of its Träger ("Träger | Angebote | Zielgruppe | Adresse …") keeps all the
offers of a Träger in one wrapped cell ("Erziehungsberatung⏎Trennungs- und
Scheidungsberatung⏎Schwangerschaftsberatung"). Read as one offer it would carry three names
and be found for none of them; each line becomes a row of its own that shares the Träger's
other cells (address, phone). The row's Zielgruppe ("Familien, Schwangere") describes the
Träger's offers together, not each of them: read as one offer's ages it would keep the
Erziehungsberatung from the parents of a nine-year-old, so a split row leaves it to each
offer's own words. Only where the names come from a plural "Angebote"
column (`Columns.listed`): a line break inside an ordinary name cell is kept.
"""

from __future__ import annotations

import re

from bot.exchange.headers import Columns
from bot.exchange.sources import Problem
from bot.exchange.tables import Table, cell_text
from bot.i18n import _

_BULLET = re.compile(r"^\s*(?:[-–•*·]|\d+[.)])\s*")


def split_offer_lines(table: Table, columns: Columns, notes: list[Problem]) -> None:
    """Replace every row whose listed-names cell holds several lines by one row per line."""
    position = columns.index.get("name")
    if not columns.listed or position is None:
        return
    audience = columns.index.get("audience")
    rows, names = [], []
    for index, (line, cells) in enumerate(table.rows):
        text = cell_text(cells[position]) if position < len(cells) else ""
        parts = [_BULLET.sub("", part).strip() for part in text.splitlines()]
        parts = [part for part in parts if part]
        if len(parts) > 1:
            notes.append(Problem(table.row_name(index), line, table.header[position],
                                 text.replace("\n", " / ")[:60],
                                 _("several offers in one cell: one offer per line")))  # fmt: skip
        for part in parts or [text]:
            row = [*cells[:position], part, *cells[position + 1 :]]
            if len(parts) > 1 and audience is not None and audience < len(row):
                row[audience] = None
            rows.append((line, row))
            names.append(table.row_name(index))
    table.rows[:] = rows
    table.row_names[:] = names if table.row_names else []
