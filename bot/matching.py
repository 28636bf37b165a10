"""Matching: find the offers that fit a request, rank them, and say honestly when none does.

Hard filters first: an offer whose age range or service area does not fit the child is never an
answer (../shared/catalogue/README.md). The fitting ones are ranked by `bot.ranking` (how well
the topics fit, how closely the text matches, how local the offer is and how recently it was
checked). Offers that miss only the place, the age or the language become clearly marked
alternatives, and the reason for a gap says which of these was missing.
"""

from __future__ import annotations

import datetime as dt
import heapq
import math
from dataclasses import dataclass, replace

from bot.catalogue import Catalogue
from bot.catalogue.index import OfferIndex
from bot.fit import age_gap as _age_gap
from bot.fit import distance as _distance
from bot.models import (
    AgeRange,
    AlternativeWhy,
    Answer,
    GapReason,
    Hit,
    Missing,
    Offer,
    Question,
    Request,
)
from bot.ranking import top_hits
from bot.understanding.main_need_asked import held_by_name
from bot.understanding.needs import home_topics
from bot.understanding.safety import emergency_numbers, protection_order
from bot.understanding.topic_model import guess_may_fill
from bot.unplaced import kreis_first, place_open

MAX_OFFERS = 50  # a channel pages through these; nobody reads further
MAX_ALTERNATIVES = 3


@dataclass(frozen=True, slots=True)
class _Candidate:
    offer: Offer
    age_ok: bool
    place_ok: bool
    language_ok: bool

    @property
    def fits(self) -> bool:
        return self.age_ok and self.place_ok and self.language_ok


@dataclass(frozen=True, slots=True)
class _Selection:
    """A request's hard filters as offer masks (bit n = `OfferIndex.offers[n]`)."""

    index: OfferIndex
    topic: int  # offers sharing a topic with the request: the candidates
    age: int
    place: int
    language: int
    need: int  # offers that meet the need as named (all, unless the need is narrower than a topic)

    @property
    def fits(self) -> int:
        return self.topic & self.age & self.place & self.language & self.need


def _need(request: Request, index: OfferIndex) -> int:
    """Offers that can meet the need as named: none when a word nobody explains carried it (the
    general offers of the life phase become marked alternatives) and those of the main needs.

    A particular kind of offer asked for ("Babyschwimmen", "Seepferdchen") is met by the offers of
    the topic it belongs to and by any other offer whose text names it, not by a crawling group."""
    if request.need_unexplained:
        return 0
    need = index.all
    if request.main_topics and set(request.main_topics) != set(request.topics):
        need = index.any_of(index.topic, request.main_topics)
    if request.required_words:
        named = _naming(index, request.required_words)
        need &= named | index.any_of(index.topic, home_topics(request.required_words))
    return need


def _naming(index: OfferIndex, words: tuple[str, ...]) -> int:
    """Offers whose own text names one of `words` ("Babyschwimmen")."""
    mask = 0
    for word in words:
        mask |= index.naming(word)
    return mask


CHILDHOOD = AgeRange(0, 215)  # birth to the 18th birthday: "any child"


def _uncertain_age(request: Request, index: OfferIndex) -> int:
    """Return the offers that fit whatever age an unsure request means (issue 8's ask-back policy).

    With no age signal at all every offer may be shown beside the question (`index.all`). But when
    a number could be the age and nothing explains it, or two candidates disagree, the assistant
    asks back — and until it knows, it presents as fitting only offers that fit every reading:
    every candidate ("Schülerin 18 … Bruder 13": for 13 *and* 18), and for a lone unexplained
    number also "no age at all", i.e. offers open to every child. Offers for only one reading
    appear after the answer, or as marked alternatives when fewer than three fit.
    """
    if not request.age_uncertain or not request.age_candidates:
        return index.all
    readings = set(request.age_candidates)
    mask = index.all
    for reading in readings:
        mask &= index.age(reading.low, reading.high)
    if len(readings) < 2:  # the number may be no age: then only offers for every child fit
        mask &= index.starting_by(CHILDHOOD.low) & index.ending_from(CHILDHOOD.high)
    return mask


