"""A short plain-text summary of the gap log for a chat message (/luecken): ≤ 3500 characters.

Telegram allows 4096 characters per message; the rest is left for the channel's own framing.
"""

from __future__ import annotations

import datetime as dt

from babel.dates import format_date
from babel.numbers import format_decimal

from bot.gaps.view import GapView, phase_name, reason_label
from bot.i18n import _, current_locale

MAX_CHARS = 3500


def _n(value: int) -> str:
    return format_decimal(value, locale=current_locale())


def _day(day: dt.date | None) -> str:
    return format_date(day, format="medium", locale=current_locale()) if day else "–"


def summary_text(view: GapView) -> str:
    """Say in a few lines where families found nothing: totals, reasons, top gaps, groups."""
    first, last = view.period
    lines = [
        _("Gaps – {area}, {first} – {last}").format(
            area=view.area_name, first=_day(first), last=_day(last)
        ),
        _("{n} requests without a fitting offer.").format(n=_n(len(view.entries))),
    ]
    if not view.entries:
        return "\n".join(lines)
    reasons = [
        f"{reason_label(r)} {_n(view.reasons[r])}" for r in view.reason_keys if view.reasons.get(r)
    ]
    lines += ["", _("Reasons: {reasons}").format(reasons=" · ".join(reasons))]
    lines += ["", _("Most frequent gaps (life phase × place × topic):")]
    for (phase, place, topic), count, offers in view.top[:5]:
        lines.append(
            _("{count}× {topic}, {place}, {phase} – offers there: {offers}").format(
                count=_n(count),
                topic=view.topic_name(topic),
                place=view.place_name(place),
                phase=phase_name(phase),
                offers=_n(offers),
            )
        )
    if view.clusters:
        lines += ["", _("Groups of similar requests:")]
        for cluster in view.clusters[:5]:
            lines.append(f"{_n(cluster.count)}× {view.cluster_label(cluster)}")
    months, series = view.months
    if len(months) >= 2:
        per_month = [sum(values[i] for values in series.values()) for i in range(len(months))]
        lines += [
            "",
            _("Last months: {counts}").format(
                counts=", ".join(
                    f"{m[5:7]}/{m[2:4]}: {_n(n)}"
                    for m, n in zip(months[-6:], per_month[-6:], strict=True)
                )
            ),
        ]
    text = "\n".join(lines)
    return text if len(text) <= MAX_CHARS else text[: MAX_CHARS - 1].rsplit("\n", 1)[0] + "\n…"
