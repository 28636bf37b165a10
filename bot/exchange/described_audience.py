"""A Zielgruppe written only as a labelled line of the description becomes the audience.

A CMS's Familienwegweiser has no Zielgruppe or Alter field of its own: editors write
"Zielgruppe: Eltern mit Babys im ersten Lebensjahr" (or "Für wen:", "Alter:") as a line of the
description. Where the list has no audience or age column, that line is read as the row's
Zielgruppe, so its ages and audience count like those of a column.
"""

from __future__ import annotations

import re

from bot.exchange.headers import map_header
from bot.exchange.tables import Table, cell_text

_LABELLED = re.compile(r"(?im)^\s*(?:zielgruppen?|für wen|alter|altersgruppe)\s*[:?]\s*(.+?)\s*$")
_AUDIENCE = "Zielgruppe (aus der Beschreibung)"


def audience_from_description(table: Table) -> None:
    """Add a Zielgruppe column from the description's labelled line, when the list has none."""
    columns = map_header(table.header)
    described = columns.positions("description")  # "Kurzbeschreibung" and "Beschreibung"
    if not described or {"audience", "age", "age_min", "age_max"} & set(columns.index):
        return
    found = []
    for _line, cells in table.rows:
        texts = [cell_text(cells[p]) for p in described if p < len(cells)]
        match = next((m for t in texts if (m := _LABELLED.search(t))), None)
        found.append(match[1] if match else "")
    if not any(found):
        return
    width = len(table.header)
    table.header.append(_AUDIENCE)
    for (_line, cells), audience in zip(table.rows, found, strict=True):
        cells.extend([None] * (width - len(cells)))
        cells.append(audience)
