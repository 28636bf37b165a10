"""The foreign rules indexed by key, and each key's screen: what the rewrite pass tries per word.

One job: hold the compiled rules of `foreign_rules` and, per index key, the two tests that let the
rewrite pass skip a key's rules — the strings a match opens with (`foreign_openings`) and one
pattern matching wherever one of the key's rules does (`GatedScreen`). Both are read off the
rules' patterns by Python's `re` parser, which is slow: a process that will serve users reads
them for every key at start (`analyse_all`), from the disk cache when an earlier process of the
same package wrote them (`screen_cache`).
"""

from __future__ import annotations

import hashlib
import multiprocessing
import re
from collections import ChainMap
from collections.abc import Mapping
from dataclasses import dataclass, field

from bot.understanding import screen_cache
from bot.understanding.alternation import at_digit, factored
from bot.understanding.foreign_openings import openings
from bot.understanding.foreign_screen import GatedScreen
from bot.understanding.gate import needed_strings_in

DIGIT = "#"
_UNNAMED = re.compile(r"\(\?P<\w+>")  # a named group's opening, as `Vocabulary.source` drops it


class LazyPattern:
    """A rule's regular expression, compiled when a text first reaches the rule.

    The sections hold some 11,000 rules; a message reaches few of them (the rewrite pass tries a
    key's rules only where its screen matches), yet compiling all at start cost every process —
    the command line, each bot core process, each test that starts one — about four seconds. The
    source and flags are read uncompiled (`foreign_openings`, `Vocabulary.source`, `gate`); a
    process that serves users compiles them all when it warms (`Vocabulary.compile_all`)."""

    __slots__ = ("_compiled", "flags", "pattern")

    def __init__(self, pattern: str) -> None:
        self.pattern = pattern
        self.flags = re.UNICODE  # what `re.compile` gives a str pattern without flags
        self._compiled: re.Pattern[str] | None = None

    def compiled(self) -> re.Pattern[str]:
        if self._compiled is None:
            self._compiled = re.compile(self.pattern)
        return self._compiled

    def match(self, string: str, pos: int = 0) -> re.Match[str] | None:
        return (self._compiled or self.compiled()).match(string, pos)


@dataclass(frozen=True, slots=True)
class Rule:
    pattern: LazyPattern
    kind: str  # "age", "list" (of ages, no unit), "wish", "counted", "word" or "filler"
    output: str
    language: str
    # an `accented` word: it matches only where the text has exactly these marks (lower case)
    exact: str = ""
    # a `before_names` word: it means this only typed in lower case before a capitalised name
    before_name: bool = False


