"""A long list of sign phrases found word by word instead of by one regex alternation.

`age_each_need` asks whether a clause tells a need: any of ~2,000 topic words, need verbs and
troubles, where a long word may stand inside a compound ("Mathenachhilfe"). As one regex
(`plain_pattern`: `[a-z]*(?:long…)[a-z]*` or an exact phrase, between non-letters) the engine
tried the whole alternation at every letter the leading `[a-z]*` could give back: ~0.1 ms for a
single word, ~0.8 ms for a six-word clause without a sign — the slowest requests of the bench
(several children with ages, each clause read) spent most of their time there.

`WordSigns` answers the same question (match or not) from the text's letter runs: a run holds a
long pure-letter sign (tested once per distinct run, by slices of the signs' lengths), or an
exact phrase starts at the run (looked up by its leading letters, then compared in place). The
few signs that need the regex's own reading (a hyphen or digit inside a long sign, an exact one
opening with a digit) stay in a small regex of the same shape. Exact for every text: a match of
the alternation exists at a position iff one of its branches matches there, and each branch is
tested here under the regex's own boundaries (`pos`/`endpos` as `re.Pattern.search` reads them).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

_RUN = re.compile(r"[a-z]+")
_KEPT_WORDS = 65_536  # distinct letter runs remembered (words recur from request to request)


def plain_pattern(long: Iterable[str], exact: Iterable[str]) -> re.Pattern[str] | None:
    """The signs as one regex: a long sign inside a word, an exact one as it stands."""
    branches = []
    if long := sorted(long, key=len, reverse=True):
        branches.append(r"[a-z]*(?:" + "|".join(map(re.escape, long)) + r")[a-z]*")
    if exact := sorted(exact, key=len, reverse=True):
        branches.append(r"(?:" + "|".join(map(re.escape, exact)) + r")")
    if not branches:
        return None
    return re.compile(r"(?<![a-z])(?:" + "|".join(branches) + r")(?![a-z])")


def _is_letter(char: str) -> bool:
    return "a" <= char <= "z"


class WordSigns:
    """Whether a text holds a sign: what `plain_pattern(long, exact).search` says, by words."""

    def __init__(self, long: Iterable[str], exact: Iterable[str]) -> None:
        long, exact = set(long), set(exact)
        pure_long = {p for p in long if _RUN.fullmatch(p)}
        self._long = frozenset(pure_long)
        self._lengths = tuple(sorted({len(p) for p in pure_long}))
        self._exact = frozenset(exact)
        # an exact phrase opening with a letter can only start where a letter run starts
        by_run: dict[str, list[str]] = {}
        for phrase in exact:
            if opening := _RUN.match(phrase):
                by_run.setdefault(opening.group(), []).append(phrase)
        self._by_run = {run: tuple(phrases) for run, phrases in by_run.items()}
        self._rest = plain_pattern(long - pure_long, {p for p in exact if not _RUN.match(p)})
        self._rest_long = plain_pattern(long - pure_long, ())
        self.holds_long = lru_cache(maxsize=_KEPT_WORDS)(self._holds_long)

    def _holds_long(self, run: str) -> bool:
        """Whether a letter run holds a long sign anywhere (a compound's part)."""
        size, signs = len(run), self._long
        for length in self._lengths:
            if length > size:
                return False
            if any(run[at : at + length] in signs for at in range(size - length + 1)):
                return True
        return False

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> bool:
        """Whether a sign stands in `text[pos:endpos]` (the text before `pos` counts as the
        regex's look-behind sees it: a word cut at `pos` is no word start)."""
        end = len(text) if endpos is None else min(endpos, len(text))
        for run in _RUN.finditer(text, pos, end):
            start = run.start()
            if start == pos and pos > 0 and _is_letter(text[pos - 1]):
                continue  # the run goes on before `pos`: no sign starts in it
            word = run.group()
            if self.holds_long(word):
                return True
            for phrase in self._by_run.get(word, ()):
                after = start + len(phrase)
                if text.startswith(phrase, start, end) and (
                        after == end or not _is_letter(text[after])):  # fmt: skip
                    return True
        return self._rest is not None and self._rest.search(text, pos, end) is not None

    def fullmatch(self, word: str) -> bool:
        """Whether the whole of `word` is a sign (an exact one, or a word holding a long one)."""
        if word in self._exact:
            return True
        if _RUN.fullmatch(word) and self.holds_long(word):
            return True
        return self._rest_long is not None and self._rest_long.fullmatch(word) is not None
