"""The foreign rules compile when a text first reaches them, or all at once when a process warms.

A process that answers one message (the command line, a test) no longer compiles ~11,000 rules at
start; one that will serve users still does, in `foreign.warm`. What a user relies on: the same
matches either way.
"""

from __future__ import annotations

import re

from bot.understanding.foreign_rules import vocabulary
from bot.understanding.foreign_vocabulary import LazyPattern


def test_a_lazy_pattern_matches_as_the_compiled_one() -> None:
    lazy = LazyPattern(r"(?P<n>\d{1,2})\s*(?:yaş|jahre)(?!\w)")
    assert lazy._compiled is None  # nothing compiled until a text reaches it
    for text, pos in (("kind 4 jahre alt", 5), ("oglum 7 yaş", 6), ("4 jahren", 0), ("", 0)):
        expected = re.compile(lazy.pattern).match(text, pos)
        found = lazy.match(text, pos)
        assert (found and (found.span(), found.groupdict())) == (
            expected and (expected.span(), expected.groupdict()))
    assert lazy.flags == re.compile(lazy.pattern).flags


def test_warming_compiles_every_rule() -> None:
    vocab = vocabulary()
    vocab.compile_all()
    rules = [rule for group in vocab.rules.values() for rule in group]
    assert len(rules) > 1000
    assert all(rule.pattern._compiled is not None for rule in rules)
