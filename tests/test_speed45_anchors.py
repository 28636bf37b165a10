"""The age patterns tried only at the word starts that can open them find what a full scan found.

`age_anchors` tries `noun_numbers` at the words that end in a child noun and `person` and
`noun_phrase_number` at the words a few runs before a number. A match missed or added would
change an age, so each anchored scan is checked against `finditer` on the development requests
(folded, with number words as digits) and on hand-made edge cases: numbers glued to their noun,
brackets and fillers between noun and number, the longest reach a match can span.
"""

from __future__ import annotations

import json
import re
from functools import cache

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.settings import PROJECT_ROOT
from bot.text import clean, fold
from bot.understanding import age_patterns as ap
from bot.understanding.age_anchors import anchored, before_numbers, noun_starts
from bot.understanding.numbers import normalise

EDGES = (
    "sohn (tim) 12", "tochter (w) 15, kind12 und kinder 3 u. 5", "mdl. m 13", "kd. w, 5",
    "junger mann aus guinea 19", "jung kundin ist schon 8 a 17", "jg. 15", "ass-jgl. 15",
    "ein kind von 7", "maedchen vonne 16", "kinder so um die 4 und 6", "pat. 17 j., saeugling",
    "schueler 8a 14", "jugendliche aus meiner klasse 16 ritzt sich", "zwillinge 3 6",
    "kundin zwanzig 3 jahre arbeitslos", "", "12", "kind", "a b c d e f g h i j 5",
)


@cache
def _texts() -> tuple[str, ...]:
    lines = (PROJECT_ROOT / "tests" / "data" / "dev.jsonl").read_text("utf-8").splitlines()
    folded = [fold(clean(json.loads(line)["q"])) for line in lines if line.strip()]
    return (*folded, *(normalise(t) for t in folded), *EDGES)


def _same(name: str, text: str, starts: tuple[int, ...] | list[int]) -> None:
    pattern = ap.mention_patterns()[name]
    expected = [(m.span(), m.groupdict()) for m in pattern.finditer(text)]
    assert [(m.span(), m.groupdict()) for m in anchored(pattern, text, starts)] == expected


@pytest.mark.parametrize("name", ["person", "noun_phrase_number"])
def test_words_before_numbers_open_every_match(name: str) -> None:
    for text in _texts():
        _same(name, text, before_numbers(text))


def test_child_noun_words_open_every_noun_numbers_match() -> None:
    for text in _texts():
        _same("noun_numbers", text, noun_starts(text))


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["kind", "sohn", "kundin", "jung", "ist", "8", "a", "(tim)", ",",
                                 "12", "3", "und", "aus", "der", "guinea", "j.", "-", "kinder"]),
                max_size=14))
def test_anchored_scans_agree_on_word_salad(words: list[str]) -> None:
    text = " ".join(words)
    _same("person", text, before_numbers(text))
    _same("noun_phrase_number", text, before_numbers(text))
    _same("noun_numbers", text, noun_starts(text))


def test_no_match_starts_off_a_word() -> None:
    """The premise: every match starts where a word starts, as `\\b` before a letter says."""
    starts = {m.start() for m in re.finditer(r"\w+", " ".join(_texts()))}
    for name in ("person", "noun_phrase_number", "noun_numbers"):
        pattern = ap.mention_patterns()[name]
        assert all(m.start() in starts for m in pattern.finditer(" ".join(_texts())))
