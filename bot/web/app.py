"""The web channel's application: the chat page, its JSON API and the planners' area.

Every handler reaches the core only through `Assistant`; one conversation per browser session is
stored server-side (`bot.web.store`) exactly as Telegram stores one per chat. The assistant is
synchronous and fast (milliseconds), so handlers call it directly on the event loop.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from typing import Any

from aiohttp import web

from bot.assistant import Assistant, CatalogueUnavailable, Session
from bot.i18n import _, normalise_locale, use_locale
from bot.render.words import catalogue_unavailable_text
from bot.settings import Settings
from bot.web import access, pages, planning, store
from bot.web.security import (
    RateLimit,
    clear_cookie,
    client_address,
    security_middleware,
    set_cookie,
)
from bot.web.store import WebSession
from bot.web.view import age_choices, answer_json, details, nearby_view

CHANNEL = "web"
MAX_TEXT = 1000
ASSISTANT: web.AppKey[Assistant] = web.AppKey("assistant", Assistant)
LIMITS: web.AppKey[Limits] = web.AppKey("limits")


@dataclass(frozen=True)
class Limits:
    """Per-session message limit and per-address login limit (per minute)."""

    messages: RateLimit
    logins: RateLimit


def _locale(request: web.Request, body: dict[str, Any] | None = None) -> str:
    chosen = (body or {}).get("lang") or request.query.get("lang")
    return normalise_locale(chosen if isinstance(chosen, str) else None)


async def _body(request: web.Request) -> dict[str, Any]:
    try:
        data = await request.json()
    except (json.JSONDecodeError, UnicodeDecodeError) as error:
        raise web.HTTPBadRequest(text='{"error": "expected a JSON object"}',
                                 content_type="application/json") from error  # fmt: skip
    if not isinstance(data, dict):
        raise web.HTTPBadRequest(text='{"error": "expected a JSON object"}',
                                 content_type="application/json")  # fmt: skip
    return data


@web.middleware
async def catalogue_unavailable_middleware(request: web.Request, handler: Any
                                           ) -> web.StreamResponse:  # fmt: skip
    """No catalogue loaded (missing or broken file): the same notice as every channel, as 503."""
    try:
        return await handler(request)
    except CatalogueUnavailable:
        with use_locale(_locale(request)):
            text = catalogue_unavailable_text()
        return web.json_response({"error": text, "prompt": "catalogue_unavailable"}, status=503)


def _refused(message: str, status: int) -> web.Response:
    return web.json_response({"error": message}, status=status)


def _session(request: web.Request) -> tuple[Assistant, WebSession | None, str | None]:
    """This request's session; in open mode a new one is made (its cookie token returned)."""
    assistant = request.app[ASSISTANT]
    session = access.current(request, assistant)
    if session is None and assistant.settings.access == "open":
        token = store.new_token()
        return assistant, WebSession(access.session_id(assistant, token)), token
    return assistant, session, None


def _admitted(request: web.Request, locale: str) -> tuple[Assistant, WebSession, str | None]:
    assistant, session, token = _session(request)
    if not access.admitted(assistant.settings, session):
        with use_locale(locale):
            raise web.HTTPUnauthorized(
                text=json.dumps({"error": _("Please log in with your access code first."),
                                 "login": True}), content_type="application/json")  # fmt: skip
    assert session is not None
    if not request.app[LIMITS].messages.hit(session.id):
        with use_locale(locale):
            raise web.HTTPTooManyRequests(
                text=json.dumps({"error": _("That was a lot at once. Please wait a minute, then "
                                            "ask again.")}),
                content_type="application/json", headers={"Retry-After": "60"})  # fmt: skip
    return assistant, session, token


def _reply(request: web.Request, data: dict[str, Any], token: str | None,
           assistant: Assistant) -> web.Response:  # fmt: skip
    response = web.json_response(data, dumps=lambda d: json.dumps(d, ensure_ascii=False))
    if token is not None:
        set_cookie(response, request, token, assistant.settings.web_secure_cookie)
    return response


async def session_info(request: web.Request) -> web.Response:
    assistant, session, _token = _session(request)
    return web.json_response({
        "access": assistant.settings.access,
        "admitted": access.admitted(assistant.settings, session),
        "admin": bool(session and session.admin),
    })  # fmt: skip


async def login(request: web.Request) -> web.Response:
    body = await _body(request)
    locale = _locale(request, body)
    assistant = request.app[ASSISTANT]
    with use_locale(locale):
        if not request.app[LIMITS].logins.hit(client_address(request)):
            return _refused(_("Too many attempts. Please wait a minute."), 429)
        code = body.get("code")
        token = store.new_token()
        fresh = WebSession(access.session_id(assistant, token))
        admitted = access.login(assistant, fresh, code) if isinstance(code, str) else None
        if admitted is None:
            return _refused(_("This code is not valid (or was already used)."), 403)
        old = access.current(request, assistant)
        if old is not None:  # a new login starts a new session: the old one is forgotten
            store.delete(assistant.store, old.id)
        store.save(assistant.store, admitted)
        data = {"admitted": True, "admin": admitted.admin, "message": _("Welcome!")}
        return _reply(request, data, token, assistant)


async def logout(request: web.Request) -> web.Response:
    assistant = request.app[ASSISTANT]
    session = access.current(request, assistant)
    if session is not None:
        store.delete(assistant.store, session.id)
    response = web.json_response({"admitted": False})
    clear_cookie(response)
    return response


