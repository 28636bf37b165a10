"""What a child wishes names the need behind the wish (wishes57).

Professionals pass on the child's own words, and the grammar of a wish turns the need words
around. "ich wünsche mir, dass keiner mehr Opfer zu mir sagt" and "ich will, dass der mich nicht
mehr haut" negate the need word, yet what should stop *is* the need: the negation only says so
(`wished_stops`). "ich will nicht mehr dick sein" is no despair ("will nicht mehr"), it names the
state the child wants to lose (`complemented`). "ich will mehr bei Papa sein", "wünscht, beim Vater
zu leben", "möchte, dass Mama und Papa zusammen Geburtstag feiern" name no need word at all, yet a
child who wishes to live with one parent, or that both be together again, tells a separation:
the family's separation and contact counselling (`wished_home`). The words are data in
`bot/data/topic_wish.toml`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import cache

from bot.text import fold
from bot.understanding.topic_parts import Credit
from bot.vocabulary.lexicon import _load


@dataclass(frozen=True, slots=True)
class WishWords:
    """The word classes of a wish, folded."""

    verbs: frozenset[str]
    subordinators: frozenset[str]
    negations: frozenset[str]
    again: frozenset[str]
    reach: int
    despair: tuple[str, ...]
    copulas: frozenset[str]
    alive: frozenset[str]
    complement: int
    topic: str
    term: str
    parents: frozenset[str]
    towards: frozenset[str]
    between: frozenset[str]
    living: frozenset[str]
    more: frozenset[str]
    time: frozenset[str]
    both: tuple[tuple[str, ...], ...]
    together: tuple[str, ...]


@cache
def wish_words() -> WishWords:
    """Load the wish vocabulary once."""
    data = _load("topic_wish.toml")

    def words(key: str) -> frozenset[str]:
        return frozenset(fold(w) for w in data[key])

    return WishWords(
        verbs=words("verbs"), subordinators=words("subordinators"),
        negations=words("negations"), again=words("again"), reach=int(data["reach"]),
        despair=tuple(fold(data["despair"]).split()), copulas=words("copulas"),
        alive=words("alive"), complement=int(data["complement"]), topic=data["topic"],
        term=fold(data["term"]), parents=words("parents"), towards=words("towards"),
        between=words("between"), living=words("living"), more=words("more"),
        time=words("time"), both=tuple(tuple(fold(w) for w in p) for p in data["both"]),
        together=tuple(fold(w) for w in data["together"]))  # fmt: skip


def _same(sentence: Sequence[int], a: int, b: int) -> bool:
    return not sentence or sentence[a] == sentence[b]


def _wished_clause(words: Sequence[str], sentence: Sequence[int], at: int,
                   vocabulary: WishWords) -> bool:  # fmt: skip
    """Tell whether position `at` stands in a "dass" clause right after a wish ("ich wünsche
    mir, dass …", "will dass …", "Wunsch: dass …")."""
    for d in range(at - 1, -1, -1):
        if not _same(sentence, d, at):
            return False
        if words[d] in vocabulary.subordinators:
            return any(words[v] in vocabulary.verbs and _same(sentence, v, d)
                       for v in range(max(0, d - vocabulary.reach - 1), d))  # fmt: skip
    return False


def _copula_after(words: Sequence[str], clause: Sequence[int], at: int,
                  vocabulary: WishWords) -> int | None:  # fmt: skip
    """The position of the copula that closes a complement starting at `at` ("dick sein",
    "der Dicke sein", "Hunger haben"), or None; a complement of being alive is none."""
    for c in range(at, min(len(words), at + vocabulary.complement + 1)):
        if clause and clause[c] != clause[at]:
            return None
        if words[c] in vocabulary.alive:
            return None
        if words[c] in vocabulary.copulas:
            return c if c > at else None
    return None


def _despair_at(words: Sequence[str], vocabulary: WishWords) -> list[int]:
    """Where the despair phrase ("will nicht mehr") starts."""
    size = len(vocabulary.despair)
    return [i for i in range(len(words) - size + 1)
            if tuple(words[i : i + size]) == vocabulary.despair]  # fmt: skip


def wished_stops(words: Sequence[str], negated: frozenset[int], clause: Sequence[int],
                 sentence: Sequence[int]) -> tuple[frozenset[int], frozenset[int]]:  # fmt: skip
    """Negated positions that name what a wish wants stopped, not a need taken back: a
    negation with "mehr" in a "dass" clause after a wish ("dass keiner mehr Opfer zu mir sagt",
    "dass Papa nicht mehr so viel trinkt"), then the state in "will nicht mehr dick sein". The
    first are what someone else should stop, named by the child; the states keep the weight
    their words have ("allein sein" may be many things)."""
    if not negated:
        return frozenset(), frozenset()
    vocabulary = wish_words()
    found: set[int] = set()
    states: set[int] = set()
    for p in negated:
        for n in range(p - 1, max(-1, p - 7), -1):
            if (clause and clause[n] != clause[p]) or words[n] not in vocabulary.negations:
                continue
            stops = words[n] in vocabulary.again or any(
                words[m] in vocabulary.again for m in range(n + 1, min(len(words), p + 2)))
            if stops and _wished_clause(words, sentence, n, vocabulary):
                found.add(p)
            break
    for start in _despair_at(words, vocabulary):
        after = start + len(vocabulary.despair)
        end = _copula_after(words, clause, after, vocabulary) if after < len(words) else None
        if end is not None:
            states |= {p for p in range(after, end) if p in negated}
    return frozenset(found), frozenset(states - found)


def complemented(credits: list[Credit], words: Sequence[str], clause: Sequence[int],
                 stopped: frozenset[int] = frozenset()) -> list[Credit]:  # fmt: skip
    """Drop the despair of "will nicht mehr" where a complement closed by a copula follows: "ich
    will nicht mehr dick sein" wants to lose a state (the complement's need), it does not give
    up; "will nicht mehr leben", "will nicht mehr da sein" stay despair. What a wish wants
    stopped (`stopped`, from `wished_stops`) is named, not only described: the child said it."""
    vocabulary = wish_words()
    if stopped:
        credits = [replace(c, strong=True) if c.position in stopped else c for c in credits]
    drop = {start for start in _despair_at(words, vocabulary)
            if start + len(vocabulary.despair) < len(words)
            and _copula_after(words, clause, start + len(vocabulary.despair), vocabulary)
            is not None}  # fmt: skip
    if not drop:
        return credits
    phrase = " ".join(vocabulary.despair)
    return [c for c in credits if not (c.position in drop and c.term == phrase)]


def _parent_after(words: Sequence[str], at: int, vocabulary: WishWords) -> int | None:
    """The position of a parent right after a preposition at `at` ("bei meinem Papa")."""
    if words[at] not in vocabulary.towards:
        return None
    for p in range(at + 1, min(len(words), at + 4)):
        if words[p] in vocabulary.parents:
            return p
        if words[p] not in vocabulary.between:
            return None
    return None


def _home_wish(words: Sequence[str], clause: Sequence[int], start: int, end: int,
               vocabulary: WishWords) -> bool:  # fmt: skip
    """Tell whether the words from `start` to `end` wish to live or be with one parent."""
    for at in range(start, end):
        parent = _parent_after(words, at, vocabulary)
        if parent is None:
            continue
        before = set(words[max(start, at - 2) : at])
        if before & vocabulary.more or before & vocabulary.time:
            return True  # "mehr bei Papa sein", "mehr Zeit mit Mama"
        rest = range(parent + 1, min(end, parent + 5))
        if any(words[r] in vocabulary.living and (not clause or clause[r] == clause[parent])
               for r in rest):  # fmt: skip
            return True
    return False


def _together_wish(words: Sequence[str], start: int, end: int, vocabulary: WishWords) -> bool:
    """Tell whether the words from `start` to `end` wish the parents together ("dass Mama und
    Papa zusammen Geburtstag feiern", "dass meine Eltern wieder zusammenkommen")."""
    for at in range(start, end):
        for both in vocabulary.both:
            if tuple(words[at : at + len(both)]) == both:
                tail = words[at + len(both) : end]
                return any(w.startswith(vocabulary.together) for w in tail)
    return False


def wished_home(words: Sequence[str], clause: Sequence[int],
                sentence: Sequence[int]) -> list[Credit]:  # fmt: skip
    """Credits for the separation a child's wish tells: to live or be with one parent, or the
    parents together again. Weak: a need named beside it is what the wish is about."""
    vocabulary = wish_words()
    found: list[Credit] = []
    for v, word in enumerate(words):
        if word not in vocabulary.verbs:
            continue
        end = v + 1
        while end < len(words) and _same(sentence, v, end):
            end += 1
        if _home_wish(words, clause, v + 1, end, vocabulary) or _together_wish(
                words, v + 1, end, vocabulary):  # fmt: skip
            found.append(Credit(v, vocabulary.term, vocabulary.topic, 1.0, False))
            break
    return found


__all__ = ["complemented", "wish_words", "wished_home", "wished_stops"]
