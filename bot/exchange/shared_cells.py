"""Columns that hold one field spread out, or several fields in one: made into plain columns.

Two shapes of published lists put a field where no header names it:
* Sprechzeiten as one column per weekday (`Mo`, `Di`, … or `Montag` …, a group title
  "Sprechzeiten" above them): joined into one Zeiten column, `Mo 9–12; Do 14–16`.
* a web directory's `Kontakt` cell with the phone and the e-mail together
  (`Tel. 0000 1234, info@example.org`): read into a Telefon and an E-Mail column when the list
  has none of its own.
The new columns are appended to the table, so the header mapping (`headers.py`) reads them
like any other; the weekday columns themselves are emptied (not reported as unknown).
"""

from __future__ import annotations

import re

from bot.exchange.headers import map_header
from bot.exchange.tables import Table, cell_text
from bot.text import fold

_DAYS = {
    "mo": "Mo", "montag": "Mo", "mon": "Mo", "monday": "Mo",
    "di": "Di", "dienstag": "Di", "tue": "Di", "tuesday": "Di",
    "mi": "Mi", "mittwoch": "Mi", "wed": "Mi", "wednesday": "Mi",
    "do": "Do", "donnerstag": "Do", "thu": "Do", "thursday": "Do",
    "fr": "Fr", "freitag": "Fr", "fri": "Fr", "friday": "Fr",
    "sa": "Sa", "samstag": "Sa", "sonnabend": "Sa", "sat": "Sa", "saturday": "Sa",
    "so": "So", "sonntag": "So", "sun": "So", "sunday": "So",
}  # fmt: skip
_CONTACT_HEADERS = {"kontakt", "kontaktdaten", "erreichbarkeit", "contact", "kontaktangaben"}
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_PHONE = re.compile(r"(?:\+\d{2}\s?|\b0)\d[\d /-]{4,}\d")


def _day(title: str) -> str | None:
    return _DAYS.get(fold(title).strip(" .:"))


def _append(table: Table, title: str, values: list[str]) -> None:
    table.header.append(title)
    for index, (line, cells) in enumerate(table.rows):
        width = len(table.header) - 1
        table.rows[index] = (line, [*cells[:width], *[None] * (width - len(cells)), values[index]])


def join_weekdays(table: Table) -> None:
    """One column per weekday becomes one Zeiten column (`Mo 9–12; Mi 9–12`)."""
    days = [(p, d) for p, title in enumerate(table.header) if (d := _day(cell_text(title)))]
    if len(days) < 2:
        return
    values = []
    for _line, cells in table.rows:
        times = [f"{day} {cell_text(cells[p])}" for p, day in days
                 if p < len(cells) and cell_text(cells[p])]  # fmt: skip
        values.append("; ".join(times))
    for position, _day_name in days:
        table.header[position] = ""
    _append(table, "Zeiten", values)


def split_contact(table: Table) -> None:
    """A `Kontakt` cell with phone and e-mail gives both, where no column of its own does."""
    columns = map_header(table.header)
    position = next((p for p, t in enumerate(table.header)
                     if fold(cell_text(t)).strip(" .:") in _CONTACT_HEADERS), None)  # fmt: skip
    if position is None:
        return
    for key, title, pattern in (("phone", "Telefon", _PHONE), ("email", "E-Mail", _EMAIL)):
        if key in columns.index:
            continue
        found = [pattern.search(cell_text(cells[position]) if position < len(cells) else "")
                 for _line, cells in table.rows]  # fmt: skip
        if any(found):
            _append(table, title, [m.group().strip() if m else "" for m in found])
