"""The shortcuts of stop 37's speed work find exactly what the scans they replace found.

A rule key's literal openings (`foreign_openings`) skip a position only where none of its rules
can match; a case-insensitive pattern behind `gate_case` answers as the pattern; the phrase
lengths per head word, the suspicion phrases by first word and the shared clause tokens give
what the loops they replace gave. A difference would change an answer, so each is checked
against the scan it replaces on the development requests, on their upper- and lower-case forms
and on texts with the characters Unicode folds in unusual ways.
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
from bot.understanding import foreign, foreign_english, letter, place_outside, safety_text
from bot.understanding.foreign_openings import openings
from bot.understanding.foreign_rules import KEY, WORD
from bot.understanding.gate_case import CaseGated, case_gated, folded
from bot.understanding.topic_parts import Credit
from bot.understanding.topic_portrait import _suspicion, suspected, weighed_after


@cache
def _requests() -> tuple[str, ...]:
    lines = (PROJECT_ROOT / "tests" / "data" / "dev.jsonl").read_text("utf-8").splitlines()
    return tuple(clean(json.loads(line)["q"]) for line in lines if line.strip())


def _texts() -> list[str]:
    texts = list(_requests())
    # the characters `re` folds beyond their lower case: long s, dotted and dotless i, sigmas,
    # the Kelvin sign, sharp s in both cases
    odd = ["MIT FREUNDLICHEN GRÜẞEN", "Viele Grüſſe, Anna", "İch bin KİND", "Σ ΣΑΣ ας",
           "Kelvin \u212a", "seit 3 WEEKS PREGNANT", "moved here 4 MONTHS AGO",
           "Mit freundlichen Grüßen\nDr. Ruß"]  # fmt: skip
    return texts + [t.upper() for t in texts] + [t.lower() for t in texts] + odd


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        (r"kind(?!\w)", ("kind",)),
        (r"(?:kinder|kids)[\s\-]+", ("kids", "kinder")),
        (r"k[ai]t(?:a|e)", ("kata", "kate", "kita", "kite")),
        (r"(?P<n>\d{1,2})|zwei", ("zwei",)),  # a number cannot stand where a word starts
        (r"\bkind", ("",)),  # a lookaround first: every position may match
        (r"(?i:kind)", ("",)),  # a case flag: the opening is not read
        (r"[a-z]+x", ("",)),
    ],
)
def test_the_openings_of_a_rule(source: str, expected: tuple[str, ...]) -> None:
    assert openings([re.compile(source)]) == expected


def test_no_rule_matches_at_a_word_that_none_of_its_key_opens_as() -> None:
    """At every word of the development requests whose first letter is no digit: where the
    key's screen matches, the text starts with one of the key's openings."""
    vocab = foreign.vocabulary()
    checked = 0
    for text in _texts():
        key = text.lower()
        for word in WORD.finditer(key):
            token = word.group()
            if token[0].isdigit() or token[:KEY] not in vocab.rules:
                continue
            if vocab.screen(token[:KEY]).match(key, word.start()):
                assert key.startswith(vocab.opening(token[:KEY]), word.start()), token
            checked += 1
    assert checked > 1000


def _gated_patterns() -> list[re.Pattern[str]]:
    english = [getattr(foreign_english, name) for name in dir(foreign_english)
               if isinstance(getattr(foreign_english, name), CaseGated)]  # fmt: skip
    return [*letter._rules(), place_outside._town_start(), *english]


def test_the_case_insensitive_patterns_are_gated() -> None:
    patterns = _gated_patterns()
    assert len(patterns) >= 15
    assert all(isinstance(p, CaseGated) for p in patterns)


def test_a_gated_pattern_finds_what_the_pattern_finds() -> None:
    for gated_pattern in _gated_patterns():
        pattern = gated_pattern.compiled  # type: ignore[attr-defined]
        for text in _texts():
            assert [m.span() for m in gated_pattern.finditer(text)] == [
                m.span() for m in pattern.finditer(text)]  # fmt: skip
            assert gated_pattern.sub("#", text) == pattern.sub("#", text)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ſsSıiIİσςΣkK\u212aßẞµμ gruesGRÜSE")), max_size=30))
def test_the_fold_keeps_every_case_insensitive_match(text: str) -> None:
    """Whatever `re.IGNORECASE` counts as one letter, the fold writes as one letter."""
    assert len(folded(text)) == len(text)
    for word in ("gruss", "grüße", "kiss", "σας", "µs", "is"):
        pattern = re.compile(re.escape(word), re.IGNORECASE)
        assert (case_gated(pattern).search(text) is None) == (pattern.search(text) is None)


def test_a_pattern_with_case_stays_gated_as_before() -> None:
    pattern = re.compile(r"\bkind\b")
    assert not isinstance(case_gated(pattern), CaseGated)


def _suspected_by_scan(credits: list[Credit], words: list[str]) -> list[Credit]:
    """`suspected` as it was: every phrase tried at every position."""
    ends = [i + len(p) - 1 for p in _suspicion() for i in range(len(words) - len(p) + 1)
            if p and tuple(words[i : i + len(p)]) == p]  # fmt: skip
    return weighed_after(credits, ends)


def test_the_suspicion_phrases_are_found_by_their_first_word() -> None:
    phrases = [p for p in _suspicion() if p]
    assert phrases
    for text in _requests()[:80]:
        plain = re.findall(r"[a-z]+", fold(text))
        for phrase in phrases:
            for words in (plain, [*plain[:3], *phrase, *plain[3:]], [*plain, *phrase]):
                credits = [Credit(i, w, "t", 1.0, i % 2 == 0) for i, w in enumerate(words)]
                assert suspected(credits, words) == _suspected_by_scan(credits, words)


def test_clause_tokens_are_read_once_and_handed_out_fresh() -> None:
    words = fold("Kind (2 und 6) schlägt, Mutter weint").split()
    clause = (0, 1, 1, 1, 1, 2, 2, 3)[: len(words)]
    first = safety_text.clause_tokens(words, clause)
    first[0].append("changed")  # a reader's change does not reach the next reader
    assert safety_text.clause_tokens(words, clause) != first
    assert safety_text.clause_tokens(list(words), list(clause)) == safety_text.clause_tokens(
        words, clause)  # fmt: skip
