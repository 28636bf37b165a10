"""The shortcuts of stop 36's speed work find exactly what the scans they replace found.

`gate.gated` prunes a pattern of alternatives per text (`gate_branches.Pruned`): only the
alternatives whose strings the text holds are run. A difference would change an answer, so every
pruned pattern of understanding is checked against its full pattern (spans, groups, `sub`) on the
development requests and on random texts made of the alternatives' own strings. The words of
letters a reader asks `letters` for are exactly its own scan's.
"""

from __future__ import annotations

import importlib
import json
import pkgutil
import re
from functools import cache

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import bot.understanding as understanding
from bot.settings import PROJECT_ROOT
from bot.text import fold
from bot.understanding import age_school, pregnancy, safety_text
from bot.understanding.gate import gated
from bot.understanding.gate_branches import Pruned, split_alternatives
from bot.understanding.letters import letter_tokens, letter_words


@pytest.mark.parametrize(
    ("source", "parts"),
    [
        (r"a|(b|c)|[|]|\||x", ["a", "(b|c)", "[|]", r"\|", "x"]),
        (r"[]|]|b", ["[]|]", "b"]),
        (r"[^]|]x|(?:y|z)\b", ["[^]|]x", r"(?:y|z)\b"]),
        (r"(?<=a|b)c", [r"(?<=a|b)c"]),
    ],
)
def test_alternatives_are_split_at_the_top_level_only(source: str, parts: list[str]) -> None:
    assert split_alternatives(source) == parts


def test_a_removed_alternative_keeps_the_groups_of_the_others() -> None:
    """The "x" is absent: its alternative is not run, and "b" is still the second group."""
    full = re.compile(r"(?P<a>xx)\d|(?P<b>yy)\d|\d\d")
    pruned = gated(full)
    assert isinstance(pruned, Pruned)
    found, expected = pruned.search("so yy7 11"), full.search("so yy7 11")
    assert found and expected
    assert (found.span(), found.groupdict(), found.lastgroup, found.lastindex) == (
        expected.span(),
        expected.groupdict(),
        expected.lastgroup,
        expected.lastindex,
    )
    assert [m.span() for m in pruned.finditer("11 22")] == [(0, 2), (3, 5)]
    assert pruned.search("no digits") is None


@cache
def _pruned() -> tuple[Pruned, ...]:
    """Every pruned pattern of understanding's modules and of the cached pattern tables."""
    found: dict[int, Pruned] = {}
    for info in pkgutil.iter_modules(understanding.__path__):
        module = importlib.import_module(f"bot.understanding.{info.name}")
        for value in vars(module).values():
            if isinstance(value, Pruned):
                found[id(value)] = value
    for value in [*pregnancy._patterns().values(), *age_school._patterns().values(),
                  pregnancy._pregnancy_words(), pregnancy._pregnancy_phrases(),
                  safety_text._age_aside(), safety_text._pregnancy_week(),
                  safety_text._school_class(), safety_text._abbreviations()[0]]:  # fmt: skip
        if isinstance(value, Pruned):
            found[id(value)] = value
    return tuple(found.values())


@cache
def _texts() -> tuple[str, ...]:
    lines = (PROJECT_ROOT / "tests" / "data" / "dev.jsonl").read_text("utf-8").splitlines()
    return tuple(fold(json.loads(line)["q"]) for line in lines if line.strip())


def _same(pruned: Pruned, text: str) -> None:
    full = pruned.compiled
    assert [(m.span(), m.groups(), m.lastindex) for m in pruned.finditer(text)] == [
        (m.span(), m.groups(), m.lastindex) for m in full.finditer(text)
    ], (full.pattern, text)
    assert pruned.sub("#", text) == full.sub("#", text)
    found, expected = pruned.search(text), full.search(text)
    assert (found and found.span()) == (expected and expected.span())


def test_pruned_patterns_answer_as_the_full_pattern_on_every_development_request() -> None:
    patterns = _pruned()
    assert len(patterns) >= 10  # the age, birth and school patterns are pruned
    for pruned in patterns:
        for text in _texts():
            _same(pruned, text)


@cache
def _pieces() -> tuple[str, ...]:
    strings = {s for p in _pruned() for _part, clauses, _groups in p.parts
               for clause in clauses for s in clause}  # fmt: skip
    return tuple(sorted(strings | {" ", " 3 ", "12", ".", ",", "(", ")", "kind", "wochen", "geb"}))


@settings(max_examples=300, deadline=None)
@given(st.data())
def test_pruned_patterns_answer_as_the_full_pattern_on_texts_of_their_own_strings(
    data: st.DataObject,
) -> None:
    words = data.draw(st.lists(st.sampled_from(_pieces()), min_size=1, max_size=12))
    separators = data.draw(st.lists(st.sampled_from(["", " ", "  ", ", ", " 4 "]),
                                    min_size=len(words), max_size=len(words)))  # fmt: skip
    text = "".join(w + s for w, s in zip(words, separators, strict=True))
    for pruned in _pruned():
        _same(pruned, text)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from("aäßé Б9_-.,\n'Ωx"), max_size=40))
def test_letter_words_read_once_are_the_pattern_s_words(text: str) -> None:
    """The shared word list is exactly what each reader's own `[^\\W\\d_]+` scan found."""
    plain = re.compile(r"[^\W\d_]+")
    assert letter_words(text) == tuple(plain.findall(text))
    assert letter_tokens(text) == tuple((m.start(), m.end(), m.group())
                                        for m in plain.finditer(text))  # fmt: skip
    assert letter_words(text) == letter_words(text[:] + "")  # an equal text: the same words