@dataclass(frozen=True, slots=True)
class Vocabulary:
    rules: dict[str, tuple[Rule, ...]]
    numbers: dict[str, float]
    languages: dict[str, str]
    # per section, its number words another section read first with another value: Catalan
    # "set" (seven) beside Arabizi "set" (six); a rule of the section reads its own value
    overrides: dict[str, dict[str, float]] = field(default_factory=dict)
    # the same for language names: Catalan "romanès" is Romanian, Romani "romanes" Romani
    named: dict[str, dict[str, str]] = field(default_factory=dict)
    # per index key, one pattern that matches where any of its rules does (built when first used)
    screens: dict[str, GatedScreen] = field(default_factory=dict)
    # per index key, the literal strings a match of one of its rules starts with (`opening`)
    openings: dict[str, tuple[str, ...]] = field(default_factory=dict)

    def numbers_of(self, language: str) -> Mapping[str, float]:
        """The number words as a rule of `language` reads them (its own values looked up first,
        not copied over the ~2,900 shared ones on every replacement)."""
        own = self.overrides.get(language)
        return self.numbers if own is None else ChainMap(own, self.numbers)

    def languages_of(self, language: str) -> Mapping[str, str]:
        """The language names as a wish rule of `language` reads them."""
        own = self.named.get(language)
        return self.languages if own is None else ChainMap(own, self.languages)

    def opening(self, key: str) -> tuple[str, ...]:
        """The strings the text starts with wherever one of the key's rules matches; a
        position that starts with none of them needs no screen (`foreign_openings`)."""
        found = self.openings.get(key)
        if found is None:
            found = self.openings[key] = openings(r.pattern for r in self.rules[key])
        return found

    def source(self, key: str) -> str:
        """One pattern matching exactly where one of the key's rules matches.

        A German word that shares a key's first letters ("die", "ma", a number) usually matches
        none of the key's dozens of rules; trying them one by one cost more than any other part
        of the rewrite pass. An alternation tries the same rules in C, in the same order, so it
        matches at a position exactly when one rule does (the rules' own groups, named the same
        in several rules, become plain groups: only the rule itself is used for the rewrite).
        The rules' shared beginnings are read once (`alternation.factored`): the 148 rules of the
        digit key all start with the number, which the plain alternation read 148 times.
        """
        rules = [_UNNAMED.sub("(?:", r.pattern.pattern) for r in self.rules[key]]
        if key == DIGIT:  # tried only where a digit stands: no number word matches there
            rules = [p for p in map(at_digit, rules) if p is not None]
        return factored(rules)

    def screen(self, key: str) -> GatedScreen:
        """The key's pattern (`source`) behind the strings its matches need, tested once per
        text (`foreign_screen`); compiled when a text first passes that test."""
        found = self.screens.get(key)
        if found is None:
            source = self.source(key)
            found = self.screens[key] = GatedScreen(source, needed_strings_in(source))
        return found

    def compile_all(self) -> None:
        """Compile every rule now: a process that will serve users pays it at start, not in the
        first requests that reach each rule."""
        for rules in self.rules.values():
            for rule in rules:
                rule.pattern.compiled()

    def analysis(self, key: str) -> screen_cache.Analysis:
        """The key's openings and screen as read off its rules (the slow part: `re`'s parser)."""
        source = self.source(key)
        return screen_cache.Analysis(self.opening(key), source, needed_strings_in(source))

    def analyse_all(self, workers: int = 1) -> None:
        """Read every key's openings and screen now, from the disk cache where it has them.

        Read per key when first used they cost about two minutes of CPU for all keys (stop
        56), spread over a new process's first requests — and the first user of a core process that
        replaced a dead one waited for all of them. A process that has the cores to itself (the
        test session before its workers start, an image build) reads the missing keys on
        `workers` forked processes: the reading is pure, so the screens are the same."""
        known = screen_cache.load()
        entries = {key: self.entry(key) for key in self.rules}
        missing = [key for key, entry in entries.items() if entry not in known]
        fresh = self._analysed(missing, workers)
        for key, entry in entries.items():
            analysis = fresh.get(key) or known[entry]
            self.openings.setdefault(key, analysis.openings)
            self.screens.setdefault(key, GatedScreen(analysis.source, analysis.needed))
        if missing:
            used = {entry: fresh.get(key) or known[entry] for key, entry in entries.items()}
            screen_cache.save(used, earlier=known)

    def entry(self, key: str) -> str:
        """The name of the key's analysis in the disk cache: a digest of all the reading
        depends on besides its code — the key's rules, their flags, whether the key is the
        digit key — so an edited rule is read again and an unchanged one never is."""
        digest = hashlib.sha256(b"#" if key == DIGIT else b"")
        for rule in self.rules[key]:
            digest.update(f"{rule.pattern.flags}\x01{rule.pattern.pattern}\x00".encode())
        return digest.hexdigest()[:32]

    def _analysed(self, keys: list[str], workers: int) -> dict[str, screen_cache.Analysis]:
        if workers <= 1 or len(keys) < 2 * _CHUNK:
            return {key: self.analysis(key) for key in keys}
        global _FORKED
        _FORKED = self  # the children inherit the built vocabulary instead of building it again
        try:
            with multiprocessing.get_context("fork").Pool(workers) as pool:
                chunks = [keys[at : at + _CHUNK] for at in range(0, len(keys), _CHUNK)]
                return {key: analysis for part in pool.imap_unordered(_analyse_forked, chunks)
                        for key, analysis in part.items()}  # fmt: skip
        finally:
            _FORKED = None


_CHUNK = 100  # keys per task: small enough that both workers finish together
_FORKED: Vocabulary | None = None


def _analyse_forked(keys: list[str]) -> dict[str, screen_cache.Analysis]:
    assert _FORKED is not None, "only called in a child forked by Vocabulary._analysed"
    return {key: _FORKED.analysis(key) for key in keys}


__all__ = ["DIGIT", "LazyPattern", "Rule", "Vocabulary"]
