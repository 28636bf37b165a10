"""What the numbers of an age mention amount to, in months: a value, a range, a pair read as
years;months or a dictated half, "ab N" as an open range, a birthday just past or to come.

`age_patterns` holds the words and patterns that find a mention; this module turns the numbers
a mention found into the child's age, so that the patterns stay vocabulary and the arithmetic
stays in one place.
"""

from __future__ import annotations

import math
import re

from bot.understanding.age_patterns import (
    ALMOST,
    HEDGES,
    MONTH_UNIT,
    NUM,
    PLURAL_CHILDREN,
    SEVERAL,
    TWINS,
    WEEK_UNIT,
    words_before,
)
from bot.understanding.age_time import birthday_to_come, months_to_birthday
from bot.vocabulary.lexicon import age_vocabulary
from bot.vocabulary.units import AGE_MAX as MAX_MONTHS
from bot.vocabulary.units import MAX_YEARS, MONTHS_PER_YEAR, WEEK_IN_MONTHS

ADULT = 18 * MONTHS_PER_YEAR
# a born child beside a pregnancy is younger; a teenager may be the one pregnant
CHILD_NAMED = 144
# "knapp 13", "fast 6", "nicht ganz elf": the last half of the year before. Writers label such a
# child by the year it is in (dev2 "fast 6" → 5 years, ages27 "knapp 13" → 12 years) or by the
# last months (dev "knapp 2" → 20–23): half a year overlaps either reading by half or more.
ALMOST_MONTHS = 6


def almost(value: float) -> tuple[int, int]:
    """Return "just under N years" in months: the last half-year before the birthday."""
    whole = round(value * 12)
    return max(0, whole - ALMOST_MONTHS), max(0, whole - 1)


def open_range(value: float) -> tuple[int, int]:
    """Return "ab N" as an open range: to the end of childhood, or of youth help for adults."""
    low = round(value * 12)
    return low, max(low + 11, ADULT - 1 if low < ADULT else MAX_MONTHS)


def number_value(text: str) -> float:
    return float(text.replace(",", "."))


def years_range(a: float, b: float | None = None) -> tuple[int, int] | None:
    """Turn ages in years into months: "3" is 36…47, "2,5" exactly 30, "12-14" is 144…179."""
    first, last = (a, b) if b is not None and b >= a else (a, a)
    if last > MAX_YEARS or round(last * 12) > MAX_MONTHS:
        return None
    low = round(first * 12)
    high = round(last * 12) if last != int(last) else int(last) * 12 + 11
    return low, min(high, MAX_MONTHS)


def bounds(text: str, m: re.Match[str], years: bool = False) -> tuple[float, float | None]:
    """Return the two numbers of a mention; two numbers apart by a space only ("10 12 Jahre",
    dictated or typed without a dash) are a range only when they rise. Falling, they are years
    and months whose semicolon was lost ("4 2 Jahre" = 4;2), or else the last counts."""
    a, b = number_value(m.group("a")), (number_value(m.group("b")) if m.group("b") else None)
    # one child named right before has one age: "Junge 2 6 J." is 2;6, its semicolon lost, and
    # "Kind 2,6 J." is 2;6 as a paediatric note writes it, never the range from two to six
    noun = (words_before(text, m.start()) or [""])[0]
    one = bool(TWINS.match(noun)) or (noun in age_vocabulary().child_nouns
                                      and not SEVERAL.search(noun))  # fmt: skip
    between = text[m.end("a") : m.start("b")] if b is not None else ""
    if one and b is not None and between == "," and b < 12 and a == int(a) and b == int(b):
        return a + b / 12, None
    if b is not None and b <= a and not text[m.end("a") : m.start("b")].strip():
        several = SEVERAL.search(text[: m.start()])  # "Zwillinge 3 3 Jahre": two children
        if years and b < a and b < 12 and a == int(a) and b == int(b) and not several:
            return a + b / 12, None
        return b, None
    several = re.search(rf"\b(?:{'|'.join(PLURAL_CHILDREN)})\b", text)  # a group: a range
    if b is not None and (one or not several) and (value := glued(a, b, between, months=one)):
        return value, None  # "4 5 J.": the decimal comma of "4,5 J." lost in dictation
    return a, b


def glued(a: float, b: float, between: str, months: bool = False,
          falling: bool = False) -> float | None:  # fmt: skip
    """Return one age from two numbers a dictation or a hurried hand ran together: "2 5" is
    "2,5" (its comma lost), and with `months` "2 7" after one child is 2;7. A rising pair of
    other numbers stays a range ("10 12 Jahre"). With `falling`, a falling pair after one child
    is years;months whose semicolon was lost ("Kind 4 2"), as `bounds` reads "4 2 Jahre"."""
    if between.strip() or a != int(a) or b != int(b):
        return None
    if falling:
        return a + b / 12 if b < a and b < 12 else None
    if not a < b:
        return None
    if b == 5:
        return a + 0.5
    return a + b / 12 if months and b < 12 else None


