"""Run only the alternatives of a pattern whose words a text holds (the gate, per alternative).

Long patterns of the age and birth readers are alternations of a dozen phrases ("\\bgeburt\\s+…
|\\bborn\\s+…|\\bkam\\s+…|…"). `gate.Gated` skips such a pattern only when no alternative can
match; when one can, the scan tries every alternative at every position of the text, although
most of them need words the text does not hold at all. An alternative that lacks a string each
of its matches needs can match nowhere in the text, so removing it changes no match: `Pruned`
compiles the pattern once per set of alternatives that can match (kept per pattern) and runs
that. A removed alternative with groups is written as `(?!)(?:…)`, a branch that fails at once,
so that the groups keep their numbers and names and every match reads exactly as the full
pattern's; one without groups is left out (a pattern of literal alternatives keeps the quick
search for their first letters that `re` compiles in). The failing branch holds only empty groups
of the same numbers and names (`skeleton`), not the removed alternative's text: compiling a
variant cost as much as its source is long — 1 to 5 ms for the birth readers' 2–3 kB
alternations, paid on the request that meets a set the second time — and the removed text was
most of it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import Any

from bot.understanding.gate_hoist import boundary_led, hoisted

_MAX_VARIANTS = 256  # sets of alternatives compiled per pattern; beyond it the full pattern runs
# a set of alternatives is compiled when met this often: a set seen once (most of them in a
# long-running bot: 1 request in 20 met a new one after 3,000 requests) costs ~5 ms to compile
# and only ~0.1 ms more to scan with the full pattern, which finds the very same matches; a
# compile pays back after some fifty scans, so a set met a handful of times is not worth one
# (speed75: 8 rather than 2 took 4,500 all9 requests in a bot's order from 25.0 to 23.1 s CPU
# after the first 1,500, p99 25.9 → 23.6 ms, and the compiles out of a warm bench's rounds)
_COMPILE_AFTER = 8
_MAX_SIGHTINGS = 4096  # sets counted per pattern before the count starts over
_GLOBAL_FLAGS = re.compile(r"\(\?[aiLmsux]+\)")

Clauses = tuple[tuple[str, ...], ...]  # every match holds a string of each tuple


def split_alternatives(source: str) -> list[str]:
    """The pattern source's top-level alternatives: split at each "|" outside a group and a
    character class (escapes skipped)."""
    parts: list[str] = []
    depth, start, i, in_class = 0, 0, 0, False
    while i < len(source):
        ch = source[i]
        if ch == "\\":
            i += 2
            continue
        if in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
            i += 1
            if source.startswith("^", i):
                i += 1
            if source.startswith("]", i):  # "[]…]" and "[^]…]": the first "]" is a literal
                i += 1
            continue
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            parts.append(source[start:i])
            start = i + 1
        i += 1
    parts.append(source[start:])
    return parts


def skeleton(alone: re.Pattern[str]) -> str:
    """A branch that fails at once and holds the alternative's groups, numbered and named as in
    it (in order of their opening brackets, as `re` numbers them), or "" when it has none."""
    if not alone.groups:
        return ""
    names = {number: name for name, number in alone.groupindex.items()}
    groups = (f"(?P<{names[i]}>)" if i in names else "()" for i in range(1, alone.groups + 1))
    return "(?!)(?:" + "".join(groups) + ")"


def alternatives(
    pattern: re.Pattern[str], needed: Callable[[re.Pattern[str]], Any]
) -> list[tuple[str, Clauses, str]] | None:
    """The pattern's top-level alternatives with the strings each needs (sorted, longest
    first) and the `skeleton` that stands for it where it cannot match, or None where pruning
    cannot help or cannot be read safely: one alternative only, none that needs a string,
    verbose or global inline flags, an alternative that does not compile alone
    (a reference to another one's group)."""
    source = pattern.pattern
    if not isinstance(source, str) or pattern.flags & re.VERBOSE or _GLOBAL_FLAGS.match(source):
        return None
    parts = split_alternatives(source)
    if len(parts) < 2:
        return None
    found = []
    for part in parts:
        try:
            alone = re.compile(part, pattern.flags)
        except re.error:
            return None
        clauses = needed(alone)
        ordered = tuple(tuple(sorted(s, key=len, reverse=True)) for s in clauses)
        found.append((part, ordered, skeleton(alone)))
    if not any(clauses for _part, clauses, _groups in found):
        return None
    return found


def holds(text: str, clauses: Clauses) -> bool:
    """Whether the text holds a string of each tuple (plain loops: no generators per call)."""
    for strings in clauses:
        for string in strings:
            if string in text:
                break
        else:
            return False
    return True


class Pruned:
    """A compiled pattern that runs, over each text, only the alternatives that can match it."""

    __slots__ = ("_last", "compiled", "firsts", "led", "needed", "parts", "scan", "sightings",
                 "strings", "variants")

    def __init__(self, compiled: re.Pattern[str], needed: Clauses,
                 parts: list[tuple[str, Clauses, str]]) -> None:  # fmt: skip
        self.compiled = compiled
        self.needed = needed  # what every match needs: a text without it skips all at once
        self.parts = tuple(parts)
        # one set of strings per alternative, the rarest-looking (`gate._best` sorts them so),
        # each tested once per text however many alternatives share it (weekdays, "geb")
        self.firsts = tuple(frozenset(clauses[0]) if clauses else frozenset()
                            for _part, clauses, _groups in parts)  # fmt: skip
        self.strings = tuple(sorted(frozenset().union(*self.firsts)))
        # alternatives that all open with a word boundary test it once (`gate_hoist`): the full
        # scan and every variant are compiled so, with the same matches and groups
        self.led = boundary_led([part for part, _clauses, _groups in parts])
        self.scan = compiled if self.led is None else re.compile(hoisted(self.led), compiled.flags)
        self.variants: dict[tuple[bool, ...], re.Pattern[str]] = {}
        self.sightings: dict[tuple[bool, ...], int] = {}
        self._last: tuple[str | None, re.Pattern[str] | None] = (None, None)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.compiled, name)  # `pattern`, `flags`, `groupindex`, `subn`, …

    def __repr__(self) -> str:
        return f"pruned({self.compiled!r})"

    def for_text(self, text: str) -> re.Pattern[str] | None:
        """The pattern of the alternatives the text holds the strings of; None when none can
        match. The last text's answer is kept: readers ask one pattern about one text twice."""
        last, found = self._last
        if text is last:
            return found
        if not holds(text, self.needed):
            found = None
        else:
            present = {string for string in self.strings if string in text}
            kept = tuple(not first or not present.isdisjoint(first) for first in self.firsts)
            found = self._variant(kept) if any(kept) else None
        self._last = (text, found)
        return found

    def _variant(self, kept: tuple[bool, ...]) -> re.Pattern[str]:
        if all(kept):
            return self.scan
        found = self.variants.get(kept)
        if found is None:
            if len(self.variants) >= _MAX_VARIANTS or not self._met_often(kept):
                return self.scan  # the same matches, only slower
            parts = [part for part, _clauses, _groups in self.parts] if self.led is None \
                else self.led
            pairs = zip(parts, self.parts, kept, strict=True)
            chosen = [part if keep else groups
                      for part, (_part, _clauses, groups), keep in pairs if keep or groups]
            source = "|".join(chosen) if self.led is None else hoisted(chosen)
            found = self.variants[kept] = re.compile(source, self.compiled.flags)
        return found

    def _met_often(self, kept: tuple[bool, ...]) -> bool:
        """Count a sighting of the set; whether it has now been met `_COMPILE_AFTER` times."""
        if len(self.sightings) >= _MAX_SIGHTINGS:
            self.sightings.clear()
        seen = self.sightings[kept] = self.sightings.get(kept, 0) + 1
        return seen >= _COMPILE_AFTER

    def search(self, text: str, *span: int) -> re.Match[str] | None:
        found = self.for_text(text)
        return found.search(text, *span) if found is not None else None

    def match(self, text: str, *span: int) -> re.Match[str] | None:
        found = self.for_text(text)
        return found.match(text, *span) if found is not None else None

    def fullmatch(self, text: str, *span: int) -> re.Match[str] | None:
        found = self.for_text(text)
        return found.fullmatch(text, *span) if found is not None else None

    def finditer(self, text: str, *span: int) -> Iterator[re.Match[str]]:
        found = self.for_text(text)
        return found.finditer(text, *span) if found is not None else iter(())

    def findall(self, text: str, *span: int) -> list[Any]:
        found = self.for_text(text)
        return found.findall(text, *span) if found is not None else []

    def sub(self, repl: str | Callable[[re.Match[str]], str], text: str, count: int = 0) -> str:
        found = self.for_text(text)
        return found.sub(repl, text, count) if found is not None else text

    def split(self, text: str, maxsplit: int = 0) -> list[str]:
        found = self.for_text(text)
        return found.split(text, maxsplit) if found is not None else [text]


__all__ = ["Pruned", "alternatives", "skeleton", "split_alternatives"]
