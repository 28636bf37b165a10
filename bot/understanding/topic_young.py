"""A young person's own situation words: a minor's lost home, a teenager alone.

**Whose home: a minor who cannot live at home now is the youth office's, not only a young adult's.**

"17jährige, zuhause rausgeflogen, pennt bei einer Freundin — Notunterkunft für Jugendliche?",
"Schüler 16 wohnt seit Streit mit Stiefvater bei Kumpels auf dem Sofa", "Jugendliche 17 will
ausziehen, Streit eskaliert. Betreutes Wohnen?": the words are the young adults' vocabulary
(`junge_volljaehrige`: Jugendwohnen, Notschlafstelle, betreutes Wohnen), but below 18 the
Jugendamt's help for upbringing (`hilfen_zur_erziehung`: Inobhutnahme, Wohngruppe, betreutes
Wohnen nach § 34) is what a minor without a home gets — writers label such requests with both —
and the young adults' offers mostly start at 18. Read as the young adults' need alone, a
17-year-old in Selm thrown out by the parents was an honest-looking gap while the ASD there serves
her.

So while the whole asked age is a young person's below majority (`[minor_home] from_months`,
`below_months`), the credits of the words of a home lost or left now (`[minor_home] words`) also
credit the help for upbringing, beside the young adults' topic. Not so where the request looks
past the 18th birthday ("wird im März 18 und fällt dann aus der Jugendhilfe", "mit 18 ausziehen",
"care leaver"): the help that ends is what the writer asks to follow, and that is the young
adults' own (`turning`, `majority`). Money words
alone ("Jugendl. 17 verschuldet") stay the young adults' need (`topic_money`). From 18 on the same
words credit the young adults' topic alone ("18-Jähriger, Mama hat ihn rausgeschmissen, pennt bei
der Oma"): the help for upbringing ends with the 18th birthday in the catalogue's offers.

**Who is alone: "allein" said of a young person is no single parent's strain.** The bare word
"allein" names a carer's strain ("Mutter ist allein mit drei Kindern"): relief for single parents.
About young people writers mean something else — a girl who wants counselling she can go to alone
("wo sie alleine hin kann"), a 17-year-old who "kommt allein zur Tafel", a boy who cares for his
mother alone, a care leaver who now lives alone — and over all labelled sets the word was labelled
single-parent relief for a young person twice in about seventy requests. So from
`[young_alone] from_months` on, the bare word's credits to that topic are dropped; the carers'
phrases ("steht allein da mit 3 Kindern", "alleinerziehend") keep theirs.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from functools import cache

from bot.models import AgeRange
from bot.text import fold
from bot.understanding.topic_parts import Credit, TopicMatch
from bot.vocabulary.lexicon import topic_lexicon

WITHIN = 4  # words between a verb of becoming and the age of majority ("wird im Mai 18")


@dataclass(frozen=True, slots=True)
class _MinorHome:
    from_months: int  # the lower end of the asked age: a young person's own home, not a baby's
    below_months: int  # the upper end of the asked age must be below this (the 18th birthday)
    topic: str  # the young adults' topic whose home words are read (`junge_volljaehrige`)
    add: str  # the minor's topic they credit as well (`hilfen_zur_erziehung`)
    words: frozenset[str]  # folded terms, as topic finding joins them
    ahead: re.Pattern[str]  # the request looks past the 18th birthday


@cache
def _rule() -> _MinorHome | None:
    data = topic_lexicon().get("minor_home")
    if not data:
        return None
    verbs = "|".join(re.escape(fold(w)) for w in data["turning"])
    ages = "|".join(re.escape(fold(w)) for w in data["majority"])
    phrases = "|".join(re.escape(fold(w)) for w in data["ahead"])
    turning = rf"(?:{verbs})\b(?:\W+\w+){{0,{WITHIN}}}?\W+(?:{ages})"
    ahead = re.compile(rf"\b(?:{turning}|{phrases})\b")
    return _MinorHome(int(data["from_months"]), int(data["below_months"]), str(data["topic"]),
                      str(data["add"]), frozenset(fold(w) for w in data["words"]), ahead)


def _added(credits: tuple[Credit, ...], rule: _MinorHome) -> tuple[Credit, ...]:
    """The credits with each home word's credit given to `rule.add` as well (once a position)."""
    held = {(c.position, c.topic) for c in credits}
    extra = [dataclasses.replace(c, topic=rule.add) for c in credits
             if c.topic == rule.topic and c.term in rule.words
             and (c.position, rule.add) not in held]  # fmt: skip
    return credits + tuple({c.position: c for c in extra}.values())


