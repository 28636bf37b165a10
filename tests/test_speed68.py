"""`life_year`'s patterns are gated by the strings their matches need (`gate.gated`), so a text
without them is not scanned word by word — and no answer changes.

The proof: on a sample of 800 labelled requests' texts (as `read_age` hands them over),
`life_year` finds exactly what its plain, ungated patterns find.
"""

from __future__ import annotations

import re

import pytest

import bot.understanding.age as age
import bot.understanding.age_school as school
from bot.text import fold
from bot.understanding.age_school import life_year
from tests.labelled_texts import sampled_requests

PATTERNS = ("BIRTHDAY_ORDINAL", "_BIRTHDAY_SAID", "_YEAR_OF_LIFE", "_MONTH_OR_WEEK_OF_LIFE")


def _texts(limit: int = 800) -> list[str]:
    return sampled_requests(limit, with_dev=False)


def _handed(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The texts `read_age` hands `life_year` over the sample."""
    seen: list[str] = []
    monkeypatch.setattr(age, "life_year", lambda text, *a: seen.append(text) or life_year(text, *a))
    for text in _texts():
        age.read_age(fold(text))
    return seen


def test_gated_life_year_finds_what_the_plain_patterns_find(
        monkeypatch: pytest.MonkeyPatch) -> None:
    handed = _handed(monkeypatch)
    gated = [life_year(text) for text in handed]
    for name in PATTERNS:
        pattern = getattr(school, name)
        monkeypatch.setattr(school, name, re.compile(pattern.pattern, pattern.flags))
    assert [life_year(text) for text in handed] == gated


@pytest.mark.parametrize(("text", "months"), [
    ("Kind im 2. Lebensjahr, Krabbelgruppe?", (12, 23)),
    ("nach dem 3. Geburtstag in den Kindergarten", (36, 47)),
    ("Baby im 4. Lebensmonat schreit viel", (3, 3)),
    ("hat ihm zum 18. gesagt, er soll ausziehen", (216, 227)),
])
def test_life_year_still_read(text: str, months: tuple[int, int]) -> None:
    assert [(s.low, s.high) for s in life_year(fold(text))] == [months]