async def messages(request: web.Request) -> web.Response:
    body = await _body(request)
    locale = _locale(request, body)
    assistant, session, token = _admitted(request, locale)
    text = body.get("text")
    if not isinstance(text, str) or not text.strip():
        return _refused("\"text\" must be a non-empty string", 400)
    text = text[:MAX_TEXT]
    with use_locale(locale):
        answer, conversation = assistant.respond(text, session.conversation, channel=CHANNEL,
                                                 user=session.id)  # fmt: skip
        store.save(assistant.store, replace(session, conversation=conversation))
        data = answer_json(answer, assistant.catalogue_or_empty, CHANNEL, text)
    return _reply(request, data, token, assistant)


async def refine(request: web.Request) -> web.Response:
    """A button's choice: an age phase (by index) or a place key for the last request."""
    body = await _body(request)
    locale = _locale(request, body)
    assistant, session, token = _admitted(request, locale)
    if session.conversation.request is None:
        return _refused("nothing to refine yet", 409)
    age = place = None
    choices = age_choices()
    if str(body.get("age", "")).isdigit() and int(body["age"]) < len(choices):
        age = choices[int(body["age"])][1]
    elif body.get("place") in assistant.catalogue_or_empty.gazetteer.places:
        place = str(body["place"])
    else:
        return _refused("expected \"age\" (a phase index) or \"place\" (a place key)", 400)
    with use_locale(locale):
        answer, conversation = assistant.refine(session.conversation, age=age, place=place,
                                                channel=CHANNEL, user=session.id)  # fmt: skip
        store.save(assistant.store, replace(session, conversation=conversation))
        text = answer.request.text
        data = answer_json(answer, assistant.catalogue_or_empty, CHANNEL, text)
    return _reply(request, data, token, assistant)


async def not_helpful(request: web.Request) -> web.Response:
    body = await _body(request)
    locale = _locale(request, body)
    assistant, session, token = _admitted(request, locale)
    with use_locale(locale):
        if session.conversation.request is None:
            return _refused(_("There is no answer to rate yet."), 409)
        assistant.not_helpful(session.conversation, channel=CHANNEL, user=session.id)
        message = _("Thank you: the request was noted as not helpful. It helps the planning "
                    "see what is missing.")  # fmt: skip
    return _reply(request, {"ok": True, "message": message}, token, assistant)


async def nearby(request: web.Request) -> web.Response:
    body = await _body(request)
    locale = _locale(request, body)
    assistant, _unused, token = _admitted(request, locale)
    try:
        lat, lon = float(body["lat"]), float(body["lon"])
    except (KeyError, TypeError, ValueError):
        return _refused("expected numbers \"lat\" and \"lon\"", 400)
    with use_locale(locale):
        found = assistant.nearby(lat, lon)
        if found is None:
            data: dict[str, Any] = {"intro": _("Your location is outside the Kreis Unna; "
                                               "there are no offers nearby."), "offers": []}
        else:
            data = nearby_view(found.place_name, list(found.hits), assistant.catalogue)
    return _reply(request, data, token, assistant)


async def offer(request: web.Request) -> web.Response:
    locale = _locale(request)
    assistant, _unused, token = _admitted(request, locale)
    hit = assistant.offer(request.match_info["offer_id"])
    if hit is None:
        return _refused("no such offer", 404)
    with use_locale(locale):
        return _reply(request, details(hit, assistant.catalogue), token, assistant)


async def report(request: web.Request) -> web.Response:
    body = await _body(request)
    locale = _locale(request, body)
    assistant, session, token = _admitted(request, locale)
    offer_id = request.match_info["offer_id"]
    if assistant.offer(offer_id) is None:
        return _refused("no such offer", 404)
    note = body.get("note") if isinstance(body.get("note"), str) else ""
    with use_locale(locale):
        new = assistant.report(offer_id, session.id, note=note or "")
        message = (_("Thank you! The curators will check this offer.") if new
                   else _("You have already reported this offer; the curators will check it."))
    if token is not None:
        store.save(assistant.store, session)
    return _reply(request, {"ok": True, "new": new, "message": message}, token, assistant)


def make_app(
    settings: Settings, assistant: Assistant | None = None, *, messages_per_minute: int = 30,
    logins_per_minute: int = 10,
) -> web.Application:  # fmt: skip
    """Build the application; the assistant is closed when the application shuts down."""
    middlewares = [security_middleware, catalogue_unavailable_middleware]
    app = web.Application(middlewares=middlewares, client_max_size=64 * 1024)
    own = assistant is None
    app[ASSISTANT] = assistant or Assistant(settings)
    app[LIMITS] = Limits(RateLimit(messages_per_minute), RateLimit(logins_per_minute))
    store.purge(app[ASSISTANT].store)
    app.router.add_get("/api/session", session_info)
    app.router.add_post("/api/login", login)
    app.router.add_post("/api/logout", logout)
    app.router.add_post("/api/messages", messages)
    app.router.add_post("/api/refine", refine)
    app.router.add_post("/api/not-helpful", not_helpful)
    app.router.add_post("/api/nearby", nearby)
    app.router.add_get("/api/offers/{offer_id}", offer)
    app.router.add_post("/api/offers/{offer_id}/report", report)
    def towns() -> list[tuple[str, str]]:
        gazetteer = app[ASSISTANT].catalogue.gazetteer
        return sorted(((p.key, p.name) for p in gazetteer.municipalities), key=lambda p: p[1])

    pages.add_routes(app, towns)
    planning.add_routes(app, ASSISTANT)
    if own:
        async def close(_app: web.Application) -> None:
            app[ASSISTANT].close()

        app.on_cleanup.append(close)
    return app


__all__ = ["ASSISTANT", "Session", "make_app"]