def _beside(topics: tuple[str, ...], rule: _MinorHome) -> tuple[str, ...]:
    """`topics` with the minor's topic right after the young adults' one, each once."""
    if rule.topic not in topics or rule.add in topics[: topics.index(rule.topic)]:
        return topics
    rest = [t for t in topics if t != rule.add]
    at = rest.index(rule.topic) + 1
    return (*rest[:at], rule.add, *rest[at:])


def _grown(found: TopicMatch, rule: _MinorHome) -> TopicMatch:
    """`found` without the help for upbringing that only home words credited, for a young adult:
    an 18-year-old thrown out by the parents asks for the young adults' help alone."""
    if not any(c.topic == rule.topic and c.term in rule.words for c in found.credits):
        return found
    credits = tuple(c for c in found.credits if not (c.topic == rule.add and c.term in rule.words))
    if len(credits) == len(found.credits) or any(c.topic == rule.add for c in credits):
        return found
    topics = tuple(t for t in found.topics if t != rule.add)
    if not topics:
        return found
    return dataclasses.replace(found, credits=credits, topics=topics,
                               main=tuple(t for t in found.main if t != rule.add) or topics)


def minor_home(found: TopicMatch, folded: str, age: AgeRange | None) -> TopicMatch:
    """`found` with a minor's lost or left home read as the youth office's need as well, and a young
    adult's as the young adults' alone (`_grown`); unchanged for a young child (a baby in a
    shelter), when no age is known, when the request looks past the 18th birthday, or when no
    home word credited the young adults' topic."""
    rule = _rule()
    if rule is None or age is None:
        return found
    if age.low >= rule.below_months:
        return _grown(found, rule)
    if not rule.from_months <= age.low <= age.high < rule.below_months:
        return found
    if not any(c.topic == rule.topic and c.term in rule.words for c in found.credits):
        return found
    if rule.ahead.search(folded):
        return found
    return dataclasses.replace(found, credits=_added(found.credits, rule),
                               topics=_beside(found.topics, rule),
                               main=_beside(found.main, rule))


@cache
def _alone_rule() -> tuple[int, str, frozenset[str]] | None:
    data = topic_lexicon().get("young_alone")
    if not data:
        return None
    return int(data["from_months"]), str(data["topic"]), frozenset(fold(w) for w in data["terms"])


def young_alone(found: TopicMatch, age: AgeRange | None) -> TopicMatch:
    """`found` without the single parents' credits of a bare "allein" when the asked age is a
    young person's; unchanged for a child, when no age is known, or where nothing else would be
    left to name a need (the word is then all the request says)."""
    rule = _alone_rule()
    if rule is None or age is None or age.low < rule[0]:
        return found
    _from, topic, terms = rule
    credits = tuple(c for c in found.credits if not (c.topic == topic and c.term in terms))
    if len(credits) == len(found.credits) or not credits:
        return found
    lost = {c.topic for c in found.credits} - {c.topic for c in credits}
    topics = tuple(t for t in found.topics if t not in lost)
    if not topics:
        return found
    return dataclasses.replace(found, credits=credits, topics=topics,
                               main=tuple(t for t in found.main if t not in lost) or topics)
