"""`/planung`: the planners' area — gap report, CSV/XLSX downloads, reported and stale offers.

Only an admin session (logged in with an admin code) gets past `_admin`; everything else gets 403
and no byte of the gap log. The gap report is the same self-contained HTML document the command
line writes; it is served with a CSP that allows exactly its own style block (by hash) and no
script at all.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import re
from html import escape
from typing import Any

from aiohttp import web

from bot.assistant import Assistant, Scope
from bot.i18n import _, current_locale, normalise_locale, use_locale
from bot.web import access

_STYLE = re.compile(r"<style>(.*?)</style>", re.S)
_CSV_NAME = re.compile(r"^[a-z0-9-]+\.csv$")
AssistantKey = web.AppKey[Assistant]
NONE = "'none'"


def _admin(request: web.Request, key: AssistantKey) -> Assistant:
    assistant = request.app[key]
    session = access.current(request, assistant)
    if session is None or not session.admin:
        with use_locale(request.query.get("lang")):
            text = _("The planning area is only for the planning team. Please log in with an "
                     "admin code on the start page.")  # fmt: skip
            back = '<p><a href="/">Präventionslotse</a></p>'
            page = _page(_("Planning"), f"<p>{escape(text)}</p>{back}")
        raise web.HTTPForbidden(text=page, content_type="text/html")
    return assistant


def _scope(request: web.Request) -> Scope:
    """Period and municipality from the query (?from=2026-01-01&to=…&municipality=kamen)."""
    scope: dict[str, Any] = {}
    for name, key in (("from", "since"), ("to", "until")):
        value = request.query.get(name, "").strip()
        if value:
            try:
                scope[key] = dt.date.fromisoformat(value)
            except ValueError as error:
                raise web.HTTPBadRequest(text=f"not a date: {name}") from error
    municipality = request.query.get("municipality", "").strip()
    if municipality:
        scope["municipality"] = municipality
    return Scope(**scope)


def _query(request: web.Request) -> str:
    keep = {k: v for k, v in request.query.items() if k in ("from", "to", "municipality") and v}
    return ("?" + "&".join(f"{k}={escape(v)}" for k, v in keep.items())) if keep else ""


def _page(title: str, body: str) -> str:
    return (f'<!doctype html><html lang="{current_locale()}"><head><meta charset="utf-8">'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">'
            f'<title>{escape(title)}</title><link rel="stylesheet" href="/static/app.css"></head>'
            f'<body class="planning"><main id="main"><h1>{escape(title)}</h1>{body}</main>'
            "</body></html>")  # fmt: skip


def _table(head: tuple[str, ...], rows: list[tuple[str, ...]], ident: str, empty: str) -> str:
    if not rows:
        return f'<p id="{ident}">{escape(empty)}</p>'
    header = "".join(f'<th scope="col">{escape(h)}</th>' for h in head)
    body = "".join("<tr>" + "".join(f"<td>{escape(c)}</td>" for c in row) + "</tr>" for row in rows)
    return (f'<div class="scroll"><table id="{ident}"><thead><tr>{header}</tr></thead>'
            f"<tbody>{body}</tbody></table></div>")  # fmt: skip


def make_handlers(key: AssistantKey) -> dict[str, Any]:
    async def overview(request: web.Request) -> web.Response:
        assistant = _admin(request, key)
        query = _query(request)
        with use_locale(normalise_locale(request.query.get("lang"))):
            catalogue = assistant.catalogue
            reports = [(str(r["offer_id"]), catalogue.by_id[str(r["offer_id"])].name
                        if str(r["offer_id"]) in catalogue.by_id else _("(no longer in the "
                                                                        "catalogue)"),
                        str(r["created_at"])[:10], str(r["note"] or ""))
                       for r in assistant.open_reports()]  # fmt: skip
            stale = [(o.id, o.name, o.provider, o.last_checked or _("never"))
                     for o in assistant.stale_offers()]  # fmt: skip
            csv_links = "".join(
                f'<li><a href="/planung/csv/{escape(name)}{query}" download>{escape(name)}</a></li>'
                for name in sorted(assistant.gap_csv(_scope(request)))
            )
            body = (
                f'<form method="get" action="/planung" class="scope">'
                f'<label>{escape(_("From"))} <input type="date" name="from"></label> '
                f'<label>{escape(_("To"))} <input type="date" name="to"></label> '
                f'<label>{escape(_("Municipality (key)"))} <input name="municipality"></label> '
                f'<button type="submit">{escape(_("Show"))}</button></form>'
                f"<h2>{escape(_('Gap report'))}</h2><ul>"
                f'<li><a id="report-link" href="/planung/bericht{query}">'
                f"{escape(_('Open the gap report'))}</a></li>"
                f'<li><a id="xlsx-link" href="/planung/luecken.xlsx{query}" download>'
                f"{escape(_('Excel workbook (XLSX)'))}</a></li></ul>"
                f"<h3>{escape(_('Tables as CSV'))}</h3><ul>{csv_links}</ul>"
                f"<h2>{escape(_('Reported offers'))}</h2>"
                + _table((_("Offer"), _("Offer name"), _("Reported on"), _("Note")), reports,
                         "reports", _("No open reports."))
                + f"<h2>{escape(_('Offers not checked for a long time'))}</h2>"
                + _table((_("Offer"), _("Offer name"), _("Provider"), _("Last checked")), stale,
                         "stale", _("No stale offers."))
                + '<p><a href="/">' + escape(_("Back to the chat")) + "</a></p>"
            )  # fmt: skip
            return web.Response(text=_page(_("Planning"), body), content_type="text/html")

    async def report(request: web.Request) -> web.Response:
        assistant = _admin(request, key)
        with use_locale(normalise_locale(request.query.get("lang"))):
            html = assistant.gap_report_html(_scope(request))
        hashes = " ".join(
            "'sha256-" + base64.b64encode(hashlib.sha256(m.encode()).digest()).decode() + "'"
            for m in _STYLE.findall(html)
        )
        csp = (f"default-src 'none'; img-src 'self' data:; style-src {hashes or NONE}; "
               "script-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'")
        return web.Response(text=html, content_type="text/html",
                            headers={"Content-Security-Policy": csp})  # fmt: skip

    async def workbook(request: web.Request) -> web.Response:
        assistant = _admin(request, key)
        data = assistant.gap_workbook(_scope(request))
        return web.Response(
            body=data,
            content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            headers={"Content-Disposition": 'attachment; filename="luecken.xlsx"'},
        )

    async def csv(request: web.Request) -> web.Response:
        assistant = _admin(request, key)
        name = request.match_info["name"]
        files = assistant.gap_csv(_scope(request))
        if not _CSV_NAME.match(name) or name not in files:
            raise web.HTTPNotFound()
        return web.Response(body=files[name], content_type="text/csv", charset="utf-8",
                            headers={"Content-Disposition": f'attachment; filename="{name}"'})

    return {"overview": overview, "report": report, "workbook": workbook, "csv": csv}


def add_routes(app: web.Application, key: AssistantKey) -> None:
    handlers = make_handlers(key)
    app.router.add_get("/planung", handlers["overview"])
    app.router.add_get("/planung/bericht", handlers["report"])
    app.router.add_get("/planung/luecken.xlsx", handlers["workbook"])
    app.router.add_get("/planung/csv/{name}", handlers["csv"])
