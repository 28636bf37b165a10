"""Plain-text rendering for the console chat and the `ask` command."""

from __future__ import annotations

import textwrap

from bot.catalogue import Catalogue
from bot.dialogue import page_of
from bot.i18n import _
from bot.models import Answer, Hit
from bot.render.words import (
    alternative_note,
    card_fields,
    gap_text,
    question_text,
    understood_text,
)

WIDTH = 78


def card(hit: Hit, catalogue: Catalogue, number: int | None = None) -> str:
    """Render one offer as a card a professional can pass on."""
    offer = hit.offer
    title = f"{number}. {offer.name}" if number is not None else offer.name
    lines = [title]
    if hit.doubtful:
        lines.append("   " + _("⚠ Reported as outdated or wrong by several users: please check."))
    for label, value in card_fields(offer, catalogue):
        lines.append(f"   {label}: {value}")
    if offer.description:
        wrapped = textwrap.fill(offer.description, WIDTH, initial_indent="   ",
                                subsequent_indent="   ")  # fmt: skip
        lines.append(wrapped)
    return "\n".join(lines)


def render_answer(answer: Answer, catalogue: Catalogue) -> str:
    """Render an answer: what was understood, the offers of this page, alternatives, questions."""
    out = [_("Understood: {what}").format(what=understood_text(answer, catalogue))]
    page = page_of(answer)
    start = int(answer.extra.get("page", 0)) * int(answer.extra.get("page_size", 5))
    if page:
        total = len(answer.offers)
        out.append(_("{count} fitting offers, best first:").format(count=total))
        out.extend(card(hit, catalogue, start + i + 1) for i, hit in enumerate(page))
        if answer.extra.get("has_more"):
            out.append(_("Type \u201emehr\u201c for more offers."))
    elif answer.offers:
        out.append(_("No more offers for this request."))
    if answer.is_gap:
        out.append(gap_text(answer, catalogue))
        out.append(_("The request has been recorded anonymously for youth-welfare planning."))
    if answer.alternatives:
        out.append(_("Nearest alternatives (they do not fit completely):"))
        for hit in answer.alternatives:
            out.append(card(hit, catalogue) + "\n   → " + alternative_note(hit, catalogue))
    question = question_text(answer, catalogue)
    if question:
        out.append(question)
    return "\n\n".join(out)