def _place(request: Request, index: OfferIndex) -> int:
    """Return the offers that serve the place, or every place an ambiguous word may mean.

    "westick" names a district of Kamen and one of Fröndenberg: the assistant asks which, and
    until it knows it presents as fitting only offers that serve both readings (the Kreis-wide
    ones), as it does for an unsure age; the others become marked alternatives."""
    if request.place is None and request.place_candidates:
        mask = index.all
        for key in request.place_candidates:
            mask &= index.served(key)
        return mask
    return index.served(request.place)


def _select(request: Request, catalogue: Catalogue) -> _Selection:
    index = catalogue.offer_index
    age = request.age
    languages, place = set(request.languages), _place(request, index)
    ages = _uncertain_age(request, index) if age is None else index.age(age.low, age.high)
    return _Selection(
        index,
        topic=index.any_of(index.topic, request.topics),
        age=ages,
        place=place,
        language=index.any_of(index.language, languages) if languages else index.all,
        need=held_by_name(request, index, _need(request, index), place, ages),
    )


def candidates(request: Request, catalogue: Catalogue) -> list[_Candidate]:
    """Return every offer sharing a topic with the request, with what fits and what does not."""
    selection = _select(request, catalogue)
    index = selection.index
    age, place, language = (set(index.slots(m)) for m in
                            (selection.age, selection.place, selection.language))  # fmt: skip
    found = [
        (index.position[slot], _Candidate(index.offers[slot], slot in age, slot in place,
                                          slot in language))
        for slot in index.slots(selection.topic)
    ]  # fmt: skip
    return [candidate for _position, candidate in sorted(found, key=lambda f: f[0])]


def _top_hits(selection: _Selection, request: Request, catalogue: Catalogue, today: dt.date,
              limit: int) -> list[Hit]:  # fmt: skip
    """The best `limit` of the offers `selection` finds fitting (`ranking.top_hits`); with the
    place open, the Kreis-wide ones first (`unplaced.kreis_first`)."""
    if place_open(request):
        return kreis_first(selection.index, selection.fits, request, catalogue, today, limit)
    return top_hits(selection.index, selection.fits, request, catalogue, today, limit)


def _alternatives(
    selection: _Selection, request: Request, catalogue: Catalogue, today: dt.date
) -> tuple[Hit, ...]:
    """Return the nearest offers that miss only the place, the age or the language."""
    index = selection.index
    offers = index.offers
    topic, age, place, language = (selection.topic & selection.need, selection.age,
                                   selection.place, selection.language)  # fmt: skip
    outside = index.slots(topic & age & language & ~place)
    other_age = index.slots(topic & place & language & ~age)
    other_language = index.slots(topic & place & age & ~language)
    alternatives: list[Hit] = []

    def distance(slot: int) -> float:
        return _distance(offers[slot], request, catalogue)

    for slot in heapq.nsmallest(MAX_ALTERNATIVES, outside, key=lambda s: (distance(s), s)):
        km = distance(slot)
        alternatives.append(
            Hit(offers[slot], 0.0, "elsewhere", AlternativeWhy.OUTSIDE,
                None if math.isinf(km) else round(km, 1))
        )  # fmt: skip
    for slot, _ in zip(other_language, range(MAX_ALTERNATIVES), strict=False):
        alternatives.append(Hit(offers[slot], 0.0, "", AlternativeWhy.LANGUAGE))
    for slot in heapq.nsmallest(2, other_age, key=lambda s: (_age_gap(offers[s], request), s)):
        alternatives.append(Hit(offers[slot], 0.0, "", AlternativeWhy.AGE))
    if selection.need != index.all and _only_context(request):
        # offers for what the request only tells (its debts beside "Beratung für junge
        # Erwachsene?"): marked as meeting the family's situation, never as fitting
        context = replace(selection, need=index.all & ~selection.need)
        for hit in _top_hits(context, request, catalogue, today, MAX_ALTERNATIVES):
            alternatives.append(replace(hit, score=0.0, why=AlternativeWhy.CONTEXT))
    elif selection.need != index.all and not (selection.fits or topic & age & language & ~place):
        # the asked need has no offer: the nearest ones sharing its topic, marked as such
        related = replace(selection, need=index.all)
        for hit in _top_hits(related, request, catalogue, today, MAX_ALTERNATIVES):
            alternatives.append(replace(hit, score=0.0, why=AlternativeWhy.NEED))
    return tuple(alternatives)