def hedged_pair(cue: str, after: str, value: float) -> re.Match[str] | None:
    """The second number of a hedged rising pair typed without a dash ("alle so 14 15")."""
    pair = re.match(rf"\s+({NUM})\b(?!\s*[.,]?\d)", after) if cue.strip() in HEDGES else None
    return pair if pair and 0 < number_value(pair.group(1)) - value <= 3 else None


# a birthday days away: "wird morgen 1", "werden übermorgen 3 Jahre alt", "turns 4 next week"
SOON = re.compile(r"\b(?:wird|werden|turns?)\s+(?:[a-z]+\s+){0,2}?(?:morgen|uebermorgen|heute"
                  r"|gleich|diese\w*\s+woche|naechste\w*\s+woche|in\s+(?:\d+|ein\w*)\s+"
                  r"(?:tag\w*|woche\w*)|tomorrow|next\s+week|this\s+week)\s+(?:schon\s+)?$")


# ... or told after the number: "wird 1 nächste Woche", "turns 4 next week", "wird 3 morgen"
SOON_AFTER = re.compile(r"\s*(?:jahre?\s+)?(?:alt\s+)?(?:morgen|uebermorgen|diese\w*\s+woche"
                        r"|naechste\w*\s+woche|in\s+(?:\d+|ein\w*)\s+tag\w*|in\s+(?:ein\w*|[12])\s+woche\w*|tomorrow"
                        r"|next\s+week|this\s+week|in\s+(?:\d+|a\s+few)\s+days)\b")


def days_before(value: float) -> tuple[int, int]:
    """Return the age of a child whose birthday N is days or weeks away ("wird morgen 1", "wird
    in drei Wochen 18"): under three, the month just under N, as ages are counted in months
    there (ages24 labels "wird übermorgen 2" 23 months); for older children the last half-year
    before N, as "knapp N" — writers label "wird nächste Woche 6" or "… 18" by the year the child
    is in (ages28, ages27), and half a year overlaps that reading by half."""
    if value <= 3:
        return max(0, round(value * 12) - 1), max(0, round(value * 12) - 1)
    return almost(value)


def _turn_phrase(before: str, after: str) -> str:
    """The words around a birthday to come: from "wird" to the age, and the age's own clause."""
    turns = re.search(r"\b(?:wird|werden|turns?|turning)\b(?!.*\b(?:wird|werden|turns?)\b)(.*)$",
                      before)
    return (turns.group(1) if turns else "") + " " + re.split(r"[,;:!?()]|\.(?!\d)", after)[0]


def turned(before: str, after: str, value: float) -> tuple[int, int]:
    """Read "vor 3 Wochen 18 geworden" as just past the birthday."""
    span = years_range(value) or (0, 0)
    part = re.search(r"\b(anfang|mitte|ende|early|mid|late)\s*$", before)
    if part:  # "Anfang 20": 20 to 23; "Ende 17": nearly 18
        third = {"anfang": 0, "early": 0, "mitte": 1, "mid": 1}.get(part.group(1), 2)
        if value % 10 == 0 and value >= 20:
            low = span[0] + third * 36
            return low, min(low + 35, MAX_MONTHS)
        return span[0] + third * 4, span[0] + third * 4 + 3
    if re.search(rf"\b{ALMOST}\s*$", before):
        return almost(value)  # "knapp 4", "nicht ganz 11": just under
    if SOON.search(before) or (re.search(r"\b(?:wird|werden|turns?)\s+$", before)
                               and SOON_AFTER.match(after)):  # "turns 1 next week"
        return days_before(value)  # "wird morgen 1": eleven months
    if birthday_to_come(before, after):
        ahead = months_to_birthday(_turn_phrase(before, after)) if value == 1 else None
        if ahead is not None:  # "wird im Januar 1" in December: 10 or 11 months old
            return max(0, 11 - ahead), max(0, 12 - max(ahead, 1))
        return max(0, span[0] - 12), max(0, span[0] - 1)  # "wird im März 4": three today
    if re.search(r"\b(?:wird|werden|turns?)\s+(?:[a-z0-9]+\s+){0,3}$", before):
        return max(0, span[0] - 12), span[1]  # "Kind wird 6": five or six
    if not re.match(r"\s*geworden", after):
        return span
    ago = re.search(rf"vor\s+({NUM})\s*(?:(?P<w>{WEEK_UNIT})|{MONTH_UNIT})", before)
    if ago:
        per = WEEK_IN_MONTHS if ago.group("w") else 1
        months = math.floor(number_value(ago.group(1)) * per)
        return span[0] + months, span[0] + months
    if re.search(r"(?:gerade|grad|eben|frisch|kuerzlich|just)\s*$", before):
        return span[0], span[0] + 5
    return span
