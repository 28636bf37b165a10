"""A language asked for in dialect is a wish for every language German has a name for.

"Gibt dat Familienberatung up Mongolisch?" was read as no wish at all, while "auf Mongolisch"
was: the dialect frames ("up", "op", "uff" + a language) knew only the languages families here
most often ask for, so the rarer ones were never recorded as language gaps. A given name that is
also a language's name ("Mari") is no wish.
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
