"""Clock times and opening hours written as number words or bare digits: no one's age.

"dienstags von neun bis zwölf", "morgens umme sieben", "vormittags von neun bis halb elf",
"abends bis acht offen", "zwischen 17 und 19 Uhr": once number words are digits ("von 9 bis 12",
"um die 7") these look like an age group or a hedged age. A number led in by a word of the day or
of opening hours through a preposition of time, a range that ends in "halb N", and "bis N" before
"offen" are times, and so are hours and minutes with a colon ("um 7:15"). The words are data
(`bot/data/age_clock.toml`); `numbers.not_age_spans`
adds these spans to the other numbers that are never an age. An age keeps its unit or its group
noun: "montags Gruppe für Kinder von 6 bis 12" has a noun between the weekday and the range, and
"dienstags ab 3 Jahren" a unit after it.
"""

from __future__ import annotations

import re
import tomllib
from functools import cache
from pathlib import Path

_DATA = Path(__file__).resolve().parent.parent / "data" / "age_clock.toml"
_HALF = r"(?:halb\w*|viertel\s+(?:vor|nach))"
_TIME = rf"(?:{_HALF}\s+)?\d{{1,2}}(?!\d)(?:\s*[:.]\s*\d{{2}}(?!\d))?"
# a unit after the number makes it an age again: "ab 3 Jahren", "von 6 bis 12 Monaten"
_NO_UNIT = r"(?!\s*\.?\s*(?:j\b|jahr|monat|mon\b|woch|jaehrig|year|month|week|kind|klasse|kl\b))"


def _alternatives(words: list[str]) -> str:
    return "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))


@cache
def _pattern() -> re.Pattern[str]:
    data = tomllib.loads(_DATA.read_text(encoding="utf-8"))
    day, filler = _alternatives(data["day_words"] + data["work_words"]), _alternatives(
        data["fillers"])
    prep = _alternatives(data["prepositions"])
    closing = _alternatives(data["closing"])
    led = (rf"\b(?:{day})\b\.?,?(?:\s+(?:{filler}|{day})\b\.?,?){{0,3}}\s+"
           rf"(?:(?:(?:{prep})(?:\s+die)?\s+{_TIME}(?:\s*(?:-|–|bis|und|to|and)\s*{_TIME})?)"
           rf"|(?:{_TIME}\s*(?:-|–|bis|to)\s*{_TIME}))")
    half = (rf"{_HALF}\s+\d{{1,2}}\s*(?:-|–|bis)\s*{_TIME}"
            rf"|\d{{1,2}}\s*(?:-|–|bis)\s*{_HALF}\s+\d{{1,2}}(?!\d)")
    hours = r"\bzwischen\s+\d{1,2}\s+und\s+\d{1,2}\s*(?:uhr|h\b)"
    # a care's hours in the shape of a day: "Betreuung von 7 bis 17", "Kita 7–14"
    care = "|".join(
        rf"\b(?:{_alternatives(data[key])})\b\.?,?(?:\s+(?:{filler})\b\.?,?){{0,3}}\s+"
        r"(?:(?:von|vom|zwischen|from|between)\s+)?(?:0?[5-9]|10)(?:[:.][0-5]\d)?\s*"
        rf"(?:-|–|bis|und|to|and)\s*(?:{latest})(?:[:.][0-5]\d)?(?!\d)"
        for key, latest in (("care_words", r"1[5-9]|2[0-2]"), ("early_care_words",
                                                             r"1[3-9]|2[0-2]")))
    # hours and minutes with a colon are a clock's alone: "läuft allein zur Schule um 7:15"
    colon = r"(?<![\d:])\d{1,2}:[0-5]\d(?![\d:])"
    # (time54) a span with one end on the clock is a clock's at both: "7–15:30", "6:30–14"
    clocked = (r"(?<![\d:,.])\d{1,2}\s*(?:-|–|bis|to)\s*\d{1,2}:[0-5]\d(?![\d:])"
               r"|(?<![\d:])\d{1,2}:[0-5]\d\s*(?:-|–|bis|to)\s*\d{1,2}(?![\d:,.])")
    # an hour of the English clock: "10pm to 6am", "7 a.m."
    # ("3 am Tag" is German: "am" only glued to its hour)
    meridian = r"(?<![\d:])\d{1,2}(?::[0-5]\d)?(?:[ap]m\b|\s*(?:pm\b|[ap]\.m\.))"
    until = rf"\bbis\s+\d{{1,2}}\s+(?:uhr\s+)?(?:{closing})\b"
    return re.compile(rf"(?:{led}){_NO_UNIT}|(?:{half}){_NO_UNIT}|(?:{care}){_NO_UNIT}|{hours}"
                      rf"|{until}|{clocked}|{colon}|{meridian}")


def clock_spans(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Return the spans of normalised text between start and end that are clock times."""
    return [m.span() for m in _pattern().finditer(text, start, len(text) if end is None else end)]


__all__ = ["clock_spans"]
