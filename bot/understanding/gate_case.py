"""Gate a case-insensitive pattern as `gate` gates the others.

`gate.gated` reads the strings every match of a pattern needs, but not of a case-insensitive
one: "Mit freundlichen Grüßen" matches "mit freundlichen grüßen" too, so the strings are no
substring test of the text as written. Compared in one case they are: `re.IGNORECASE` matches a
character where its simple lower case is the pattern's, or one of the few extra characters
Unicode folds with it ("ſ" with "s", "ς" with "σ": `re._casefix`). `folded` writes every
character as the first of its fold class, the text and the needed strings alike, so a text whose
folded form lacks every string of a set cannot match, and the scan is skipped. The letter's
signature rules are such patterns, run over every message; most messages hold none of their
words. Results are exactly the pattern's own.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache
from re import _casefix  # type: ignore[attr-defined]
from re import _parser as parser  # type: ignore[attr-defined]

from bot.understanding.gate import Gated, _Unreadable, gated
from bot.understanding.gate import _sequence as _needed
from bot.understanding.gate_branches import holds

_DOTTED_I = "\u0130"  # "İ": its lower case is "i" to `re`, "i̇" (two characters) to `str.lower`


@cache
def _classes() -> dict[int, str]:
    """Each lower-case character that folds with others, to the first of its class."""
    parent: dict[int, int] = {}

    def root(c: int) -> int:
        while parent.get(c, c) != c:
            c = parent[c]
        return c

    for low, extra in _casefix._EXTRA_CASES.items():
        for other in extra:
            a, b = sorted((root(low), root(other)))
            parent[b] = a
    return {c: chr(root(c)) for c in parent}


def _fold(text: str) -> str:
    return text.replace(_DOTTED_I, "i").lower().translate(_classes())


@lru_cache(maxsize=16)
def folded(text: str) -> str:
    """The text with every character as the first of its case-fold class (same length): a few
    patterns test one message, each once."""
    return _fold(text)


class CaseGated(Gated):
    """A case-insensitive pattern that answers "no match" at once for a text whose folded form
    lacks a string of a set every match needs."""

    __slots__ = ()

    def can_match(self, text: str) -> bool:
        return holds(folded(text), self.needed)


def case_gated(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """Return a case-insensitive pattern behind a gate of the folded strings its matches need
    (any other pattern as `gated` returns it), or the pattern itself when it needs none."""
    if not pattern.flags & re.IGNORECASE:
        return gated(pattern)
    try:
        _strings, needed = _needed(parser.parse(pattern.pattern, pattern.flags))
    except _Unreadable:
        return pattern
    if not needed:
        return pattern
    return CaseGated(pattern, tuple(frozenset(map(_fold, strings)) for strings in needed))  # type: ignore[return-value]


__all__ = ["CaseGated", "case_gated", "folded"]
