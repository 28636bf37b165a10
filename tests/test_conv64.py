"""Corrections that name the new value and mark the old one, and corrections that keep the need.

"nein, Bergkamen – Bönen war die alte Adresse", "Schwerte war falsch, die wohnen in Holzwickede",
"vorher Werne, seit kurzem Selm": the old value is no longer the case's. "Korrektur: Kita liegt
in Brambauer, Familie wohnt auch da": a correction of the place keeps the case's need. Every
sentence is written for this file (session conv64).
"""

from __future__ import annotations

import pytest

from bot.catalogue import Catalogue
from tests.test_conversation_turn_forms import talk

VIOLENCE = "Häusliche Gewalt gemeldet, Kinder 7 und 10 waren anwesend, Wohnort Schwerte."


@pytest.mark.parametrize(("correction", "place"), [
    ("Schwerte war falsch, die wohnen in Holzwickede.", "holzwickede"),
    ("nein, Holzwickede – Schwerte war die alte Adresse", "holzwickede"),
    ("ne, ne – Fröndenberg! Schwerte stimmt nicht.", "froendenberg"),
    ("vorher Schwerte, seit dem Sommer Unna", "unna"),
    ("statt Schwerte bitte Kamen, die sind umgezogen", "kamen"),
    ("Schwerte ist veraltet, Familie lebt jetzt in Selm", "selm"),
])  # fmt: skip
def test_the_place_marked_old_is_not_taken(catalogue: Catalogue, correction: str,
                                           place: str) -> None:  # fmt: skip
    asked, answered = talk(catalogue, VIOLENCE, correction)
    assert asked.request.place == "schwerte"
    assert answered.request.place == place
    assert answered.request.age == asked.request.age
    assert "kinderschutz" in answered.request.topics


@pytest.mark.parametrize("correction", [
    "Korrektur: Kita liegt in Brambauer, Familie wohnt auch da",
    "Korrektur: die Schule ist in Brambauer, die Familie wohnt auch dort",
])  # fmt: skip
def test_a_place_correction_keeps_the_need(catalogue: Catalogue, correction: str) -> None:
    first = "Mädchen 3 Jahre, verwahrlost, immer hungrig, Kinderschutz – an wen? Lünen"
    asked, answered = talk(catalogue, first, correction)
    assert "kinderschutz" in asked.request.topics
    assert answered.request.place == "luenen-brambauer"
    assert "kinderschutz" in answered.request.topics


@pytest.mark.parametrize(("second", "place", "topic"), [
    # a marker of the old beside no place: the case's place and need stay
    ("Vorher war er ruhiger, statt Streit gab es Gespräche.", "kamen", "erziehungsberatung"),
    # a correction that asks for help brings its need
    ("Korrektur: sie wohnen in Methler und brauchen vor allem Hilfe wegen Schulden",
     "kamen-methler", "but_finanzen"),
])  # fmt: skip
def test_look_alikes(catalogue: Catalogue, second: str, place: str, topic: str) -> None:
    _asked, answered = talk(catalogue, "Kind 8, Eltern suchen Erziehungsberatung, Kamen.", second)
    assert answered.request.place == place
    assert topic in answered.request.topics