def _only_context(request: Request) -> bool:
    """The need filter leaves out only topics the request tells as context, not a particular
    kind of offer asked for nor a need nobody understood."""
    return (bool(request.main_topics) and set(request.main_topics) != set(request.topics)
            and not request.required_words and not request.need_unexplained)  # fmt: skip


def _gap_reason(selection: _Selection, request: Request) -> GapReason:
    if not request.topics or request.need_unexplained:
        return GapReason.UNCLEAR
    topic = selection.topic & selection.need
    if not topic:
        return GapReason.NO_OFFER
    if topic & selection.age & selection.place:
        return GapReason.LANGUAGE
    if topic & selection.place:
        return GapReason.AGE
    return GapReason.NOT_HERE


def _question(request: Request) -> Question | None:
    if request.place is None and request.place_candidates:
        return Question("place_ambiguous", request.place_candidates)
    if Missing.TOPIC in request.missing and request.age is None and request.place is None:
        return Question("topic")
    if request.age is None:  # unsure: the candidates ("156-167" months) can become buttons
        return Question("age", tuple(f"{a.low}-{a.high}" for a in request.age_candidates))
    if request.place is None:
        return Question("place")
    return None


def match(request: Request, catalogue: Catalogue, today: dt.date | None = None) -> Answer:
    """Return the fitting offers best first, marked alternatives, or an honest gap."""
    selection = _select(request, catalogue)
    today = today or dt.date.today()
    offers = tuple(_top_hits(selection, request, catalogue, today, MAX_OFFERS))
    if request.suggested_topics and guess_may_fill(
            request.suggested_topics, None if offers else _gap_reason(selection, request),
            request.named_topics):
        joined = request.with_suggestion()  # the guess joins the asked needs' offers, or stands
        joined_selection = _select(joined, catalogue)  # in for them when they have none
        joined_offers = tuple(_top_hits(joined_selection, joined, catalogue, today, MAX_OFFERS))
        if offers or joined_offers:
            request, selection, offers = joined, joined_selection, joined_offers
    if request.child_protection:  # child protection first, every time, whatever else matched
        def best_of(asked: set[str]) -> list[Hit]:  # a help asked beside the sign (safety's)
            only = replace(selection, topic=selection.index.any_of(selection.index.topic, asked))
            return _top_hits(only, request, catalogue, today, 1)

        offers = protection_order(offers, request, best_of)[:MAX_OFFERS]
    alternatives = _alternatives(selection, request, catalogue, today) if len(offers) < 3 else ()
    gap = None if offers else _gap_reason(selection, request)
    if gap == GapReason.AGE and request.age is None:
        gap = None  # unsure of the age, the assistant asks back: that is no gap of the catalogue
    if gap == GapReason.NOT_HERE and request.place is None and request.place_candidates:
        gap = None  # likewise unsure which of several places is meant: it asks which
    emergency = emergency_numbers() if request.child_protection else ()
    return Answer(request, offers, alternatives, gap, _question(request), emergency=emergency,
                  fitting=selection.fits.bit_count())  # fmt: skip
