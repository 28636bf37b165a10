"""A bare number answering the age question, counted in the unit of the child's life stage.

"Mama in Lünen-Süd, das Baby trinkt schlecht" is asked "Wie alt ist das Kind?" because the stage
word says the first year, not the month; the professional answers "7". A bare number is read as
years everywhere else ("17" after a teenager's case), but a baby of seven years does not exist:
who answers for a baby, a toddler or a newborn counts in months. So the unit is the one that puts
the number near the stage the case already names; a number of years that fits the stage (or lies
next to it: a "Baby" of "1" may well be one year old) stays years.
"""

from __future__ import annotations

from bot.dialogue.phrases import bare_age
from bot.models import AgeRange

__all__ = ["in_stage_unit"]

YEAR = 12  # months: a years reading this far from the stage cannot be the child it names
MONTHS = "Monate"  # the unit a bare number is read in when years do not fit the stage


def _distance(age: AgeRange, stage: AgeRange) -> int:
    """How many months `age` lies outside `stage` (0 when they overlap)."""
    return max(0, age.low - stage.high, stage.low - age.high)


def in_stage_unit(stage: AgeRange | None, text: str, age: AgeRange) -> AgeRange:
    """`age` as the answer `text` gave it, or its months when years cannot be the stage's child.

    `stage` is the age the case holds while asking (a life stage only: "Baby" reads 0–11 months,
    "Kleinkind" 12–35). Only a number without a unit changes: the same words with "Monate" read
    differently from the answer as given ("7 Jahre" with "Monate" added still reads seven years).
    """
    if stage is None or stage.low < 0 or stage.high - stage.low < 1:
        return age
    if _distance(age, stage) <= YEAR:
        return age
    months = bare_age(f"{text.strip()} {MONTHS}")
    if months is None or months == age or months.high - months.low >= YEAR:
        return age
    return months if _distance(months, stage) < _distance(age, stage) else age
