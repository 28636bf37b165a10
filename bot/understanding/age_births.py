"""Births told beside the child's age: a preterm baby's week of birth and a sibling's birth.

Requests around a birth are full of numbers that are not the child's age. A baby born early is
told by the week of its birth and its age now — "FG 34. SSW, jetzt 2 Mon.", "Ex-FG 26. SSW,
jetzt 2 J. 3 Mon.", "geb. 32. SSW, heute 5 Mon." —: the week is the birth's, not a pregnancy
now, and the pregnancy reader (`pregnancy`) asks here whether a week is such a birth's. A child
whose brother or sister was just born is told beside that birth — "Toddler 2y … since baby
sister born 3 mo ago", "Kleinkind 18 Monate, seit Geburt des Bruders vor 6 Wochen" —: the birth
dates the sibling, and where the child's own age is told, the birth names no age of the child
asked about (`sibling_births`, which `age.read_age` blanks). Words are data
(`bot/data/age_births.toml`).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from bot.understanding.age_birthday import coming_birthdays
from bot.understanding.age_siblings import SIBLING_NOUNS
from bot.understanding.age_subject import blank
from bot.vocabulary.lexicon import _load

REACH = 24  # characters before a week within which a preterm shorthand names the birth's week


@dataclass(frozen=True, slots=True)
class BirthWords:
    preterm: re.Pattern[str]  # "FG", "Ex-FG", "ex-prem" right before a week
    now_age: re.Pattern[str]  # "jetzt 2 Mon.", "now 4 months" right after a week
    age_then_preterm: re.Pattern[str]  # "Pat. 3 Wo., FG" right before a week
    born_after: re.Pattern[str]  # "gekommen", "geholt" right after a week


@cache
def birth_words() -> BirthWords:
    data = _load("age_births.toml")
    preterm = "|".join(sorted(map(re.escape, data["preterm"]), key=len, reverse=True))
    now = "|".join(sorted(map(re.escape, data["now"]), key=len, reverse=True))
    bare = "|".join(sorted(map(re.escape, data["preterm_after_age"]), key=len, reverse=True))
    # the age now in months or years (weeks only with "alt"/"old": "jetzt 3 Wochen" may be how
    # long a stay has lasted)
    unit = (r"(?:j\b|jahre?n?\b|jhr\b|mon\w*|m\b|mo\b|months?\b|years?\b|yrs?\b|y\b|lebens"
            r"|(?:wo\w*|weeks?)\s*(?:alt|old)\b)")
    return BirthWords(
        preterm=re.compile(rf"(?<![a-z])(?:{preterm})\W*(?:aus\s+der|in\s+der|at|mit)?\W*$"),
        now_age=re.compile(rf"[\s,;:.()\-–]*(?:(?:{now})\.?\s+)+(?:(?:ca|etwa|knapp|fast|gut|about)"
                           rf"\.?\s+)?\d{{1,2}}(?:[.,]\d)?\s*\.?\s*{unit}"),
        age_then_preterm=re.compile(
            r"\b\d{1,2}\s*\.?\s*(?:tage?n?|days?|wochen?|wo|wks?|weeks?|monate?n?|mon|mo"
            rf"|months?)\b\.?\s*(?:alt\b|old\b)?[\s,;:()]*(?<![a-z])(?:{bare})\W*$"),
        born_after=re.compile(r"[\s.]*(?:ssw\b\.?|wochen?\b|schwangerschaftswoche\b)?\s*(?:"
                              + "|".join(sorted(map(re.escape, data["birth_after"]), key=len,
                                                reverse=True)) + r")\b"),
    )


def past_birth_week(text: str, start: int, end: int) -> bool:
    """Tell whether the week of pregnancy at `start:end` of a folded text is a past birth's:
    a preterm shorthand right before it ("FG 34. SSW", "Ex-FG 26+3") or the child's age now right
    after it ("…32. SSW, heute 5 Mon.", "born at 31 weeks, now 4 months old"), or a bare "FG"
    right after a baby's age in days, weeks or months ("Pat. 3 Wo., FG 34+2")."""
    words = birth_words()
    before = text[max(0, start - REACH) : start]
    return bool(words.preterm.search(before) or words.now_age.match(text, end)
                or words.age_then_preterm.search(before) or words.born_after.match(text, end))


# a birth with a brother or sister in it, in either order of the words: "Geburt des Bruders vor
# 6 Wochen", "seit die kleine Schwester vor 2 Monaten geboren ist", "baby sister born 3 mo ago",
# "new baby brother (3 wks)"
_SIBLING = "|".join(sorted(map(re.escape, SIBLING_NOUNS | {
    "bruder", "bruders", "schwester", "brother", "sister", "sibling", "geschwisterchen"}),
    key=len, reverse=True))
_NUMBER = (r"\d{1,2}(?:[.,]\d)?\s*\.?\s*(?:wochen|woche|wo|wk|wks|weeks?|monate?n?|mon|mo"
           r"|months?|tage?n?|days?)\b\.?")
_SIBLING_BIRTH = re.compile(
    rf"\b(?:geburt|birth)\s+(?:des|der|von|of|unserer|unseres|seiner|seines|ihrer|ihres|his|her"
    rf"|the)?\s*(?:\w+\s+)?(?:{_SIBLING})\w*\s+(?:vor\s+)?\(?{_NUMBER}\)?"
    rf"|\b(?:{_SIBLING})\w*\s+(?:\w+\s+){{0,2}}(?:vor\s+{_NUMBER}\s+(?:geboren|gekommen|zur\s+welt"
    rf"\s+gekommen)|born\s+{_NUMBER}\s+ago|{_NUMBER}\s+ago)"
    # a new one with its age in brackets: "new baby brother (3 wks)", "neue Schwester (2 Wo.)"
    rf"|\b(?:new|neue[nrs]?)\s+(?:baby\s+)?(?:{_SIBLING})\w*\s*\(\s*{_NUMBER}\s*\)"
    rf"|\b(?:{_SIBLING})\w*\s+(?:\w+\s+){{0,2}}geboren\s+vor\s+{_NUMBER}")


def sibling_births(text: str) -> list[tuple[int, int]]:
    """The spans of a folded text that tell a brother's or sister's birth with its time ago."""
    return [m.span() for m in _SIBLING_BIRTH.finditer(text)]




def told_births(text: str, reads_age: Callable[[str], object]) -> str:
    """Return the text the age reader reads: a birthday ahead in the form it knows
    (`age_birthday`), and a sibling's birth blanked when the rest still tells an age
    (`reads_age` returns the age a text names, or None)."""
    text = coming_birthdays(text)
    spans = sibling_births(text)
    if not spans:
        return text
    rest = blank(text, spans)
    return rest if reads_age(rest) is not None else text


__all__ = ["BirthWords", "birth_words", "past_birth_week", "sibling_births", "told_births"]
