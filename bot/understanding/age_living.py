"""Numbers of a household's living conditions — dwellings, rooms, shifts, clock times — no ages.

Requests about housing, work and care load are full of numbers that stand beside a child's age:
"Container 4", "Kinder aus den Häusern 10–14", "2½ Zimmern", "4-Zimmer-Wohnung", "3-Schicht",
"Spätschicht 14–22.30", "Schulzeit 8 bis 13", "8-1 reicht nicht", "sechs bis vierzehn und
vierzehn bis zweiundzwanzig", "Anmeldung für 08/…". Each is told by its class, not by a listed
phrase: the dwelling noun before a number or a run of numbers, the room or area after it, the
hyphen that makes a number part of a compound, a range with minutes, a range that falls (a clock
past noon: no age range ends below its start), two ranges that meet (a timetable of shifts), a
range after a word of work time, a leading zero before a slash (a month). The words are data
(`bot/data/age_living.toml`); `numbers.not_age_spans` adds these spans to the numbers that are
never an age. A number keeps its age when an age's unit follows ("Haus 3 Jahre", "6-jährig").
"""

from __future__ import annotations

import re
from functools import cache

from bot.vocabulary.lexicon import _load

_RANGE = r"\s*(?:-|–|bis)\s*"
# a number, a house number's letter ("12a"), and more of them: "10–14", "3 und 5", "4 bis 10"
_ONE = r"\d{1,3}(?!\d)(?:[a-d]\b)?"
_RUN = rf"{_ONE}(?:\s*(?:-|–|bis|und|u\.|/|,|\+)\s*{_ONE})*"


def _words(words: list[str]) -> str:
    return "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    data = _load("age_living.toml")
    aged = rf"\s*\.?\s*(?:(?:{_words(data['age_units'])})\b|jaehr|jahr|monat|woch)"
    unit = rf"(?!{aged})"
    # the unit is looked for after the whole run, so no shorter run escapes it ("6 bis 10 Jahre")
    dwelling = (rf"(?<![a-z])[a-z]*(?:{_words(data['dwellings'])})\b\.?\s*(?:nr\.?\s*)?"
                rf"(?!{_RUN}{aged}){_RUN}")
    measure = rf"(?<![\d,])\d{{1,2}}(?:,\d)?\s*-?\s*(?:{_words(data['measures'])})"
    ages = _words(data["compound_age_words"])
    compound = rf"(?<![\d,.])\d{{1,2}}(?:,\d)?-(?!(?:{ages}))[a-z]{{3,}}"
    minutes = (rf"\d{{1,2}}(?:[:.][0-5]\d)?{_RANGE}\d{{1,2}}[:.][0-5]\d(?![\d.])"
               rf"|(?<![\d.])\d{{1,2}}[:.][0-5]\d{_RANGE}\d{{1,2}}")
    shift = (rf"\b(?:{_words(data['shift_words'])})\b(?:\s+(?:{_words(data['fillers'])})\b)"
             rf"{{0,2}}\s*:?\s*(\d{{1,2}}{_RANGE}\d{{1,2}})(?!\d){unit}")
    month = r"\b0[1-9]\s*/"
    fixed = re.compile(f"{dwelling}|{measure}|{compound}|{minutes}|{month}")
    # two ranges that meet, "6 bis 14 und 14 bis 22", "(6–14 / 14–22)": a timetable
    meeting = re.compile(
        rf"(?<![\d,.])\d{{1,2}}{_RANGE}(\d{{1,2}})\s*(?:und|/|,|u\.|;)\s*\1{_RANGE}")
    return fixed, re.compile(shift), meeting


# a range whose end lies below its start: "8-1" (school till one), "14–2" — clock hours
_FALLING = re.compile(r"(?<![\d,.:])(\d{1,2})\s*(?:-|–|bis)\s*(\d{1,2})(?![\d.:,])"
                      r"(?!\s*\.?\s*(?:j\b|jahr|monat|mon\b|woch|jaehr|year|month|week))")


def living_spans(text: str) -> list[tuple[int, int]]:
    """Return the spans of normalised text whose numbers belong to a dwelling, a room, a shift
    or a clock, never to a person's age."""
    if not any(ch.isdigit() for ch in text):
        return []
    fixed, shift, meeting = _patterns()
    spans = [m.span() for m in fixed.finditer(text)]
    spans += [m.span(1) for m in shift.finditer(text)]
    spans += [m.span() for m in meeting.finditer(text)]
    spans += [m.span() for m in _FALLING.finditer(text)
              if int(m.group(2)) < int(m.group(1)) <= 24]
    return spans


__all__ = ["living_spans"]
