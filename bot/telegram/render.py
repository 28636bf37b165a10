"""Telegram HTML rendering of answers, parallel to `bot/render/text.py`.

An answer is a short list, one line per offer (name, for whom, where); a button per offer opens
its full card, so that an answer fits a phone's screen.

Same words as the console (`bot.render.words`), different markup. Every interpolated value goes
through `html.escape`: offer data and request texts come from outside and may contain `<` or `&`.
A message never exceeds Telegram's `MessageLimit.MAX_TEXT_LENGTH`.
"""

from __future__ import annotations

import threading
from html import escape
from typing import TYPE_CHECKING

from telegram.constants import MessageLimit

from bot.i18n import _, current_locale
from bot.models import Answer, Hit, Offer
from bot.render import words
from bot.render.place_open import ask_first, place_note

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
            for label, value in words.card_fields(offer, catalogue)
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


def line_html(hit: Hit, catalogue: Catalogue, number: int) -> str:
    """One offer as one line of the short list: number, name, for whom, where."""
    name, for_whom, where = words.summary(hit, catalogue)
    mark = " ⚠️" if hit.doubtful else ""
    return f"<b>{number}.</b> {escape(name)}{mark} · {escape(for_whom)} · {escape(where)}"


def answer_html(answer: Answer, catalogue: Catalogue) -> str:
    """Render an answer as a short list (details behind a button), or one asked-for card."""
    if answer.details is not None:
        hit = answer.details
        note = words.alternative_note(hit, catalogue) if hit.why is not None else None
        if hit.place_unchecked:
            note = place_note()
        return fit([card_html(hit.offer, catalogue, doubtful=hit.doubtful, full=True, note=note)])
    prompt = words.prompt_text(answer)
    if prompt is not None:
        return "💬 " + escape(prompt)
    question = words.question_text(answer, catalogue)
    parts = []
    emergency = words.emergency_lines(answer)
    if emergency:
        parts.append("🚨 <b>" + escape(words.emergency_heading()) + "</b>\n"
                     + "\n".join(escape(e) for e in emergency))  # fmt: skip
    understood = words.understood_text(answer, catalogue)
    parts.append("🔎 " + escape(_("Understood: {what}").format(what=understood)))
    for note in (words.unexplained_text(answer), words.carried_text(answer, catalogue)):
        if note:
            parts.append("<i>" + escape(note) + "</i>")
    if question and ask_first(answer):  # no offer shown is known to fit: ask before the list
        parts.append("❓ " + escape(question))
        question = None
    shown = answer.numbered()
    offers = shown[: len(answer.page_offers)]
    if offers:
        parts.append("<b>" + escape(words.count_text(answer)) + "</b>\n"
                     + "\n".join(line_html(hit, catalogue, n) for n, hit in offers))  # fmt: skip
    elif answer.offers:
        parts.append(escape(words.no_more_text(answer)))
    if answer.is_gap:
        recorded = _("The request has been recorded anonymously for youth-welfare planning.")
        parts.append(
            "<b>" + escape(words.gap_text(answer, catalogue)) + "</b>"
            + ("\n" + escape(recorded) if answer.recorded else "")
        )  # fmt: skip
    alternatives = shown[len(offers) :]
    if alternatives:
        parts.append(
            "<b>" + escape(_("Nearest alternatives (they do not fit completely):")) + "</b>\n"
            + "\n".join(line_html(hit, catalogue, n) + "\n   ↪️ <i>"
                        + escape(words.alternative_note(hit, catalogue)) + "</i>"
                        for n, hit in alternatives)
        )  # fmt: skip
    if shown:
        parts.append("<i>" + escape(_("Tap a number for the full card.")) + "</i>")
    if question:
        parts.append("❓ " + escape(question))
    return fit(parts)


def alternative_html(hit: Hit, catalogue: Catalogue, number: int | None = None) -> str:
    return card_html(
        hit.offer,
        catalogue,
        number=number,
        doubtful=hit.doubtful,
        note=words.alternative_note(hit, catalogue),
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
