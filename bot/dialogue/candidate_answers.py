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

__all__ = ["corrected_candidate", "every_candidate"]

# Another child beside the one spoken of ("ihr Bruder", "hat noch ein Baby", "the older one").
_OTHER_CHILD = re.compile(r"\b(?:bruder|brueder|schwester\w*|geschwister\w*|brother|sister|"
                          r"sibling\w*|zwilling\w*|twin\w*|noch\s+(?:ein|eine|einen|n|nen)|"
                          r"another|juenger\w*|aelter\w*|younger|older|kleine\w*|grosse\w*)\b")


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


YEAR = 12  # months: an age this wide or wider is a stage or several children, not one child
NEAR = 24  # months: a correction moves the child's age a little; farther off is another child


def corrected_candidate(known: AgeRange | None, candidates: tuple[AgeRange, ...],
                        text: str) -> AgeRange | None:  # fmt: skip
    """The one unsure age of a turn that says nothing else, near the known child's: a correction.

    "Nahi nahi, woh 14 ka hai, abhi birthday tha" after a 13-year-old: the understanding reads
    "14" only as a possible age (it knows no frame of the words around it), and the turn names
    no need, place or language. In a conversation about one child such a number can only be that
    child's age told again; a number years away, or beside a sibling's word ("ihr Bruder ist 4"),
    is another child, whose age is asked.
    """
    if known is None or known.low < 0 or known.high - known.low >= YEAR or len(candidates) != 1:
        return None
    told = candidates[0]
    gap = max(told.low - known.high, known.low - told.high)
    if told.low < 0 or told.high - told.low >= YEAR or told == known or gap > NEAR:
        return None
    return None if _OTHER_CHILD.search(fold(text)) else told
