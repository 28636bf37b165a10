"""A turn that adds one more child with an additive word stays with the family and its place.

"Dazu noch eine Tochter, 3 Jahre, Spielgruppe vormittags?" after a boy of 8 in Kamen-Methler asks
for the family's daughter: the place carries over instead of being asked again, while another
family named as such starts over. Each sentence is written for this test.
"""

from __future__ import annotations

import pytest

from bot.catalogue import Catalogue
from bot.models import AgeRange
from tests.test_conversation_turn_forms import talk

BOY = "Junge 8 Jahre in Kamen-Methler, sucht einen Fußballverein"


@pytest.mark.parametrize(("added", "age"), [
    ("Dazu noch eine Tochter, 3 Jahre, Spielgruppe vormittags?", AgeRange(36, 47)),
    ("Außerdem ein Baby von 4 Monaten, gibt es eine Krabbelgruppe?", AgeRange(4, 4)),
    ("zudem noch n mädchen, 5, die sucht nen Kitaplatz", AgeRange(60, 71)),
    ("plus a daughter of 6, any swimming course?", AgeRange(72, 83)),
])  # fmt: skip
def test_a_child_added_keeps_the_familys_place(catalogue: Catalogue, added: str,
                                               age: AgeRange) -> None:  # fmt: skip
    _before, after = talk(catalogue, BOY, added)
    assert after.request.age == age
    assert after.request.place == "kamen-methler"


def test_another_family_still_starts_over(catalogue: Catalogue) -> None:
    _before, after = talk(catalogue, BOY, "Andere Familie: Mädchen 5, Kita-Platz?")
    assert after.request.place is None
