"""Gates of whole sub-readers: a text that holds none of a reader's trigger strings skips it.

Why: the cost of a request is the number of regex passes per text, not any one of them
(tests/data/speed66, speed67). A sub-reader whose every finding needs a match of one of its
patterns finds nothing on a text where none of them can match; `gate.needed_strings` reads off
each pattern the strings every match contains, and one set of each pattern, together, is the
reader's trigger set — tested once per text before the reader's passes run.

A reader may rewrite its text before matching (blanking spans with " "): a trigger string
without white space that stands in the rewritten text stood in the original, so the gate holds
for such readers too; sets with white space are never chosen.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from bot.understanding.gate import needed_strings

Patterns = Callable[[], Iterable["re.Pattern[str] | str"]]


def _plain(pattern: re.Pattern[str] | str) -> re.Pattern[str]:
    """The compiled pattern behind a gated one (`Gated`, `Pruned` forward `pattern`, `flags`)."""
    if isinstance(pattern, str):
        return re.compile(pattern)
    return re.compile(pattern.pattern, pattern.flags)


def trigger_strings(patterns: Iterable[re.Pattern[str] | str]) -> tuple[str, ...] | None:
    """One needed set per pattern, the one whose shortest string is longest, joined; None when some
    pattern needs no string (then no text can be skipped)."""
    chosen: set[str] = set()
    for pattern in patterns:
        clauses = [c for c in needed_strings(_plain(pattern))
                   if c and not any(s == "" or any(ch.isspace() for ch in s) for s in c)]
        if not clauses:
            return None
        chosen |= min(clauses, key=lambda c: (-min(len(s) for s in c), len(c)))
    return tuple(sorted(chosen, key=len))


class ReaderGate:
    """A sub-reader's trigger strings, read lazily off its patterns (vocabulary-built patterns
    exist only after the lexicon loads)."""

    __slots__ = ("_patterns", "_strings", "patterns")

    def __init__(self, patterns: Patterns, declared: tuple[str, ...] = ()) -> None:
        self._patterns = self.patterns = patterns
        # declared beside the reader where a pattern's sets are too common to read off
        # ("lebensjahr\w*|lj" reads as "l" and "j"); tests/test_speed68.py proves them
        self._strings: tuple[str, ...] | bool | None = declared or False  # False: not read yet

    @property
    def strings(self) -> tuple[str, ...] | None:
        if self._strings is False:
            self._strings = trigger_strings(self._patterns())
        return self._strings  # type: ignore[return-value]

    def may_concern(self, text: str) -> bool:
        """Whether the reader can find anything in the text: a trigger string stands in it."""
        strings = self.strings
        if strings is None:
            return True
        for string in strings:  # noqa: SIM110 — a plain loop, no generator per request
            if string in text:
                return True
        return False


def _life_year_patterns() -> tuple[re.Pattern[str] | str, ...]:
    from bot.understanding import age_school as s

    return (s.BIRTHDAY_ORDINAL, s._BIRTHDAY_SAID, s._YEAR_OF_LIFE, s._MONTH_OR_WEEK_OF_LIFE)


# every birthday, year, month, week or day of life `life_year` reads names one of these
LIFE_YEAR = ReaderGate(_life_year_patterns,
                       ("lj", "zum", "ihrem", "seinem", "lebens", "geburtstag"))

__all__ = ["LIFE_YEAR", "ReaderGate", "trigger_strings"]
