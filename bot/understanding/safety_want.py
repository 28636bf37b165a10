"""Poverty told plainly: signs of material want that money explains are no child-protection case.

A volunteer at the Tafel who writes "alle dünn, der Große trägt im Dezember Sandalen … Kindergeld
kommt seit 2 Monaten nicht" asks where the family gets money; a youth worker whose kids come
hungry "weil dat Geld Ende vom Monat alle is" asks for meal money. Read alone, thin children in
sandals are signs of neglect (`underdressed`, a hunger cue with an exposure cue); read with the
money the request names as their cause, they are want. Only signs of want give way: a carer
drunk or away, a child alone, dirt or an injury beside them keep the case. A family's benefit
status ("Eltern im Bürgergeld") tells no cause and takes nothing back. The words are data
(`[want]` in `bot/data/safety.toml`).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

from bot.models import AgeRange
from bot.understanding.safety_cues import neglect_kinds
from bot.understanding.safety_text import Words, matches
from bot.vocabulary.lexicon import safety_lexicon

NEGLECT_CUES = "neglect_cues"  # the sign of everyday neglect cues of two kinds (`safety_cues`)


@cache
def _want() -> tuple[frozenset[str], frozenset[str], Words]:
    """The signs of material want, the neglect cue kinds that are want, and the words that tell
    money as their cause."""
    want = safety_lexicon().get("want", {})
    return (frozenset(want.get("signals", ())), frozenset(want.get("cue_kinds", ())),
            Words.of(want.get("money", ())))  # fmt: skip


def want_told(words: list[str], names: tuple[str, ...],
              negated: Callable[[list[str], int], bool], age: AgeRange | None) -> bool:  # fmt: skip
    """Tell whether every sign in `names` is one of want and the words tell money as its cause
    anywhere in the request (not denied: "nicht am Geld liegt es")."""
    signals, kinds, money = _want()
    if not any(matches(w, money) and not negated(words, i) for i, w in enumerate(words)):
        return False
    for name in names:
        if name == NEGLECT_CUES:
            if not set(neglect_kinds(words, negated, age)) <= kinds:
                return False
        elif name not in signals:
            return False
    return True
