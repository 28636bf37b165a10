"""The gap report for the Jugendhilfeplanung: one self-contained HTML file.

Charts are embedded as base64 PNG and the style sheet is inline, so the file opens from a USB
stick on an office PC without network. Every text from the database passes `html.escape`.
A tiny script marks `<body data-images="ok">` once all charts decoded, which the browser test reads.
"""

from __future__ import annotations

import base64
import datetime as dt
from html import escape
from pathlib import Path

from babel.dates import format_date
from babel.numbers import format_decimal

from bot.gaps import charts
from bot.gaps.view import GapView, phase_name, reason_explanation, reason_label
from bot.i18n import _, current_locale, ngettext

REPORT_NAME = "luecken-bericht.html"
STYLE = """
body{font-family:"DejaVu Sans",Arial,Helvetica,sans-serif;margin:0;color:#1a1a1a;background:#fff}
main{max-width:1180px;margin:0 auto;padding:24px 32px 48px}
h1{font-size:26px;margin:0 0 4px}
h2{font-size:19px;margin:34px 0 6px;border-bottom:2px solid #b2182b;padding-bottom:4px}
.sub{color:#555;margin:0 0 18px}
.help{color:#444;font-size:14px;max-width:900px}
.cards{display:flex;flex-wrap:wrap;gap:10px;margin:14px 0}
.card{border:1px solid #ddd;border-radius:6px;padding:8px 14px;min-width:120px}
.card b{display:block;font-size:24px}
.card span{font-size:12px;color:#555}
img{max-width:100%;height:auto;display:block;margin:8px 0}
table{border-collapse:collapse;font-size:14px;margin:8px 0;width:100%}
th,td{border-bottom:1px solid #e3e3e3;padding:5px 8px;text-align:left;vertical-align:top}
th{background:#f4f4f4}
td.n{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
td.zero{color:#b2182b;font-weight:bold}
.ex{color:#444;font-size:13px;margin:2px 0}
.row{display:flex;flex-wrap:wrap;gap:24px;align-items:flex-start}
.row>div{flex:1 1 420px}
footer{margin-top:36px;font-size:12px;color:#666;border-top:1px solid #ddd;padding-top:10px}
"""
SCRIPT = """(function(){function check(){var imgs=document.images,ok=0;
for(var i=0;i<imgs.length;i++){if(imgs[i].complete&&imgs[i].naturalWidth>0){ok++;}}
document.body.setAttribute('data-images-decoded',String(ok));
document.body.setAttribute('data-images',ok===imgs.length?'ok':'broken');}
if(document.readyState==='complete'){check();}else{window.addEventListener('load',check);}})();"""


def _n(value: int) -> str:
    return format_decimal(value, locale=current_locale())


def _day(day: dt.date | None) -> str:
    return format_date(day, format="medium", locale=current_locale()) if day else "–"


def _img(png: bytes, alt: str) -> str:
    data = base64.b64encode(png).decode("ascii")
    return f'<img src="data:image/png;base64,{data}" alt="{escape(alt)}">'


def _h2(text: str) -> str:
    return f"<h2>{escape(text)}</h2>"


def _help(text: str) -> str:
    return f'<p class="help">{escape(text)}</p>'


def _cards(view: GapView) -> str:
    cards = [(_n(len(view.entries)), _("requests without a fitting offer"))]
    cards += [(_n(view.reasons.get(r, 0)), reason_label(r)) for r in view.reason_keys]
    return (
        '<div class="cards">'
        + "".join(
            f'<div class="card"><b>{escape(v)}</b><span>{escape(label)}</span></div>'
            for v, label in cards
        )
        + "</div>"
    )


def _top_table(view: GapView) -> str:
    head = (_("Requests"), _("Life phase"), _("Place"), _("Topic"), _("Offers there"))
    rows = []
    for (phase, place, topic), count, offers in view.top:
        rows.append(
            f'<tr data-phase="{escape(phase)}" data-place="{escape(place)}" '
            f'data-topic="{escape(topic)}" data-count="{count}">'
            f'<td class="n">{_n(count)}</td><td>{escape(phase_name(phase))}</td>'
            f"<td>{escape(view.place_name(place))}</td><td>{escape(view.topic_name(topic))}</td>"
            f'<td class="n{" zero" if offers == 0 else ""}">{_n(offers)}</td></tr>'
        )
    return _table(head, rows, "top-gaps")


def _table(
    head: tuple[str, ...], rows: list[str], ident: str, empty: str | None = None
) -> str:
    if not rows:
        return f'<p id="{ident}">{escape(empty or _("No entries in this period."))}</p>'
    header = "".join(f"<th>{escape(h)}</th>" for h in head)
    body = "".join(rows)
    return f'<table id="{ident}"><thead><tr>{header}</tr></thead><tbody>{body}</tbody></table>'


