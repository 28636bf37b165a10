"""A request understood once stays understood when people vary their typing (issue 8).

- Ruhr and Low German "der Jung" is a child noun: "Jung 13" without the commas of "Jung, 13," is
  still the boy's age;
- a place name with a foreign case ending ("königsbornban", "kamenben") is read in a message
  typed without capitals, where a missing capital proves nothing;
- "wo" after a number is the week abbreviation only when no where-question follows it: "ältesten
  11 wo kriegen die zuschuss" is an eleven-year-old, "Baby 3 Wo. schreit viel" a three-week-old.
"""

from __future__ import annotations

import pytest

from bot.catalogue import Catalogue
from bot.understanding import understand


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("Jung 13 im Stadtpark Werne gefunden", 156, 167),
        ("de mudder vom jung aus fröndenberg 13 autist förderschule", 156, 167),
        ("unser jung 9 will nicht mehr zur schule in kamen", 108, 119),
        ("fürn ältesten 11 wo kriegen die zuschuss in gahmen", 132, 143),
        ("tochter 7 wo können wir hin in kamen", 84, 95),
        ("sohn 12 wo melden wir uns in unna", 144, 155),
        ("Baby 3 Wo. schreit viel, Unna", 0, 0),
    ],
)
def test_an_unpunctuated_age_stays_the_childs(catalogue: Catalogue, text: str, low: int,
                                              high: int) -> None:  # fmt: skip
    age = understand(text, catalogue).age
    assert age is not None and (age.low, age.high) == (low, high)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("új magyar család königsbornban két gyerek 5 és 8 éves", "unna-koenigsborn"),
        ("Új magyar család Königsbornban, két gyerek: 5 és 8 éves", "unna-koenigsborn"),
        ("családunk kamenben él a fiú 6 éves", "kamen"),
    ],
)
def test_a_lowercase_inflected_place_is_read(catalogue: Catalogue, text: str, place: str) -> None:
    assert understand(text, catalogue).place == place
