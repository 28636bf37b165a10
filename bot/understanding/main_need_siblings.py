"""Helps asked each for another child: every one is asked by name.

"brauchen für die beiden Kleinen ne OGS und fürs große Kind ne Schule mit Sozialarbeit" names
two helps, one per child. Asking by name (`main_need_asked`) weighs the help words of the asked
slot and keeps the needs near the strongest; the second help, written as a phrase rather than a
help noun, fell below that share, so only the OGS was asked — and where Gahmen holds no OGS for
the children's ages, the request became a gap though school social work is held there (needs76).

A help joined to an asked one by "und" and a benefactive naming whom it is for ("und fürs große
Kind ne …") is the need of another child of the family, wanted as much as the first. "und"
alone joins no help (`help_alternatives.toml`: a need told beside a help is no second help);
the benefactive right after it is what says a second child is served.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache

from bot.text import fold
from bot.understanding.normalise import Words
from bot.understanding.topic_parts import Credit
from bot.vocabulary.lexicon import _load


@cache
def _data() -> tuple[frozenset[str], frozenset[str], int]:
    table = _load("help_alternatives.toml")
    return (frozenset(fold(w) for w in table["each"]),
            frozenset(fold(w) for w in table["benefactive"]), int(table["each_reach"]))


def _each_for(words: Words, first: Credit, second: Credit) -> bool:
    """Whether `second` follows `first` as the help of another child: in the same sentence,
    after one of `each` and a benefactive, within the reach."""
    each, benefactive, reach = _data()
    left = first.position + max(len(first.term.split()), 1)
    between = words.folded[left : second.position]
    if not 2 <= len(between) <= reach:
        return False
    return between[0] in each and between[1] in benefactive


def each_asked(words: Words, asked: Iterable[str], candidates: Iterable[Credit]) -> tuple[str, ...]:
    """The asked needs (`asked`) with every need whose word (among `candidates`: strong need
    words of the main needs) follows a word of an asked need as another child's help."""
    found = list(dict.fromkeys(asked))
    candidates = list(candidates)
    seeds = [c for c in candidates if c.topic in found]
    for c in candidates:
        if c.topic not in found and any(s.position < c.position and _each_for(words, s, c)
                                        for s in seeds):  # fmt: skip
            found.append(c.topic)
    return tuple(found)
