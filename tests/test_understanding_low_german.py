"""Low German (Platt): a Tagesmutter or a grandparent in the Münsterland writes ages, family words
and language wishes in Platt ("'n Lüttken, 14 Maond oll", "mien Wicht (3 Johr)", "snackt blots
Russisch"). They are read as their German words (holdout11 part c, after its honest score).
"""

from __future__ import annotations

import pytest

from bot.catalogue import Catalogue
from bot.models import AgeRange
from bot.understanding import understand


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("Wi hebbt 'n Lütten, 9 Maond oll, in Werne. Gifft dat 'ne Krabbelgrupp?", (9, 9)),
        ("Mien Wicht is 4 Johr, snackt nich veel. Sprachförderung in Selm?", (48, 59)),
        ("Kita för 'n Jungen vun 5 in Bork?", (60, 71)),
        ("Dat Lüttken is twee Johr oll un slöpt nich dör. Lünen.", (24, 35)),
        ("Tagesmudder söcht Hülp för 'n Kind vun 2 in Kamen", (24, 35)),
    ],
)
def test_low_german_ages_are_read(catalogue: Catalogue, text: str, age: tuple[int, int]) -> None:
    assert understand(text, catalogue).age == AgeRange(*age)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Kind 3, Kita in Unna, de Öllern bruukt Beratung op Russisch", "ru"),
        ("Beratung op Poolsch för de Mudder, Kind 6, Bönen", "pl"),
    ],
)
def test_low_german_language_wishes_are_read(catalogue: Catalogue, text: str,
                                             language: str) -> None:  # fmt: skip
    assert language in understand(text, catalogue).languages


def test_low_german_sleep_words_name_the_need(catalogue: Catalogue) -> None:
    request = understand("Mien Wicht (2 Johr) slaopt keene Nacht dör, Mudder kaputt. Selm.",
                         catalogue)  # fmt: skip
    assert request.age == AgeRange(24, 35)
    assert "schreibaby_schlaf" in request.topics
