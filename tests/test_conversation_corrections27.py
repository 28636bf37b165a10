"""A place denied in a correction is no longer the family's anywhere in that message.

"nicht Hemmerde sondern Lünern. Hemmerde war die Oma": the writer explains where the wrong place
came from and names it again; read as two places, the case fell back to their town (Unna) and
showed the town's offers for the wrong district. Every sentence is written for this file.
"""

from __future__ import annotations

import pytest

from bot.catalogue import Catalogue
from tests.test_conversation_turn_forms import talk

FIRST = "Mädchen 8 nach der Reha, sucht Sportverein, wohnt in Hemmerde"


@pytest.mark.parametrize("correction", [
    "korrektur nicht hemmerde sondern lünern punkt hemmerde war die oma",
    "Nicht Hemmerde, sondern Lünern – in Hemmerde wohnt nur der Vater.",
])  # fmt: skip
def test_the_denied_place_named_again_stays_denied(catalogue: Catalogue, correction: str) -> None:
    asked, answered = talk(catalogue, FIRST, correction)
    assert asked.request.place == "unna-hemmerde"
    assert answered.request.place == "unna-luenern"
    assert answered.request.age == asked.request.age


def test_a_correction_naming_one_place_still_works(catalogue: Catalogue) -> None:
    _asked, answered = talk(catalogue, FIRST, "sorry, nicht Hemmerde sondern Massen")
    assert answered.request.place == "unna-massen"
