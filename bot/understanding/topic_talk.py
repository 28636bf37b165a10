"""Whose silence: a child who will not talk about something is no language need.

"spricht nicht", "redet kaum", "kein Wort" name a language need when they describe how a child
speaks ("Kind 3 spricht kaum", "kein Wort Deutsch"). Writers use the same words for a child who
keeps silent about something or has stopped talking: "redet gar nicht über die Trennung", "redet
mit niemandem darüber", "sagt seit dem Tod vom Papa in der Schule kein Wort mehr". There the clause
is about what the child does not talk about, or about speech that was there and is gone — grief,
a separation, a fright — and Sprachförderung on top of the answer pushes the asked help down or
puts offers on what is an honest gap.

So a language-need credit of a speaking term (`[talk] terms`) is read by its clause:
- an object of talk after it ("über", "darüber", "davon") or nobody to talk to ("mit niemandem")
  tells what the child keeps to itself: the credit is dropped;
- "mehr" right after it tells of speech that stopped: the credit moves to the child's wellbeing
  (`[talk] stopped`), as the lexicon's own "spricht nicht mehr" does.
A language need named otherwise ("Logopädie", "Deutsch lernen", "Mutismus") keeps its credits.
The words live in `[talk]` of `topic_lexicon.toml`.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from bot.models import AgeRange
from bot.understanding.normalise import Words
from bot.understanding.topic_choice import decided_again
from bot.understanding.topic_parts import Credit, TopicMatch
from bot.vocabulary.lexicon import topic_lexicon

AFTER = 6  # words after the speaking term in which its object or "mehr" is looked for


@dataclass(frozen=True, slots=True)
class _Talk:
    topic: str  # the language need the speaking terms credit
    stopped: str  # the need of a child whose speech stopped
    terms: frozenset[str]  # the speaking terms, folded as topic finding joins them
    about: frozenset[str]  # words that give talk an object or a partner
    more: frozenset[str]  # "mehr": speech that stopped
    compare: frozenset[str]  # "als" after "mehr" compares, it tells no loss
    homes: frozenset[str]  # "zuhause": where a selectively silent child talks
    normally: frozenset[str]  # "normal", "plappert": talk as usual there


@cache
def _rule() -> _Talk | None:
    data = topic_lexicon().get("talk")
    if not data:
        return None
    return _Talk(str(data["topic"]), str(data["stopped"]), frozenset(data["terms"]),
                 frozenset(data["about"]), frozenset(data["more"]), frozenset(data["compare"]),
                 frozenset(data.get("homes", ())), frozenset(data.get("normally", ())))


def _home_talk(words: Words, rule: _Talk) -> frozenset[int]:
    """The clauses that tell the child talks as usual at home ("zuhause plappert er", "zu Hause
    ganz normal"): against them, silence elsewhere is selective, a fear and no language need."""
    clauses: dict[int, set[str]] = {}
    for at, word in enumerate(words.folded):
        clauses.setdefault(words.clause[at], set()).add(word)
    return frozenset(c for c, told in clauses.items()
                     if told & rule.homes and told & rule.normally)


def _reading(credit: Credit, words: Words, rule: _Talk) -> str | None:
    """The topic a credit stands for in its clause: its own, `""` for a speaking term's talk about
    something, `rule.stopped` for speech that stopped."""
    if credit.topic != rule.topic or credit.term not in rule.terms:
        return credit.topic
    start = credit.position + len(credit.term.split())
    clause = words.clause[credit.position]
    after = [w for at, w in enumerate(words.folded[start:start + AFTER], start)
             if words.clause[at] == clause]
    if any(w in rule.about for w in after):
        return ""
    for at, word in enumerate(after[:2]):
        # "spricht kaum mehr als drei Wörter" compares: few words, a language need
        if word in rule.more and (after[at + 1:at + 2] or [""])[0] not in rule.compare:
            return rule.stopped
    return rule.topic


def talk_about(found: TopicMatch, words: Words, age: AgeRange | None,
               decide: Callable[[list[Credit], AgeRange | None], TopicMatch]) -> TopicMatch:
    """`found` with a speaking term's language credit dropped where the child keeps silent about
    something, or moved to wellbeing where speech stopped, and its topics decided again by
    `decide(credits, age)` (the topic index's own decision); unchanged where nothing applies or
    nothing else would be left to name a need."""
    rule = _rule()
    if rule is None or not any(c.topic == rule.topic for c in found.credits):
        return found
    home = _home_talk(words, rule)
    silent = bool(home) and any(c.topic == rule.topic and c.term in rule.terms
                                and words.clause[c.position] not in home for c in found.credits)
    credits: list[Credit] = []
    for credit in found.credits:
        topic = _reading(credit, words, rule)
        if silent and topic == rule.topic:
            # "kein Wort in der OGS, zuhause plappert er": the silence is the child's fear
            topic = "" if words.clause[credit.position] in home else (
                rule.stopped if credit.term in rule.terms else topic)
        if topic:
            credits.append(credit if topic == credit.topic
                           else dataclasses.replace(credit, topic=topic))
    if not credits or credits == list(found.credits):
        return found
    again = decided_again(found, credits, age, decide)
    return again if again.topics else found
