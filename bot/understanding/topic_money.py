"""Whose money: a young person's own debts are a young adult's need, not a child's benefits.

"Jugendl. 17 verschuldet, Beratung?", "Junger Mann 20, hohe Schulden durch Onlinekäufe, braucht
Schuldnerberatung" and "care leaver … who helps with housing and money?" are labelled by every
writer as help for young adults on their way to a life of their own (`junge_volljaehrige`: debt
counselling for young people, care-leaver support). The same money words beside a child
("Familie verschuldet, Kind 6") still ask for what pays a child's needs (BuT). So from the age in
`[young_money]` of `topic_lexicon.toml` on, the credits those words gave the child's money topic
go to the young adults' topic instead; a benefit named by its name (BAföG, BuT) keeps its own
credit, and a family that cannot pay (`main_need_cost`) is read later and is untouched here.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from functools import cache

from bot.models import AgeRange
from bot.text import fold
from bot.understanding.topic_parts import Credit, TopicMatch
from bot.vocabulary.lexicon import topic_lexicon


@dataclass(frozen=True, slots=True)
class _YoungMoney:
    from_months: int  # the lower end of the asked age from which the words are a young adult's
    topic: str  # the child's money topic the words credit (BuT)
    to: str  # the young adults' topic they credit instead
    words: frozenset[str]  # folded terms, as topic finding joins them


@cache
def _rule() -> _YoungMoney | None:
    data = topic_lexicon().get("young_money")
    if not data:
        return None
    return _YoungMoney(int(data["from_months"]), str(data["topic"]), str(data["to"]),
                       frozenset(fold(w) for w in data["words"]))


def _moved(credits: tuple[Credit, ...], rule: _YoungMoney) -> tuple[Credit, ...]:
    """The credits with the young person's money words crediting `rule.to` (once a position)."""
    out: list[Credit] = []
    held = {(c.position, c.topic) for c in credits}
    for c in credits:
        if c.topic != rule.topic or c.term not in rule.words:
            out.append(c)
        elif (c.position, rule.to) not in held:
            out.append(dataclasses.replace(c, topic=rule.to))
            held.add((c.position, rule.to))
    return tuple(out)


def _renamed(topics: tuple[str, ...], rule: _YoungMoney, kept: bool) -> tuple[str, ...]:
    """`topics` with the money topic turned into the young adults' where no credit keeps it."""
    if rule.topic not in topics:
        return topics
    swapped = [t if t != rule.topic else rule.to for t in topics]
    if kept:  # a benefit named by its name keeps the money topic beside the young adults'
        at = topics.index(rule.topic)
        swapped.insert(at + 1, rule.topic)
    return tuple(dict.fromkeys(swapped))


def young_money(found: TopicMatch, age: AgeRange | None) -> TopicMatch:
    """`found` with a young person's own money words read as the young adults' need ("Jugendl. 17
    verschuldet" is debt counselling for young people, no BuT); unchanged for a child, when no
    age is known, or when no such word credited the money topic."""
    rule = _rule()
    if rule is None or age is None or age.low < rule.from_months:
        return found
    if not any(c.topic == rule.topic and c.term in rule.words for c in found.credits):
        return found
    credits = _moved(found.credits, rule)
    kept = any(c.topic == rule.topic for c in credits)
    return dataclasses.replace(found, credits=credits,
                               topics=_renamed(found.topics, rule, kept),
                               main=_renamed(found.main, rule, kept))
