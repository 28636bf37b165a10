"""A sibling's turn that asks for every child of the family: the case's age spans them all.

"Geschwister, 18 Monate, hat auch schon Karies – bitte für beide", "Seine Schwester ist 10, gerne
etwas für beide Kinder": the new child's age joins the one asked for before, so offers for either
child's age fit. Without such words a sibling's turn asks for that child alone, as the dialogue
reads it elsewhere ("nur für sie bitte"). The words are data (`dialogue_turns.toml [both]`).
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from bot.dialogue.turns import vocabulary
from bot.models import AgeRange, Request
from bot.text import fold

__all__ = ["for_every_child"]


@cache
def _both() -> re.Pattern[str]:
    return re.compile(vocabulary()["both"]["pattern"])


def for_every_child(previous: Request, said: Request, request: Request, text: str) -> Request:
    """`request` with an age spanning the case's child and the one this turn names, when the
    turn asks for both (or all); `request` itself otherwise."""
    if previous.age is None or said.age is None or not _both().search(fold(text)):
        return request
    span = AgeRange(min(previous.age.low, said.age.low), max(previous.age.high, said.age.high))
    return replace(request, age=span, age_candidates=(), age_uncertain=False)
