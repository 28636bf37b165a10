"""Where the age patterns that open on a word can match: the text's word runs, read once.

`noun_numbers` ("Sohn (Tim) 12") opens on a whole word that ends in a child noun, `person`
("Kundin ist 19") and `noun_phrase_number` ("Junger Mann aus Guinea 19") on a word a few words
before a number. They open with a free word prefix (`\\b[a-z]*(?:…)`, `\\b[a-z]{2,}`) that the
regular expression engine tries at every position of the text, and on a long message those scans
were the dearest part of its age mentions. Every match starts at the first letter of a word (a
`\\b` before a letter), so trying the pattern only at the word starts that can open one yields
the same matches in the same order: a pattern tried at a position still sees the text before it
(`\\b`, look-behinds).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import lru_cache

from bot.understanding.age_patterns import noun_word

_RUN = re.compile(r"\w+")  # the runs `\b` separates
_DIGIT = re.compile(r"\d")
# word runs a match spans up to its number's run: for `person` "jung"/"jg.", the noun, two
# fillers of at most two runs each ("ist", "8 a"), the number's own run; for
# `noun_phrase_number` "jung", the noun, a preposition, an article, one or two words or "zuhause",
# the number's run ("Junger Mann aus Guinea 19"); one spare for safety
PERSON_REACH = 8


@lru_cache(maxsize=16)
def word_runs(text: str) -> tuple[tuple[int, str], ...]:
    """Every `\\w+` run of the text as (start, run), in order; shared by the anchored scans."""
    return tuple((m.start(), m.group()) for m in _RUN.finditer(text))


def anchored(pattern: re.Pattern[str], text: str, starts: Iterable[int]) -> Iterator[re.Match[str]]:
    """Yield what `pattern.finditer(text)` yields, given ascending positions that include every
    position a match of the pattern can start at (its matches are never empty)."""
    pos = 0
    for start in starts:
        if start >= pos and (m := pattern.match(text, start)):
            yield m
            pos = m.end()


def noun_starts(text: str) -> list[int]:
    """The starts of the words `noun_word` matches whole: a `noun_numbers` match opens on one,
    as its noun (`[a-z]*` and a child noun, "es"/"s" after it) fills a word to its `\\b`."""
    return [start for start, run in word_runs(text) if _noun_word(run)]


@lru_cache(maxsize=4096)
def _noun_word(run: str) -> bool:
    """Whether a word is a child noun's (keyed by the word alone: hashing the long pattern on
    every call would cost more than matching it)."""
    return noun_word().fullmatch(run) is not None


@lru_cache(maxsize=16)
def before_numbers(text: str) -> tuple[int, ...]:
    """The starts of the words at most `PERSON_REACH` runs before a run with a digit: a
    `person` or `noun_phrase_number` match spans no more runs before its number."""
    runs = word_runs(text)
    near = [False] * len(runs)
    for j, (_start, run) in enumerate(runs):
        if _DIGIT.search(run):
            for i in range(max(0, j - PERSON_REACH), j + 1):
                near[i] = True
    return tuple(start for (start, _run), close in zip(runs, near, strict=True) if close)


__all__ = ["PERSON_REACH", "anchored", "before_numbers", "noun_starts", "word_runs"]
