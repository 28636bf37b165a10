"""speed61: each cheap precheck or index says what the per-word test it replaced said.

The readers skip work where a precheck proves it cannot match; these tests compare each
precheck with the plain test on real and made-up words, so a later edit of either side that
makes them differ fails here rather than as a silently changed answer.
"""

from __future__ import annotations

import pytest

from bot.understanding import origins
from bot.understanding.letters import LETTERS, letter_tokens, letter_words
from bot.understanding.place_words import _rejections, digits_of, turned_down
from bot.understanding.places import place_index
from bot.understanding.writer_interpreter import Interpreting, clause_numbers, interpreting

WORDS = ["geflüchtete", "geflohene", "gefluechteten", "zugewanderte", "mutter", "kamen",
         "fuenf", "neun", "59425", "neunundfuenfzig", "unna", "kita", "zu", "weit", "voll"]


def test_attributive_arrivals_are_the_signs_with_an_ending() -> None:
    near, _, _ = origins._arrival()
    table = origins._attributive_arrivals()
    for word in [*WORDS, *(n + "e" for n in near), *(n + "en" for n in near), *near]:
        plain = any(word.startswith(n) and word[len(n):] in origins.ATTRIBUTIVE for n in near)
        assert (word in table) == plain, word


@pytest.mark.parametrize("text", ["Kinder 5 und 9 in Unna", "Mädchen (4) aus Kamen", "",
                                  "ich bin Dolmetscherin für Arabisch, die Familie …"])
def test_letter_tokens_are_the_scan(text: str) -> None:
    scan = tuple((m.start(), m.end(), m.group()) for m in LETTERS.finditer(text))
    assert letter_tokens(text) == scan
    assert letter_words(text) == tuple(LETTERS.findall(text))


@pytest.mark.parametrize("text", ["Ich bin Dolmetscherin, spreche Arabisch mit der Familie",
                                  "Familie spricht Arabisch, Übersetzung gesucht",
                                  "Kita in Unna gesucht"])
def test_interpreting_counts_clauses_only_when_asked(text: str) -> None:
    """A function for the clauses gives what the counted clauses give."""
    tokens = letter_tokens(text.lower())
    words = [w for _, _, w in tokens]
    counted = clause_numbers(text.lower(), tokens)
    calls: list[int] = []

    def lazily() -> tuple[int, ...]:
        calls.append(1)
        return counted

    def is_language(word: str) -> bool:
        return word == "arabisch"

    assert interpreting(words, lazily, is_language) == interpreting(words, counted, is_language)
    if interpreting(words, counted, is_language) == Interpreting() and "dolmetsch" not in text:
        assert not calls


@pytest.fixture(scope="module")
def index():
    from pathlib import Path

    from bot.catalogue import Catalogue
    from bot.settings import Settings
    return place_index(Catalogue.load(Path(Settings().catalogue)).gazetteer)


@pytest.mark.parametrize("words", [["fuenf", "neun", "vier", "zwei", "fuenf"], ["59", "425"],
                                   ["kita", "neun", "eins"], ["neunundfuenfzig", "vier", "zwei",
                                                              "fuenf"], ["unna", "59425"]])
def test_postcode_precheck_is_digits_of(index, words: list[str]) -> None:
    """`mentions` calls the postcode look-up only where `digits_of` reads a number: the look-up
    itself ends where it starts on a first word without one."""
    taken = [False] * len(words)
    breaks = [True] + [False] * (len(words) - 1) + [True]
    for i, word in enumerate(words):
        if not digits_of(word):
            assert index._postcode(words, i, taken, breaks) == i


@pytest.mark.parametrize("words, expected", [
    (["in", "unna", "ist", "alles", "voll"], True),
    (["in", "unna", "ist", "nicht", "zu", "weit"], None),
    (["in", "unna", "bitte"], None),
])
def test_tails_by_first_word_read_as_every_tail(words: list[str], expected: bool | None) -> None:
    negations, _, by_first = _rejections()
    tails = [t for group in by_first.values() for t in group]
    clause = tuple(words[2:])
    plain = any(clause[i : i + len(t)] == t and (i == 0 or clause[i - 1] not in negations)
                for t in tails for i in range(max(0, len(clause) - len(t) - 3),
                                              len(clause) - len(t) + 1))  # fmt: skip
    breaks = [True] + [False] * (len(words) - 1) + [True]
    assert turned_down(words, breaks, 1, 2) == plain
    if expected is not None:
        assert plain is expected
