"""Read a pupil's shorthand in a teacher's note as the pupil it names: "sus m 16", "Sch. w 14".

Teachers and school social workers write a pupil as their files do: "SuS" (Schüler*innen, the
word for one pupil as for the class), "Sch." or "Schü.", then the sex letter and the age — "sus m
16 kifft täglich", "kl 7c, sus m 13", "Sch. w 15 ritzt sich, Kl. 9", "SuS (w/14)". The age reader
knows "Schüler m 16" as a boy of sixteen, but not the abbreviation: the number stood alone, was
taken for a count ("16 kifft täglich": how often) or lost to the class beside it ("7c" says twelve,
the pupil is thirteen). The abbreviation is read as the pupil noun it stands for, only where a sex
letter or a number follows it, so a count of pupils ("ca. 110 SuS", "29 sus") stays a count.
"""

from __future__ import annotations

import re
from functools import cache

from bot.text import fold
from bot.understanding.gate import gated
from bot.vocabulary.lexicon import _load as load_toml

PUPIL = "schueler"  # the noun the age reader knows the abbreviations by


@cache
def _pattern() -> re.Pattern[str]:
    data = load_toml("age_school_marks.toml")
    pupils = "|".join(sorted((re.escape(fold(w)) for w in data["pupils"]), key=len, reverse=True))
    sexes = "".join(fold(w) for w in data["sexes"])
    # "sus m 16", "sch. w, 14", "sus (w/14)", "SuS m/12/Kl.6", "sus 14": the sex or the age next
    return gated(re.compile(rf"(?<![\w.])(?:{pupils})\b\.?"
                            rf"(?=\s*\(?\s*(?:[{sexes}]\b|\d{{1,2}}\b))"))


def pupils_named(folded: str) -> str:
    """Return a folded text with each pupil's abbreviation before a sex or an age written as the
    pupil noun ("sus m 16" → "schueler m 16")."""
    return _pattern().sub(PUPIL, folded)


__all__ = ["pupils_named"]
