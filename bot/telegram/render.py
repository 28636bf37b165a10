"""Telegram HTML rendering of answers, parallel to `bot/render/text.py`.

Same words as the console (`bot.render.words`), different markup. Every interpolated value goes
through `html.escape`: offer data and request texts come from outside and may contain `<` or `&`.
A message never exceeds Telegram's `MessageLimit.MAX_TEXT_LENGTH`.
"""

from __future__ import annotations

import threading
from html import escape
from typing import TYPE_CHECKING

from telegram.constants import MessageLimit

from bot.dialogue import page_of
from bot.i18n import _, current_locale
from bot.models import Answer, Hit, Offer
from bot.render.words import (
    alternative_note,
    card_fields,
    gap_text,
    question_text,
    understood_text,
)

if TYPE_CHECKING:
    from bot.catalogue import Catalogue

MAX_TEXT = int(MessageLimit.MAX_TEXT_LENGTH)
MAX_CACHED_CARDS = 4096
_FIELDS: dict[tuple[Offer, str, str], str] = {}
_FIELDS_LOCK = threading.Lock()


def doubtful_line() -> str:
    return (
        "⚠️ <i>"
        + escape(
            _("Reported as outdated or wrong by several users: please check before passing it on.")
        )
        + "</i>"
    )


def card_html(
    offer: Offer,
    catalogue: Catalogue,
    *,
    number: int | None = None,
    doubtful: bool = False,
    full: bool = False,
    note: str | None = None,
) -> str:
    """Render one offer; `full` adds every field and the description (details, sharing)."""
    title = escape(offer.name)
    lines = [f"<b>{number}. {title}</b>" if number is not None else f"<b>{title}</b>"]
    if note:
        lines.append(f"↪️ <i>{escape(note)}</i>")
    if doubtful:
        lines.append(doubtful_line())
    place = catalogue.place_name(offer.district or offer.municipality)
    lines.append(_fields_html(offer, place, catalogue))
    if full and offer.description:
        lines.append("")
        lines.append(escape(offer.description))
    return "\n".join(lines)


def _fields_html(offer: Offer, place: str, catalogue: Catalogue) -> str:
    """The labelled lines of a card, rendered once per offer, place name and language.

    Answers show the same popular offers again and again; rendering them was a tenth of the CPU
    time per update. The catalogue is not part of the key (that would pin replaced catalogues in
    memory): the offer itself and its place name are, so a changed offer or place renders anew.
    """
    key = (offer, place, current_locale())
    text = _FIELDS.get(key)
    if text is None:
        text = "\n".join(
            f"<i>{escape(label)}:</i> {escape(str(value))}"
            for label, value in card_fields(offer, catalogue)
        )
        with _FIELDS_LOCK:
            if len(_FIELDS) >= MAX_CACHED_CARDS:
                _FIELDS.clear()
            _FIELDS[key] = text
    return text


def fit(parts: list[str], limit: int = MAX_TEXT) -> str:
    """Join blocks with blank lines, leaving out whole trailing blocks that would not fit."""
    out: list[str] = []
    length = 0
    ellipsis = "…"
    for part in parts:
        extra = len(part) + (2 if out else 0)
        if length + extra > limit - len(ellipsis) - 2:
            out.append(ellipsis)
            break
        out.append(part)
        length += extra
    text = "\n\n".join(out)
    return text[:limit]


def answer_html(answer: Answer, catalogue: Catalogue) -> str:
    """Render an answer: what was understood, this page's offers, gap, alternatives, question."""
    parts = [
        "🔎 " + escape(_("Understood: {what}").format(what=understood_text(answer, catalogue)))
    ]
    shown = numbered(answer)
    offers = shown[: len(page_of(answer))]
    if offers:
        parts.append(
            "<b>"
            + escape(_("{count} fitting offers, best first:").format(count=len(answer.offers)))
            + "</b>"
        )
        parts.extend(
            card_html(hit.offer, catalogue, number=n, doubtful=hit.doubtful) for n, hit in offers
        )
    elif answer.offers:
        parts.append(escape(_("No more offers for this request.")))
    if answer.is_gap:
        parts.append(
            "<b>"
            + escape(gap_text(answer, catalogue))
            + "</b>\n"
            + escape(_("The request has been recorded anonymously for youth-welfare planning."))
        )
    if answer.alternatives:
        parts.append(
            "<b>" + escape(_("Nearest alternatives (they do not fit completely):")) + "</b>"
        )
        parts.extend(alternative_html(hit, catalogue, number=n) for n, hit in shown[len(offers) :])
    question = question_text(answer, catalogue)
    if question:
        parts.append("❓ " + escape(question))
    return fit(parts)


def alternative_html(hit: Hit, catalogue: Catalogue, number: int | None = None) -> str:
    return card_html(
        hit.offer,
        catalogue,
        number=number,
        doubtful=hit.doubtful,
        note=alternative_note(hit, catalogue),
    )


def offer_html(offer: Offer, catalogue: Catalogue, *, doubtful: bool = False) -> str:
    """Render the full card of one offer (details, deep links, shared via inline mode)."""
    return fit([card_html(offer, catalogue, doubtful=doubtful, full=True)])


def nearby_html(
    hits: list[tuple[Offer, float]], place_name: str, catalogue: Catalogue, doubtful: set[str]
) -> str:
    """Render the offers nearest to a shared location."""
    parts = [
        "📍 "
        + escape(_("Offers nearest to your location (near {place}):").format(place=place_name))
    ]
    for i, (offer, km) in enumerate(hits, start=1):
        note = _("about {km} km away").format(km=f"{km:.1f}".replace(".", ","))
        parts.append(
            card_html(offer, catalogue, number=i, doubtful=offer.id in doubtful, note=note)
        )
    parts.append(
        escape(
            _("Tell me what you are looking for, and I will search around {place}.").format(
                place=place_name
            )
        )
    )
    return fit(parts)


def numbered(answer: Answer) -> list[tuple[int, Hit]]:
    """The offers shown for an answer's page with their numbers: the page, then alternatives.

    The message text and the keyboard both use it, so that button "3" means card 3.
    """
    start = int(answer.extra.get("page", 0)) * int(answer.extra.get("page_size", 5))
    page = page_of(answer)
    hits = [*page, *answer.alternatives]
    return [(start + i + 1, hit) for i, hit in enumerate(hits)]
