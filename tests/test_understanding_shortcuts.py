"""The speed shortcuts of topic finding (`bot.understanding.shortcuts`) change no answer."""

from __future__ import annotations

import copy
import json
from pathlib import Path

from bot.catalogue import Catalogue
from bot.understanding import indexes, understand
from bot.understanding.normalise import stem
from bot.understanding.shortcuts import phrase_starts

DEV = Path(__file__).parent / "data" / "dev.jsonl"
TYPOS = ("Elterntrainig", "Legastenie", "gemoppt", "Hausaufgabenhlife", "Begleiteter", "Umgnag",
         "Sportangebote", "Geburtsvorbereitungskurs", "Kinderhospiz", "Tanzgruppe")  # fmt: skip


def _plain(catalogue: Catalogue):  # type: ignore[no-untyped-def]
    """The same index without its remembering look-ups."""
    index = copy.copy(indexes(catalogue).topics)
    for name in ("_mend", "_fuzzy", "_compound", "_carrier"):
        index.__dict__.pop(name, None)
    return index


def test_remembered_lookups_give_what_the_methods_give(catalogue: Catalogue) -> None:
    fast, plain = indexes(catalogue).topics, _plain(catalogue)
    for word in [w.lower() for w in TYPOS] * 2:  # the second round is answered from memory
        for name in ("_mend", "_fuzzy", "_compound", "_carrier"):
            assert getattr(fast, name)(word) == getattr(plain, name)(word), (name, word)


def test_topics_found_are_the_same_with_and_without_shortcuts(catalogue: Catalogue) -> None:
    fast, plain = indexes(catalogue).topics, _plain(catalogue)
    texts = [json.loads(line)["q"] for line in DEV.read_text(encoding="utf-8").splitlines()
             if line.strip()][:80]  # fmt: skip
    texts += [f"Suche {word} für Kind 7 in Unna" for word in TYPOS]
    for text in texts:
        age = understand(text, catalogue).age
        assert fast.find(text, age) == plain.find(text, age), text


def test_every_phrase_can_start_where_it_stands(catalogue: Catalogue) -> None:
    index = indexes(catalogue).topics
    for phrase in [p for p in index.phrases if len(p) > 1]:
        words = ["und", *phrase]
        assert 1 in phrase_starts(index, words, tuple(map(stem, words)), len(phrase)), phrase
    for stems, phrase in index.stemmed.items():
        words = list(stems)  # written in another inflection: found by its stems
        assert 0 in phrase_starts(index, words, stems, len(stems)), phrase
