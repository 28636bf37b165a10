"""A reply that takes every age the assistant offered: "beide" after "8 oder 10?".

When a request names two numbers the understanding cannot tell apart ("Djeca 8 i 10 aus
Holzwickede", a joining word it does not know), the assistant asks the age and offers both
readings. Two children asked for together are the usual reason, and the professional then answers
"beide" or "both": that is no unreadable text but the span from the youngest to the oldest, as
"8 und 10" would have been. The words are data (`bot/data/dialogue.toml [every_candidate]`).
"""

from __future__ import annotations

import re
from functools import cache

from bot.models import AgeRange
from bot.text import fold
from bot.vocabulary.lexicon import _load as load_toml

__all__ = ["every_candidate"]


@cache
def _words() -> tuple[frozenset[str], frozenset[str]]:
    section = load_toml("dialogue.toml")["every_candidate"]
    return (frozenset(fold(w) for w in section["words"]),
            frozenset(fold(w) for w in section["fillers"]))  # fmt: skip


def _span(candidates: tuple[str, ...]) -> AgeRange | None:
    """The span of the offered readings ("96-107", "120-131" → 96–131); None for fewer than two."""
    found = [re.fullmatch(r"(-?\d+)-(-?\d+)", c.strip()) for c in candidates]
    bounds = [(int(f.group(1)), int(f.group(2))) for f in found if f]
    if len(bounds) < 2:
        return None
    return AgeRange(min(b[0] for b in bounds), max(b[1] for b in bounds))


def every_candidate(text: str, candidates: tuple[str, ...]) -> AgeRange | None:
    """The span of all offered ages when the reply takes them all ("beide", "für beide Kinder")."""
    words = re.findall(r"\w+", fold(text))
    every, fillers = _words()
    if not words or not set(words) & every or not set(words) <= every | fillers:
        return None
    return _span(candidates)
