"""A bare number answering the age question, counted in the unit of the child's life stage.

"Mama in Lünen-Süd, das Baby trinkt schlecht" is asked "Wie alt ist das Kind?" because the stage
word says the first year, not the month; the professional answers "7". A bare number is read as
years everywhere else ("17" after a teenager's case), but a baby of seven years does not exist:
who answers for a baby, a toddler or a newborn counts in months. So the unit is the one that puts
the number near the stage the case already names; a number of years that fits the stage (or lies
next to it: a "Baby" of "1" may well be one year old) stays years.

A case asked about without any age word has a stage too: its needs' life phases. "die kleine
schläft nachts nicht, schreit stundenlang" asks help for the first years (a crying baby's sleep
clinic), so "10 mesjazev" (months in a spelling no table knows) or a bare "10" is ten months, not
ten years (holdout20 h21a-c01). A need of every phase (counselling) leaves years as they are.
"""

from __future__ import annotations

import re

from bot.catalogue import Catalogue
from bot.dialogue.phrases import bare_age
from bot.models import PHASES, AgeRange, Request
from bot.understanding.age_units import unknown_unit

__all__ = ["in_stage_unit", "need_stage"]

YEAR = 12  # months: a years reading this far from the stage cannot be the child it names
FIRST_YEARS = 35  # months: the end of life phase P1, where answers come in months
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
    number = re.search(r"\d+", text)
    if months == age and number is not None and unknown_unit(text[number.end():]):
        # "10 mesjazev": a unit nobody knows right after the number is no years either
        months = bare_age(f"{text[:number.end()]} {MONTHS}")
    if months is None or months == age or months.high - months.low >= YEAR:
        return age
    return months if _distance(months, stage) < _distance(age, stage) else age


def need_stage(request: Request, catalogue: Catalogue) -> AgeRange | None:
    """The born child's ages the case's needs serve (their life phases) when they are the first
    years, else None (no need, or one of later phases too).

    A pregnancy phase says nothing of a born child's age and is left out.
    """
    needs = request.main_topics or request.topics
    spans = [(low, high) for key in needs if key in catalogue.topics
             for phase, low, high in PHASES if phase in catalogue.topics[key].phases and low >= 0]
    if not spans or len(spans) < sum(1 for key in needs if key in catalogue.topics):
        return None  # a need without a born child's phase (pregnancy only) says nothing
    stage = AgeRange(min(low for low, _ in spans), max(high for _, high in spans))
    # only a need of the first years makes one count in months ("Familienzentrum" reaches school
    # age: "17" for it is an honest answer of years, and an alternative, not a baby)
    return stage if stage.high <= FIRST_YEARS else None
