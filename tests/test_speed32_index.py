"""The word indexes of the safety signs must find exactly what the plain scan over every pattern
found: the same groups, phrases and persons, in the same order — only faster for a new word.

The words tested are every pattern word of the lexicon, each cut short, lengthened and with its
letters swapped (typed fast on a phone), short words and numbers (ages), and the words of the
development requests: a sign missed or added by an index would change who gets child protection.
"""

from __future__ import annotations

import json
from functools import cache

import pytest

from bot.settings import PROJECT_ROOT
from bot.text import fold
from bot.understanding import agency, safety, safety_cues
from bot.understanding.safety_index import Patterns, Prefixes, WordIndex
from bot.understanding.safety_text import WORD, Words, matches


def _variants(word: str) -> set[str]:
    """A word, cut short, lengthened, and with two neighbouring letters swapped."""
    found = {word, word[:-1], word[:3], word[:2], word + "en", word + "s", "ge" + word}
    found |= {word[:i] + word[i + 1] + word[i] + word[i + 2 :] for i in range(len(word) - 1)}
    return {w for w in found if w}


@cache
def _words() -> tuple[str, ...]:
    """Every pattern word of the signs and of the persons, their variants, some numbers and the
    words of the development requests."""
    patterns: set[str] = set()
    for group in safety._all_groups():
        patterns |= group.exact | set(group.prefixes) | set(group.suffixes)
    lex = agency._words()
    patterns |= {p.rstrip("*") for p in (*lex.adults, *lex.children)}
    words = {v for p in patterns for v in _variants(p)}
    words |= {"1", "4", "12", "16", "17", "18", "25", "40s", "30er", "99", "x", "a", ""}
    path = PROJECT_ROOT / "tests" / "data" / "dev.jsonl"
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            words |= set(WORD.findall(fold(json.loads(line)["q"])))
    return tuple(sorted(words))


def test_groups_of_a_word_are_those_the_plain_scan_finds_in_order() -> None:
    groups = safety._all_groups()
    index = WordIndex(groups)
    for word in _words():
        assert index.groups_of(word) == tuple(g for g in groups if matches(word, g)), word


def test_a_phrase_opens_at_the_words_the_plain_scan_finds() -> None:
    kinds = safety_cues._kinds()[1]
    for word in _words():
        expected = frozenset((k, p) for k, kind in enumerate(kinds)
                             for p, steps in enumerate(kind.phrases)
                             if matches(word, steps[0].words))  # fmt: skip
        assert safety_cues._opening(word) == expected, word


def test_persons_are_those_the_plain_lists_name() -> None:
    lex = agency._words()
    adults, children = agency._persons()
    for word in _words():
        assert (word in adults) == agency._is(word, lex.adults), word
        assert (word in children) == agency._is(word, lex.children), word


@pytest.mark.parametrize(
    ("patterns", "word", "expected"),
    [
        (("vater", "mutt*"), "vater", True),  # an exact word
        (("vater", "mutt*"), "vaters", False),  # an exact word is no prefix
        (("vater", "mutt*"), "mutti", True),  # a prefix
        (("vater", "mutt*"), "mut", False),  # shorter than the prefix
        (("ki*",), "kind", True),  # a prefix shorter than the bucket key
        (("*",), "alles", True),  # the empty prefix matches every word
        ((), "vater", False),
    ],
)
def test_patterns_tell_exact_words_and_prefixes(patterns: tuple[str, ...], word: str,
                                                expected: bool) -> None:  # fmt: skip
    assert (word in Patterns(patterns)) is expected
    assert agency._is(word, patterns) is expected


@pytest.mark.parametrize(
    ("patterns", "word", "expected"),
    [
        (["schlag*", "*fraktur", "blau"], "schlaege", False),
        (["schlag*", "*fraktur", "blau"], "schlagen", True),
        (["schlag*", "*fraktur", "blau"], "rippenfraktur", True),  # a compound's head
        (["schlag*", "*fraktur", "blau"], "blau", True),
        (["*ur"], "tour", True),  # a suffix shorter than the bucket key
        (["#adult"], "25", True),  # an adult's age is a number, not a word
        (["#minor"], "16", True),
        (["#minor"], "25", False),
    ],
)
def test_index_matches_as_the_pattern_test(patterns: list[str], word: str,
                                           expected: bool) -> None:  # fmt: skip
    group = Words.of(patterns)
    assert bool(WordIndex([group]).groups_of(word)) is expected
    assert matches(word, group) is expected


def test_prefixes_tell_any_of_them_as_startswith_does() -> None:
    listed = ("misshandl", "ab", "schl", "x")
    prefixes = Prefixes(listed)
    for word in ("misshandlung", "abends", "schlaegt", "xylophon", "sch", "", "mis", "kind"):
        assert prefixes.any_of(word) == word.startswith(listed), word
