"""Later turns (round 28): a spoken place correction with its mistake, the same help asked for in
another way, and another child of the family named in Polish.

Every sentence here is new, written for this file (none from a conversation set).
"""

from __future__ import annotations

import pytest

from bot.catalogue import Catalogue
from tests.test_conversation_turn_forms import talk


@pytest.mark.parametrize(("first", "correction", "place"), [
    ("Schwangere in Lünen sucht eine Hebamme", "ach nee die wohnt in selm nich lünen hab ich "
     "verwechselt", "selm"),
    ("Junge 6 in Kamen braucht Logopädie", "oh sorry der wohnt in bönen hab mich vertan "
     "tippfehler", "boenen"),
    ("Mädchen 14 in Werne schwänzt die Schule", "nee warte die wohnen in unna ich hab die "
     "adressen verwechselt", "unna"),
])  # fmt: skip
def test_a_spoken_place_correction_with_its_mistake_keeps_the_need(
    catalogue: Catalogue, first: str, correction: str, place: str
) -> None:
    before, after = talk(catalogue, first, correction)
    assert after.request.place == place
    assert set(after.request.topics) == set(before.request.topics)
    assert after.request.age == before.request.age


@pytest.mark.parametrize(("first", "how"), [
    ("Schwangere 17 in Bergkamen, sie weiß nicht weiter", "gibt es da auch was online?"),
    ("Junge 9 in Kamen braucht Nachhilfe in Mathe", "geht das auch telefonisch?"),
    ("Mutter mit Baby 3 Monate in Unna, sie ist erschöpft", "gibts auch etwas als Hausbesuch?"),
])  # fmt: skip
def test_the_same_help_asked_for_in_another_way_keeps_the_need(
    catalogue: Catalogue, first: str, how: str
) -> None:
    before, after = talk(catalogue, first, how)
    assert set(after.request.topics) == set(before.request.topics)
    assert after.request.place == before.request.place and after.question is None


def test_being_online_all_the_time_is_still_a_need_of_its_own(catalogue: Catalogue) -> None:
    _, after = talk(catalogue, "Junge 12 in Selm braucht Nachhilfe",
                    "der ist auch ständig online und zockt nur")
    assert "medien_sucht" in after.request.topics


@pytest.mark.parametrize(("first", "sibling", "age"), [
    ("Mama z dzieckiem, synek 2 lata, szuka Krabbelgruppe w Kamen",
     "a starsza córka, 8 lat, jest bita w szkole. jest coś?", (96, 107)),
    ("Mama z córką 1 rok szuka grupy dla dzieci w Unna",
     "a jej starszy syn, 12 lat, ma problemy w szkole", (144, 155)),
])  # fmt: skip
def test_another_child_named_in_polish_stays_in_the_family(
    catalogue: Catalogue, first: str, sibling: str, age: tuple[int, int]
) -> None:
    before, after = talk(catalogue, first, sibling)
    assert after.request.place == before.request.place
    assert (after.request.age.low, after.request.age.high) == age
