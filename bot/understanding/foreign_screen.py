"""A rule key's screen behind the strings every one of its matches needs, tested once per text.

`Vocabulary.screen` joins a key's rules into one pattern, tried at every word of the key: "die",
"und", "ein", "in" open Spanish, Italian or Dutch number and language rules, and on a German
message the screen fails at each of them after trying its alternatives in C. Those rules need a
foreign unit or language name somewhere in the text ("anos", "mesi", "arabisch"): when the text
holds none of the strings of one of the sets `gate.needed_strings` reads off the pattern, no
position of it can match, and the screen is not run at all. The test is made once per text (the
words of one message reach one key several times), so a screen matches exactly where it did.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable

from bot.understanding.gate_branches import holds

Clauses = tuple[tuple[str, ...], ...]


class GatedScreen:
    """A screen's source, compiled when a text first passes its test, and the sets of strings
    its matches need (`gate.needed_strings`), with the last text's test.

    Compiling waits for a text that can match: most keys' screens never meet one in a process's
    life, and compiling all ~3,100 at start cost seconds a new process had better spend on
    nothing (the first match compiles one pattern, about a millisecond)."""

    __slots__ = ("_compiled", "_last", "needed", "source")

    def __init__(self, source: str, needed: Iterable[Collection[str]]) -> None:
        self.source = source
        self._compiled: re.Pattern[str] | None = None
        # the shortest strings first: a set's loop stops at the first string the text holds,
        # and a short string ("a", "e" of the digit key's set of ~140) is the likeliest to be
        # there; a text that holds none tries every string in any order, so the answer and the
        # worst case are those of any order (longest first tried ~135 foreign words per number)
        self.needed: Clauses = tuple(
            tuple(sorted(strings, key=lambda s: (len(s), s))) for strings in needed)
        self._last: tuple[str | None, bool] = (None, True)

    @property
    def compiled(self) -> re.Pattern[str]:
        if self._compiled is None:
            self._compiled = re.compile(self.source)
        return self._compiled

    @property
    def pattern(self) -> str:
        return self.source

    def possible(self, text: str) -> bool:
        """Whether the text holds a string of each needed set (kept for the last text)."""
        last, answer = self._last
        if text is last:
            return answer
        answer = holds(text, self.needed)
        self._last = (text, answer)
        return answer

    def match(self, text: str, pos: int = 0) -> re.Match[str] | None:
        """`compiled.match(text, pos)`, skipped where the text cannot hold a match."""
        if not self.possible(text):
            return None
        return self.compiled.match(text, pos)


__all__ = ["GatedScreen"]
