"""The shortcuts of stop 35's speed work find exactly what the computations they replace found.

The topic model sums a request's per-word rows in one reduction (`TopicModel.scores`) where a loop
added them one by one; the language screen of the digit key leaves out the number words of its
rules' first group (`alternation.at_digit`), since it is only tried where a digit stands; the
filler phrases are compared only where their first word stands (`normalise.filler_ranks`). A
difference would change an answer, so each is checked against the plain computation on the
development requests and on random texts.
"""

from __future__ import annotations

import json
import re
from functools import cache
from itertools import pairwise

from hypothesis import given, settings
from hypothesis import strategies as st

from bot.settings import PROJECT_ROOT
from bot.text import fold
from bot.understanding.alternation import at_digit, factored
from bot.understanding.foreign import vocabulary
from bot.understanding.foreign_rules import fold_foreign
from bot.understanding.foreign_vocabulary import _UNNAMED, DIGIT
from bot.understanding.normalise import filler_ranks, words_of
from bot.understanding.topic_model import _WORD, topic_model


@cache
def _requests() -> tuple[str, ...]:
    lines = (PROJECT_ROOT / "tests" / "data" / "dev.jsonl").read_text("utf-8").splitlines()
    extra = ("3, 5 und 7 años", "2 yaşında ve 4 aylık", "7 mesi e 2 anni", "3omro 5 snin",
             "12-летний", "bebé de 8 meses y 2 semanas", "14 godina i 3 meseca", "2 saal aur 4")
    return (*(json.loads(line)["q"] for line in lines if line.strip()), *extra)


def _looped_scores(text: str) -> dict[str, float]:
    """`TopicModel.scores` as it was: the word rows added to the prior one at a time."""
    model = topic_model()
    words = _WORD.findall(fold(text))
    total = model._prior.copy()
    for word in words:
        total += model._word(word)
    pairs = [i for a, b in pairwise(words) if (i := model._row.get(f"b:{a}_{b}")) is not None]
    if pairs:
        total += model._log[pairs].sum(axis=0)
    return dict(zip(model.topics, total.tolist(), strict=True))


def test_topic_scores_are_the_looped_sums_on_the_development_requests() -> None:
    for text in _requests():
        assert topic_model().scores(text) == _looped_scores(text)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["Mutter", "Kind", "Schule", "schlägt", "Geld", "Kita", "xyzzy",
                                 "Beratung", "Sprache", "depressiv", "und", "die", "", "12"]),
                max_size=120))  # fmt: skip
def test_topic_scores_are_the_looped_sums_on_random_texts(words: list[str]) -> None:
    text = " ".join(words)
    assert topic_model().scores(text) == _looped_scores(text)


@cache
def _unpruned_digit_screen() -> re.Pattern[str]:
    rules = vocabulary().rules[DIGIT]
    return re.compile(factored(_UNNAMED.sub("(?:", r.pattern.pattern) for r in rules))


def _digit_positions(text: str) -> list[tuple[str, int]]:
    key = fold_foreign(text)
    return [(key, m.start()) for m in re.finditer(r"\d", key)]


def test_digit_screen_matches_where_the_unpruned_screen_does() -> None:
    screen, plain = vocabulary().screen(DIGIT), _unpruned_digit_screen()
    for text in _requests():
        for key, at in _digit_positions(text):
            assert (screen.match(key, at) is None) == (plain.match(key, at) is None), (key, at)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["3", "12", "1,5", "jahre", "años", "y", "meses", "aylık", "ve",
                                 "лет", "godina", "i", "mesi", "e", "anni", "-", ",", "snin",
                                 "3omro", "tygodniowe", "mies.", "lat", "saal", "aur", "ay"]),
                min_size=1, max_size=12))  # fmt: skip
def test_digit_screen_matches_where_the_unpruned_screen_does_on_random_texts(
        words: list[str]) -> None:  # fmt: skip
    screen, plain = vocabulary().screen(DIGIT), _unpruned_digit_screen()
    for key, at in _digit_positions(" ".join(words)):
        assert (screen.match(key, at) is None) == (plain.match(key, at) is None), (key, at)


def test_at_digit_drops_only_alternatives_that_start_with_a_letter() -> None:
    assert at_digit(r"(?:\d{1,2}|zwei|drei)\s*jahre") == r"(?:\d{1,2})\s*jahre"
    assert at_digit(r"(?:3omro|wa7ad|\d)x") == r"(?:3omro|\d)x"
    assert at_digit(r"(?:[a-z]+|zwei)x") == r"(?:[a-z]+)x"  # a class may hold digits: kept
    assert at_digit(r"(?:zwei|drei)\s*jahre") is None  # cannot start at a digit at all
    assert at_digit(r"\d+\s*jahre") == r"\d+\s*jahre"  # no first group: as it is
    assert at_digit(r"(?:zwei|\d)?x") == r"(?:zwei|\d)?x"  # a quantified group: as it is
    assert at_digit(r"(?:a(?:b|c)|\d(?:x|y))z") == r"(?:\d(?:x|y))z"  # nested bars stay inside


_FILLERS = frozenset({"halt", "echt", "einfach"})
_FILLER_PHRASES = (("seit", "wochen"), ("hinten", "und", "vorne"), ("ehrlich", "gesagt"),
                   ("und", "so"))  # fmt: skip


def _scanned_ranks(words: list[str], single: frozenset[str],
                   phrases: tuple[tuple[str, ...], ...]) -> tuple[int, ...]:  # fmt: skip
    """`filler_ranks` as it was: every phrase compared at every position."""
    light = [w in single for w in words]
    for phrase in phrases:
        size = len(phrase)
        for start in range(len(words) - size + 1):
            if tuple(words[start : start + size]) == phrase:
                light[start : start + size] = [True] * size
    ranks, count = [], 0
    for is_light in light:
        ranks.append(count)
        count += not is_light
    return tuple(ranks)


def test_filler_ranks_are_the_scanned_ranks_on_the_development_requests() -> None:
    for text in _requests():
        words = list(words_of(text).folded)
        expected = _scanned_ranks(words, _FILLERS, _FILLER_PHRASES)
        assert filler_ranks(words, _FILLERS, _FILLER_PHRASES) == expected


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["seit", "wochen", "hinten", "und", "vorne", "ehrlich", "gesagt",
                                 "so", "halt", "kind", "echt"]), max_size=40))  # fmt: skip
def test_filler_ranks_are_the_scanned_ranks_on_random_words(words: list[str]) -> None:
    expected = _scanned_ranks(words, _FILLERS, _FILLER_PHRASES)
    assert filler_ranks(words, _FILLERS, _FILLER_PHRASES) == expected
