"""The literal openings of the foreign rules: where a rule key's rules cannot match, no regex runs.

The rewrite pass tries a rule key's screen (one alternation of its rules, `Vocabulary.screen`)
at every word whose first letters are a key: "kin" at "Kind", "sch" at "Schule", "die" at
"die". Most rules open with a whole word or a longer literal ("kinnergarden", "schwaadt"), and
the German word standing there starts with none of them. The literal strings every match of a
rule must start with are read once from the compiled rule (`openings`); a position whose text
starts with none of a key's openings is skipped with one `str.startswith`, in C, before the
screen and the Python around it run. Where a rule opens with anything but literals (a digit
class, a repeat, a lookaround, a case flag) its opening is the empty string, which every
position starts with: that key is tried as before. Results are exactly the screen's own.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from re import _constants as c  # type: ignore[attr-defined]
from re import _parser as parser  # type: ignore[attr-defined]
from typing import Any, Protocol

_MAX_OPENINGS = 256  # beyond this many strings a rule's opening stops growing (stays necessary)
_MAX_CLASS = 8  # a character class of up to this many literals opens with each of them
_REPEATS = (c.MAX_REPEAT, c.MIN_REPEAT, getattr(c, "POSSESSIVE_REPEAT", c.MAX_REPEAT))
_DIGIT = "\x00"  # the opening of a rule that starts with a number


def _digit(op: Any, av: Any) -> bool:
    """A digit (`\\d`), or one or more of them, at the start of a rule."""
    if op in _REPEATS and av[0] >= 1 and len(av[2]) == 1:
        op, av = av[2][0]
    return op is c.IN and list(av) == [(c.CATEGORY, c.CATEGORY_DIGIT)]


def _sequence(items: Any) -> tuple[set[str], bool]:
    """The literal openings of a sequence of parsed items, and whether they cover it whole
    (only then may what follows the sequence extend them)."""
    found = {""}
    for op, av in items:
        if op is c.LITERAL:
            found = {s + chr(av) for s in found}
            continue
        if op is c.SUBPATTERN and not av[1] and not av[2]:  # a group without flags
            more, whole = _sequence(av[3])
        elif op is c.BRANCH:
            parts = [_sequence(branch) for branch in av[1]]
            more = {s for part, _whole in parts for s in part}
            whole = all(w for _part, w in parts)
        elif op is c.IN and 0 < len(av) <= _MAX_CLASS and all(o is c.LITERAL for o, _ in av):
            more, whole = {chr(v) for _o, v in av}, True
        elif found == {""} and _digit(op, av):
            return {_DIGIT}, False  # a number first: no word's position matches it
        elif op in _REPEATS and av[0] >= 1:  # once at least: the repeated item opens it
            more, whole = _sequence(av[2])[0], False
        else:
            return found, False
        if len(found) * len(more) > _MAX_OPENINGS:
            return found, False
        found = {s + m for s in found for m in more}
        if not whole:
            return found, False
    return found, True


class Source(Protocol):
    """A pattern's source and flags: a compiled pattern or a rule's uncompiled one."""

    pattern: str
    flags: int


def openings(patterns: Iterable[Source]) -> tuple[str, ...]:
    """Strings one of which the text at a position starts with wherever one of the patterns
    matches there (`match`), where that position holds no digit (a word's first letter: the
    rules that start with a number cannot match there); ("",) when some pattern's opening
    cannot be read."""
    found: set[str] = set()
    for pattern in patterns:
        if pattern.flags & (re.IGNORECASE | re.VERBOSE) or not isinstance(pattern.pattern, str):
            return ("",)
        try:
            parsed = parser.parse(pattern.pattern, pattern.flags)
        except re.error:
            return ("",)
        strings, _whole = _sequence(parsed.data)
        if "" in strings:
            return ("",)
        found |= strings - {_DIGIT}
    return tuple(sorted(found))


__all__ = ["openings"]
