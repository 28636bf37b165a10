"""Read an age range whose two ends carry units of their own: "von 8 Monaten bis 11 Jahren".

Kita, Krabbelgruppe and Frühe-Hilfen offers and the families asking for them name a group's ages
from a baby's months to a child's years: "Kinder 6 Wo. - 1 J.", "babies 6 months to 3 years",
and in the family's language "od 8 mies. do 11 lat" or "від 6 міс. до 3 років". The unit readers
read each end alone, and "bis 11 Jahren" alone is how long something lasts, so the span was lost
and the first end stood as the age. Two ages with units, joined by a range's "to" and rising, are
one span: from the first end's low to the second end's high.

Two steps, each one precompiled pattern over the text (`age_unit_ranges.toml` holds the words):
`foreign_ranges` writes the family language's "from … to" the German way after the foreign
reader has written the units ("seit 6 Monate do 3 Jahre" → "von 6 Monate bis 3 Jahre");
`unit_ranges` joins the two mentions of such a range into one.
"""

from __future__ import annotations

import math
import re
from dataclasses import replace
from functools import cache
from typing import TYPE_CHECKING

from bot.vocabulary.lexicon import _load

if TYPE_CHECKING:
    from bot.understanding.age_mentions import Mention

_WEEKS = r"(?:wochen|woche|wo|wochn|weeks?|wks?)"
_MONTHS = r"(?:monaten|monate|monat|mon|mo|mos|mnt|m|months?|mths?)"
_YEARS = r"(?:jahren|jahre|jahr|j|jr|years?|yrs?|y)"
_NUMBER = r"\d{1,2}(?:,5)?"
# the German words the foreign reader writes for a unit
_GERMAN_UNIT = r"(?:Wochen|Monate|Jahre)"
# a word before the range that makes it a time, not an age: "seit 6 Wochen bis …", "vor"
_TIMED = frozenset({"seit", "vor", "nach", "in", "innerhalb", "since", "ago", "after", "within",
                    "dauer", "wartezeit", "alle", "every", "fuer", "for"})
_WEEK = 7 / 30.4375


@cache
def _words() -> dict[str, list[str]]:
    return _load("age_unit_ranges.toml")


def _alternatives(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


def _end(name: str) -> str:
    """One end of a range: a number and its unit, each unit a group of its own."""
    return (rf"(?P<{name}>{_NUMBER})\s*(?:(?P<{name}w>{_WEEKS})|(?P<{name}m>{_MONTHS})"
            rf"|(?P<{name}y>{_YEARS}))\.?")


@cache
def _range() -> re.Pattern[str]:
    """Two ages with units joined by a range's "to" (or "und" after "zwischen")."""
    words = _words()
    return re.compile(
        rf"(?<![\w,.])(?:(?P<between>{_alternatives(words['between'])})\s+)?{_end('a')}"
        rf"\s*(?:{_alternatives(words['joiners'])}|(?P<und>und|and))\s*{_end('b')}(?![\w-])")


@cache
def _foreign() -> re.Pattern[str]:
    """A family language's "from N unit to M unit", its units already written in German."""
    words = _words()
    return re.compile(
        rf"(?<!\w)(?:(?P<from>{_alternatives(words['from'])})\s+)?(?P<a>{_NUMBER}\s+{_GERMAN_UNIT})"
        rf"\.?\s+(?:{_alternatives(words['to'])})\s+(?={_NUMBER}\s+{_GERMAN_UNIT}\b)",
        re.IGNORECASE)


def foreign_ranges(text: str) -> str:
    """Return `text` with a family language's range between two units written in German
    ("od 8 Monate do 11 Jahre" → "von 8 Monate bis 11 Jahre")."""
    if "Jahre" not in text and "Monate" not in text and "Wochen" not in text:
        return text
    return _foreign().sub(lambda m: f"von {m['a']} bis ", text)


def _months(m: re.Match[str], end: str) -> tuple[int, int]:
    """Return the lowest and highest month an end of the range names."""
    value = float(m[end].replace(",", "."))
    if m[end + "w"]:
        months = math.floor(value * _WEEK)
        return months, months
    if m[end + "m"]:
        return math.floor(value), math.floor(value)
    return round(value * 12), round(value * 12) + 11


def unit_ranges(text: str, found: list[Mention]) -> list[Mention]:
    """Return the mentions with each range between two units read as one child's span: the
    mentions of its two ends give way to it ("von 8 monaten bis 11 jahren" → 8…143)."""
    if not found:
        return found
    for m in _range().finditer(text):
        if m["und"] and not m["between"]:
            continue  # "8 Monate und 3 Jahre": two children, or years and months
        before = re.findall(r"[a-z]+", text[max(0, m.start() - 20) : m.start()])
        if before and before[-1] in _TIMED:
            continue  # "seit 6 Wochen bis 3 Monaten": a time
        low, _ = _months(m, "a")
        _, high = _months(m, "b")
        if low >= high or (m["ay"] and not m["by"]):
            continue  # falling, or years before months: "2 J. - 6 Mon." is 2;6 or two children
        inside = [h for h in found if m.start() <= h.start < m.end()]
        if not inside:
            continue
        kept = [h for h in found if not m.start() <= h.start < m.end()]
        found = [*kept, replace(inside[0], start=m.start(), end=m.end(), low=low, high=high,
                                kind="child")]
    return found
