"""Rows that continue the offer above them (reports grouped by offer, one row per place).

An offer held at several places is often exported once with its name and then one row per
further place whose offer cells are left empty. Read alone such a row would be refused for
lacking a name; read as what it is, it is the same offer at another place.
"""

from __future__ import annotations

from bot.exchange.headers import Columns
from bot.exchange.sources import Problem
from bot.exchange.tables import Table, cell_text
from bot.i18n import _

_OFFER_KEYS = ("name", "provider", "description", "topics")
_PLACE_KEYS = {
    "municipality",
    "district",
    "borough",
    "postcode",
    "address",
    "house_number",
    "house_suffix",
    "lat",
    "lon",
    "point",
    "service_area",
    "facility",
    "schedule",
    "id",
}


def continued(
    table: Table,
    columns: Columns,
    line: int,
    cells: list,
    previous: list | None,
    where: str,
    notes: list[Problem],
) -> list:
    """A row that only names another location continues the offer above it.

    Reports grouped by offer leave the repeated cells empty ("PEKiP-Gruppe" in Velbert,
    then only "Heiligenhaus, Hauptstraße 157"): such a row takes the offer's own cells
    from the row above and keeps its own place, address and times.
    """

    def filled(key: str) -> bool:
        return any(p < len(cells) and cell_text(cells[p]) for p in columns.positions(key))

    if (
        previous is None
        or any(filled(k) for k in _OFFER_KEYS)
        or not any(filled(k) for k in _PLACE_KEYS)
    ):
        return cells
    merged = list(cells) + [None] * (len(previous) - len(cells))
    for key, position in columns.index.items():
        if key in _PLACE_KEYS or position >= len(previous):
            continue
        for p in columns.positions(key):
            if p < len(previous) and not cell_text(merged[p]):
                merged[p] = previous[p]
    notes.append(Problem(where, line, table.header[columns.index["name"]],
                              cell_text(previous[columns.index["name"]]),
                              _("no offer named: continues the offer of the row above "
                                "at another place")))  # fmt: skip
    return merged
