"""Answers as JSON for the page: the `chat --json` format plus the words the page shows.

The machine part (`Answer.to_json()` with `conversation` and `question`) is what a script reads;
`view` carries the sentences, already translated, so that the page's JavaScript only places text
and never builds a German sentence itself. The words come from `bot.render.words`, shared with the
console and Telegram, so every channel says the same.
"""

from __future__ import annotations

from typing import Any

from bot.i18n import _
from bot.models import PHASES, AgeRange, Answer, Hit, Offer
from bot.render.chat_json import answer_json as chat_json
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

# The assistant's catalogue (`Assistant.catalogue`); only passed on to the shared renderers.
Catalogue = Any


def age_choices() -> list[tuple[str, AgeRange]]:
    """The life phases offered as buttons when the age is missing (from the model's phases)."""
    labels = {"P0": _("Pregnancy")}
    return [
        (labels.get(key) or _("{low}–{high} years").format(low=max(low, 0) // 12,
                                                           high=(high + 1) // 12),
         AgeRange(low, high))
        for key, low, high in PHASES
    ]  # fmt: skip


def compact(hit: Hit, catalogue: Catalogue, number: int | None = None) -> dict[str, Any]:
    """One line of the short list (the words Telegram and the console use): name, age, place."""
    name, age, where = summary(hit, catalogue)
    return {"id": hit.offer.id, "number": number, "name": name, "summary": f"{age} · {where}",
            "provider": hit.offer.provider, "doubtful": hit.doubtful}  # fmt: skip


def share_text(offer: Offer, catalogue: Catalogue) -> str:
    """What "Teilen" passes on: name, the card's fields that are known, the description."""
    unknown = _("unknown")
    lines = [offer.name]
    lines += [f"{label}: {value}" for label, value in card_fields(offer, catalogue)
              if value != unknown]  # fmt: skip
    if offer.description:
        lines.append(offer.description)
    return "\n".join(lines)


def details(hit: Hit, catalogue: Catalogue) -> dict[str, Any]:
    """Everything about one offer, for "Details" and for sharing."""
    offer = hit.offer
    return {
        "id": offer.id, "name": offer.name, "description": offer.description,
        "fields": [{"label": label, "value": value}
                   for label, value in card_fields(offer, catalogue)],
        "doubtful": hit.doubtful,
        "doubtful_text": _("Reported as outdated or wrong by several users: please check.")
        if hit.doubtful else None,
        "share_text": share_text(offer, catalogue),
        "website": offer.website if offer.website.startswith(("https://", "http://")) else None,
        "phone": offer.phone or None,
    }  # fmt: skip


def _question(answer: Answer, catalogue: Catalogue) -> dict[str, Any] | None:
    question = answer.question
    if question is None:
        return None
    choices: list[dict[str, str]] = []
    if question.kind == "age":
        choices = [{"label": label, "age": str(i)} for i, (label, _a) in enumerate(age_choices())]
    elif question.kind == "place_ambiguous":
        choices = [{"label": catalogue.place_name(k), "place": k} for k in question.candidates]
    elif question.kind == "place":
        places = sorted(catalogue.gazetteer.municipalities, key=lambda p: p.name)
        choices = [{"label": p.name, "place": p.key} for p in places]
    return {"kind": question.kind, "candidates": list(question.candidates),
            "text": question_text(answer, catalogue), "choices": choices}  # fmt: skip


def answer_view(answer: Answer, catalogue: Catalogue) -> dict[str, Any]:
    """The sentences and compact cards of one answer, in the order the console says them."""
    view: dict[str, Any] = {
        "emergency_heading": None, "emergency": [], "understood": None, "notes": [],
        "intro": None, "offers": [], "has_more": answer.page.has_more, "gap": None,
        "recorded": None, "alternatives_intro": None, "alternatives": [], "question": None,
        "prompt": prompt_text(answer), "details": None, "can_refine": False,
    }  # fmt: skip
    if answer.details is not None:
        card = details(answer.details, catalogue)
        if answer.details.why is not None:
            card["note"] = _("Only an alternative: {note}").format(
                note=alternative_note(answer.details, catalogue))  # fmt: skip
        view["details"] = card
        return view
    if view["prompt"] is not None:
        return view
    emergency = emergency_lines(answer)
    if emergency:
        view["emergency_heading"], view["emergency"] = emergency_heading(), emergency
    view["understood"] = _("Understood: {what}").format(what=understood_text(answer, catalogue))
    view["notes"] = [n for n in (unexplained_text(answer), carried_text(answer, catalogue)) if n]
    shown = answer.numbered()
    offers = shown[: len(answer.page_offers)]
    if offers:
        view["intro"] = count_text(answer)
    elif answer.offers:
        view["intro"] = no_more_text(answer)
    view["offers"] = [compact(hit, catalogue, n) for n, hit in offers]
    if answer.is_gap:
        view["gap"] = gap_text(answer, catalogue)
        if answer.recorded:
            view["recorded"] = _("The request has been recorded anonymously for youth-welfare "
                                 "planning.")  # fmt: skip
    alternatives = shown[len(offers) :]
    if alternatives:
        view["alternatives_intro"] = _("Nearest alternatives (they do not fit completely):")
        view["alternatives"] = [{**compact(hit, catalogue, n),
                                 "note": alternative_note(hit, catalogue)}
                                for n, hit in alternatives]  # fmt: skip
    view["question"] = _question(answer, catalogue)
    view["can_refine"] = bool(answer.request.topics or answer.offers)
    return view


def answer_json(answer: Answer, catalogue: Catalogue, conversation: str, text: str
                ) -> dict[str, Any]:  # fmt: skip
    """The `chat --json` line of one message (as the console prints it) plus the page's `view`."""
    data = chat_json(answer, catalogue, conversation, text)
    data["view"] = answer_view(answer, catalogue)
    return data


def nearby_view(place_name: str, hits: list[tuple[Hit, float]], catalogue: Catalogue
                ) -> dict[str, Any]:  # fmt: skip
    return {
        "intro": _("Offers nearest to your location (near {place}):").format(place=place_name),
        "offers": [{**compact(hit, catalogue, i + 1),
                    "note": _("about {km} km away").format(km=f"{km:.1f}".replace(".", ","))}
                   for i, (hit, km) in enumerate(hits)],
    }  # fmt: skip
