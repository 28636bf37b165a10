"""Rows a list itself marks as no longer offered are left out, each with a note.

An Open Referral (HSDS) flat export or a portal's dump keeps ended offers with a `status`
column (`inactive`, `inaktiv`, `beendet`): importing them would send families to a course of
last summer, and their ids often repeat the active row's.
"""

from __future__ import annotations

from bot.exchange.headers import Columns
from bot.exchange.sources import Problem
from bot.exchange.tables import Table, cell_text
from bot.i18n import _
from bot.text import fold

INACTIVE = {"inactive", "defunct", "temporarily closed", "closed", "inaktiv", "beendet",
            "eingestellt", "archiviert", "abgelaufen", "nicht aktiv", "geschlossen"}  # fmt: skip


def drop_inactive(table: Table, columns: Columns, notes: list[Problem]) -> None:
    """Remove the rows whose status cell says the offer has ended."""
    position = columns.index.get("status")
    if position is None:
        return
    kept, names = [], []
    for index, (line, cells) in enumerate(table.rows):
        status = cell_text(cells[position]) if position < len(cells) else ""
        if fold(status) in INACTIVE:
            notes.append(Problem(table.name, line, table.header[position], status,
                                 _("not active: skipped")))  # fmt: skip
            continue
        kept.append((line, cells))
        names.append(table.row_name(index))
    if len(kept) < len(table.rows):
        table.rows[:] = kept
        table.row_names[:] = names if table.row_names else []
