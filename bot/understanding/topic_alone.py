"""Who is alone: a young child alone is no single parent.

"allein" is one of the words of a carer's strain ("Mutter ist allein mit drei Kindern", "Papa
seit dem Tod der Mutter allein mit den Zwillingen"): relief for single parents. Said of young
children ("ich seh draußen zwei Kleine, vielleicht 3 und 5, seit 2 Stunden allein auf der Bank")
it tells of children left without care, which writers label child protection. Who is alone is
read as child protection reads it (`bot.understanding.agency_alone.alone_children`), and so is what
makes being alone harmless — a child who plays, sleeps or feels alone, or may walk to school alone
(the `unless` words of the `child_alone` signal in `safety.toml`): those keep their reading.
Whether being alone is a danger serious enough for the emergency numbers stays with `safety`.
The words live in `[alone_child]` of `topic_lexicon.toml`.
"""

from __future__ import annotations

import dataclasses
from functools import cache

from bot.models import AgeRange
from bot.understanding.agency_alone import alone_children
from bot.understanding.safety_text import tokens
from bot.understanding.topic_parts import Credit, TopicMatch
from bot.vocabulary.lexicon import safety_lexicon, topic_lexicon

SIGNAL = "child_alone"  # the safety signal whose `unless` words make being alone harmless


@cache
def _rule() -> tuple[frozenset[str], str] | None:
    data = topic_lexicon().get("alone_child")
    return (frozenset(data["terms"]), str(data["to"])) if data else None


@cache
def _harmless() -> tuple[frozenset[str], tuple[str, ...], int, int]:
    """Words that make a child's being alone harmless ("spielt", "darf", "Schule"), the
    prefixes among them ("schluesselkind*"), how far from "allein" they count, and the age in
    months from which a young person may be alone (the signal's `until_months`)."""
    for signal in safety_lexicon().get("signal", ()):
        if signal.get("name") == SIGNAL:
            unless = [str(w) for w in signal.get("unless", ())]
            return (frozenset(w for w in unless if not w.endswith("*")),
                    tuple(w[:-1] for w in unless if w.endswith("*")), int(signal["window"]),
                    int(signal.get("until_months", 10**6)))
    return frozenset(), (), 0, 0


def _children_alone(folded: str, terms: frozenset[str]) -> bool:
    """Whether every "allein" of the request is said of a young child, and none of them in a
    harmless way ("spielt gern allein", "darf allein zur Schule")."""
    words = tokens(folded)
    said = [at for at, word in enumerate(words) if word in terms]
    if not said or not set(said) <= set(alone_children(words)):
        return False
    plain, prefixes, window, _grown = _harmless()
    return not any(w in plain or w.startswith(prefixes)
                   for at in said for w in words[max(0, at - window):at + window + 1])


def alone_child(found: TopicMatch, folded: str, age: AgeRange | None) -> TopicMatch:
    """`found` with the credits of "allein" said of young children given to child protection
    instead of the carers' topics (relief, Frühe Hilfen); unchanged where a carer is alone, or
    where the child is old enough to be alone ("er ist 16")."""
    rule = _rule()
    if rule is None or (age is not None and age.low >= _harmless()[3]):
        return found
    terms, to = rule
    if not any(c.term in terms for c in found.credits) or not _children_alone(folded, terms):
        return found
    credits: list[Credit] = []
    moved: set[int] = set()
    for c in found.credits:
        if c.term not in terms:
            credits.append(c)
        elif c.position not in moved:
            credits.append(dataclasses.replace(c, topic=to))
            moved.add(c.position)
    left = {c.topic for c in credits}
    lost = {c.topic for c in found.credits} - left

    def renamed(topics: tuple[str, ...]) -> tuple[str, ...]:
        if not any(t in lost for t in topics):
            return topics
        return tuple(dict.fromkeys(to if t in lost else t for t in topics))

    return dataclasses.replace(found, credits=tuple(credits), topics=renamed(found.topics),
                               main=renamed(found.main))
