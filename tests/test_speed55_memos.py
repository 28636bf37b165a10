"""Stop 40's speed work keeps answers that depend on their arguments alone; kept, they are the same.

`Explainer.knows` keeps each word's answer, `asked_positions` the answer for the last few
`Words`, `fold_foreign` and the frame's word fold the last texts' forms, and `clipped` reads the
age in brackets at the word's end instead of on a copy of the rest. Each is checked against the
computation it spares on the development requests: a difference would change an answer.
"""

from __future__ import annotations

import json
import re
from functools import cache

import pytest

from bot.catalogue import Catalogue
from bot.settings import PROJECT_ROOT
from bot.text import clean, fold
from bot.understanding import indexes, understand
from bot.understanding.foreign_rules import fold_foreign
from bot.understanding.frame import _fold
from bot.understanding.main_need_positions import asked_positions
from bot.understanding.normalise import words_of
from bot.understanding.place_words import clipped


@cache
def _requests() -> tuple[str, ...]:
    lines = (PROJECT_ROOT / "tests" / "data" / "dev.jsonl").read_text("utf-8").splitlines()
    return tuple(clean(json.loads(line)["q"]) for line in lines if line.strip())


def test_known_words_are_the_computed_ones(catalogue: Catalogue) -> None:
    explainer = indexes(catalogue).explainer
    words = {w for text in _requests() for w in re.findall(r"[a-z]+", fold(text))}
    words |= {"hausaufgabenhlife", "elternabendtermin", "traumaambulanz", "xq"}
    for word in sorted(words):
        assert explainer.knows(word) == explainer._knows(word), word
        assert explainer.knows(word) == explainer._knows(word), word  # kept: the same again


def test_asked_positions_kept_are_the_computed_ones() -> None:
    for text in _requests():
        words = words_of(fold(text))
        assert asked_positions(words) == asked_positions.__wrapped__(words)


@pytest.mark.parametrize("text", ["Ich bin Dolmetscherin, İstanbul'dan geldik", "ΟΔΟΣ Σ",
                                  "Straße ÄÖÜ ẞ", "", "Kind 3 J."])
def test_folds_kept_are_the_computed_ones(text: str) -> None:
    assert fold_foreign(text) == fold_foreign.__wrapped__(text)
    assert fold_foreign(text) == fold_foreign.__wrapped__(text)
    for word in text.split():
        assert _fold(word) == _fold.__wrapped__(word)


@pytest.mark.parametrize(("text", "end", "expected"), [
    ("Sch. (17) aus Frö.", 3, False),  # a person's short form before an age in brackets
    ("aus Frö. bitte", 7, True),
    ("Pat.(4)", 3, False),
    ("in Wern", 7, False),
    ("Frö (x)", 3, False),
])
def test_clipped_reads_at_the_word_end(text: str, end: int, expected: bool) -> None:
    raw = text[:end].split()[-1]
    assert clipped(text, end, raw, False) == expected
    assert clipped(text, end, raw, False) == (
        not re.match(r"\.?\s*\(\s*\d", text[end:]) and text[end : end + 1] == ".")


def test_the_same_request_twice_is_understood_the_same(catalogue: Catalogue) -> None:
    for text in _requests()[:60]:
        assert understand(text, catalogue) == understand(text, catalogue)


@pytest.mark.parametrize("word", ["luenen", "lunen", "kamn", "holzwicked", "frö", "berkamen",
                                  "legastenie", "elterntrainig", "umgnag", "kita"])
def test_kept_lookups_give_what_the_lookups_give(catalogue: Catalogue, word: str) -> None:
    """`shortcuts.kept` keeps unchangeable answers in C: twice, each is the look-up's own."""
    topics = indexes(catalogue).topics
    for name in ("_mend", "_fuzzy", "_carrier", "_root", "_spelt_right", "_doubled"):
        lookup = getattr(topics, name)
        assert lookup(word) == lookup(word) == lookup.__wrapped__(word), (name, word)
    places = indexes(catalogue).places
    for name in ("_abbreviation", "_fuzzy_short", "_inflected"):
        lookup = getattr(places, name)
        assert lookup(word) == lookup(word) == lookup.__wrapped__(word), (name, word)
    assert places._fuzzy(word, word) == places._fuzzy.__wrapped__(word, word)
