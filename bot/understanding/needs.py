"""From a request's words to its needs, honestly: topics, child protection first, and what was
not understood.

`TopicIndex` finds the topics; this module adds what makes the answer trustworthy: signs of a
threat to a child's welfare put child protection first (`safety`), words nothing explains are
named (`explain`), and when such a word — or a particular kind of offer no offer text names —
carries the need, matching must not call anything "fitting".
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from bot.models import AgeRange
from bot.text import fold
from bot.understanding.explain import Explainer, unexplained
from bot.understanding.lexicon import topic_lexicon
from bot.understanding.normalise import words_of
from bot.understanding.safety import protection_first, protection_signs
from bot.understanding.topics import TopicIndex


@dataclass(frozen=True, slots=True)
class Needs:
    topics: tuple[str, ...]
    keywords: tuple[str, ...]
    general: bool
    child_protection: bool
    unexplained: tuple[str, ...]
    need_unexplained: bool
    required_words: tuple[str, ...]


@cache
def specific_terms() -> frozenset[str]:
    """Terms that name one particular kind of offer, narrower than their topic."""
    return frozenset(fold(w) for w in topic_lexicon().get("specific", {}).get("words", ()))


def find_needs(text: str, folded: str, age: AgeRange | None, topics: TopicIndex,
               explainer: Explainer, known_topics: object) -> Needs:  # fmt: skip
    """Return the needs of a cleaned request (`folded` is its folded form)."""
    found = topics.find(text, age)
    urgent = bool(protection_signs(folded))
    ordered = protection_first(found.topics, known_topics) if urgent else found.topics
    words = words_of(text)
    unknown = list(unexplained(words.raw, words.folded, explainer, found.positions))
    carried = False
    for position, term in found.compounds:
        if explainer.unknown_parts(words.folded[position], term):
            # "Gebärdensprachkurs" is no Sprachkurs: the unknown part changes the need
            unknown.insert(0, words.raw[position])
            carried = True
    unknown = list(dict.fromkeys(unknown))
    if unknown and not urgent and (not found.topics or found.general):
        carried = True  # nothing named the need, and a word nobody explains probably did
    specific = specific_terms()
    required: tuple[str, ...] = ()
    if found.evidence and not urgent and all(term in specific for term in found.evidence):
        required = found.evidence
    return Needs(
        topics=ordered,
        keywords=found.evidence,
        general=found.general and not urgent,
        child_protection=urgent,
        unexplained=tuple(unknown),
        need_unexplained=carried,
        required_words=required,
    )
