"""A person of the case's own circle, named by a possessive: same family, and their age is theirs.

Professionals go on about the family they spoke of by naming the people around the child: "Seine
Freundin ist schwanger, 10. Woche", "ihr Freund (17) hat sie wohl geschlagen", "deren Mann sitzt
in U-Haft". The possessive points back to the case, so such a turn is the same family and keeps
its place — read as a new case, it asked where the family lives and showed offers anywhere. An age
written beside that person ("ihr Freund (17)") is theirs: it does not replace the child's age the
case already knows. A sibling keeps its own rules (`siblings` in `dialogue_turns.toml`): a
brother's age is often the age the follow-up asks about.

Another child told of as in the same situation ("im Haushalt lebt noch eine Schwester, 4 J.,
gleiche Lage", "der Bruder steckt in derselben Situation") needs what the case's child needs:
the words the turn adds about that child ("sie geht in keine Kita") describe, they rank.
"""

from __future__ import annotations

import re
from functools import cache

from bot.dialogue.turns import vocabulary
from bot.models import AgeRange
from bot.text import fold

__all__ = ["names_relative", "relative_age", "same_situation"]

YEAR = 12
# The age written right after the person: "(17)", ", 17", " 17 J.", "(17 Jahre)".
_AGE_AFTER = re.compile(r"^\s*(?:\(\s*|,\s*)?(\d{1,2})(?:\s*(?:j|jahre?|jahren|jhr|y|yrs?|years?)"
                        r"\b\.?)?\s*\)?(?!\s*(?:\.\s*)?(?:ssw|woche|wochen|monat\w*|mon|m)\b)")


@cache
def _relatives() -> re.Pattern[str]:
    return re.compile(vocabulary()["family"]["relatives"])


def names_relative(text: str) -> bool:
    """Tell a turn that names a person of the case's circle by a possessive ("seine Freundin")."""
    return bool(_relatives().search(fold(text)))


def relative_age(text: str) -> AgeRange | None:
    """The age in years written right after such a person ("ihr Freund (17)"), else None."""
    folded = fold(text)
    for found in _relatives().finditer(folded):
        if (age := _AGE_AFTER.match(folded[found.end():])) is not None:
            years = int(age.group(1))
            return AgeRange(years * YEAR, years * YEAR + YEAR - 1)
    return None


@cache
def _same_situation() -> re.Pattern[str]:
    return re.compile(vocabulary()["family"]["same_situation"])


def same_situation(text: str) -> bool:
    """Tell a turn that says someone is in the case's situation ("gleiche Lage", "ähnliche
    Problematik", "same problem"): the case's need is theirs too."""
    return bool(_same_situation().search(fold(text)))
