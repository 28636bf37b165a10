"""Generic place words beside a town, and catalogue names with a note in brackets: how people
write "Innenstadt" in lower case next to the town, and districts after "Ortsteil"."""

from __future__ import annotations

import pytest

from bot.catalogue import Catalogue
from bot.understanding.places import resolve_place


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a centre word right beside the town names its centre, capital or not
        ("wir wohnen in kamen innenstadt, kind 2", "kamen-mitte"),
        ("oglum 5 yasinda, unna zentrum", "unna-mitte"),
        ("suche krabbelgruppe lünen innenstadt", "luenen-mitte"),
        # a bracket saying what kind of place a name is, is no word of the name
        ("Familie kommt aus Fröndenberg Ortsteil Ardey, Kind 6", "froendenberg-ardey"),
        ("Fröndenberg, Ortsteil Langschede, Tochter 9", "froendenberg-langschede"),
        # a bracket with a town stays a way to name the district
        ("Familie wohnt in Westick (Fröndenberg)", "froendenberg-mitte"),
    ],
)
def test_place_word_beside_a_town(catalogue: Catalogue, text: str, expected: str) -> None:
    assert resolve_place(text, catalogue.gazetteer).place == expected


@pytest.mark.parametrize(
    "text",
    [
        "die kinder kamen innenstadt spielen",  # "kamen" is the verb: no town beside the word
        "in der innenstadt ist ein neues café, kind 3",
    ],
)
def test_centre_word_without_a_town_names_none(catalogue: Catalogue, text: str) -> None:
    assert resolve_place(text, catalogue.gazetteer).place is None
