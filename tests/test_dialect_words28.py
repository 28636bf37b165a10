"""Dialect words: a language asked for in dialect, and the dialect nouns for a child.

"Gibt dat Familienberatung up Mongolisch?" was read as no wish at all, while "auf Mongolisch"
was: the dialect frames ("up", "op", "uff" + a language) read only the languages the app knows
(`languages.toml [codes]`), and Mongolian, Chechen and Georgian were not among them, so those
requests were never recorded as language gaps. A given name that is also a language's name
("Mari") is no wish.
"""

from __future__ import annotations

import pytest

from bot.catalogue import Catalogue
from bot.understanding import understand


@pytest.mark.parametrize(
    ("text", "languages"),
    [
        ("Gibt dat Familienberatung up Mongolisch? Söhn 8 in Uelzen", ("mn",)),
        ("Sohn 8 in Kamen, is do e Berodung op Tschetschenisch?", ("ce",)),
        ("Beratung up Georgisch för de Mudder, Deern 6 in Lünen", ("ka",)),
        ("Beratung op Türkisch, Kind 6 in Lünen", ("tr",)),
        ("Mari kallt nur Platt, Sohn 8 in Kamen, Erziehungsberatung", ()),
    ],
)
def test_a_dialect_language_wish_is_read(catalogue: Catalogue, text: str,
                                         languages: tuple[str, ...]) -> None:  # fmt: skip
    assert tuple(understand(text, catalogue).languages) == languages


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("Deern 14 aus ner Wohngruppe in Unna, haut immer wedder af", (168, 179)),
        ("Bobbelsche 7 Monat, Krabbelgrupp in Fröndenberg-Mitte?", (7, 7)),
        ("Mudder alleen mit dree Kinners, de Deern is 6, Lünen", (72, 83)),
    ],
)
def test_a_dialect_child_noun_carries_the_age(catalogue: Catalogue, text: str,
                                              age: tuple[int, int]) -> None:  # fmt: skip
    request = understand(text, catalogue)
    assert request.age is not None and (request.age.low, request.age.high) == age
