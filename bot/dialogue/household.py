"""The children a changed family brings, told in a follow-up: their ages are not the case's child's.

A professional who has asked about one child goes on about the household around it: "Wir sind
eine Patchworkfamilie, mein Sohn ist 8 …" then "Die Kinder meines Freundes sind 11 und 14, die
wohnen jedes zweite Wochenende bei uns", or "Der Freund hat selbst zwei Töchter, 3 und 10, die
jetzt mit eingezogen sind". Within one message the understanding already sets such children
aside when the child asked about stands beside them with its own age (`age_household.py`); in a
follow-up that child was named in an earlier turn, so the turn alone reads the partner's children
as the case — and the offers shown fitted children nobody asked about. Here the case's known
child plays the part of the child named beside them. A partner named with an article or a
possessive ("der Freund", "ihr Partner") points back to the case's parent, so no "neu" is needed.

The turn keeps the known child unless it asks for those children ("gibt es für die beiden auch
was?", "für alle drei"): a question or a word of togetherness makes them the ones meant.
The words are data (`household` in `dialogue_turns.toml`).
"""

from __future__ import annotations

import re
from functools import cache

from bot.dialogue.turns import vocabulary
from bot.models import AgeRange, Request
from bot.text import fold

__all__ = ["household_told", "names_household"]

# the children of the household asked for together: "für alle", "beide", "für die auch"
_TOGETHER = re.compile(r"\b(?:fuer\s+alle|alle\s+(?:drei|vier|fuenf|\d)\b(?!\s*\w*wochen)"
                       r"|beide[nr]?|both|all\s+of\s+them"
                       r"|(?:fuer|for)\s+(?:die|sie|them)\s+(?:\w+\s+)?(?:auch|also|too))\b")


@cache
def _household() -> re.Pattern[str]:
    return re.compile(vocabulary()["family"]["household"])


def names_household(text: str) -> bool:
    """Tell a turn that names the children a changed family brings ("die Kinder meines
    Freundes"): it goes on about the case's family."""
    return bool(_household().search(fold(text)))


def household_told(known: AgeRange | None, new: Request, text: str) -> bool:
    """Tell a follow-up whose ages are those of the household's other children (a partner's,
    step- or half-siblings) while the case's child is known: that child's age stays."""
    if known is None or known.low < 0 or new.age is None or new.age == known:
        return False
    folded = fold(text)
    if not names_household(text):
        return False
    return "?" not in folded and not _TOGETHER.search(folded)
