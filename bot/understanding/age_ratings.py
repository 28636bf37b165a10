"""Numbers of the screen world that are no one's age: ratings, minimum ages, model numbers.

Requests about children's screens are full of numbers beside the child's age: a game's or film's
rating ("USK 18", "USK-18-Titel", "FSK ab 12", "PEGI 16"), an app's minimum age ("Mindestalter
für WhatsApp lt. AGB 13 bzw. 16 Jahre", "TikTok ist doch erst ab 13", "Spiele ab 18", "angeblich
18+"), a device's or a game's model ("iPhone 13", "PS 5", "FIFA 23"). Read as ages they turn a
nine-year-old into a 9–16 range or a child with no age told into an adult. Like a clock time or a
check-up code, such a number is never anybody's age; `numbers.not_age_spans` adds these spans.
The words are data (`bot/data/age_ratings.toml`). An age group stays one: a child's noun between
the thing and the number ("Spiele für Kinder ab 10") makes it the children's age.
"""

from __future__ import annotations

import re
from functools import cache

from bot.vocabulary.lexicon import _load

_NUMBER = r"(?<![\d,.])\d{1,2}(?!\d)"
# "13 bzw. 16", "12/16", "16 oder 18": a second minimum age of the same rating
# the ages an app's or a game's limit has: "ab 6 Jahren" beside a game may be a group's
_LIMIT = r"(?<![\d,.])1[2-8](?!\d)"
_SECOND = rf"(?:\s*(?:bzw\.?|beziehungsweise|oder|/|und|-|–)\s*{_NUMBER})?"
_UNIT = r"(?:\s*(?:\+|jahren|jahre|jahr|j\b\.?))?"


def _alternatives(words: list[str]) -> str:
    return "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    data = _load("age_ratings.toml")
    reach = int(data["reach"])
    gap = rf"(?:[\s(,:.\-]+(?!(?:{_alternatives(data['children'])})\b)[a-z.]+){{0,{reach}}}?"
    rating = re.compile(
        rf"\b(?:{_alternatives(data['rating_words'])})[\s(,:.\-]*{gap}[\s(,:.\-]*"
        rf"(?:ab\s+)?{_NUMBER}{_UNIT}{_SECOND}{_UNIT}")
    minimum = re.compile(
        rf"\b(?:{_alternatives(data['media_words'])})\b{gap}[\s(,:.\-]*"
        rf"(?:(?:ab\s+){_LIMIT}{_UNIT}|{_LIMIT}\s*\+)")
    model = re.compile(rf"\b(?:{_alternatives(data['models'])})\s*-?\s*[a-z]?{_NUMBER}")
    return rating, minimum, model


def rating_spans(text: str) -> list[tuple[int, int]]:
    """The spans of normalised, folded text whose numbers are ratings, minimum ages or models."""
    if not re.search(r"\d", text):
        return []
    return [m.span() for pattern in _patterns() for m in pattern.finditer(text)]
