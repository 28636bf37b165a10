"""A next child announced without the noun ("kriegt im Februar dat nächste") is a pregnancy, and
the one child already born, named with its age, is "the big one" a later turn asks about."""

from __future__ import annotations

import pytest

from bot.catalogue import Catalogue
from bot.models import AgeRange
from bot.text import clean, fold
from bot.understanding.age import parse_age
from tests.talking import talk

EXPECTING = [
    ("die Mama vom Emir (3) kriegt im Februar dat nächste, die braucht ne Hebamme", (-9, -1)),
    ("Mutter bekommt im Mai ihr drittes. Sie sucht eine Hebamme in Kamen", (-9, -1)),
    ("KM kriegt das nächste un hat noch keine Hebamme", (-9, -1)),
]
NOT_EXPECTING = [  # the noun is there, and it is no child
    ("Sohn 8 kriegt das nächste Zeugnis im Juli, Nachhilfe in Kamen?", (96, 107)),
    ("Tochter 12 bekommt ihr drittes Handy, Medienberatung Unna", (144, 155)),
    ("Sie kriegt das nächste Mal mehr Geld, Sohn 4, Unna", (48, 59)),
]


@pytest.mark.parametrize(("text", "age"), EXPECTING + NOT_EXPECTING)
def test_a_next_child_without_its_noun(text: str, age: tuple[int, int]) -> None:
    assert parse_age(fold(clean(text))) == AgeRange(*age)


def test_the_big_one_beside_a_pregnancy_is_the_child_named_with_its_age(
        catalogue: Catalogue) -> None:  # fmt: skip
    answer = talk(catalogue, "Hömma, die Mama vom Emir (3) kriegt im Februar dat nächste un hat "
                   "noch keine Hebamme. Die wohnen in Holzwickede-Hengsen.",
                   "Un für den Großen, also den Emir, bräucht se wat für die Sprache")
    assert answer.request.age == AgeRange(36, 47)
    assert answer.request.topics[0] == "sprachfoerderung"
    assert all(hit.offer.age_max is None or hit.offer.age_max >= 36
               for hit in answer.offers)
