"""The chat page, its web app manifest and the static files, in German (default) or English.

The page is rendered on the server with the translations of `bot.i18n`; the words the script
needs travel in a `data-` attribute (no inline script, so the CSP can forbid it). Every asset
lives in `bot/web/static/` and is served from here: no CDN, no external font.
"""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable
from html import escape
from pathlib import Path

from aiohttp import web

from bot.i18n import _, normalise_locale, use_locale
from bot.web.view import age_choices

STATIC = Path(__file__).resolve().parent / "static"
THEME = "#0b5563"
NAME = "Präventionslotse"
Handler = Callable[[web.Request], Awaitable[web.Response]]  # a name, the same in every language


def _words() -> dict[str, str]:
    """The sentences the page's script shows, translated."""
    return {
        "you": _("You"), "assistant": NAME, "more": _("More offers"),
        "details": _("Show details"), "hide_details": _("Hide details"), "share": _("Share"),
        "copied": _("The offer was copied; paste it into a message."),
        "copy_here": _("Copy the text below:"), "report": _("Report outdated details"),
        "reported": _("Reported"), "not_helpful": _("Not helpful"),
        "change_age": _("Change age"), "change_place": _("Change place"),
        "locating": _("Finding your location …"),
        "no_location": _("Your location is not available. Please type the place instead."),
        "error": _("Something went wrong. Please try again."),
        "offline": _("No connection to the server. Please try again."),
        "sending": _("Looking for offers …"), "website": _("Website"), "call": _("Call"),
        "doubtful": _("⚠ Reported as outdated"), "logged_out": _("You are logged out."),
        "choose_age": _("How old is the child?"), "choose_place": _("Which place?"),
        "offers_label": _("Offers"),
    }  # fmt: skip


def render_index(locale: str, places: list[tuple[str, str]] | None = None) -> str:
    """The page; `places` (key, name) become the buttons of "Ort ändern"."""
    with use_locale(locale) as lang:
        other = "en" if lang == "de" else "de"
        words = escape(json.dumps(_words(), ensure_ascii=False), quote=True)
        ages = [{"label": label, "age": str(i)} for i, (label, _r) in enumerate(age_choices())]
        ages_json = escape(json.dumps(ages, ensure_ascii=False), quote=True)
        towns = [{"label": name, "place": key} for key, name in places or ()]
        places_json = escape(json.dumps(towns, ensure_ascii=False), quote=True)
        t = {key: escape(value) for key, value in {
            "title": NAME,
            "tagline": _("Prevention offers for children and families in the Kreis Unna"),
            "skip": _("Skip to the question"),
            "login_title": _("Log in"),
            "login_help": _("Enter the access code you received (for example from the youth "
                            "welfare office)."),
            "code": _("Access code"), "login": _("Log in"), "logout": _("Log out"),
            "other_lang": "English" if lang == "de" else "Deutsch",
            "conversation": _("Conversation"),
            "question": _("Your question"),
            "hint": _("For example: \u201e3 Jahre, Kamen-Methler, Sprachförderung\u201c. "
                      "Then: \u201eund in Unna?\u201c or \u201emehr\u201c."),
            "send": _("Send"), "locate": _("Use my location"),
            "privacy": _("Please write no names, addresses or phone numbers of families. "
                         "Unanswered requests are recorded anonymously for youth-welfare "
                         "planning."),
            "planning": _("Planning"),
        }.items()}  # fmt: skip
    return f"""<!doctype html>
<html lang="{lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{t["title"]}</title>
<meta name="description" content="{t["tagline"]}">
<meta name="theme-color" content="{THEME}">
<link rel="manifest" href="/manifest.webmanifest?lang={lang}">
<link rel="icon" href="/static/icon.svg" type="image/svg+xml">
<link rel="apple-touch-icon" href="/static/icon-192.png">
<link rel="stylesheet" href="/static/app.css">
<script src="/static/app.js" defer></script>
</head>
<body data-lang="{lang}" data-words="{words}" data-ages="{ages_json}"
  data-places="{places_json}">
<a class="skip" href="#text">{t["skip"]}</a>
<header class="top">
  <h1>{t["title"]}</h1>
  <nav aria-label="{t["title"]}">
    <a href="/?lang={other}" lang="{other}" hreflang="{other}">{t["other_lang"]}</a>
    <a id="planning-link" href="/planung" hidden>{t["planning"]}</a>
    <button id="logout" type="button" class="link" hidden>{t["logout"]}</button>
  </nav>
</header>
<main id="main">
  <section id="login" aria-labelledby="login-title" hidden>
    <h2 id="login-title">{t["login_title"]}</h2>
    <p id="login-help">{t["login_help"]}</p>
    <form id="login-form" method="post" action="/api/login" novalidate>
      <label for="code">{t["code"]}</label>
      <input id="code" name="code" type="text" autocomplete="one-time-code"
        autocapitalize="characters" spellcheck="false" required
        aria-describedby="login-help login-error">
      <button type="submit">{t["login"]}</button>
      <p id="login-error" class="error" role="alert"></p>
    </form>
  </section>
  <section id="chat" aria-label="{t["conversation"]}" hidden>
    <p class="tagline">{t["tagline"]}</p>
    <div id="log" role="log" aria-live="polite" aria-label="{t["conversation"]}"></div>
    <p id="status" role="status" class="status"></p>
    <form id="ask-form" method="post" action="/api/messages">
      <label for="text">{t["question"]}</label>
      <p id="hint" class="hint">{t["hint"]}</p>
      <div class="row">
        <input id="text" name="text" type="text" autocomplete="off" maxlength="1000" required
          aria-describedby="hint privacy">
        <button type="submit">{t["send"]}</button>
      </div>
    </form>
    <button id="locate" type="button" class="secondary">{t["locate"]}</button>
    <p id="privacy" class="small">{t["privacy"]}</p>
  </section>
</main>
</body>
</html>
"""


def make_index(places: Callable[[], list[tuple[str, str]]]) -> Handler:
    async def index(request: web.Request) -> web.Response:
        locale = normalise_locale(request.query.get("lang"))
        return web.Response(text=render_index(locale, places()), content_type="text/html")

    return index


async def manifest(request: web.Request) -> web.Response:
    with use_locale(request.query.get("lang")) as lang:
        data = {
            "name": NAME, "short_name": "Lotse",
            "description": _("Prevention offers for children and families in the Kreis Unna"),
            "lang": lang, "start_url": f"/?lang={lang}", "scope": "/", "display": "standalone",
            "background_color": "#ffffff", "theme_color": THEME,
            "icons": [
                {"src": "/static/icon-192.png", "sizes": "192x192", "type": "image/png"},
                {"src": "/static/icon-512.png", "sizes": "512x512", "type": "image/png"},
                {"src": "/static/icon.svg", "sizes": "any", "type": "image/svg+xml"},
            ],
        }  # fmt: skip
    return web.json_response(data, content_type="application/manifest+json",
                             dumps=lambda d: json.dumps(d, ensure_ascii=False))  # fmt: skip


def add_routes(app: web.Application, places: Callable[[], list[tuple[str, str]]]) -> None:
    """Serve the page; `places` names the towns offered when the place is to be changed."""
    app.router.add_get("/", make_index(places))
    app.router.add_get("/manifest.webmanifest", manifest)
    app.router.add_static("/static", STATIC, append_version=False)
