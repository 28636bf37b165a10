"""Help for the parents of the child spoken of: "und was gibt es für die Eltern?", "eher was für
die Mutter", "for the mum?".

Such a turn names no need; it moves who is to be helped from the child to a parent. Which needs
are for parents is read from the catalogue itself: topics whose offers are (almost) all addressed
to parents or families and not to children (counselling, parenting courses, early help). So the
mechanism follows the catalogue, with no list of needs of its own; the child's age and place
still choose among those offers.
"""

from __future__ import annotations

import re
from dataclasses import replace
from weakref import WeakKeyDictionary

from bot.catalogue import Catalogue
from bot.models import AgeRange, Offer, Request
from bot.text import fold

# "für die Mutter", "für den Vater selbst", "for the parents", "für die Eltern", "für die PE
# selbst" (Pflegeeltern; KM/KV the Kindsmutter/-vater) — a parent as the one the help is for.
# "Die Mutter trinkt" names a parent, but not as the one to help. Spoken in the Rhineland or the
# north: "för de Eltern", "för de Mudder", "för de Öllern".
_PARENT_WORDS = (r"(?:mutter|mama|kindsmutter|kindesmutter|vater|papa|kindsvater|kindesvater|"
                 r"eltern|mum|mom|mother|dad|father|parents?|pflegeeltern|pflegemutter|"
                 r"pflegevater|km|kv|mudder|mudda|vadder|vadda|oellern|oldern)")
_FOR_PARENT = re.compile(
    r"\b(?:fuer|foer|vuer|for)\s+(?:die|de|den|der|the|ihre?n?|seine?n?|her|his|their|beide\s+)?\s*"
    rf"(?:{_PARENT_WORDS}|pflegemama|pflegepapa|foster\s+(?:parents?|mother|father|mum|mom|dad)|"
    r"pe|pm|pv)\b"
)
# "Bei der Mutter wurde eine Depression festgestellt. Gibt es Unterstützung für sie?": a pronoun
# for the one to help, in a turn whose only person is a parent, is that parent.
_PARENT_NOUN = re.compile(rf"\b{_PARENT_WORDS}\b")
# … or, in such a turn, "für sie", the parent "selbst", "wo die Mama hingehen kann": the parent is
# the one to be helped ("die Eltern bräuchten eher selbst Unterstützung").
_FOR_PRONOUN = re.compile(
    r"\b(?:fuer|for)\s+(?:sie|ihn|sich|her|him|them|herself|himself|themselves)\b"
    rf"|\b{_PARENT_WORDS}\s+(?:\w+\s+){{0,3}}?(?:selbst|selber|herself|himself|themselves)\s+"
    r"(?:\w+\s+)?(?:hilfe|unterstuetzung|beratung|entlastung|jemand\w*|was|etwas|help|"
    r"support|someone|something)\b"
    rf"|\b(?:wo|where)\s+(?:\w+\s+)?{_PARENT_WORDS}\s+(?:\w+\s+){{0,3}}?"
    r"(?:hin|hingehen|hinkann|hinkommen|reden|sprechen|go|talk)\b"
)
# A follow-up about the parent as its subject, whatever child it speaks of besides: "und die
# Mutter selbst? … wie sie mit der Tochter umgehen soll", "what about mum herself?", "die Mutter
# will auch für sich und den Jungen Beratung" (the reflexive is the parent's own).
_PARENT_ITSELF = re.compile(
    rf"^\W*(?:(?:und|and|what|how|about|was|ist|mit|with)\s+)*(?:die|der|the|ihre?|seine?|his|her)?"
    rf"\s*{_PARENT_WORDS}\s+(?:selbst|selber|herself|himself|themselves)\s*(?:[?,:;.!–-]|$)"
    rf"|\b{_PARENT_WORDS}\s+(?:\w+\s+){{0,3}}?(?:fuer|for)\s+(?:sich|herself|himself|themselves)\b"
)
_CHILD_NOUN = re.compile(r"\b(?:kind\w*|junge\w*|maedchen|schueler\w*|jugendlich\w*|baby\w*|"
                         r"saeugling\w*|tochter|toechter\w*|sohn|soehne\w*|child\w*|kids?|boy|"
                         r"girl|pupil|students?|teen\w*|bruder|schwester|brother|sister)\b")
PARENT_AUDIENCES = frozenset(("eltern", "familien", "schwangere"))
CHILD_AUDIENCES = frozenset(("kinder", "jugendliche"))
SHARE = 0.9  # of a topic's offers addressed to parents, not children
MIN_OFFERS = 5  # a topic with fewer offers says too little about whom it serves
HALF = 0.5  # a need asked for a parent stays when at least half its offers address parents

_topics: WeakKeyDictionary[Catalogue, tuple[str, ...]] = WeakKeyDictionary()


def serves_parents(topic: str, catalogue: Catalogue) -> bool:
    """Tell a need the catalogue mostly serves for parents ("Kur" for a mother: relief)."""
    offers = [catalogue.offers[i] for i in catalogue.by_topic.get(topic, ())]
    return bool(offers) and sum(map(_for_parents, offers)) / len(offers) >= HALF


