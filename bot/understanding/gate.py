"""Skip a long regular expression over a text that lacks every word it needs.

Many patterns of the age and safety readers are long alternations that start with a word
boundary or a lookbehind ("\\b(?:geburt|entbindung|…)\\s+…"): Python's `re` then has no prefix
to jump to and tries every position of the text, and most requests hold none of the words at
all. `gated` reads a compiled pattern once and derives literal strings at least one of which
every match must contain ("geburt", "entbind", "born", …); a text holding none of them cannot
match, and the scan is skipped with a few substring tests in C. The words are read from the
pattern itself, so a pattern edited later keeps a correct gate; where no such set can be read
(case-insensitive flags, a class of any letter at every turn) the pattern runs as before.
Results are exactly the pattern's own.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from functools import cache
from re import _constants as c  # type: ignore[attr-defined]
from re import _parser as parser  # type: ignore[attr-defined]
from typing import Any

from bot.understanding.gate_branches import Pruned, alternatives
from bot.vocabulary.lexicon import common_words, frequent_words

_MAX_STRINGS = 64  # concatenating alternatives beyond this many strings is not worth it
_MAX_CLASS = 8  # a character class of up to this many letters counts as its letters
_SHORT = 100  # a string this much shorter than four letters counts as common as this many words
_CLAUSES = 3  # sets kept per pattern: each more one is a further test a text must pass
_REPEATS = (c.MAX_REPEAT, c.MIN_REPEAT, getattr(c, "POSSESSIVE_REPEAT", c.MAX_REPEAT))
_ZERO_WIDTH = (c.AT, c.ASSERT, c.ASSERT_NOT)


class _Unreadable(Exception):
    """The pattern uses a construct whose strings are not read (flags, conditional groups)."""


def _minimal(strings: set[str]) -> frozenset[str]:
    """Drop a string that holds another of the set: finding the shorter one is enough."""
    ordered = sorted(strings, key=len)
    kept: list[str] = []
    for s in ordered:
        if not any(k in s for k in kept):
            kept.append(s)
    return frozenset(kept)


_Clauses = tuple[frozenset[str], ...]  # every match holds a string of each set


@cache
def _everyday() -> str:
    return "\n".join(sorted(frequent_words() | common_words()))


@cache
def _common(string: str) -> int:
    return _everyday().count(string) + _SHORT * max(0, 4 - len(string))


@cache
def _commonness(strings: frozenset[str]) -> tuple[int, list[str]]:
    """How often a text is likely to hold one of the strings: how many everyday words hold them,
    short strings counting as common ("." or "am" is in nearly every text, "gestern" rarely)."""
    return sum(map(_common, strings)), sorted(strings)


def _best(*clauses: _Clauses) -> _Clauses:
    """The most selective sets of several necessary ones: the rarest-looking strings first."""
    found = {s for clause in clauses for s in clause}
    return tuple(sorted(found, key=_commonness)[:_CLAUSES])


def _necessary(strings: set[str] | None) -> _Clauses:
    if not strings or "" in strings:
        return ()
    return (_minimal(strings),)


def _sequence(items: Any) -> tuple[set[str] | None, _Clauses]:
    """Return (the finite set of strings the sequence can match, if any; sets of strings of each
    of which every match contains one)."""
    run: set[str] | None = {""}
    exact = True
    best: _Clauses = ()
    for op, av in items:
        if op in _ZERO_WIDTH:
            continue  # consumes nothing: the strings before and after stay adjacent
        strings, needed = _item(op, av)
        if strings is not None and run is not None and len(run) * len(strings) <= _MAX_STRINGS:
            run = {a + b for a in run for b in strings}
            continue
        best = _best(best, _necessary(run))
        if strings is not None:
            run = set(strings)
        else:
            exact = False
            best = _best(best, needed)
            run = {""}
    best = _best(best, _necessary(run))
    return (run if exact else None), best


def _branch(alternatives: list[Any]) -> tuple[set[str] | None, _Clauses]:
    """Alternatives: a match holds, for each rank i, one string of some alternative's i-th set."""
    strings: set[str] | None = set()
    picked: list[_Clauses] = []
    for items in alternatives:
        alternative, needed = _sequence(items)
        if strings is not None and alternative is not None:
            strings |= alternative
        else:
            strings = None
        picked.append(_best(needed, _necessary(alternative)))
    if strings is not None and len(strings) > _MAX_STRINGS:
        strings = None
    if not all(picked):
        return strings, ()
    depth = max(map(len, picked))
    clauses = [
        _minimal({s for sets in picked for s in sets[min(i, len(sets) - 1)]}) for i in range(depth)
    ]
    return strings, _best(tuple(clauses))


