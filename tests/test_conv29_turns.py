"""Later turns (round 29): a way asked of the help shown, an age answered with the institution the
child attends, and a sign of danger told beside an answer.

Every sentence here is new, written for this file (none from a conversation set).
"""

from __future__ import annotations

import pytest

from bot.catalogue import Catalogue
from bot.understanding.safety import PROTECTION_TOPICS
from tests.test_conversation_turn_forms import talk

PREGNANT = "Eine 18-Jährige aus Lünen ist schwanger und hat niemanden, der ihr hilft"
UPBRINGING = "Junge 7 in Werne, heftige Wutanfälle, die Eltern wünschen sich Erziehungsberatung"
SPEECH = "Mädchen 4 in Selm, spricht sehr undeutlich, Sprachförderung gesucht"


@pytest.mark.parametrize(("first", "way"), [
    (PREGNANT, "gibt es dafür auch Beratung online?"),
    (PREGNANT, "und telefonisch?"),
    (PREGNANT, "Gibt es eine Chat-Beratung?"),
    (UPBRINGING, "Beratung per Video ginge auch"),
    (UPBRINGING, "oder vielleicht online?"),
    (UPBRINGING, "are there online sessions?"),
    (SPEECH, "online wäre besser, die Mutter hat kein Auto"),
])  # fmt: skip
def test_a_way_asked_of_the_help_keeps_the_need(catalogue: Catalogue, first: str,
                                                way: str) -> None:  # fmt: skip
    before, after = talk(catalogue, first, way)
    assert before.request.topics
    assert set(after.request.topics) <= set(before.request.topics)
    assert "medien_sucht" not in after.request.topics
    assert after.request.age == before.request.age
    assert after.request.place == before.request.place
    assert after.question is None


@pytest.mark.parametrize("told", [
    "sie ist nachts dauernd online und schläft kaum noch",
    "der hängt den ganzen Tag online rum und zockt",
])
def test_a_way_told_of_the_child_is_a_need_of_its_own(catalogue: Catalogue, told: str) -> None:
    _, after = talk(catalogue, "Schülerin 13 in Kamen braucht Nachhilfe in Englisch", told)
    assert "medien_sucht" in after.request.topics


@pytest.mark.parametrize(("answer", "age"), [
    ("im Kindergarten, 5", (60, 71)),
    ("geht in die Kita, ist 3", (36, 47)),
    ("der ist in der Krippe, 2 Jahre", (24, 35)),
    ("besucht die OGS, 8", (96, 107)),
])
def test_an_age_answered_with_the_institution_attended_completes_the_case(
    catalogue: Catalogue, answer: str, age: tuple[int, int]
) -> None:
    first, after = talk(catalogue, "Die Eltern suchen Erziehungsberatung für ihren Sohn, "
                        "sie wohnen in Bönen.", answer)
    assert first.question is not None
    assert after.request.age is not None
    assert (after.request.age.low, after.request.age.high) == age
    assert after.request.place == "boenen"
    assert "erziehungsberatung" in after.request.topics
    assert after.question is None


def test_an_institution_asked_for_in_the_answer_is_a_need(catalogue: Catalogue) -> None:
    _, after = talk(catalogue, "Die Mutter sucht Unterstützung für ihre Tochter, Bönen.",
                    "3, sie sucht einen Platz in der Kita")
    assert "kita_betreuung" in after.request.topics


@pytest.mark.parametrize(("first", "answer"), [
    ("Ein Junge aus Kamen braucht Nachhilfe in Mathe",
     "er ist 10 und sagt, der Vater verprügelt ihn"),
    ("Mädchen in Unna sucht einen Sportverein", "11. Sie hatte heute Würgemale am Hals"),
    ("Junge, 6, braucht Sprachförderung", "Bergkamen, und er kommt oft mit blauen Flecken"),
])  # fmt: skip
def test_danger_told_beside_an_answer_puts_protection_first(catalogue: Catalogue, first: str,
                                                            answer: str) -> None:  # fmt: skip
    before, after = talk(catalogue, first, answer)
    assert before.question is not None
    assert after.request.child_protection
    assert after.request.topics[0] in PROTECTION_TOPICS
    assert set(after.offers[0].offer.topics) & set(PROTECTION_TOPICS)
