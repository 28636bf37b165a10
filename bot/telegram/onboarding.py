"""/start with a short onboarding (role, default place), deep links, /hilfe, /ort and /sprache."""

from __future__ import annotations

from html import escape

from telegram import Message, Update
from telegram.ext import ContextTypes

from bot.i18n import _, use_locale
from bot.telegram import keyboards as kb
from bot.telegram.render import offer_html
from bot.telegram.services import Visit, guarded, not_admitted_text, pressed
from bot.telegram.store import redeem_invite, save_profile

INVITE_PREFIX = "i_"
OFFER_PREFIX = "o_"


def help_text() -> str:
    return _(
        "Describe the child and the need in one message, for example:\n"
        "\u201eSprachförderung für eine 3-Jährige in Kamen-Methler\u201c\n\n"
        "I answer with fitting offers, and with buttons to refine the age or the place. "
        "Follow-ups work: \u201eund in Unna?\u201c, \u201eund für 6-Jährige?\u201c, "
        "\u201emehr\u201c. Send a location to search near it.\n\n"
        "In any chat, type @{bot} and a request to share an offer card.\n\n"
        "/ort – your default place\n/sprache – language\n/datenschutz – what is stored\n"
        "/meine_daten – your stored data\n/loeschen – delete your data"
    )


async def send_onboarding(message: Message, *, invited: bool = False) -> None:
    """Ask for the professional role (the default place follows), after a welcome."""
    welcome = (
        _("Welcome! Your invitation is confirmed.")
        if invited
        else _(
            "Welcome to the Präventionslotse: prevention offers for children and families "
            "in the Kreis Unna."
        )
    )
    question = _("What is your role? (It helps to sort offers; you can skip it.)")
    await message.reply_text(escape(welcome + "\n\n" + question), reply_markup=kb.role_keyboard())


@guarded(open_to_all=True)
async def on_start(update: Update, context: ContextTypes.DEFAULT_TYPE, visit: Visit) -> None:
    """Greet, redeem an invitation, open a deep-linked offer, or start the onboarding."""
    message = update.effective_message
    if message is None:
        return
    payload = context.args[0] if context.args else ""
    settings = visit.lotse.settings
    admitted = visit.admitted
    if not admitted and payload:
        code = payload.removeprefix(INVITE_PREFIX)
        admitted = await visit.run(redeem_invite, visit.lotse.store, code, visit.user)
        if admitted:
            await send_onboarding(message, invited=True)
            return
    if not admitted:
        await message.reply_text(escape(not_admitted_text(settings.access)))
        return
    if payload.startswith(OFFER_PREFIX):
        await send_offer(message, visit, payload.removeprefix(OFFER_PREFIX))
        return
    if visit.profile.role is None:
        await send_onboarding(message)
    else:
        await message.reply_text(escape(help_text().format(bot=context.bot.username)))


async def send_offer(message: Message, visit: Visit, offer_id: str) -> None:
    hit = await visit.run(visit.lotse.assistant.offer, offer_id)
    if hit is None:
        await message.reply_text(escape(_("This offer is no longer in the catalogue.")))
        return
    await message.reply_text(
        offer_html(hit.offer, visit.catalogue, doubtful=hit.doubtful),
        reply_markup=kb.offer_keyboard(offer_id),
    )


@guarded()
async def on_help(update: Update, context: ContextTypes.DEFAULT_TYPE, visit: Visit) -> None:
    """Explain how to ask."""
    if update.effective_message is not None:
        await update.effective_message.reply_text(
            escape(help_text().format(bot=context.bot.username))
        )


@guarded()
async def on_place(update: Update, context: ContextTypes.DEFAULT_TYPE, visit: Visit) -> None:
    """Set the default place: `/ort Methler`, or pick it from buttons."""
    message = update.effective_message
    if message is None:
        return
    catalogue = visit.catalogue
    if context.args:
        choice = await visit.run(visit.lotse.assistant.resolve_place, " ".join(context.args))
        if choice.key is not None:
            await visit.run(save_profile, visit.lotse.store, visit.user, default_place=choice.key)
            await message.reply_text(
                escape(_("Your default place is now {place}.").format(place=choice.name))
            )
            return
    current = (
        catalogue.place_name(visit.profile.default_place)
        if visit.profile.default_place
        else _("none")
    )
    await message.reply_text(
        escape(
            _(
                "Your default place: {place}. Requests without a place are searched there. "
                "Choose a new one:"
            ).format(place=current)
        ),
        reply_markup=kb.home_keyboard(catalogue),
    )


@guarded()
async def on_language(update: Update, context: ContextTypes.DEFAULT_TYPE, visit: Visit) -> None:
    """Let the user choose German or English."""
    if update.effective_message is not None:
        await update.effective_message.reply_text(
            escape(_("Choose your language:")), reply_markup=kb.language_keyboard()
        )


@guarded()
async def on_profile_button(
    update: Update, context: ContextTypes.DEFAULT_TYPE, visit: Visit
) -> None:
    """Handle the role, default-place and language buttons."""
    query, callback = await pressed(update)
    store = visit.lotse.store
    catalogue = visit.catalogue
    message = query.message if isinstance(query.message, Message) else None
    chat = update.effective_chat
    assert chat is not None
    if callback.action == kb.ROLE and callback.key in kb.ROLES:
        await visit.run(save_profile, store, visit.user, role=callback.key)
        await chat.send_message(
            escape(
                _("Which town do you mostly work in? Requests without a place are searched there.")
            ),
            reply_markup=kb.home_keyboard(catalogue),
        )
    elif callback.action == kb.HOME and callback.key == "-":
        await visit.run(save_profile, store, visit.user, default_place=None)
        await chat.send_message(
            escape(_("No default place. Now describe what you are looking for."))
        )
    elif callback.action == kb.HOME and callback.key in catalogue.gazetteer:
        await visit.run(save_profile, store, visit.user, default_place=callback.key)
        place = catalogue.gazetteer[callback.key]
        if (
            callback.arg != "="
            and place.kind == "municipality"
            and catalogue.gazetteer.districts_of(place.key)
        ):
            await chat.send_message(
                escape(_("A district of {place}?").format(place=place.name)),
                reply_markup=kb.home_keyboard(catalogue, place.key),
            )
            return
        await chat.send_message(
            escape(
                _(
                    "Your default place is now {place}. Now describe what you are looking for."
                ).format(place=place.name)
            )
        )
    elif callback.action == kb.LANGUAGE and callback.key in ("de", "en"):
        await visit.run(save_profile, store, visit.user, lang=callback.key)
        with use_locale(callback.key):
            text = escape(_("Language set to English."))
            if message is not None:
                await message.edit_text(text)
            else:
                await chat.send_message(text)
