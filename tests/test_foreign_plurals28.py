"""A unit's plural and a child word of a section are read as their singular forms are.

Lingala counts years as "mbula", several as "mibu" ("mwana mwasi ya mibu 3"), and Nepali calls a
small boy "babu" ("babu ca 3 barsa"); without them a pregnancy beside the child, or nothing at
all, was read as the age asked about.
"""

from __future__ import annotations

import pytest

from bot.catalogue import Catalogue
from bot.understanding import understand


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("Mwana mwasi ya mibu 3, mama azali na zemi (7. Monat). Kita-Platz in Lünen-Nord?",
         (36, 47)),
        ("mwana ya mibu 5 azali kobeta baninga, Kamen", (60, 71)),
        ("babu ca 3 barsa sitzt im Buggy und weint, Methler", (36, 47)),
    ],
)
def test_the_age_is_read(catalogue: Catalogue, text: str, age: tuple[int, int]) -> None:
    request = understand(text, catalogue)
    assert request.age is not None and (request.age.low, request.age.high) == age
