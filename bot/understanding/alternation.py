"""One pattern that matches wherever any of many patterns does, their shared beginnings factored.

The language screen (`foreign_rules.Vocabulary.screen`) tests at a word whether any of a key's
rules matches there, with one alternation of all of them. Python's `re` tries the alternatives
one by one: at every number of a message the 148 rules of the digit key each read the number
again (and its list "3, 5 und 7") before failing on the unit, about 60 µs a number. The rules
share their beginnings ("(?:\\d{1,2}(?:[.,]5)?)…"), so here the alternation becomes a trie of
the patterns' top-level pieces: `A(?:B|C)` for `AB|AC`, each shared piece read once.

Only whether some pattern matches at a position is kept, not which one nor its groups: `AB|AC`
and `A(?:B|C)` match at the same positions, and a pattern that ends where another goes on
(`A|AB`) already decides. A pattern whose pieces cannot be read safely (a top-level "|", an
escape of a character code, a backreference) stays one piece of its own.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

_QUANTIFIER = re.compile(r"[*+?]|\{(?:\d+(?:,\d*)?|,\d+)\}")
# escapes whose length is not two characters, or that refer to a group: read as no pieces
_LONG_ESCAPES = frozenset("xuUN0123456789gk")


def _closing(pattern: str, at: int) -> int:
    """The index after the group or class that opens at `at`, or -1 when it is not closed."""
    depth = 0
    i = at
    while i < len(pattern):
        char = pattern[i]
        if char == "\\":
            i += 2
            continue
        if char == "[":
            i = _class_end(pattern, i)
            if i < 0:
                return -1
            continue
        if char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
            if depth == 0:
                return i + 1
        i += 1
    return -1


def _class_end(pattern: str, at: int) -> int:
    """The index after the character class that opens at `at` ("[^]a-z\\]]" included)."""
    i = at + 1
    if pattern.startswith("^", i):
        i += 1
    if pattern.startswith("]", i):
        i += 1
    while i < len(pattern):
        if pattern[i] == "\\":
            i += 2
            continue
        if pattern[i] == "]":
            return i + 1
        i += 1
    return -1


def pieces(pattern: str) -> list[str] | None:
    """The pattern's top-level pieces, each with its quantifier, or None when they cannot be
    read safely (then the pattern is kept whole)."""
    found: list[str] = []
    i = 0
    while i < len(pattern):
        char = pattern[i]
        if char == "\\":
            if i + 1 >= len(pattern) or pattern[i + 1] in _LONG_ESCAPES:
                return None
            end = i + 2
        elif char == "[":
            end = _class_end(pattern, i)
        elif char == "(":
            end = _closing(pattern, i)
            if pattern.startswith("(?P=", i) or pattern.startswith("(?(", i):
                return None  # a backreference or a conditional: not split
        elif char in "|)*+?{":
            return None  # a top-level alternative, or a quantifier with nothing before it
        else:
            end = i + 1
        if end < 0:
            return None
        quantifier = _QUANTIFIER.match(pattern, end)
        if quantifier:
            end = quantifier.end()
            if end < len(pattern) and pattern[end] in "?+":  # lazy or possessive
                end += 1
        found.append(pattern[i:end])
        i = end
    return found


class _Node:
    __slots__ = ("children", "end")

    def __init__(self) -> None:
        self.children: dict[str, _Node] = {}
        self.end = False


def _emit(node: _Node) -> str:
    if node.end:
        return ""  # a pattern ends here: a match exists whatever follows
    parts = [piece + _emit(child) for piece, child in node.children.items()]
    return parts[0] if len(parts) == 1 else "(?:" + "|".join(parts) + ")"


def factored(patterns: Iterable[str]) -> str:
    """One pattern that matches at a position exactly where one of `patterns` does (its groups
    and which pattern matched are not kept)."""
    root = _Node()
    for pattern in patterns:
        node = root
        for piece in pieces(pattern) or [f"(?:{pattern})"]:
            node = node.children.setdefault(piece, _Node())
        node.end = True
    if not root.children and not root.end:
        return "(?!)"  # no pattern: nothing matches
    return _emit(root)


__all__ = ["factored", "pieces"]
