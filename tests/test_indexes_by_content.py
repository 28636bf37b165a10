"""The understanding's indexes are built once per catalogue content, not per catalogue object.

Every channel, every reload of an unchanged file and every test's assistant loads its own
`Catalogue` from the same file; building the indexes cost each ~0.3 s of CPU. A catalogue whose
content differs in any offer, place or topic must still get indexes of its own."""

from __future__ import annotations

from dataclasses import replace

from bot.catalogue import Catalogue
from bot.understanding import indexes

from .conftest import SHIPPED_DB


def test_catalogues_loaded_again_from_one_file_share_their_indexes() -> None:
    first, again = Catalogue.load(SHIPPED_DB), Catalogue.load(SHIPPED_DB)
    assert first is not again
    assert indexes(first) is indexes(again)


def test_a_catalogue_with_other_content_gets_indexes_of_its_own() -> None:
    shipped = Catalogue.load(SHIPPED_DB)
    renamed = [replace(o, name="Zauberflötenkurs für Kinder") if i == 0 else o
               for i, o in enumerate(shipped.offers)]  # fmt: skip
    changed = Catalogue(shipped.gazetteer.places.values(), shipped.topics.values(), renamed)
    assert indexes(changed) is not indexes(shipped)
    assert "zauberfloetenkurs" in indexes(changed).explainer.words
    assert "zauberfloetenkurs" not in indexes(shipped).explainer.words
