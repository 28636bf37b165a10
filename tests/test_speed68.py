"""A whole sub-reader skipped on texts without its trigger strings changes no answer.

The proof per gated reader: on every labelled request's text the reader is handed (a sample of
2,000 requests of tests/data), where the gate says "cannot concern", none of the reader's own
patterns matches, and the reader returns its "nothing found" value ungated too.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

import bot.understanding.age as age
from bot.text import fold
from bot.understanding.age_school import life_year
from bot.understanding.reader_gates import LIFE_YEAR, ReaderGate, trigger_strings

DATA = Path(__file__).parent / "data"


def _texts(limit: int = 2000) -> list[str]:
    texts = []
    for path in sorted(DATA.glob("*/requests.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                texts.append(json.loads(line)["q"])
    return texts[:: max(1, len(texts) // limit)]


def _handed(monkeypatch: pytest.MonkeyPatch, name: str) -> list[str]:
    """The texts `read_age` hands the sub-reader `name` over the sample."""
    seen: list[str] = []
    reader = getattr(age, name)
    monkeypatch.setattr(age, name, lambda text, *a: seen.append(text) or reader(text, *a))
    for text in _texts():
        age.read_age(fold(text))
    return seen


def _plain(pattern: re.Pattern[str] | str) -> re.Pattern[str]:
    return re.compile(pattern) if isinstance(pattern, str) else re.compile(pattern.pattern,
                                                                           pattern.flags)


@pytest.mark.parametrize(("name", "gate", "reader", "nothing"), [
    ("life_year", LIFE_YEAR, life_year, []),
])
def test_skipped_reader_finds_nothing(monkeypatch: pytest.MonkeyPatch, name: str,
                                      gate: ReaderGate, reader: object, nothing: object) -> None:
    handed = _handed(monkeypatch, name)
    skipped = [t for t in handed if not gate.may_concern(t)]
    assert len(skipped) > len(handed) // 2  # the gate pays: most texts skip the reader
    for text in skipped:
        assert not any(_plain(p).search(text) for p in gate.patterns()), text
    # the reader's own passes, run behind the gate's back, find nothing either
    strings, gate._strings = gate._strings, None
    try:
        assert all(reader(text) == nothing for text in skipped)  # type: ignore[operator]
    finally:
        gate._strings = strings


@pytest.mark.parametrize(("text", "months"), [
    ("Kind im 2. Lebensjahr, Krabbelgruppe?", (12, 23)),
    ("nach dem 3. Geburtstag in den Kindergarten", (36, 47)),
    ("Baby im 4. Lebensmonat schreit viel", (3, 3)),
    ("hat ihm zum 18. gesagt, er soll ausziehen", (216, 227)),
])
def test_life_year_still_read(text: str, months: tuple[int, int]) -> None:
    assert [(s.low, s.high) for s in life_year(fold(text))] == [months]


def test_trigger_strings_read_off_patterns() -> None:
    assert trigger_strings([re.compile(r"\bschwanger\w*"), r"\d+\s*\.\s*klasse"]) == (
        "klasse", "schwanger")
    assert trigger_strings([re.compile(r"\d+")]) is None  # needs no string: never skipped
    assert ReaderGate(lambda: [r"\d+"]).may_concern("irgendwas")
