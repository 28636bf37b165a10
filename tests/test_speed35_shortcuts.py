"""The shortcuts of stop 33's speed work find exactly what the scans they replace found.

Gated patterns built inside cached functions (the pregnancy reader's, the safety tokens') answer
as their plain patterns; the idioms a request's words can open are found by a first-word index as
by the scan over every idiom; a co-occurrence rule skipped because none of its words is credited
finds no position. A difference would change an answer, so each is checked against the plain
computation on the development requests and on random texts of the vocabulary's own words.
"""

from __future__ import annotations

import json
import re
from functools import cache
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from bot.catalogue import Catalogue
from bot.settings import PROJECT_ROOT
from bot.text import fold
from bot.understanding import age_school, indexes, pregnancy, safety_text
from bot.understanding.gate import Gated
from bot.understanding.normalise import stem
from bot.understanding.topic_idioms import mask_ignored
from bot.understanding.topic_parts import Credit, _stems_of


@cache
def _texts() -> tuple[str, ...]:
    lines = (PROJECT_ROOT / "tests" / "data" / "dev.jsonl").read_text("utf-8").splitlines()
    extra = ("in der 30. ssw", "et im mai", "sie ist schwanger, 20. woche", "kind (3) z. n. op",
             "'runtergefallen' sagt sie", "30jaehrige mutter, 5b klasse", "haeusl. gewalt")
    return (*(fold(json.loads(line)["q"]) for line in lines if line.strip()), *extra)


def _cached_patterns() -> list[re.Pattern[str]]:
    return [*pregnancy._patterns().values(), *age_school._patterns().values(),
            pregnancy._pregnancy_words(),
            pregnancy._pregnancy_phrases(), safety_text._age_aside(),
            safety_text._pregnancy_week(), safety_text._school_class(),
            safety_text._abbreviations()[0]]


def test_gated_cached_patterns_answer_as_the_plain_pattern() -> None:
    patterns = _cached_patterns()
    assert any(isinstance(p, Gated) for p in patterns)
    for gate in patterns:
        plain = gate.compiled if isinstance(gate, Gated) else gate
        for text in _texts():
            assert [m.span() for m in gate.finditer(text)] == [
                m.span() for m in plain.finditer(text)], (plain.pattern, text)
            assert gate.sub("#", text) == plain.sub("#", text)


@cache
def _topics() -> object:
    return indexes(Catalogue.load(Path(PROJECT_ROOT / "catalogue.db"))).topics


def _idiom_words() -> list[str]:
    phrases = _topics().ignore_phrases  # type: ignore[attr-defined]
    return sorted({w for phrase in phrases for w in phrase} | {"kind", "schule", ",", "8b"})


def _plain_mask(phrases: tuple[tuple[str, ...], ...], words: list[str]) -> list[bool]:
    """The scan the index replaced: every idiom tried at every position."""
    matched = [False] * len(words)
    mask_ignored((), words, matched)  # the school classes alone
    for phrase in phrases:
        for start in range(len(words)):
            if phrase and tuple(words[start : start + len(phrase)]) == phrase:
                for i in range(start, start + len(phrase)):
                    matched[i] = True
    return matched


@settings(max_examples=300, deadline=None)
@given(st.data())
def test_idioms_found_by_first_word_as_by_the_scan(data: st.DataObject) -> None:
    phrases = _topics().ignore_phrases  # type: ignore[attr-defined]
    words = data.draw(st.lists(st.sampled_from(_idiom_words()), max_size=30))
    matched = [False] * len(words)
    mask_ignored(phrases, words, matched)
    assert matched == _plain_mask(phrases, words)


@settings(max_examples=300, deadline=None)
@given(st.data())
def test_a_skipped_cooccurrence_rule_finds_no_position(data: st.DataObject) -> None:
    """`cooccurrences` skips a rule none of whose words or stems is credited; the positions scan
    over the same credits finds nothing for it either."""
    rules = _topics().cooccurrence  # type: ignore[attr-defined]
    vocabulary = sorted({w for r in rules for w in r.words} | {"mutter", "kind", "trinkt"})
    words = data.draw(st.lists(st.sampled_from(vocabulary), min_size=1, max_size=20))
    credits = [Credit(p, data.draw(st.sampled_from([words[p], *vocabulary])), "x", 1.0, True)
               for p in data.draw(st.lists(st.integers(0, len(words) - 1), max_size=6))]
    stems = [stem(w) for w in words]
    terms = {c.term for c in credits} | {words[c.position] for c in credits}
    credited_stems = {stems[c.position] for c in credits}
    for rule in rules:
        inflected = _stems_of(rule.words)
        positions = {c.position for c in credits
                     if c.term in rule.words or words[c.position] in rule.words
                     or stems[c.position] in inflected}  # fmt: skip
        skipped = rule.words.isdisjoint(terms) and inflected.isdisjoint(credited_stems)
        assert not (skipped and positions), (rule.topic, words, credits)
