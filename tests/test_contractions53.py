"""A birthday ahead told in the English contracted future ("she'll be 3 next month").

"will be 4" was read as the age to come; "he'll be 4" was not: the Vietnamese word for a child,
"bé", which folds onto "be", read "be 4" as a child of four. The contraction now translates as
"will be" does (`foreign.toml` [en]), and the birthday reader takes "'ll be" like "will be"
(`age_birthday._WILL_BE`). A birthday still to come means the age below it whatever today is; the
sentences are written for these tests, none is taken from a labelled set.
"""

from __future__ import annotations

import pytest

from bot.catalogue import Catalogue
from bot.models import AgeRange
from bot.understanding import understand
from bot.understanding.age_birthday import coming_birthdays


@pytest.mark.parametrize(
    ("text", "will_be"),
    [
        ("he'll be 4 in May, lives in Selm, speech therapy?", 4),
        ("she'll be 3 next month, Kamen, playgroup", 3),
        ("she’ll be 3 next month, Kamen, playgroup", 3),
        ("Our girl, she'll be 2 in March, Unna, toddler group", 2),
    ],
)
def test_the_contracted_future_is_a_birthday_ahead(catalogue: Catalogue, text: str,
                                                   will_be: int) -> None:
    assert understand(text, catalogue).age == AgeRange((will_be - 1) * 12, will_be * 12 - 1)


def test_the_contraction_reads_as_turns() -> None:
    assert coming_birthdays("he'll be 4 in may") == "he turns 4 in may"


def test_vietnamese_child_before_a_number_still_reads(catalogue: Catalogue) -> None:
    assert understand("bé 3 tuổi ở Kamen, cần nhà trẻ", catalogue).age == AgeRange(36, 47)
