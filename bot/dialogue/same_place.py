"""Another family at the place already spoken of: a new case that keeps the case's place.

"Andere Familie, gleiche Unterkunft: Vater allein mit 3 Kindern …", "die Nachbarin, selbe Straße,
hat auch einen Jungen, 4 …", "a family from the same building": the turn opens a new case — its
child and need are its own, nothing of the last family's age or need carries over — but it says
where the family lives, by reference to the place spoken of. Read as a new request it had no
place: the assistant asked where the family lives and showed offers of any town meanwhile
(holdout22 h23a-c08). The words are data (`[family] same_place` of `dialogue_turns.toml`).
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from bot.dialogue.turns import vocabulary
from bot.models import Carried, CarriedFrom, Missing, Request
from bot.text import fold

__all__ = ["at_same_place"]


@cache
def _pattern() -> re.Pattern[str]:
    return re.compile(vocabulary()["family"]["same_place"])


def at_same_place(previous: Request | None, request: Request, text: str,
                  carried: list[Carried]) -> tuple[Request, list[Carried]]:  # fmt: skip
    """A new case without a place of its own, at the previous case's place when the turn says so.

    The answer says the place was carried over, as it does for a follow-up that inherits one.
    """
    if (previous is None or previous.place is None or request.place is not None
            or request.place_candidates or not _pattern().search(fold(text))):  # fmt: skip
        return request, carried
    return (replace(request, place=previous.place),
            [*carried, Carried(Missing.PLACE, CarriedFrom.PREVIOUS)])
