"""The gap log as tables for the planner's own analysis: CSV files and one Excel workbook.

The same numbers as the HTML report (computed from one `GapView`). The user pseudonym is never
exported: a planner needs counts and redacted texts, not who asked. Cells that a spreadsheet would
run as a formula are written as plain text.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Font

from bot.gaps.aggregate import UNKNOWN, cell_counts, offers_for
from bot.gaps.view import GapView, phase_name, reason_label
from bot.i18n import _

Cell = str | int | None
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


@dataclass(frozen=True, slots=True)
class Table:
    name: str  # file and sheet name
    title: str  # German sheet title
    header: tuple[str, ...]
    rows: list[tuple[Cell, ...]]


def _entries(view: GapView) -> Table:
    rows: list[tuple[Cell, ...]] = []
    for e in view.entries:
        rows.append(
            (
                e.id,
                e.created_at[:16].replace("T", " "),
                reason_label(e.reason),
                ", ".join(phase_name(p) for p in e.phases),
                e.age_min,
                e.age_max,
                view.place_name(e.municipality or UNKNOWN),
                view.catalogue.place_name(e.district),
                ", ".join(view.topic_name(t) for t in e.topics),
                ", ".join(e.languages),
                e.channel,
                e.query if e.query is not None else _("(deleted after the retention period)"),
            )
        )
    header = (
        _("No."),
        _("Date"),
        _("Reason"),
        _("Life phases"),
        _("Age from (months)"),
        _("Age to (months)"),
        _("Municipality"),
        _("District"),
        _("Topics"),
        _("Languages"),
        _("Channel"),
        _("Request (redacted)"),
    )
    return Table("eintraege", _("Entries"), header, rows)


def _cells(view: GapView) -> Table:
    counts = sorted(cell_counts(view.entries).items(), key=lambda item: (-item[1], item[0]))
    rows: list[tuple[Cell, ...]] = [
        (
            phase_name(phase),
            view.place_name(place),
            view.topic_name(topic),
            n,
            offers_for(view.catalogue, phase, place, topic)
            if UNKNOWN not in (phase, topic)
            else None,
        )
        for (phase, place, topic), n in counts
    ]
    header = (_("Life phase"), _("Place"), _("Topic"), _("Requests"), _("Offers there"))
    return Table("luecken", _("Phase × place × topic"), header, rows)


def _matrix(view: GapView, matrix: list[list[int]], name: str, title: str) -> Table:
    header = (_("Place"), *(phase_name(p) for p in view.phase_keys))
    rows = [(view.place_name(p), *row) for p, row in zip(view.places, matrix, strict=True)]
    return Table(name, title, header, rows)  # type: ignore[arg-type]


def tables(view: GapView) -> list[Table]:
    """Every table of the export, entries first."""
    months, series = view.months
    clusters = [
        (
            c.count,
            view.cluster_label(c),
            view.topic_name(c.topic),
            reason_label(c.reason),
            *([*list(c.examples), "", "", ""])[:3],
        )
        for c in view.clusters
    ]
    return [
        _entries(view),
        _cells(view),
        _matrix(view, view.demand, "nachfrage", _("Demand phase × place")),
        _matrix(view, view.supply, "angebot", _("Supply phase × place")),
        Table(
            "themen",
            _("Topics"),
            (_("Topic"), _("Requests")),
            [(view.topic_name(k), n) for k, n in view.topics.most_common()],
        ),
        Table(
            "gruende",
            _("Reasons"),
            (_("Reason"), _("Requests")),
            [(reason_label(r), view.reasons.get(r, 0)) for r in view.reason_keys],
        ),
        Table(
            "monate",
            _("Months"),
            (_("Month"), *(reason_label(r) for r in view.reason_keys)),
            [(m, *(series[r][i] for r in view.reason_keys)) for i, m in enumerate(months)],
        ),
        Table(
            "gruppen",
            _("Groups"),
            (
                _("Requests"),
                _("Group of similar requests"),
                _("Topic"),
                _("Reason"),
                _("Example 1"),
                _("Example 2"),
                _("Example 3"),
            ),
            clusters,
        ),
    ]


def _safe(value: Cell) -> Cell:
    """Keep a text from running as a spreadsheet formula (CSV injection)."""
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return value


def _printable(value: Cell) -> Cell:
    """Drop control characters that an .xlsx file cannot hold."""
    return ILLEGAL_CHARACTERS_RE.sub("", value) if isinstance(value, str) else value


def write_csv(view: GapView, out: Path) -> list[Path]:
    """Write one CSV per table (`;`-separated, UTF-8 with BOM, as German Excel expects)."""
    out.mkdir(parents=True, exist_ok=True)
    paths = []
    for table in tables(view):
        path = out / f"luecken-{table.name}.csv"
        with path.open("w", encoding="utf-8-sig", newline="") as handle:
            writer = csv.writer(handle, delimiter=";")
            writer.writerow(table.header)
            writer.writerows([_safe(v) for v in row] for row in table.rows)
        paths.append(path)
    return paths


def workbook_bytes(view: GapView) -> bytes:
    """All tables as sheets of one .xlsx workbook."""
    book = Workbook()
    book.remove(book.active)
    for table in tables(view):
        sheet = book.create_sheet(table.title[:31])
        sheet.append(table.header)
        for cell in sheet[1]:
            cell.font = Font(bold=True)
        for row in table.rows:
            sheet.append([_printable(_safe(v)) for v in row])
        sheet.freeze_panes = "A2"
        for index, heading in enumerate(table.header):
            width = min(60, max(10, len(heading) + 2))
            sheet.column_dimensions[sheet.cell(1, index + 1).column_letter].width = width
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def write_xlsx(view: GapView, out: Path) -> Path:
    out.mkdir(parents=True, exist_ok=True)
    path = out / "luecken.xlsx"
    path.write_bytes(workbook_bytes(view))
    return path

