"""Age phrasings as a table: every line names the child's age in months, or none.

`tests/data/ages/phrasings.jsonl` holds 247 phrasings written by the `fresh2` helper without
reading the code (source "fresh2"; where the project's policy differs from that writer's label,
the note says so and keeps the writer's label) and 130 for the classes of issue 8 (source
"ages"): role nouns, school-year words, English, pregnancy without "schwanger", several children,
and numbers that are no age — times, dates, years, postcodes, house numbers, paragraphs,
check-ups, counts, durations.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bot.text import fold
from bot.understanding.age import parse_age

TABLE = Path(__file__).parent / "data" / "ages" / "phrasings.jsonl"
ROWS = [json.loads(line) for line in TABLE.read_text(encoding="utf-8").splitlines() if line]


def test_the_table_is_large_and_tests_numbers_that_are_no_age() -> None:
    assert len(ROWS) >= 150
    assert sum(row["age"] is None for row in ROWS) >= 50


@pytest.mark.parametrize("row", ROWS, ids=[row["text"][:40] for row in ROWS])
def test_age_phrasing(row: dict) -> None:
    found = parse_age(fold(row["text"]))
    assert (found.as_list() if found else None) == row["age"], row["note"]
