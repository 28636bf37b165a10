"""Plain-text rendering for the console chat and the `ask` command.

The chat shows a short list (`render_compact`: one line per offer, details on demand with
"d 2"), because a full card is ten lines and five of them fill a phone's screen; `ask` prints the
full cards (`render_answer`), since a one-shot answer cannot be asked for details.
"""

from __future__ import annotations

import textwrap

from bot.catalogue import Catalogue
from bot.i18n import _
from bot.models import Answer, Hit
from bot.render.place_open import ask_first, place_note
from bot.render.words import (
    alternative_note,
    card_fields,
    carried_text,
    count_text,
    emergency_heading,
    emergency_lines,
    gap_text,
    no_more_text,
    prompt_text,
    question_text,
    summary,
    understood_text,
    unexplained_text,
)

WIDTH = 78


def card(hit: Hit, catalogue: Catalogue, number: int | None = None) -> str:
    """Render one offer as a card a professional can pass on."""
    offer = hit.offer
    title = f"{number}. {offer.name}" if number is not None else offer.name
    lines = [title]
    if hit.doubtful:
        lines.append("   " + _("⚠ Reported as outdated or wrong by several users: please check."))
    if hit.place_unchecked:
        lines.append("   ⚠ " + place_note())
    for label, value in card_fields(offer, catalogue):
        lines.append(f"   {label}: {value}")
    if offer.description:
        wrapped = textwrap.fill(offer.description, WIDTH, initial_indent="   ",
                                subsequent_indent="   ")  # fmt: skip
        lines.append(wrapped)
    return "\n".join(lines)


def line(hit: Hit, catalogue: Catalogue, number: int) -> str:
    """Render one offer as one line of a short list: number, name, for whom, where."""
    name, for_whom, where = summary(hit, catalogue)
    mark = " ⚠" if hit.doubtful else ""
    return f"{number}. {name}{mark} · {for_whom} · {where}"


def render_answer(answer: Answer, catalogue: Catalogue) -> str:
    """Render an answer with full cards (the `ask` command)."""
    return _render(answer, catalogue, compact=False)


def render_compact(answer: Answer, catalogue: Catalogue) -> str:
    """Render an answer as a short list; the full card of one offer only when asked."""
    return _render(answer, catalogue, compact=True)


def _render(answer: Answer, catalogue: Catalogue, *, compact: bool) -> str:
    if answer.details is not None:
        return details_text(answer.details, catalogue)
    prompt = prompt_text(answer)
    if prompt is not None:
        return prompt
    question = question_text(answer, catalogue)
    out = []
    emergency = emergency_lines(answer)
    if emergency:
        out.append("\n".join(["⚠ " + emergency_heading(), *("   " + e for e in emergency)]))
    out.append(_("Understood: {what}").format(what=understood_text(answer, catalogue)))
    for note in (unexplained_text(answer), carried_text(answer, catalogue)):
        if note:
            out.append(note)
    if question and ask_first(answer):  # no offer shown is known to fit: ask before the list
        out.append(question)
        question = None
    shown = answer.numbered()
    offers = shown[: len(answer.page_offers)]
    if offers:
        out.append(count_text(answer))
        if compact:
            out.append("\n".join(line(hit, catalogue, n) for n, hit in offers))
        else:
            out.extend(card(hit, catalogue, n) for n, hit in offers)
    elif answer.offers:
        out.append(no_more_text(answer))
    if answer.is_gap:
        out.append(gap_text(answer, catalogue))
        if answer.recorded:
            out.append(_("The request has been recorded anonymously for youth-welfare planning."))
    alternatives = shown[len(offers) :]
    if alternatives:
        out.append(_("Nearest alternatives (they do not fit completely):"))
        if compact:
            out.append("\n".join(
                line(hit, catalogue, n) + "\n   → " + alternative_note(hit, catalogue)
                for n, hit in alternatives
            ))  # fmt: skip
        else:
            out.extend(card(hit, catalogue) + "\n   → " + alternative_note(hit, catalogue)
                       for _n, hit in alternatives)  # fmt: skip
    hints = []
    if compact and shown:
        hints.append(_("Details: \u201ed {n}\u201c").format(n=shown[0][0]))
    if answer.page.has_more:
        hints.append(_("Type \u201emehr\u201c for more offers."))
    if hints:
        out.append(" · ".join(hints))
    if question:
        out.append(question)
    return "\n\n".join(out)


def details_text(hit: Hit, catalogue: Catalogue) -> str:
    """The full card of one offer asked for by number; an alternative keeps its mark."""
    text = card(hit, catalogue)
    if hit.why is not None:
        note = alternative_note(hit, catalogue)
        text += "\n   → " + _("Only an alternative: {note}").format(note=note)
    return text
