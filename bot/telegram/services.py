"""What every handler shares: the assistant, the access rules and a per-update `Visit`.

`guarded` wraps each handler: flood limit, the user's profile from SQLite, the user's language
for the whole update, and the access rule — so a handler only does its own job. `Visit.core`
runs the core's work of the update in a core process (`bot/telegram/corepool.py`), `Visit.run`
small SQLite work in a thread.
"""

from __future__ import annotations

import asyncio
import functools
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from html import escape
from typing import TYPE_CHECKING, Any, TypeVar

from telegram import CallbackQuery, InlineKeyboardMarkup, Message, Update
from telegram.error import BadRequest
from telegram.ext import ContextTypes

from bot.assistant import Assistant, CatalogueUnavailable
from bot.i18n import _, use_locale
from bot.render.words import catalogue_unavailable_text
from bot.settings import Settings
from bot.telegram import keyboards as kb
from bot.telegram.access import FloodLimit, is_admin, may_use
from bot.telegram.corepool import CorePool
from bot.telegram.store import Profile, load_profile

if TYPE_CHECKING:
    from bot.catalogue import Catalogue
    from bot.state import StateStore

log = logging.getLogger(__name__)
T = TypeVar("T")
CHANNEL = "telegram"
KEY = "lotse"
# An inline keyboard: built in this process, or as the JSON dictionary a core process sends back.
Markup = InlineKeyboardMarkup | dict[str, Any]


@dataclass(frozen=True, slots=True)
class Reply:
    text: str
    markup: Markup | None = None


@dataclass
class Lotse:
    """The services of one running bot, kept in `application.bot_data`."""

    settings: Settings
    assistant: Assistant
    flood: FloodLimit = field(default_factory=FloodLimit)
    core: CorePool | None = None  # None inside a core process itself: threads

    @property
    def store(self) -> StateStore:
        return self.assistant.store

    def pseudonym(self, user_id: int) -> str:
        return self.assistant.pseudonym(user_id)


@dataclass
class Visit:
    """One update from one user: who (as pseudonym), their profile, their rights."""

    lotse: Lotse
    user: str
    profile: Profile
    admin: bool
    locale: str
    admitted: bool = False  # may use the bot (allowlist, invitation or open access)

    @property
    def catalogue(self) -> Catalogue:
        return self.lotse.assistant.catalogue

    async def run(self, function: Callable[..., object], *args: object, **kwargs: object):  # type: ignore[no-untyped-def]
        """Run synchronous SQLite work off the event loop, in this update's language."""
        return await asyncio.to_thread(function, *args, **kwargs)

    async def core(self, function: Callable[..., T], *args: object) -> T:
        """Run `function(visit, *args)` — the core's work of this update — in a core process
        (in a thread without one). `function` must be a module-level function; its arguments
        and its result small picklable data."""
        if self.lotse.core is None:
            return await asyncio.to_thread(function, self, *args)
        return await self.lotse.core.run(function, self, *args)


def lotse_of(context: ContextTypes.DEFAULT_TYPE) -> Lotse:
    return context.application.bot_data[KEY]


Handler = Callable[[Update, ContextTypes.DEFAULT_TYPE, Visit], Awaitable[None]]


def guarded(*, admin: bool = False, open_to_all: bool = False) -> Callable[[Handler], Callable]:
    """Wrap a handler with flood limit, profile, language and access rule."""

    def wrap(handler: Handler) -> Callable:
        @functools.wraps(handler)
        async def run(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
            tg_user = update.effective_user
            if tg_user is None:
                return
            lotse = lotse_of(context)
            user = lotse.pseudonym(tg_user.id)
            if not lotse.flood.allow(user):
                await _too_fast(update, lotse, user, tg_user.language_code)
                return
            profile = await asyncio.to_thread(load_profile, lotse.store, user)
            with use_locale(profile.lang or tg_user.language_code) as locale:
                admitted = may_use(lotse.settings, tg_user.id, profile)
                admin_rights = is_admin(lotse.settings, tg_user.id)
                visit = Visit(lotse, user, profile, admin_rights, locale, admitted)
                if admin and not visit.admin:
                    await notify(
                        update,
                        _("Sorry, this command is reserved for the youth-welfare planning team."),
                    )
                    return
                if not (open_to_all or admitted):
                    await notify(update, not_admitted_text(lotse.settings.access))
                    return
                try:
                    await handler(update, context, visit)
                except CatalogueUnavailable:  # missing or broken file: a notice, not an apology
                    await notify(update, catalogue_unavailable_text())

        return run

    return wrap


def not_admitted_text(access: str) -> str:
    if access == "allowlist":
        return _(
            "Sorry, this bot is only available to registered professionals in the Kreis "
            "Unna. Please ask the youth-welfare planning team to add you."
        )
    return _(
        "This bot works by invitation. Please open the invitation link you received, or "
        "send the invitation code as a message."
    )


async def _too_fast(update: Update, lotse: Lotse, user: str, language: str | None) -> None:
    if update.callback_query is not None:
        await update.callback_query.answer()
    if lotse.flood.should_warn(user):
        with use_locale(language):
            await notify(update, _("That was a lot at once. Please wait a minute and try again."))


async def notify(update: Update, text: str) -> None:
    """Tell the user something plain, wherever the update came from."""
    if update.callback_query is not None:
        await update.callback_query.answer()
    if update.inline_query is not None:
        await update.inline_query.answer([], cache_time=0, is_personal=True)
        return
    chat = update.effective_chat
    if chat is not None:
        await chat.send_message(escape(text))


async def pressed(update: Update) -> tuple[CallbackQuery, kb.Callback]:
    """The button a callback update reports, answered at once so the spinner stops."""
    query = update.callback_query
    assert query is not None
    await query.answer()
    return query, kb.parse(query.data)


async def edit_or_send(
    message: Message | None,
    chat_send: Callable[..., Awaitable[Message]],
    text: str,
    markup: Markup | None,
) -> None:
    """Edit a message in place; a repeated tap that changes nothing is not an error."""
    if message is None:
        await chat_send(text, reply_markup=markup)
        return
    try:
        await message.edit_text(text, reply_markup=markup)
    except BadRequest as error:
        if "not modified" not in str(error).lower():
            raise
