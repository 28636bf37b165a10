"""Matching: find the offers that fit a request, rank them, and say honestly when none does.

Hard filters first: an offer whose age range or service area does not fit the child is never an
answer (../shared/catalogue/README.md). Among the fitting ones, rank by how well the topics fit,
how closely the text matches, how local the offer is and how recently it was checked. Offers that
miss only the place, the age or the language become clearly marked alternatives, and the reason
for a gap says which of these was missing.
"""

from __future__ import annotations

import datetime as dt
import heapq
import math
from collections.abc import Iterable
from dataclasses import dataclass, replace

from bot.catalogue import Catalogue
from bot.catalogue.index import OfferIndex
from bot.fit import age_gap as _age_gap
from bot.fit import (
    distance as _distance,
)
from bot.fit import (
    freshness as _freshness,
)
from bot.fit import (
    locality as _locality,
)
from bot.fit import (
    shared_fit as _shared_fit,
)
from bot.fit import (
    text_fit as _text_fit,
)
from bot.fit import (
    topic_fit as _topic_fit,
)
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
from bot.understanding.main_need_asked import held_by_name
from bot.understanding.needs import home_topics
from bot.understanding.safety import emergency_numbers, protection_order
from bot.understanding.topic_model import guess_may_fill

MAX_OFFERS = 50  # a channel pages through these; nobody reads further
MAX_ALTERNATIVES = 3
WEIGHTS = {"topic": 0.45, "text": 0.25, "local": 0.2, "fresh": 0.1}
LOCALITY = {"district": 1.0, "municipality": 0.75, "kreis": 0.45, "anywhere": 0.5}


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
    return _Selection(
        index,
        topic=index.any_of(index.topic, request.topics),
        age=_uncertain_age(request, index) if age is None else index.age(age.low, age.high),
        place=place,
        language=index.any_of(index.language, languages) if languages else index.all,
        need=held_by_name(request, index, _need(request, index), place),
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


def rank(
    offers: list[Offer], request: Request, catalogue: Catalogue, today: dt.date | None = None
) -> list[Hit]:
    """Order fitting offers best first."""
    today = today or dt.date.today()
    index = catalogue.offer_index
    hits = []
    for offer in offers:
        slot = index.slot_of[offer.id]
        locality = _locality(offer, request, catalogue)
        score = (
            WEIGHTS["topic"] * _topic_fit(offer, request.topics)
            + WEIGHTS["text"]
            * _text_fit(index.search_text[slot], index.name_text[slot], request.keywords)
            + WEIGHTS["local"] * LOCALITY[locality]
            + WEIGHTS["fresh"] * _freshness(offer, today)
        )
        hits.append(Hit(offer, round(score, 4), locality))
    hits.sort(key=lambda h: (-h.score, h.offer.id))
    return hits


def _split(parts: list[tuple[int, frozenset[str]]], masks: dict[str, int], keys: Iterable[str]
           ) -> list[tuple[int, frozenset[str]]]:  # fmt: skip
    """Partition offer masks by which of `keys` they carry (only non-empty parts survive)."""
    for key in keys:
        mask = masks.get(key, 0)
        parts = [
            (part, present | {key} if inside else present)
            for whole, present in parts
            for part, inside in ((whole & mask, True), (whole & ~mask, False))
            if part
        ]
    return parts


def _localities(request: Request, catalogue: Catalogue) -> list[tuple[str, int]]:
    """Partition all offers by `_locality` for the asked place."""
    index = catalogue.offer_index
    place = request.place
    if not place:
        return [("anywhere", index.all)]
    district = index.area.get(place, 0) | index.district.get(place, 0)
    municipality = catalogue.gazetteer.municipality_of(place)
    near = 0
    if municipality:
        near = (index.area.get(municipality, 0) | index.municipality.get(municipality, 0))
        near &= ~district
    return [("district", district), ("municipality", near),
            ("kreis", index.all & ~district & ~near)]  # fmt: skip


def _freshness_classes(index: OfferIndex, today: dt.date) -> list[tuple[float, int]]:
    """Partition all offers by `_freshness`, computed once per day and index."""
    cached = index.cache.get("freshness")
    if cached is None or cached[0] != today:
        groups: dict[float, list[int]] = {}
        for slot, offer in enumerate(index.offers):
            groups.setdefault(_freshness(offer, today), []).append(slot)
        classes = [(value, index.mask(slots)) for value, slots in groups.items()]
        cached = index.cache["freshness"] = (today, classes)
    return cached[1]  # type: ignore[index]


def _top_hits(selection: _Selection, request: Request, catalogue: Catalogue, today: dt.date,
              limit: int) -> list[Hit]:  # fmt: skip
    """Return `rank(fitting)[:limit]` without scoring every fitting offer's text.

    Topic fit, locality and freshness take few values, so the fitting offers fall into groups
    that share them; the text adds at most `WEIGHTS["text"]`. Groups are visited best possible
    score first and a group stops as soon as none of its offers can still beat the `limit`-th
    hit (equal scores rank by id, i.e. by slot). The scores are computed by the same expression
    as in `rank`, so the result is identical, only cheaper.
    """
    index = selection.index
    keywords = request.keywords
    ceiling = 1.0 if keywords else 0.0  # `_text_fit` never exceeds 1.0, and is 0.0 without words
    groups = []
    for topics_mask, present in _split([(selection.fits, frozenset())], index.topic,
                                       dict.fromkeys(request.topics)):  # fmt: skip
        fit = _shared_fit(present, request.topics)
        for locality, local_mask in _localities(request, catalogue):
            for fresh, fresh_mask in _freshness_classes(index, today):
                mask = topics_mask & local_mask & fresh_mask
                if mask:
                    best = round(WEIGHTS["topic"] * fit + WEIGHTS["text"] * ceiling
                                 + WEIGHTS["local"] * LOCALITY[locality]
                                 + WEIGHTS["fresh"] * fresh, 4)  # fmt: skip
                    groups.append((best, fit, locality, fresh, mask))
    groups.sort(key=lambda g: -g[0])
    kept: list[tuple[float, int, str]] = []  # min-heap of (score, -slot): kept[0] is the worst
    texts, names = index.search_text, index.name_text
    for best, fit, locality, fresh, mask in groups:
        if len(kept) >= limit and best < kept[0][0]:
            break
        for slot in index.slots(mask):
            if len(kept) >= limit:
                worst, minus_slot, _locality_name = kept[0]
                if best < worst or (best == worst and slot > -minus_slot):
                    break
            text = _text_fit(texts[slot], names[slot], keywords) if keywords else 0.0
            score = round(WEIGHTS["topic"] * fit + WEIGHTS["text"] * text
                          + WEIGHTS["local"] * LOCALITY[locality]
                          + WEIGHTS["fresh"] * fresh, 4)  # fmt: skip
            entry = (score, -slot, locality)
            if len(kept) < limit:
                heapq.heappush(kept, entry)
            elif entry[:2] > kept[0][:2]:
                heapq.heapreplace(kept, entry)
    kept.sort(key=lambda e: (-e[0], -e[1]))
    return [Hit(index.offers[-minus_slot], score, locality)
            for score, minus_slot, locality in kept]  # fmt: skip


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
    if request.suggested_topics and guess_may_fill(request.suggested_topics, None if offers
                                                   else _gap_reason(selection, request)):
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
