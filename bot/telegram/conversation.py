"""The conversation: free text, refining buttons, "mehr", details, reports, feedback, locations.

Each handler does its synchronous work (understanding, matching, SQLite, rendering) in one hop
to a core process (`Visit.core`; a thread without one) and then talks to Telegram; callback
queries are answered before anything slow happens. What runs in a core process is a module-level
function of the visit and small arguments, returning a `Reply` or a text.
"""

from __future__ import annotations

from dataclasses import replace
from html import escape

from telegram import (
    InlineKeyboardMarkup,
    KeyboardButton,
    Message,
    ReplyKeyboardMarkup,
    ReplyKeyboardRemove,
    Update,
)
from telegram.ext import ContextTypes

from bot.assistant import Session
from bot.i18n import _
from bot.models import Answer, Prompt
from bot.telegram import keyboards as kb
from bot.telegram.onboarding import send_onboarding
from bot.telegram.render import answer_html, nearby_html, offer_html
from bot.telegram.services import (
    CHANNEL,
    Reply,
    Visit,
    edit_or_send,
    guarded,
    not_admitted_text,
)
from bot.telegram.store import (
    load_session as stored_session,
)
from bot.telegram.store import (
    looks_like_code,
    redeem_invite,
    save_profile,
    save_session,
)

NEARBY_COUNT = 5


def _current_session(visit: Visit) -> Session:
    session = stored_session(visit.lotse.store, visit.profile.last_session, visit.user)
    session = session or Session()
    if session.request is None and session.default_place:  # a shared location, not yet used
        return session
    return replace(session, default_place=visit.profile.default_place)


def _answer(
    visit: Visit,
    answer: Answer,
    session: Session,
    session_id: str | None = None,
    districts_of: str | None = None,
) -> Reply:
    """Store the session and render the answer with its buttons (in a core process)."""
    session_id = save_session(visit.lotse.store, visit.user, session, session_id)
    catalogue = visit.catalogue
    markup = kb.answer_keyboard(answer, session_id, catalogue, districts_of)
    return Reply(answer_html(answer, catalogue), markup)


def respond_to_text(visit: Visit, text: str) -> Reply:
    """Answer a free-text request or a follow-up ("und in Unna?", "mehr")."""
    session = _current_session(visit)
    answer, session = visit.lotse.assistant.respond(text, session, channel=CHANNEL, user=visit.user)
    # "mehr" pages the current session, and a reply to thanks leaves it as it was; a new request
    # or "Neuer Fall" starts a new one (old buttons keep theirs)
    same = session.page > 0 or answer.prompt not in (None, Prompt.NEW_CASE)
    return _answer(visit, answer, session, visit.profile.last_session if same else None)


@guarded(open_to_all=True)
async def on_text(update: Update, context: ContextTypes.DEFAULT_TYPE, visit: Visit) -> None:
    """Answer free text; before admission, a text may be an invite code."""
    message = update.effective_message
    if message is None or not message.text:
        return
    if not visit.admitted:
        if looks_like_code(message.text) and await visit.run(
            redeem_invite, visit.lotse.store, message.text, visit.user
        ):
            await send_onboarding(message, invited=True)
        else:
            await message.reply_text(escape(not_admitted_text(visit.lotse.settings.access)))
        return
    reply = await visit.core(respond_to_text, message.text)
    await message.reply_text(reply.text, reply_markup=reply.markup)


def _refine(visit: Visit, callback: kb.Callback) -> Reply | str:
    """Apply an age or place button to its stored session."""
    session = stored_session(visit.lotse.store, callback.key, visit.user)
    if session is None or session.request is None:
        return _("This search has expired. Please ask again.")
    catalogue = visit.catalogue
    assistant = visit.lotse.assistant
    if callback.action == kb.AGE:
        age = kb.age_range(callback.arg)
        if age is None:
            return _("This search has expired. Please ask again.")
        answer, session = assistant.refine(session, age=age, channel=CHANNEL, user=visit.user)
        return _answer(visit, answer, session, callback.key)
    if callback.arg not in catalogue.gazetteer:
        return _("This search has expired. Please ask again.")
    answer, session = assistant.refine(
        session, place=callback.arg, channel=CHANNEL, user=visit.user
    )
    districts = callback.arg if callback.action == kb.MUNICIPALITY else None
    return _answer(visit, answer, session, callback.key, districts)


def _more(visit: Visit, callback: kb.Callback) -> Reply | str:
    session = stored_session(visit.lotse.store, callback.key, visit.user)
    if session is None or session.request is None:
        return _("This search has expired. Please ask again.")
    answer, session = visit.lotse.assistant.respond(
        "mehr", session, channel=CHANNEL, user=visit.user
    )
    return _answer(visit, answer, session, callback.key)