def _item(op: Any, av: Any) -> tuple[set[str] | None, _Clauses]:
    if op is c.LITERAL:
        return {chr(av)}, (frozenset((chr(av),)),)
    if op is c.IN:
        letters = set()
        for kind, value in av:
            if kind is c.LITERAL:
                letters.add(chr(value))
            elif kind is c.RANGE and value[1] - value[0] < _MAX_CLASS:
                letters.update(chr(v) for v in range(value[0], value[1] + 1))
            else:
                return None, ()  # a negated class, a category (\w, \d), a wide range
        return (letters, _necessary(letters)) if len(letters) <= _MAX_CLASS else (None, ())
    if op is c.SUBPATTERN:
        _group, add_flags, _del_flags, items = av
        if add_flags & c.SRE_FLAG_IGNORECASE:
            raise _Unreadable
        return _sequence(items)
    if op is getattr(c, "ATOMIC_GROUP", None):
        return _sequence(av)
    if op is c.BRANCH:
        return _branch(av[1])
    if op in _REPEATS:
        low, high, items = av
        strings, needed = _sequence(items)
        if strings is not None and low == high and len(strings) ** low <= _MAX_STRINGS:
            repeated = {""}
            for _ in range(low):
                repeated = {a + b for a in repeated for b in strings}
            return repeated, _best(needed, _necessary(repeated))
        if strings is not None and low == 0 and high == 1:
            return strings | {""}, ()
        return None, (needed if low >= 1 else ())
    if op is c.GROUPREF_EXISTS:
        raise _Unreadable
    return None, ()  # any character, a category, a back reference: nothing to require


def needed_strings(pattern: re.Pattern[str]) -> _Clauses:
    """Return sets of strings such that every match of the pattern contains one string of each
    set; empty when none can be read from it."""
    if not isinstance(pattern.pattern, str):
        return ()
    return needed_strings_in(pattern.pattern, pattern.flags)


def needed_strings_in(source: str, flags: int = 0) -> _Clauses:
    """`needed_strings` of a pattern's source, without compiling it."""
    if flags & re.IGNORECASE:
        return ()
    try:
        parsed = parser.parse(source, flags)
        if parsed.state.flags & re.IGNORECASE:  # "(?i)" at the start of the source
            return ()
        _strings, needed = _sequence(parsed)
    except _Unreadable:
        return ()
    return needed


class Gated:
    """A compiled pattern that answers "no match" at once for a text without its strings."""

    __slots__ = ("compiled", "needed")

    def __init__(self, compiled: re.Pattern[str], needed: _Clauses) -> None:
        self.compiled = compiled
        # the rarest-looking set first: most texts fail on it
        self.needed = tuple(tuple(sorted(strings, key=len, reverse=True)) for strings in needed)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.compiled, name)  # `pattern`, `flags`, `groupindex`, `subn`, …

    def __repr__(self) -> str:
        return f"gated({self.compiled!r})"

    def can_match(self, text: str) -> bool:
        """Whether the text holds a string of each set every match needs. Plain loops, not
        `all(any(…))`: the test runs dozens of times per request, and two generators per call
        cost more than the substring tests themselves; `holds` inline, as the gates run
        ~60 times per long request."""
        for strings in self.needed:
            for string in strings:
                if string in text:
                    break
            else:
                return False
        return True

    def search(self, text: str, *span: int) -> re.Match[str] | None:
        return self.compiled.search(text, *span) if self.can_match(text) else None

    def match(self, text: str, *span: int) -> re.Match[str] | None:
        return self.compiled.match(text, *span) if self.can_match(text) else None

    def fullmatch(self, text: str, *span: int) -> re.Match[str] | None:
        return self.compiled.fullmatch(text, *span) if self.can_match(text) else None

    def finditer(self, text: str, *span: int) -> Iterator[re.Match[str]]:
        return self.compiled.finditer(text, *span) if self.can_match(text) else iter(())

    def findall(self, text: str, *span: int) -> list[Any]:
        return self.compiled.findall(text, *span) if self.can_match(text) else []

    def sub(self, repl: str | Callable[[re.Match[str]], str], text: str, count: int = 0) -> str:
        return self.compiled.sub(repl, text, count) if self.can_match(text) else text

    def split(self, text: str, maxsplit: int = 0) -> list[str]:
        return self.compiled.split(text, maxsplit) if self.can_match(text) else [text]


def gated(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """Return the pattern behind a gate of the strings its matches need, or the pattern itself
    when it needs none (the gate is then no cheaper than the scan). A pattern of alternatives
    that need their own strings is also pruned per text (`Pruned`)."""
    needed = needed_strings(pattern)
    branches = alternatives(pattern, needed_strings)
    if branches is not None:
        ordered = tuple(tuple(sorted(strings, key=len, reverse=True)) for strings in needed)
        return Pruned(pattern, ordered, branches)  # type: ignore[return-value]
    if not needed:
        return pattern
    return Gated(pattern, needed)  # type: ignore[return-value]


__all__ = ["Gated", "Pruned", "alternatives", "gated", "needed_strings", "needed_strings_in"]
