"""Charts of the gap log as PNG bytes: heat maps of demand and supply, topics, trend, reasons.

Drawn with matplotlib's object API on the Agg canvas (no pyplot, no global state), so that the
Telegram bot can draw from worker threads and no display is ever needed.
"""

from __future__ import annotations

import datetime as dt
import io

from matplotlib.axes import Axes
from matplotlib.axis import Axis
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.ticker import MaxNLocator

from bot.gaps.view import GapView, phase_name, reason_label
from bot.i18n import _

DPI = 110
REASON_COLOURS = {
    "no_offer": "#b2182b",
    "not_here": "#ef8a62",
    "age": "#fddbc7",
    "language": "#67a9cf",
    "not_helpful": "#2166ac",
    "unclear": "#bababa",
}


def _png(figure: Figure) -> bytes:
    FigureCanvasAgg(figure)
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", dpi=DPI, bbox_inches="tight", facecolor="white")
    return buffer.getvalue()


def _empty(ax: Axes) -> None:
    ax.text(
        0.5,
        0.5,
        _("No entries in this period."),
        ha="center",
        va="center",
        transform=ax.transAxes,
        color="#555555",
    )
    ax.set_axis_off()


def _whole_numbers(axis: Axis) -> None:
    """Counts are whole requests: no tick at 0.25 "Anfragen" when the largest count is 1."""
    axis.set_major_locator(MaxNLocator(integer=True))


def _heatmap(
    ax: Axes, matrix: list[list[int]], rows: list[str], columns: list[str], cmap: str, title: str
) -> None:
    """Draw a count matrix with the number in every cell (colour alone is hard to read)."""
    top = max((max(row) for row in matrix), default=0) or 1
    ax.imshow(matrix, cmap=cmap, aspect="auto", vmin=0, vmax=top)
    ax.set_xticks(range(len(columns)), labels=columns, rotation=30, ha="right")
    ax.set_yticks(range(len(rows)), labels=rows)
    ax.tick_params(length=0)
    ax.set_title(title, fontsize=11, loc="left")
    for spine in ax.spines.values():
        spine.set_visible(False)
    for r, row in enumerate(matrix):
        for c, value in enumerate(row):
            colour = "white" if value > 0.6 * top else "#222222"
            ax.text(
                c,
                r,
                str(value) if value else "·",
                ha="center",
                va="center",
                fontsize=8,
                color=colour,
            )


def _axes_labels(view: GapView) -> tuple[list[str], list[str]]:
    return [view.place_name(p) for p in view.places], [phase_name(p) for p in view.phase_keys]


def demand_png(view: GapView) -> bytes:
    rows, columns = _axes_labels(view)
    figure = Figure(figsize=(6.2, 0.34 * len(rows) + 1.6))
    ax = figure.add_subplot()
    if not view.entries:
        _empty(ax)
    else:
        _heatmap(ax, view.demand, rows, columns, "YlOrRd", _("Requests without a fitting offer"))
    return _png(figure)


def demand_supply_png(view: GapView) -> bytes:
    """Demand (gap requests) beside supply (catalogue offers) on the same axes."""
    rows, columns = _axes_labels(view)
    figure = Figure(figsize=(11.5, 0.34 * len(rows) + 1.8))
    left, right = figure.subplots(1, 2, sharey=True)
    if view.entries:
        _heatmap(left, view.demand, rows, columns, "YlOrRd", _("Demand: requests without an offer"))
    else:
        _empty(left)
    _heatmap(right, view.supply, rows, columns, "Blues", _("Supply: offers in the catalogue"))
    right.tick_params(labelleft=False)
    figure.subplots_adjust(wspace=0.05)
    return _png(figure)


def topics_png(view: GapView, limit: int = 12) -> bytes:
    top = view.topics.most_common(limit)
    figure = Figure(figsize=(6.4, 0.36 * max(len(top), 3) + 1.0))
    ax = figure.add_subplot()
    if not top:
        _empty(ax)
        return _png(figure)
    labels = [view.topic_name(k) for k, _n in reversed(top)]
    values = [n for _k, n in reversed(top)]
    bars = ax.barh(labels, values, color="#d6604d")
    ax.bar_label(bars, padding=3, fontsize=8)
    ax.set_title(_("Most frequent unmet topics"), fontsize=11, loc="left")
    ax.spines[["top", "right"]].set_visible(False)
    ax.set_xlabel(_("requests"))
    _whole_numbers(ax.xaxis)
    return _png(figure)


def trend_png(view: GapView) -> bytes:
    months, series = view.months
    figure = Figure(figsize=(9, 3.6))
    ax = figure.add_subplot()
    if not months:
        _empty(ax)
        return _png(figure)
    positions = range(len(months))
    bottom = [0] * len(months)
    for reason in view.reason_keys:
        values = series.get(reason, [0] * len(months))
        if any(values):
            ax.bar(
                positions,
                values,
                bottom=bottom,
                color=REASON_COLOURS.get(reason, "#999999"),
                label=reason_label(reason),
                width=0.8,
            )
            bottom = [b + v for b, v in zip(bottom, values, strict=True)]
    labels = [dt.date(int(m[:4]), int(m[5:7]), 1).strftime("%m/%y") for m in months]
    ax.set_xticks(list(positions), labels=labels, rotation=45, ha="right", fontsize=8)
    title = _("Requests without a fitting offer per month, by reason")
    ax.set_title(title, fontsize=11, loc="left")
    ax.spines[["top", "right"]].set_visible(False)
    _whole_numbers(ax.yaxis)
    ax.legend(fontsize=8, frameon=False, ncols=3, loc="upper left", bbox_to_anchor=(0, -0.22))
    return _png(figure)


def reasons_png(view: GapView) -> bytes:
    keys = [k for k in view.reason_keys if view.reasons.get(k)]
    figure = Figure(figsize=(6.5, 0.4 * max(len(keys), 3) + 0.9))
    ax = figure.add_subplot()
    if not keys:
        _empty(ax)
        return _png(figure)
    keys.reverse()
    bars = ax.barh(
        [reason_label(k) for k in keys],
        [view.reasons[k] for k in keys],
        color=[REASON_COLOURS.get(k, "#999999") for k in keys],
    )
    ax.bar_label(bars, padding=3, fontsize=8)
    ax.set_title(_("Why nothing fitted"), fontsize=11, loc="left")
    ax.spines[["top", "right"]].set_visible(False)
    _whole_numbers(ax.xaxis)
    return _png(figure)

