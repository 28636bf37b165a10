"""A town named in a follow-up turn is the family's place only when the turn says so.

After a family in Kamen, "Der Onkel in Werne holt ihn ab", "Die Grundschule liegt in Unna" or
"ich arbeite in Lünen" name someone else's place: the case's place stays, and where the case has
none yet a relative's home is no answer to "Wo wohnt die Familie?". A move of the family, living
with a relative, a place asked for and a correction are the family's place. Every sentence is
written for this file (session conv65).
"""

from __future__ import annotations

import pytest

from bot.catalogue import Catalogue
from tests.test_conversation_turn_forms import talk

FIRST = "Junge, 6 Jahre, sehr unruhig, die Eltern suchen Erziehungsberatung. Wohnen in Kamen."


@pytest.mark.parametrize("second", [
    "Der Onkel in Werne holt ihn mittwochs ab.",
    "Seine Oma wohnt in Selm, die ist aber krank.",
    "Ich arbeite in der Beratungsstelle in Lünen.",
    "Die Eltern sind getrennt, der Vater lebt in Bönen und sieht ihn selten.",
    "Die Großeltern leben in Schwerte und haben wenig Zeit.",
])  # fmt: skip
def test_someone_elses_place_keeps_the_case_place(catalogue: Catalogue, second: str) -> None:
    asked, answered = talk(catalogue, FIRST, second)
    assert asked.request.place == "kamen"
    assert answered.request.place == "kamen"
    assert answered.request.age == asked.request.age


@pytest.mark.parametrize(("second", "place"), [
    ("Die Familie ist inzwischen nach Werne gezogen.", "werne"),
    ("Sie wohnen jetzt bei der Oma in Selm.", "selm"),
    ("Die beiden sind zu ihrer Schwester nach Bönen gezogen.", "boenen"),
    ("oder in Unna, da wohnt die Tante, die könnte ihn bringen", "unna"),
    ("Korrektur: Bergkamen – Kamen ist nur die Schule.", "bergkamen"),
    ("Die Schule ist in Lünen, die Familie wohnt auch dort.", "luenen"),
])  # fmt: skip
def test_the_family_place_is_taken(catalogue: Catalogue, second: str, place: str) -> None:
    _asked, answered = talk(catalogue, FIRST, second)
    assert answered.request.place == place


def test_a_relatives_home_is_no_answer_to_the_place(catalogue: Catalogue) -> None:
    asked, answered = talk(catalogue, "Mädchen 3, spricht kaum, Eltern suchen Sprachförderung.",
                           "Die Oma lebt in Fröndenberg und hilft manchmal.")
    assert asked.request.place is None
    assert answered.request.place is None
    assert answered.question is not None and answered.question.kind == "place"
