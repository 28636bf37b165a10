"""Weeks of pregnancy told as the week a child was born: no age of the child.

A baby born early is told by how early: "baby born 3 days ago at 34 weeks", "premature (34 wks)",
"Frühchen, mit 31 Wochen geboren". Read as an age, those weeks would make a newborn seven months
old. A count of weeks within the span of a pregnancy is a gestational age when a birth word
stands shortly before it in the same clause or a birth verb right after it; a time word right
before it ("vor 30 Wochen geboren", "for 24 weeks") keeps it a time. The age mention reader
(`age_mentions`) drops such weeks. Words are data (`bot/data/age_gestation.toml`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from bot.vocabulary.lexicon import _load

REACH = 40  # characters before the weeks within which a birth word names the week of birth


@dataclass(frozen=True, slots=True)
class _Gestation:
    weeks: re.Pattern[str]  # a count of weeks
    before: re.Pattern[str]  # a birth word in the clause before the weeks
    after: re.Pattern[str]  # a birth verb right after the weeks
    since: re.Pattern[str]  # a time word right before the weeks
    low: int
    high: int


def _alternation(words: list[str]) -> str:
    return "|".join(sorted(map(re.escape, words), key=len, reverse=True))


@cache
def _gestation() -> _Gestation:
    data = _load("age_gestation.toml")
    return _Gestation(
        weeks=re.compile(r"(?P<n>\d{1,2})\s*\.?\s*(?:wochen?|wo|wks?|weeks?|w)\b"),
        before=re.compile(rf"\b(?:{_alternation(data['birth_before'])})\b[^,;.!?]*$"),
        after=re.compile(rf"\W{{0,3}}(?:{_alternation(data['birth_after'])})\b"),
        since=re.compile(rf"\b(?:{_alternation(data['time_since'])})\s*(?:ca\.?\s*|etwa\s*)?$"),
        low=int(data["min_week"]),
        high=int(data["max_week"]),
    )


def gestational(text: str, start: int, end: int) -> bool:
    """Tell whether the number mention at `start:end` of a folded text is weeks of pregnancy at
    a birth ("born … at 34 weeks", "premature (34 wks)"), not the child's age."""
    words = _gestation()
    m = words.weeks.match(text, start)
    if not m or m.end() < end - 1 or not words.low <= int(m.group("n")) <= words.high:
        return False
    before = text[max(0, start - REACH) : start]
    if words.since.search(before) or re.match(r"\s*(?:alt|old|ago|her)\b", text[m.end() :]):
        return False  # "vor 30 Wochen geboren", "30 weeks old": a time, an age
    return bool(words.before.search(before) or words.after.match(text, m.end()))


__all__ = ["gestational"]
