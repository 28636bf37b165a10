"""Inline mode: `@bot Sprachförderung Methler 3 Jahre` in any chat shares offer cards.

Inline queries arrive on every keystroke, so they are not recorded in the gap log (that would count
half-typed words as needs) and are answered straight from the catalogue, at most
`InlineQueryLimit.RESULTS` results. The search and the cards are rendered in a core process
(`Visit.core`), as plain `Card`s; the PTB objects are built here.
"""

from __future__ import annotations

from dataclasses import dataclass

from telegram import (
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    InlineQueryResultArticle,
    InlineQueryResultsButton,
    InputTextMessageContent,
    Update,
)
from telegram.constants import InlineQueryLimit, ParseMode
from telegram.ext import ContextTypes

from bot.i18n import _
from bot.models import Hit, Offer
from bot.render.words import age_text
from bot.telegram.render import offer_html
from bot.telegram.services import Visit, guarded

MAX_RESULTS = int(InlineQueryLimit.RESULTS)
CACHE_SECONDS = 60


def inline_hits(visit: Visit, query: str) -> list[Hit]:
    """Find the offers for an inline query: an offer id, or a request in words (unrecorded)."""
    query = query.strip()
    if len(query) < 3 and visit.catalogue.by_id.get(query.upper()) is None:
        return []
    hits = visit.lotse.assistant.search(query, default_place=visit.profile.default_place)
    return hits[:MAX_RESULTS]


@dataclass(frozen=True, slots=True)
class Card:
    """One inline result as plain data: offer id, title line, description, the card's HTML."""

    id: str
    title: str
    description: str
    html: str


def inline_cards(visit: Visit, query: str) -> list[Card]:
    """The offers for an inline query, rendered (runs in a core process)."""
    catalogue = visit.catalogue
    return [
        Card(hit.offer.id, ("⚠️ " if hit.doubtful else "") + hit.offer.name,
             _description(hit.offer, visit),
             offer_html(hit.offer, catalogue, doubtful=hit.doubtful))
        for hit in inline_hits(visit, query)
    ]  # fmt: skip


def _description(offer: Offer, visit: Visit) -> str:
    place = visit.catalogue.place_name(offer.district or offer.municipality)
    return f"{offer.provider} · {place} · {age_text(offer.age_min, offer.age_max)}"


def shared_keyboard(offer_id: str, username: str) -> InlineKeyboardMarkup:
    """A deep link under a shared card: the recipient opens the offer in the bot."""
    link = f"https://t.me/{username}?start=o_{offer_id}"
    return InlineKeyboardMarkup(
        [[InlineKeyboardButton(_("Open in the Präventionslotse"), url=link)]]
    )


@guarded(open_to_all=True)
async def on_inline(update: Update, context: ContextTypes.DEFAULT_TYPE, visit: Visit) -> None:
    """Answer an inline query with offer cards to send into the current chat."""
    inline = update.inline_query
    if inline is None:
        return
    if not visit.admitted:
        button = InlineQueryResultsButton(text=_("Start the bot first"), start_parameter="inline")
        await inline.answer([], cache_time=0, is_personal=True, button=button)
        return
    cards = await visit.core(inline_cards, inline.query)
    results = [
        InlineQueryResultArticle(
            id=card.id,
            title=card.title,
            description=card.description,
            input_message_content=InputTextMessageContent(card.html, parse_mode=ParseMode.HTML),
            reply_markup=shared_keyboard(card.id, context.bot.username),
        )
        for card in cards
    ]
    await inline.answer(results, cache_time=CACHE_SECONDS, is_personal=True)
