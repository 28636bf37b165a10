"""Ages, pregnancy and wishes told in Occitan, Māori and Dzongkha beside German.

Each row is a class of sentence (number word + unit, a child noun with its age frame, a parent's
age beside a child's, a wish for an offer in the language), not one request of a set."""

from __future__ import annotations

import pytest

from bot.catalogue import Catalogue
from bot.models import AgeRange
from bot.understanding import understand
from bot.understanding.foreign import germanise


@pytest.mark.parametrize(
    ("text", "german"),
    [
        ("Lo dròlle a dotze ans", "12 Jahre"),
        ("una dròlla de tretze ans", "13 Jahre"),
        ("la maire es prenhs, sèt meses", "schwanger"),
        ("Pēpi e rua wiki", "2 Wochen"),
        ("tamaiti e toru tau", "Kind 3 Jahre"),
        ("rangatahi tekau mā rima tau", "15 Jahre"),
        ("ཨ་ལོ་ ཟླཝ་བརྒྱད་", "Kind 8 Monate"),
    ],
)
def test_fragments_become_german(text: str, german: str) -> None:
    assert german in germanise(text)


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("un enfant de sièis ans, OGS in Fröndenberg", AgeRange(72, 83)),
        ("lo paire a trenta ans, la dròlla a dos ans, Kita Holzwickede", AgeRange(24, 35)),
        ("la maire es prenhs, sèt meses, Hebamme Unna", AgeRange(-9, -1)),
        ("Kia ora, pēpi e iwa marama, Frühförderung Fröndenberg", AgeRange(9, 9)),
        ("Whānau mit Zwillingen, e ono marama, Entlastung Unna", AgeRange(6, 6)),
        ("hapū wahine, sucht Hebamme in Bönen", AgeRange(-9, -1)),
        ("ཨ་ལོ་ ལོ་ལྔ་ | braucht Kita in Kamen", AgeRange(60, 71)),
        ("ཨ་ལོ་ ཟླཝ་དྲུག་ , Frühe Hilfen Unna", AgeRange(6, 6)),
    ],
)
def test_ages_are_understood(catalogue: Catalogue, text: str, age: AgeRange) -> None:
    assert understand(text, catalogue).age == age


@pytest.mark.parametrize(
    "text",
    # look-alikes outside their frames stay German words, never numbers or ages
    ["Der Tau lag noch auf der Wiese, Familie sucht Beratung in Unna",
     "Die Mutter sagt, es sei ans Licht gekommen, Beratung in Kamen"],
)
def test_lookalikes_stay_words(catalogue: Catalogue, text: str) -> None:
    assert understand(text, catalogue).age is None


@pytest.mark.parametrize("text", ["Marie (8) hat ein Bild gemalt. Schwimmkurs in Ergste?",
                                  "Pierre (9) braucht Nachhilfe, Unna"])
def test_names_near_occitan_parents_stay_names(text: str) -> None:
    """Occitan's "maire" and "paire" are read only with their article: a fuzzy look-up of the
    bare word turned the girl's name "Marie" into "Mutter" and lost her age."""
    assert germanise(text) == text
