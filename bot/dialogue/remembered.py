"""Answers rebuilt from the session alone: a page, a card, a short prompt or a question about the
list shown. They never match again (the session keeps the ranked offer ids), so "danke 👍",
"details 2" or "was kostet die 2?" show exactly the list the conversation stands at.
"""

from __future__ import annotations

from dataclasses import replace

from bot.catalogue import Catalogue
from bot.dialogue.about_offers import AboutOffers
from bot.dialogue.session import Session
from bot.models import AlternativeWhy, Answer, GapReason, Hit, Page, Prompt, Question


def remembered(session: Session, catalogue: Catalogue) -> Answer | None:
    """Rebuild the last answer from the session, or None when an offer has left the catalogue."""
    if session.request is None:
        return None
    by_id = catalogue.by_id
    ids = [i for i, _score, _loc in session.ranked] + [i for i, _w, _km in session.alternatives]
    if any(i not in by_id for i in ids):
        return None
    offers = tuple(Hit(by_id[i], score, loc) for i, score, loc in session.ranked)
    alternatives = tuple(
        Hit(by_id[i], 0.0, "elsewhere" if why == AlternativeWhy.OUTSIDE else "",
            AlternativeWhy(why), km)
        for i, why, km in session.alternatives
    )  # fmt: skip
    question = Question(session.asked, session.asked_candidates) if session.asked else None
    gap = GapReason(session.gap) if session.gap else None
    return Answer(session.request, offers, alternatives, gap, question, fitting=session.fitting)


def prompted(session: Session, catalogue: Catalogue, prompt: Prompt) -> Answer:
    """A short reply ("Gern geschehen!") that leaves the open case as it was.

    Renderers show only the prompt, never the list again; the answer still carries the list
    and gap the conversation stands at, so that a scripted driver reading `offers` after "danke
    👍" sees the case unchanged. It asks nothing (the open question stays open in the session)
    and the assistant records no gap for it.
    """
    answer = remembered(session, catalogue)
    if answer is None:
        assert session.request is not None
        return Answer(session.request, prompt=prompt)
    total = len(answer.offers)
    return replace(answer, prompt=prompt, page=Page(session.page, total=total), question=None)


def about(session: Session, catalogue: Catalogue, asked: AboutOffers) -> Answer:
    """Answer a question about the list shown with that field of each offer (or the one named)."""
    answer = prompted(session, catalogue, Prompt.ABOUT_OFFERS)
    if asked.number is not None and answer.listed(asked.number) is None:
        return replace(answer, prompt=Prompt.UNKNOWN_NUMBER)
    return replace(answer, about=(asked.field, asked.number))


def details(session: Session, catalogue: Catalogue, number: int) -> Answer:
    """The full card of offer `number` as shown in the last list.

    The answer keeps the list the card was opened from (offers, alternatives, page) but not its
    gap or question: a renderer shows only the card, while a scripted driver reading `offers`
    after "details 2" still sees the list it is looking at, and nothing is recorded twice.
    """
    answer = remembered(session, catalogue)
    if answer is not None:
        card = Answer(answer.request, answer.offers, answer.alternatives,
                      page=Page(session.page, total=len(answer.offers)))  # fmt: skip
        hit = answer.listed(number)  # any offer of the ranking, then the alternatives
        if hit is not None:
            return replace(card, details=hit)
    assert session.request is not None
    return Answer(session.request, prompt=Prompt.UNKNOWN_NUMBER)