def serves_parents_of(topic: str, age: AgeRange | None, catalogue: Catalogue) -> bool:
    """Tell a need served for parents with an offer for parents of a child of this age.

    "für die Mutter …, die ist völlig fertig" about an 11-year-old reads early help (0–3): for
    these parents that need names nothing; the help for parents of this child is meant.
    """
    return serves_parents(topic, catalogue) and serves_age(topic, age, catalogue)


def _for_parents(offer: Offer) -> bool:
    """An offer addressed to parents or families, not to the children themselves."""
    audience = set(offer.audience)
    return bool(audience & PARENT_AUDIENCES) and not audience & CHILD_AUDIENCES


def for_parent(text: str) -> bool:
    """Tell a turn that asks for help for a parent ("und für die Eltern?").

    "für sie" counts when a parent is the only person the turn names ("Bei der Mutter wurde eine
    Depression festgestellt, gibt es etwas für sie?"); beside a child ("die Tochter … für sie")
    the pronoun may be the child's.
    """
    folded = fold(text)
    if _FOR_PARENT.search(folded) or _PARENT_ITSELF.search(folded):
        return True
    return bool(_FOR_PRONOUN.search(folded) and _PARENT_NOUN.search(folded)
                and not _CHILD_NOUN.search(folded))


def parent_topics(catalogue: Catalogue) -> tuple[str, ...]:
    """The needs the catalogue serves for parents, most parent-only first (computed once)."""
    found = _topics.get(catalogue)
    if found is None:
        shares = []
        for topic, indexes in catalogue.by_topic.items():
            offers = [catalogue.offers[i] for i in indexes]
            parents = sum(map(_for_parents, offers))
            if len(offers) >= MIN_OFFERS and parents / len(offers) >= SHARE:
                shares.append((-parents / len(offers), topic))
        found = _topics[catalogue] = tuple(topic for _share, topic in sorted(shares))
    return found


def for_parents_of(age: AgeRange | None, catalogue: Catalogue) -> tuple[str, ...]:
    """The parent needs with an offer for parents of a child of this age (all when unknown)."""
    return tuple(t for t in parent_topics(catalogue) if serves_age(t, age, catalogue))


def addresses_parents_at(topic: str, age: AgeRange | None, place: str | None,
                         catalogue: Catalogue) -> bool:  # fmt: skip
    """Tell a child's need whose every offer for this child also addresses the parents.

    The drug counselling for "Jugendliche; Eltern" is what the parents of a 16-year-old who
    smokes weed are sent to: "eher was für die Eltern" keeps that need beside the parents' own.
    A need with an offer for the child alone at this age and place (a grief group for children)
    is the child's: the matcher cannot tell its offers apart by audience, so it stays context.
    """
    index = catalogue.offer_index
    served = set(index.slots(index.served(place)))
    offers = [catalogue.offers[i] for i in catalogue.by_topic.get(topic, ())]
    fitting = [o for o in offers if (age is None or _fits(o, age))
               and index.slot_of[o.id] in served]  # fmt: skip
    return bool(fitting) and all(set(o.audience) & PARENT_AUDIENCES for o in fitting)


def serves_age(topic: str, age: AgeRange | None, catalogue: Catalogue) -> bool:
    """Tell a need the catalogue has an offer for at this age (any age when it is unknown)."""
    return age is None or any(_fits(catalogue.offers[i], age)
                              for i in catalogue.by_topic.get(topic, ()))


def _fits(offer: Offer, age: AgeRange) -> bool:
    low = -(10**6) if offer.age_min is None else offer.age_min
    high = 10**6 if offer.age_max is None else offer.age_max
    return low <= age.high and age.low <= high


def born_needs(previous: Request, merged: Request, said: Request,
               catalogue: Catalogue) -> Request:  # fmt: skip
    """The carried-over needs that still fit once the children spoken of are born.

    "Schwangere 36. SSW, 2 Kleinkinder zu Hause …" then "die Kleinen sind 1 und 3 – gibts eher
    was für die?": the case's age moves from before birth to the children; a need whose offers
    mostly serve the pregnancy (birth preparation, midwives) no longer fits, the others (relief,
    early help) stay. When none fits, the needs of the children's stage the turn itself reads
    (`said`, general) are asked; a newborn keeps the midwife's aftercare.
    """
    old, new = previous.age, merged.age
    if old is None or new is None or old.high >= 0 or new.low < 0:
        return merged
    kept = tuple(t for t in merged.topics if _share_at(t, new, catalogue) >= HALF)
    if not kept and said.general and said.topics:  # "gibt's für die eher was?": their stage
        return replace(merged, topics=said.topics, main_topics=said.main_topics, general=True,
                       keywords=said.keywords, required_words=())
    if not kept or kept == merged.topics:
        return merged
    return replace(merged, topics=kept, main_topics=tuple(t for t in merged.main_topics
                                                          if t in kept))  # fmt: skip


def _share_at(topic: str, age: AgeRange, catalogue: Catalogue) -> float:
    """The share of a need's offers that serve a child of this age."""
    offers = [catalogue.offers[i] for i in catalogue.by_topic.get(topic, ())]
    return sum(_fits(o, age) for o in offers) / len(offers) if offers else 0.0
