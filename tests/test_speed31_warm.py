"""Warming understanding at start: no user request compiles the foreign rules' screens, and
warming changes no answer; the place look-up by nearby lengths finds what a full scan finds."""

from __future__ import annotations

import pytest
from rapidfuzz import process
from rapidfuzz.distance import OSA

from bot.catalogue import Catalogue
from bot.understanding import understand, warm
from bot.understanding.foreign_rules import vocabulary
from bot.understanding.places import PlaceIndex

REQUESTS = (
    "Merhaba, Kızım 5 yaşında, Kita in Kamen'de?",
    "dziecko 2 lata, coś po polsku? Unna",
    "Kind 18 Monate, Verdacht auf Vernachlässigung, Lünen-Gahmen",
    "Hi, a family just moved to Kamen from Kharkiv, baby is 4 months old",
)


@pytest.fixture(scope="module")
def catalogue() -> Catalogue:
    from pathlib import Path

    from bot.settings import Settings

    return Catalogue.load(Path(Settings().catalogue))


def test_warm_compiles_every_screen_and_keeps_answers(catalogue: Catalogue) -> None:
    before = [understand(text, catalogue) for text in REQUESTS]
    warm(catalogue)
    vocab = vocabulary()
    assert set(vocab.screens) == set(vocab.rules)  # a user's first words compile nothing
    assert [understand(text, catalogue) for text in REQUESTS] == before


@pytest.mark.parametrize("word", ["bergkammen", "langschedde", "frondenberg", "holzwickde",
                                  "weddinghoffen", "kindergarten", "schwangerschaft"])  # fmt: skip
def test_place_typo_lookup_matches_a_full_scan(catalogue: Catalogue, word: str) -> None:
    index = PlaceIndex(catalogue.gazetteer)
    limit = 1 if len(word) < 10 else 2
    full = process.extract(word, index.single, scorer=OSA.distance, score_cutoff=limit, limit=8)
    near = process.extract(word, index._near_length(len(word), limit), scorer=OSA.distance,
                           score_cutoff=limit, limit=8)  # fmt: skip
    assert [(name, score) for name, score, _ in near] == [(name, score) for name, score, _ in full]
