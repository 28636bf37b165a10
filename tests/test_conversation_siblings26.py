"""A later turn that only tells of the child's brother or sister keeps the child's age.

"ach, ihr Bruder ist 17, er wohnt auch zu Hause" after "Mädchen, 8, wird gemobbt" tells who else
lives in the family: the case is still the girl of 8. A turn that asks for the sibling ("gibt es
auch was für ihn?") is about him, with his age. Each sentence is written for this test.
"""

from __future__ import annotations

import pytest

from bot.catalogue import Catalogue
from bot.models import AgeRange
from tests.test_conversation_turn_forms import talk

PUPIL = "Mädchen, 8, wird in der Schule gemobbt, Eltern ratlos, Selm"
GIRL = AgeRange(96, 107)


@pytest.mark.parametrize("told", [
    "ach, ihr Bruder ist 17, er wohnt auch zu Hause",
    "her brother is 15 and also lives at home",
    "acha, uska bhai toh 17 ka hai, woh bhi ghar pe rehta hai",
    "ihre große Schwester ist 19 und wohnt noch bei den Eltern",
])  # fmt: skip
def test_a_sibling_told_of_keeps_the_childs_age(catalogue: Catalogue, told: str) -> None:
    _before, after = talk(catalogue, PUPIL, told)
    assert after.request.age == GIRL
    assert after.request.place == "selm"


def test_a_sibling_asked_for_is_the_new_child(catalogue: Catalogue) -> None:
    _before, after = talk(catalogue, PUPIL, "ihr Bruder ist 17, gibt es auch was für ihn?")
    assert after.request.age == AgeRange(204, 215)


@pytest.mark.parametrize(("turn", "age"), [
    ("ihre Schwester ist 13, die hat das gleiche Problem", AgeRange(156, 167)),
    ("Correction: she's 9, not 8. Mixed her up with her sister.", AgeRange(108, 119)),
])  # fmt: skip
def test_a_sibling_with_the_same_need_or_a_correction_moves_the_age(
    catalogue: Catalogue, turn: str, age: AgeRange
) -> None:
    _before, after = talk(catalogue, PUPIL, turn)
    assert after.request.age == age
