"""An age answer that also names where the child goes: "im Kindergarten, 4", "ist in der OGS, 7".

Asked how old the child is, professionals often answer with the institution the child attends
beside the age ("geht in die Kita, 4 Jahre", "die ist in der Krippe, 2"). Read alone, the
institution's word is a need of its own (a Kita place, all-day care), so such an answer became a
new case: the family's place and the need asked about were lost and the place was asked again.
An institution named right after a word of attending ("im", "in der", "besucht die") says where
the child is, not what is needed; a word that asks ("sucht", "braucht", "Platz") still makes it
a need ("sucht einen Platz in der Kita"). Words in `dialogue.toml [attended]`.
"""

from __future__ import annotations

import re
from functools import cache

from bot.models import Request
from bot.text import fold
from bot.vocabulary.lexicon import _load as load_toml

__all__ = ["names_attended"]


@cache
def _patterns() -> tuple[tuple[str, ...], re.Pattern[str], re.Pattern[str]]:
    """The attending frames; a frame ending a text; the words that ask for a place or help."""
    section = load_toml("dialogue.toml").get("attended", {})
    frames = tuple(sorted((fold(f) for f in section.get("frames", ())), key=len, reverse=True))
    ending = "|".join(re.escape(f) for f in frames)
    asks = "|".join(re.escape(fold(a)) for a in section.get("asks", ()))
    return (frames, re.compile(rf"(?<!\w)(?:{ending})\s+$"),
            re.compile(rf"(?<!\w)(?:{asks})"))  # fmt: skip


def names_attended(new: Request, text: str) -> bool:
    """Tell an age answer whose need words only name the institution the child attends.

    The answer must carry an age of its own, and every need word must stand right after a frame
    of attending (or begin with one, as "in die Grundschule" does); a word nobody knows or a word
    that asks keeps the need the answer's own.
    """
    if new.age is None or not new.keywords or new.unexplained:
        return False
    frames, ending, asks = _patterns()
    folded = fold(text)
    if not frames or asks.search(folded):
        return False
    for keyword in map(fold, new.keywords):
        if keyword.startswith(tuple(f + " " for f in frames)):
            continue  # "in die grundschule": the frame is part of the need word
        found = re.search(rf"(?<!\w){re.escape(keyword)}", folded)
        if found is None or not ending.search(folded[:found.start()]):
            return False
    return True
