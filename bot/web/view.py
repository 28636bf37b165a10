"""Answers as JSON for the page: the `chat --json` format plus the words the page shows.

The machine part (`Answer.to_json()` with `conversation` and `question`) is what a script reads;
`view` carries the sentences, already translated, so that the page's JavaScript only places text
and never builds a German sentence itself. The words come from `bot.render.words`, shared with the
console and Telegram, so every channel says the same.
"""

from __future__ import annotations

from typing import Any

from bot.i18n import _, ngettext
from bot.models import PHASES, AgeRange, Answer, Hit, Offer
from bot.render.words import (
    age_text,
    alternative_note,
    card_fields,
    gap_text,
    question_text,
    understood_text,
)

PAGE_SIZE = 5
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


def _page(answer: Answer) -> tuple[list[Hit], int, bool]:
    """The offers of the answer's page, the number of the first, and whether more follow."""
    page = getattr(answer, "page", None)
    if page is not None and hasattr(answer, "page_offers"):
        return list(answer.page_offers), page.start, bool(page.has_more)
    number = int(answer.extra.get("page", 0))
    size = int(answer.extra.get("page_size", PAGE_SIZE))
    start = number * size
    return list(answer.offers[start : start + size]), start, bool(answer.extra.get("has_more"))


def _place(offer: Offer, catalogue: Catalogue) -> str:
    return catalogue.place_name(offer.district or offer.municipality)


def summary(offer: Offer, catalogue: Catalogue) -> str:
    """The one line under an offer's name in the compact list: where and for whom."""
    parts = [_place(offer, catalogue), age_text(offer.age_min, offer.age_max)]
    if offer.provider:
        parts.insert(0, offer.provider)
    return " · ".join(p for p in parts if p)


def compact(hit: Hit, catalogue: Catalogue, number: int | None = None) -> dict[str, Any]:
    offer = hit.offer
    return {"id": offer.id, "number": number, "name": offer.name,
            "summary": summary(offer, catalogue), "doubtful": hit.doubtful}  # fmt: skip


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
    """The sentences and compact cards of one answer."""
    shown, start, has_more = _page(answer)
    intro = None
    if shown:
        total = len(answer.offers)
        intro = ngettext("{count} fitting offer, best first:",
                         "{count} fitting offers, best first:", total).format(count=total)
    elif answer.offers:
        intro = _("No more offers for this request.")
    return {
        "understood": _("Understood: {what}").format(what=understood_text(answer, catalogue)),
        "intro": intro,
        "offers": [compact(h, catalogue, start + i + 1) for i, h in enumerate(shown)],
        "has_more": has_more,
        "gap": gap_text(answer, catalogue) if answer.is_gap else None,
        "recorded": _("The request has been recorded anonymously for youth-welfare planning.")
        if answer.is_gap else None,
        "alternatives_intro": _("Nearest alternatives (they do not fit completely):")
        if answer.alternatives else None,
        "alternatives": [{**compact(h, catalogue), "note": alternative_note(h, catalogue)}
                         for h in answer.alternatives],
        "question": _question(answer, catalogue),
        "can_refine": answer.request.topics != () or bool(answer.offers),
    }  # fmt: skip


def answer_json(answer: Answer, catalogue: Catalogue, conversation: str, text: str
                ) -> dict[str, Any]:  # fmt: skip
    """The `chat --json` line of one message (`to_json` + conversation + question) and `view`."""
    data: dict[str, Any] = answer.to_json()
    data["query"] = text
    data["conversation"] = conversation
    view = answer_view(answer, catalogue)
    question = view["question"]
    data["question"] = None if question is None else {
        "kind": question["kind"], "candidates": question["candidates"], "text": question["text"]}
    data["view"] = view
    return data


def nearby_view(place_name: str, hits: list[tuple[Hit, float]], catalogue: Catalogue
                ) -> dict[str, Any]:  # fmt: skip
    return {
        "intro": _("Offers nearest to your location (near {place}):").format(place=place_name),
        "offers": [{**compact(hit, catalogue, i + 1),
                    "note": _("about {km} km away").format(km=f"{km:.1f}".replace(".", ","))}
                   for i, (hit, km) in enumerate(hits)],
    }  # fmt: skip
