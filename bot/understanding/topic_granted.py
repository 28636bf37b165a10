"""A benefit or aid told as already granted is settled, not the need.

Specialists tell what the authority has granted as the file's state: "BuT-Lernförderung ist
bewilligt; es fehlt ein Anbieter vor Ort", "Bildungspaket ist schon genehmigt, der Sohn will
Fußball spielen", "Schulbegleitung ist schon bewilligt, braucht einen OGS-Platz". What is asked
is the provider or the other help; the money or aid topic those words credit would show benefit
offices as "passend" and hide the honest gap. So credits of a granting topic (`topics` in
`bot/data/topic_granted.toml`) whose word is followed in its clause by a grant word give way —
unless a negation stands before the grant ("noch nicht bewilligt": the grant is still the need)
or no other topic is left.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from bot.understanding.cue_typos import near
from bot.understanding.topic_parts import Credit
from bot.vocabulary.lexicon import _load


@dataclass(frozen=True, slots=True)
class _Granted:
    granted: frozenset[str]
    negations: frozenset[str]
    topics: frozenset[str]
    reach: int
    before: frozenset[str] = frozenset()  # a grant's letter named before ("Bescheid über BuT")
    before_reach: int = 0


@cache
def _data() -> _Granted:
    data = _load("topic_granted.toml")
    return _Granted(frozenset(data["granted"]), frozenset(data["negations"]),
                    frozenset(data["topics"]), int(data["reach"]),
                    frozenset(data.get("granted_before", ())),
                    int(data.get("before_reach", 0)))  # fmt: skip


def _granted_before(words: list[str], at: int, data: _Granted) -> bool:
    """Tell whether a grant's letter stands up to `before_reach` words before the word at `at`,
    not negated ("Bescheid über BuT liegt vor"; "noch kein Bescheid über BuT" is none)."""
    for i in range(max(0, at - data.before_reach), at):
        if words[i] in data.before:
            return not any(w in data.negations for w in words[max(0, i - 2):i])
    return False


def _granted_after(words: list[str], at: int, data: _Granted) -> bool:
    """Tell whether a grant word follows the word at `at` within `reach` words, not negated (the
    clauses are not asked: an aside in brackets parts "BuT-Lernförderung (Mathe 5) ist
    bewilligt")."""
    for i in range(at + 1, min(len(words), at + 1 + data.reach)):
        if words[i] in data.granted or near(words[i], data.granted):  # "bewillgit": a slip
            return words[i - 1] not in data.negations
    return False


def granted(credits: list[Credit], words: list[str]) -> list[Credit]:
    """`credits` without those of a granting topic told as already granted ("BuT … bewilligt"),
    where another topic is credited besides."""
    data = _data()
    settled = {i for i, c in enumerate(credits)
               if c.topic in data.topics and (_granted_after(words, c.position, data)
                                              or _granted_before(words, c.position, data))}
    if not settled:
        return credits
    left = [c for i, c in enumerate(credits) if i not in settled]
    gone = {credits[i].topic for i in settled}
    if not any(c.topic not in gone for c in left):
        return credits  # the grant is all the request tells: keep its topic
    return left
