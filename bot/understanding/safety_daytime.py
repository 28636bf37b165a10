"""The end of a school child's day is no night: "bis abends" closes an afternoon, not a night.

The `alone_at_night` sign reads a child alone in the night hours ("die Kleinen waren abends
allein, Mama kommt erst, wenn es hell ist"). But "ein paar Kids aus meiner Klasse (8–10) sind
nachmittags bis abends allein im Stadtpark" or "Sohn (10) ist nach der Schule bis abends alleine
unterwegs, weil ich arbeite" tell an afternoon that ends at the evening: school children without
afternoon care, a matter of OGS or open youth work. Age and time decide together:

- the evening word closes a span — "bis" right before it ("bis abends"); "bis spät abends",
  "nachts", "Mitternacht" are the night and stay;
- the child is of school age by the request's age (a younger child alone till evening stays a
  danger; an unknown age keeps the sign).

Then that evening word is set aside and the signs are read again: another sign told in the
request (a locked door, hunger, a carer who does not answer) still stands. The words are data
(`bot/data/safety_daytime.toml`).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from bot.models import AgeRange
from bot.understanding.safety import Signs, read_signs
from bot.understanding.safety_text import blanked, tokens
from bot.vocabulary.lexicon import _load

NIGHT_SIGN = "alone_at_night"  # the sign of `bot/data/safety.toml` this reader qualifies


@dataclass(frozen=True, slots=True)
class _Daytime:
    school_from: int
    until: frozenset[str]
    evening: frozenset[str]


@cache
def _daytime() -> _Daytime:
    d = _load("safety_daytime.toml")
    return _Daytime(int(d["school_from_months"]), frozenset(d["until"]), frozenset(d["evening"]))


def span_ends(words: list[str]) -> set[int]:
    """Positions of evening words that close a span: "nachmittags bis abends"."""
    d = _daytime()
    return {i for i in range(1, len(words))
            if words[i] in d.evening and words[i - 1] in d.until}  # fmt: skip


def daytime_signs(read: Signs, folded: str, age: AgeRange | None) -> Signs:
    """`read` read again without the evening that ends a school child's afternoon, when the
    night sign stood on it (see the module's docstring)."""
    if NIGHT_SIGN not in read.names or age is None or age.low < _daytime().school_from:
        return read
    words = tokens(folded)
    ends = span_ends(words)
    if not ends:
        return read
    again = read_signs(blanked(words, ends), age)
    return read if NIGHT_SIGN in again.names else again
