"""Recognise signs of a threat to a child's welfare, so that child protection always comes first.

A paediatrician who writes "kind erzählt, dass papa die mama schlägt" needs the ASD, the
child-protection hotline and the § 8a consultation at the top, with the emergency numbers, every
time — not whichever offers share most words. The signs are data (`bot/data/safety.toml`): groups
of words that must occur near each other in any order, so "wird zuhause geschlagen", "Schläge
zuhause" and "Partner schlägt" are one sign, and "schlägt andere Kinder" is none.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from bot.models import Emergency
from bot.vocabulary.lexicon import safety_lexicon

_WORD = re.compile(r"[a-z0-9]+|[,.;:!?()]")  # punctuation ends the reach of a negation
# topics put first, in this order, when a sign is found (taxonomy keys of topics.csv)
PROTECTION_TOPICS = ("kinderschutz", "hilfen_zur_erziehung")


@dataclass(frozen=True, slots=True)
class _Signal:
    name: str
    groups: tuple[tuple[str, ...], ...]
    window: int
    unless: tuple[str, ...]
    negatable: bool


@cache
def _compiled(patterns: tuple[str, ...]) -> tuple[frozenset[str], tuple[str, ...]]:
    """Split word patterns into exact words and prefixes ("misshandl*")."""
    exact = frozenset(p for p in patterns if not p.endswith("*"))
    return exact, tuple(p[:-1] for p in patterns if p.endswith("*"))


def _matches(word: str, patterns: tuple[str, ...]) -> bool:
    exact, prefixes = _compiled(patterns)
    return word in exact or word.startswith(prefixes)


@cache
def _signals() -> tuple[tuple[_Signal, ...], frozenset[str]]:
    data = safety_lexicon()
    signals = tuple(
        _Signal(
            s["name"], tuple(tuple(g) for g in s["groups"]), int(s.get("window", 1)),
            tuple(s.get("unless", ())), bool(s.get("negatable", True)),
        )
        for s in data["signal"]
    )  # fmt: skip
    return signals, frozenset(data.get("negations", ()))


@cache
def emergency_numbers() -> tuple[Emergency, ...]:
    """Return the emergency numbers to show first when a child may be in danger."""
    return tuple(
        Emergency(e["label_de"], e["label_en"], e["number"])
        for e in safety_lexicon().get("emergency", ())
    )


def _negated(words: list[str], at: int, negations: frozenset[str]) -> bool:
    """Tell whether one of the three words before `at`, in the same clause, negates it."""
    for word in reversed(words[max(0, at - 3) : at]):
        if not word[0].isalnum():
            return False
        if word in negations:
            return True
    return False


def _fires(signal: _Signal, words: list[str], negations: frozenset[str]) -> bool:
    hits: list[list[int]] = []
    for group in signal.groups:
        at = [
            i for i, w in enumerate(words)
            if _matches(w, group)
            and not (signal.negatable and _negated(words, i, negations))
        ]  # fmt: skip
        if not at:
            return False
        hits.append(at)
    for anchor in hits[0]:
        low, high = anchor - signal.window, anchor + signal.window
        if all(any(low <= i <= high for i in at) for at in hits[1:]):
            span = words[max(0, low) : high + 1]
            if not any(_matches(w, signal.unless) for w in span):
                return True
    return False


def protection_signs(folded: str) -> tuple[str, ...]:
    """Return the names of the signs of a threat to a child's welfare the folded text shows."""
    words = _WORD.findall(folded)
    signals, negations = _signals()
    return tuple(s.name for s in signals if _fires(s, words, negations))


def protection_first(topics: tuple[str, ...], known: object) -> tuple[str, ...]:
    """Put the child-protection topics first, then what else the request asked for."""
    first = tuple(t for t in PROTECTION_TOPICS if t in known)  # type: ignore[operator]
    return first + tuple(t for t in topics if t not in first)
