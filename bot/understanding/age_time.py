"""Words that say when in a child's life an age is true (`bot/data/age_time.toml`).

The words are data, loaded once; kept apart from `age_now`, which judges mentions with them, so
that other readers of an age's time may use them without importing the mention reader.
"""

from __future__ import annotations

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


@cache
def time_words() -> TimeWords:
    data = tomllib.loads(_DATA.read_text(encoding="utf-8"))
    return TimeWords(*(frozenset(fold(w) for w in data[key]) for key in (
        "now", "now_between", "past_verbs", "past_before", "corrected", "chronological")))

