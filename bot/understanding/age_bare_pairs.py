"""Two bare numbers a message sets side by side: a range of ages, or a class and an age.

Kept apart from `age.read_age`, which asks this only when nothing else explains the two
numbers: a range typed without its unit ("bei unseren Tanzmäusen 3 bis 6") is the group's ages
unless a time of day stands around it ("Sprechstunde Mo 9-12"), and a class dictated before an
age without their words ("aus der acht vierzehn") is the pupil of that class at that age.
"""

from __future__ import annotations

import re

from bot.models import AgeRange
from bot.understanding.age_mentions import Mention

# a time of day or an opening time near a bare range: "Sprechstunde Mo 9-12" is no age group
CLOCK = re.compile(r"\b(?:uhr|sprechstunde\w*|sprechzeit\w*|oeffnungszeit\w*|montag\w*"
                    r"|dienstag\w*|mittwoch\w*|donnerstag\w*|freitag\w*|samstag\w*|sonntag\w*)\b"
                    r"|\b(?:mo|di|mi|do|fr|sa|so|von|ab)\.?\s*$")  # "Mo 9-12", "von 9-12"


def bare_range(text: str, pair: list[Mention]) -> AgeRange | None:
    """Return two unexplained numbers joined by a dash or "bis" as one rising range ("Jugendgarde
    11-14"), or None for anything else between them or a time of day around them."""
    first, second = sorted(pair, key=lambda h: h.start)
    if not re.fullmatch(r"\s*(?:-|–|bis)\s*", text[first.end : second.start]) or (
            second.low <= first.low or CLOCK.search(text[: first.start])
            or CLOCK.search(text[second.end :])):  # fmt: skip
        return None
    return AgeRange(first.low, second.high)


# a class and an age dictated as two bare numbers: "aus der acht vierzehn", "in der 10 16"
_CLASS_AGE = re.compile(r"\b(?:aus|in)\s+(?:der|die|de)\s+(\d{1,2})\s+(\d{1,2})\b"
                        r"(?!\s*(?:uhr|euro|%|km|stunden|std|tage|wochen|monate|mal|kinder))")
_CLASS_GAP = (4, 7)  # a pupil's age is the class plus five or six, a year either side


def class_then_age(text: str, pair: list[Mention]) -> AgeRange | None:
    """Return the age of a class and an age dictated without their words ("ein Schüler aus der
    zehn sechzehn will abbrechen"): the second number, when the first is a class it fits."""
    first, second = sorted(pair, key=lambda h: h.start)
    m = _CLASS_AGE.search(text, max(0, first.start - 12), second.end)
    if not m or m.start(1) != first.start or m.start(2) != second.start:
        return None
    grade, years = int(m.group(1)), int(m.group(2))
    if 1 <= grade <= 13 and _CLASS_GAP[0] <= years - grade <= _CLASS_GAP[1]:
        return AgeRange(second.low, second.high)
    return None


__all__ = ["CLOCK", "bare_range", "class_then_age"]
