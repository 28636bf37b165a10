"""The regex gate skips only scans that could not match: same answers, less work."""

from __future__ import annotations

import importlib
import json
import pkgutil
import re

import pytest

import bot.understanding as understanding
from bot.settings import PROJECT_ROOT
from bot.text import fold
from bot.understanding.gate import Gated, gated, needed_strings


@pytest.mark.parametrize(
    ("pattern", "text", "needed"),
    [
        (r"\b(?:geburt|entbindung)\s+gestern", "geburt gestern", {"gestern"}),
        (r"ge(?:burt|boren)\b", "geboren", {"geburt", "geboren"}),
        (r"(?<!tot)geburt|born\s+\d", "born 3", {"geburt", "born"}),
        (r"kind(?:er)?\s+\d", "kinder 3", {"kind"}),
    ],
)
def test_needed_strings_are_read_from_the_pattern(pattern: str, text: str, needed: set[str]):
    clauses = needed_strings(re.compile(pattern))
    assert needed in [set(c) for c in clauses]
    assert gated(re.compile(pattern)).search(text)


@pytest.mark.parametrize(
    "pattern",
    [r"\w+", r"(?i)geburt", r"(?:geburt)?\s*\d", r"a|\d", r"(a)?(?(1)b|c)"],
)
def test_no_gate_where_a_match_needs_no_string(pattern: str):
    """Case-insensitive or optional words, an alternative of any digit: the pattern runs."""
    assert needed_strings(re.compile(pattern)) == ()
    assert not isinstance(gated(re.compile(pattern)), Gated)


def _texts() -> list[str]:
    lines = (PROJECT_ROOT / "tests" / "data" / "dev.jsonl").read_text("utf-8").splitlines()
    return [fold(json.loads(line)["q"]) for line in lines if line.strip()]


def test_gated_patterns_answer_as_the_pattern_on_every_development_request():
    """Every module-level pattern of understanding, gated, finds exactly what it finds alone."""
    texts = [*_texts(), "geburt gestern", "vor 3 wochen geboren", "u9 mannschaft", "kita 3 jahre"]
    for info in pkgutil.iter_modules(understanding.__path__):
        module = importlib.import_module(f"bot.understanding.{info.name}")
        for value in vars(module).values():
            pattern = value.compiled if isinstance(value, Gated) else value
            if not isinstance(pattern, re.Pattern) or not isinstance(pattern.pattern, str):
                continue
            gate = gated(pattern)
            for text in texts:
                assert [m.span() for m in gate.finditer(text)] == [
                    m.span() for m in pattern.finditer(text)
                ], (pattern.pattern, text)
