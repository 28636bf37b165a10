"""Words that say when in a child's life an age is true (`bot/data/age_time.toml`).

Kept apart from the readers that use them (`age_now`, the birthday reading of `age_patterns`),
which would otherwise import each other: the words are data, loaded once.
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


@cache
def time_words() -> TimeWords:
    data = tomllib.loads(_DATA.read_text(encoding="utf-8"))
    return TimeWords(*(frozenset(fold(w) for w in data[key]) for key in (
        "now", "now_between", "past_verbs", "past_before", "corrected", "chronological",
        "coming")))


def birthday_to_come(between: str, after: str) -> bool:
    """Tell whether "wird … N" puts the birthday in time to come: a word of a time to come
    between "wird" and the age ("wird im März vier", "wird nächsten Monat 3") or right after it
    ("wird 6 im Sommer") — then the child is a year younger today."""
    coming = time_words().coming
    first_after = re.findall(r"[a-z]+", re.split(r"[,;:!?()]|\.(?!\d)", after)[0])[:2]
    first_after = [w for w in first_after if w not in ("jahre", "jahr", "j", "alt", "years", "old")]
    return any(w in coming for w in re.findall(r"[a-z]+", between)) or (
        first_after[:1] != [] and first_after[0] in coming)
