"""A preterm baby told only by its corrected age and the week of its birth: the span from the
corrected age to the age since birth.

"Frühchen (geb. 32. SSW), jetzt korrigiert 3 Monate" or "kam mit 29+2, korrigiert 3 Monate"
tells how far the baby has developed, and the week of birth tells how much older it is by the
calendar: about one month for every 4.35 weeks born before the 40th. Offers for babies are chosen
by either (a PEKiP group by development, a welcome visit by birth), so the reading spans both.
Where the age since birth is told as well ("korr. 4, real 6 Monate"), the age reader keeps that
one and nothing is added here.
"""

from __future__ import annotations

import re

from bot.models import AgeRange

TERM = 40  # the week of a birth at term
WEEKS_A_MONTH = 4.35

# the corrected age: "korrigiert 3 Monate", "korr. Alter 8 Wo", "6 Monate korrigiert" ("8 Mon.
# (korr. 6)" tells the age since birth first, the corrected one after the marker)
_UNIT = r"(?P<unit>monate?n?|mon|mo|m|wochen|woche|wo)\b"
_CORRECTED = re.compile(
    r"\bkorr(?:igiert\w*|\.)?\s*(?:alter\s*)?(?::\s*)?(?:jetzt\s+|also\s+|erst\s+|noch\s+|ca\.?\s*"
    rf"|etwa\s+|~\s*)*(?P<n>\d{{1,2}})(?:[.,]\d)?\s*\.?\s*{_UNIT}"
    # "beide 6 Monate korrigiert": the marker after, with no number of its own behind it
    r"|\b(?P<n2>\d{1,2})\s*(?P<unit2>monate?n?|mon|mo|wochen|wo)\b\.?\s*korr(?:igiert\w*|\.)?"
    r"(?!\s*(?:alter\s*)?:?\s*(?:ca\.?\s*|~\s*)?-?\d)")
# the age now right before a number: "jetzt 14 Mon. korrigiert" reads as the age today
_NOW = re.compile(r"\b(?:jetzt|heute|inzwischen|mittlerweile|real|now)\s*$")
# the week of the birth: "29+2", "32. SSW", "in der 27. Woche", "SSW 33"
_BIRTH_WEEK = re.compile(r"(?<![\d.,])(?P<w>2\d|3[0-7])\s*\+\s*[0-6]\b|(?<![\d.,])(?P<v>2\d|3[0-7])"
                         r"\s*\.?\s*(?:ssw|schwangerschaftswoche|lebenswoche|woche)\b"
                         r"|\bssw\s*(?P<u>2\d|3[0-7])\b")


def _months(n: int, unit: str) -> int:
    return int(n * 7 / 30.44) if unit.startswith("w") else n


def with_birth(text: str, age: AgeRange | None) -> AgeRange | None:
    """Return `age` spanned to the age since birth when it is the corrected age of a preterm baby
    whose week of birth the folded text tells, and no age since birth is told beside it."""
    if age is None or age.low != age.high or age.high > 36:
        return age
    corrected = _CORRECTED.search(text)
    birth = _BIRTH_WEEK.search(text)
    if not corrected or not birth:
        return age
    if corrected.group("n2") and _NOW.search(text, 0, corrected.start()):
        return age  # "jetzt 9 Mon. korrigiert": told as the age now
    number, unit = corrected.group("n") or corrected.group("n2"), corrected.group(
        "unit") or corrected.group("unit2")
    if _months(int(number), unit) != age.low:
        return age  # the reading is the age since birth, told beside the corrected one
    week = int(birth.group("w") or birth.group("v") or birth.group("u"))
    return AgeRange(age.low, age.low + round((TERM - week) / WEEKS_A_MONTH))


__all__ = ["with_birth"]
