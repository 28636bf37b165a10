"""Conversations keep the case straight (session 61's class, `tests/data/conv61/`).

Three ways of writing lost the case: another child of the family named in the family's own
language ("i njen stariji brat, 8 godina", "și fratele ei de 9 ani") was read as a new family,
lost the place and asked for it; an addendum that counts itself ("Nachtrag 2:", "2. Nachtrag")
gave its count as the child's age; and a form whose client field holds the client's age beside
a child field naming only who the child is ("Kundin: 23 J. | Kind: Sohn") took the client's age
for the child's instead of asking. Sentences are our own, none taken from an evaluation set.
"""

from __future__ import annotations

import pytest

from bot.catalogue import Catalogue
from bot.models import AgeRange
from tests.talking import talk

FOREIGN_SIBLINGS = [
    # (turns, the family's place, the other child's age)
    (("Porodica iz Bergkamena, kćerka ima 4 godine i još ne ide u vrtić",
      "i njen stariji brat, 8 godina, treba pomoć sa zadaćom"), "bergkamen", AgeRange(96, 107)),
    (("Mama aus Bönen sucht Kinderturnen für ihre Tochter, 5",
      "și fratele ei de 9 ani – gibt es Nachhilfe?"), "boenen", AgeRange(108, 119)),
    (("Familie aus Kamen, Sohn 3 spricht kaum",
      "jej starsza córka, 10 lat, potrzebuje pomocy w szkole"), "kamen", AgeRange(120, 131)),
    (("Mutter aus Werne, Baby 6 Monate, sucht Krabbelgruppe",
      "y su hermano de 7 años busca un club de fútbol"), "werne", AgeRange(84, 95)),
]


@pytest.mark.parametrize(("turns", "place", "age"), FOREIGN_SIBLINGS)
def test_a_foreign_sibling_follow_up_keeps_the_family_place(
        catalogue: Catalogue, turns: tuple[str, ...], place: str, age: AgeRange) -> None:
    answer = talk(catalogue, *turns)
    assert answer.request.place == place
    assert answer.request.age == age
    assert answer.question is None


def test_a_new_family_in_another_language_starts_a_new_case(catalogue: Catalogue) -> None:
    # look-alike: a new family with its own place takes its own place
    answer = talk(catalogue, "Mutter aus Werne, Baby 6 Monate, sucht Krabbelgruppe",
                  "Andere Familie: Vater aus Selm, Sohn 10, wird gemobbt")
    assert answer.request.place == "selm"
    assert answer.request.age == AgeRange(120, 131)


NUMBERED_ADDENDA = [
    "Nachtrag 2: der Vater trinkt abends",
    "2. Nachtrag: der Vater trinkt abends",
    "Nachtrag Nr. 3 – der Vater trinkt abends",
    "Ergänzung 4: die Mutter ist überfordert",
]


@pytest.mark.parametrize("addendum", NUMBERED_ADDENDA)
def test_an_addendum_s_count_is_no_age(catalogue: Catalogue, addendum: str) -> None:
    answer = talk(catalogue, "Mädchen 12 aus Unna zieht sich zurück, isst kaum", addendum)
    assert answer.request.age == AgeRange(144, 155)
    assert answer.request.place == "unna"


def test_an_age_after_an_addendum_is_still_read(catalogue: Catalogue) -> None:
    # look-alike: a correction of the age behind the marker is the child's
    answer = talk(catalogue, "Junge aus Schwerte hat Wutanfälle, Erziehungsberatung?", "4",
                  "Nachtrag: er ist 6, nicht 4")
    assert answer.request.age == AgeRange(72, 83)


CLIENT_FIELDS = [
    "Kundin: 24 J. | Wohnort: Lünen | Kind: Tochter | Anliegen: Kita-Platz wegen Maßnahme",
    "Klient 39 J., alleinerziehend, Fröndenberg, Sohn kommt in der Schule nicht mit",
]


@pytest.mark.parametrize("text", CLIENT_FIELDS)
def test_a_client_s_age_beside_an_ageless_child_asks_for_the_child(
        catalogue: Catalogue, text: str) -> None:
    answer = talk(catalogue, text)
    assert answer.question is not None
    assert answer.request.age is None or answer.request.age.high < 18 * 12


def test_a_client_field_with_the_child_s_age_takes_the_child_s(catalogue: Catalogue) -> None:
    answer = talk(catalogue, "Kundin: 24 J. | Kind: Tochter, 2 J. | Wohnort: Lünen | Kita-Platz")
    assert answer.request.age == AgeRange(24, 35)