def _details(visit: Visit, offer_id: str) -> Reply | str:
    hit = visit.lotse.assistant.offer(offer_id)
    if hit is None:
        return _("This offer is no longer in the catalogue.")
    html = offer_html(hit.offer, visit.catalogue, doubtful=hit.doubtful)
    return Reply(html, kb.offer_keyboard(offer_id))


def _report(visit: Visit, offer_id: str) -> bool:
    """Queue a report once per user and offer; return whether it is new."""
    return visit.lotse.assistant.report(offer_id, visit.user, note="telegram")


def _not_helpful(visit: Visit, session_id: str) -> bool:
    session = stored_session(visit.lotse.store, session_id, visit.user)
    if session is None or session.request is None:
        return False
    visit.lotse.assistant.not_helpful(session, channel=CHANNEL, user=visit.user)
    return True


def _make_current(visit: Visit, session_id: str) -> bool:
    if stored_session(visit.lotse.store, session_id, visit.user) is None:
        return False
    save_profile(visit.lotse.store, visit.user, last_session=session_id)
    return True


@guarded()
async def on_search_button(
    update: Update, context: ContextTypes.DEFAULT_TYPE, visit: Visit
) -> None:
    """Handle the buttons under an answer (answered at once, then the work)."""
    query = update.callback_query
    assert query is not None
    callback = kb.parse(query.data)
    action = callback.action
    message = query.message if isinstance(query.message, Message) else None
    chat = update.effective_chat
    assert chat is not None
    if action == kb.REPORT:
        await query.answer(_("Thank you! The curators will check this offer."), show_alert=False)
        await visit.run(_report, visit, callback.key)
        return
    if action == kb.NOT_HELPFUL:
        await query.answer(_("Thank you: the request was noted as not helpful."))
        await visit.run(_not_helpful, visit, callback.key)
        return
    await query.answer()
    if action == kb.NEARBY:
        await visit.run(_make_current, visit, callback.key)
        button = KeyboardButton(_("📍 Send my location"), request_location=True)
        await chat.send_message(
            escape(_("Share your location (paperclip → Location), and I will look near it.")),
            reply_markup=ReplyKeyboardMarkup(
                [[button]], resize_keyboard=True, one_time_keyboard=True
            ),
        )
        return
    if action == kb.DETAILS:
        result = await visit.core(_details, callback.key)
    elif action == kb.MORE:
        result = await visit.core(_more, callback)
    elif action in (kb.AGE, kb.PLACE, kb.MUNICIPALITY):
        result = await visit.core(_refine, callback)
    else:
        return
    if isinstance(result, str):
        await chat.send_message(escape(result))
    elif action in (kb.DETAILS, kb.MORE):
        await chat.send_message(result.text, reply_markup=result.markup)
    else:
        await edit_or_send(message, chat.send_message, result.text, result.markup)


def respond_to_location(visit: Visit, lat: float, lon: float) -> Reply | str:
    """Refine the last request with the nearest place, or list the nearest offers."""
    assistant = visit.lotse.assistant
    place = assistant.nearest_place(lat, lon)
    if place is None:
        return _("This location is outside the Kreis Unna; the catalogue only covers the Kreis.")
    session = _current_session(visit)
    if session.request is not None:
        answer, session = assistant.refine(session, place=place, channel=CHANNEL, user=visit.user)
        return _answer(visit, answer, session, visit.profile.last_session)
    nearby = assistant.nearby(lat, lon, NEARBY_COUNT)
    assert nearby is not None  # the same position resolved to a place just above
    save_session(visit.lotse.store, visit.user, Session(default_place=place))
    distances = [(hit.offer, km) for hit, km in nearby.hits]
    doubtful = {hit.offer.id for hit, _km in nearby.hits if hit.doubtful}
    text = nearby_html(distances, nearby.place_name, visit.catalogue, doubtful)
    buttons = [
        [kb.offer_button(_("ℹ️ {n} Details").format(n=i), kb.DETAILS, offer.id)]
        for i, (offer, _km) in enumerate(distances, start=1)
    ]  # fmt: skip
    return Reply(text, InlineKeyboardMarkup(buttons))


@guarded()
async def on_location(update: Update, context: ContextTypes.DEFAULT_TYPE, visit: Visit) -> None:
    """Answer a shared location with offers near it."""
    message = update.effective_message
    if message is None or message.location is None:
        return
    location = message.location
    result = await visit.core(respond_to_location, location.latitude, location.longitude)
    if isinstance(result, str):
        await message.reply_text(escape(result), reply_markup=ReplyKeyboardRemove())
        return
    await message.reply_text(result.text, reply_markup=result.markup)
