"""Give a number joined to a child's age by "und" the same child word.

"Kd. 10 u. 12", "Söhne 4 und 6", "Tochter 3 & 5": a writer names the children once and joins
their ages. The list reader knows the plural child words ("Kinder 4 u 7"); after an abbreviation
or a singular ("Kd 10 u 12 Klassenfahrt") the second number stood alone, nothing explained it,
and only the first child was kept. A bare number joined by "und"/"u"/"+"/"&" right after a
child's age is one more child of the same words — the joining is what says whose it is; a
number with a unit of its own (a time, a count, money) is read by its own reader and not here.
"""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import pairwise

from bot.understanding.age_mentions import Mention
from bot.understanding.age_values import ADULT

# only a joiner between the two numbers: "10 u 12", "10 u. 12", "4 + 6", "3 & 5", "7 and 9"
_JOINER = re.compile(r"\s*(?:und|u\.?|\+|&|and)\s*")


def joined_ages(text: str, found: list[Mention]) -> list[Mention]:
    """Return the mentions with each unexplained number joined right behind a child's age read
    as that child word's too (kind and noun of the age before it)."""
    if not any(h.kind == "child" for h in found):
        return found
    ordered = sorted(found, key=lambda h: h.start)
    joined: dict[int, Mention] = {}
    for before, hit in pairwise(ordered):
        before = joined.get(id(before), before)
        if (before.kind == "child" and hit.kind == "unexplained" and hit.low < ADULT
                and _JOINER.fullmatch(text, before.end, hit.start)):
            joined[id(hit)] = replace(hit, kind="child", noun=before.noun)
    return [joined.get(id(h), h) for h in found]
