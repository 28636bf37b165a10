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


def _alternatives(body: str) -> list[str] | None:
    """The top-level alternatives of a group's body, or None when they cannot be read safely."""
    found: list[str] = []
    start = i = 0
    while i < len(body):
        char = body[i]
        if char == "\\":
            i += 2
            continue
        if char in "([":
            i = _closing(body, i) if char == "(" else _class_end(body, i)
            if i < 0:
                return None
            continue
        if char == "|":
            found.append(body[start:i])
            start = i + 1
        i += 1
    return [*found, body[start:]]


def at_digit(pattern: str) -> str | None:
    """The pattern as it can match at a digit: the alternatives of its first group that start
    with a letter dropped, or None when none is left (then it cannot match there at all).

    The digit key's rules begin with a number written in digits or in the language's words
    ("(?:\\d{1,2}(?:[.,]5)?|yirmi[\\s\\-]+bir|…)"); the screen tries them only where a digit
    stands, where a word's letter never matches, and the number alone is the same first piece
    of every rule, read once (`factored`). An alternative is dropped only when it starts with a
    plain letter; anything else (an escape, a class, a group) is kept as it is.
    """
    found = pieces(pattern)
    if not found or not found[0].startswith("(?:") or _closing(found[0], 0) != len(found[0]):
        return pattern  # no group to prune, or one with a quantifier: kept whole
    options = _alternatives(found[0][3:-1])
    if options is None:
        return pattern
    kept = [o for o in options if not (o[:1].isalpha() and not o[:1].isdigit())]
    if not kept:
        return None
    return "(?:" + "|".join(kept) + ")" + "".join(found[1:])


__all__ = ["at_digit", "factored", "pieces"]