def _reason_table(view: GapView) -> str:
    rows = [
        f'<tr data-reason="{escape(r)}"><td class="n">{_n(view.reasons.get(r, 0))}</td>'
        f"<td><b>{escape(reason_label(r))}</b></td><td>{escape(reason_explanation(r))}</td></tr>"
        for r in view.reason_keys
    ]
    return _table((_("Requests"), _("Reason"), _("Meaning")), rows, "reasons")


def _cluster_table(view: GapView) -> str:
    rows = []
    for cluster in view.clusters:
        examples = "".join(f'<p class="ex">„{escape(text)}“</p>' for text in cluster.examples)
        rows.append(
            f'<tr data-count="{cluster.count}"><td class="n">{_n(cluster.count)}</td>'
            f"<td><b>{escape(view.cluster_label(cluster))}</b><br>"
            f"<small>{escape(view.topic_name(cluster.topic))} · "
            f"{escape(reason_label(cluster.reason))}</small></td><td>{examples}</td></tr>"
        )
    # Entries that form no group are not "no entries": say how many there are and why no group.
    empty = None
    if view.entries:
        empty = ngettext(
            "{n} request in this period, but no two are similar enough to form a group yet.",
            "{n} requests in this period, but no two are similar enough to form a group yet.",
            len(view.entries),
        ).format(n=_n(len(view.entries)))
    return _table(
        (_("Requests"), _("Group of similar requests"), _("Examples (redacted)")), rows,
        "clusters", empty,
    )  # fmt: skip


def render_html(view: GapView, retention_days: int = 365) -> str:
    """Return the whole report as one HTML document."""
    first, last = view.period
    title = _("Gaps in the prevention chain – {area}").format(area=view.area_name)
    subtitle = _("Period {first} – {last} · created {today} · Präventionslotse").format(
        first=_day(first), last=_day(last), today=_day(dt.date.today())
    )
    place_word = _("district") if view.scope.municipality else _("municipality")
    sections = [
        f'<h1>{escape(title)}</h1><p class="sub">{escape(subtitle)}</p>',
        _cards(view),
        _help(
            _(
                "Every request the assistant could not answer with a fitting offer is counted "
                "here. A request about a child of 2–4 years counts in both life phases it touches; "
                "a request naming two topics counts for both."
            )
        ),
        _h2(_("Where families find nothing: life phase × {place}").format(place=place_word)),
        _help(
            _(
                "Left: requests without a fitting offer. Right: offers in the catalogue that "
                "serve the place (an offer counts for every life phase its age range touches and "
                "every place its service area covers). Dark red on the left beside pale blue on "
                "the right is where demand meets little supply."
            )
        ),
        _img(charts.demand_supply_png(view), _("Heat map of demand and supply")),
        _h2(_("The most frequent gaps: life phase × place × topic")),
        _help(
            _(
                "“Offers there” counts the catalogue offers for this topic, life phase and "
                "place; a red zero means there is none at all."
            )
        ),
        _top_table(view),
        '<div class="row"><div>',
        _h2(_("Topics")),
        _img(charts.topics_png(view), _("Most frequent unmet topics")),
        "</div><div>",
        _h2(_("Reasons")),
        _img(charts.reasons_png(view), _("Why nothing fitted")),
        "</div></div>",
        _reason_table(view),
        _h2(_("Trend")),
        _img(charts.trend_png(view), _("Requests per month")),
        _h2(_("Groups of similar requests")),
        _help(
            _(
                "Requests with the same topic, place and life phase – or, when the need was "
                "unclear, with similar wording – are shown as one group with its frequent words "
                "and up to three examples."
            )
        ),
        _cluster_table(view),
        "<footer>"
        + escape(
            _(
                "Privacy: names, birth dates, phone numbers, e-mail and street addresses, accounts "
                "and links were removed from every request before it was stored. Request texts are "
                "deleted after {days} days; the counts stay. No user can be identified from this "
                "report."
            ).format(days=retention_days)
        )
        + " "
        + escape(
            ngettext("{n} entry", "{n} entries", len(view.entries)).format(n=_n(len(view.entries)))
        )
        + "</footer>",
    ]
    body = "\n".join(sections)
    return (
        f'<!DOCTYPE html>\n<html lang="{escape(current_locale())}"><head><meta charset="utf-8">'
        f'<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{escape(title)}</title><style>{STYLE}</style></head>"
        f'<body data-images="pending"><main>\n{body}\n</main>'
        f"<script>{SCRIPT}</script></body></html>\n"
    )


def write_report(view: GapView, out: Path, retention_days: int = 365) -> Path:
    """Write the HTML report into directory `out`; return its path."""
    out.mkdir(parents=True, exist_ok=True)
    path = out / REPORT_NAME
    path.write_text(render_html(view, retention_days), encoding="utf-8")
    return path
