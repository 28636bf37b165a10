"""Two neighbouring letters typed in the wrong order ("gesclhagen", "schälgt", "Kitapalz").

The commonest slip on a phone keyboard swaps two neighbouring letters. A word the assistant does
not know, which becomes a word it knows by swapping back one such pair, is repaired before
anything reads the text — needs, ages, places alike. Only a swap counts (no wrong, missing or
extra letter), the word must be unknown as typed and the repair must be the only one, so that a
word spelt right is never changed into another. A long word may also be repaired into a compound
of two known words ("Kmapfsport" → "Kampfsport") when it is no such compound as typed.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from bot.text import fold
from bot.understanding.letters import letter_words
from bot.understanding.shortcuts import kept

MIN_LENGTH = 6  # shorter words turn into other words too easily ("Ohr"/"Rho")
MIN_COMPOUND = 10  # a compound repaired from its parts has two parts of MIN_PART letters at least
MIN_PART = 5  # "Stand|rote" or "Brot|erste" is no compound that was meant
_WORD = re.compile(r"[^\W\d_]+")


class SwapRepair:
    """Repairs swapped neighbouring letters against a set of known, folded words."""

    def __init__(self, known: Iterable[str]) -> None:
        self.known = frozenset(known)
        # most words of a request were seen before: remember per word, bounded and thread-safe
        self._repaired = kept(self._repair_word)
        self._fixed = kept(self._fix)

    def _compound(self, folded: str, part: int = MIN_PART) -> bool:
        """Tell whether a word joins two known words, with or without a linking "s"
        ("Kampfsport", "Förderschulen", "Flüchtlingsfamilie"): a slip inside a compound the
        vocabulary does not list is as common as in a listed word."""
        for k in range(part, len(folded) - part + 1):
            left, right = folded[:k], folded[k:]
            if right in self.known and (left in self.known or (
                    left.endswith("s") and left[:-1] in self.known)):
                return True
        return False

    def _repair_word(self, lower: str) -> str | None:
        """Return the word with one pair of neighbouring letters swapped back, or None."""
        if fold(lower) in self.known:
            return None
        repairs = {lower[:i] + lower[i + 1] + lower[i] + lower[i + 2 :]
                   for i in range(1, len(lower) - 1) if lower[i] != lower[i + 1]}  # fmt: skip
        fitting = [w for w in repairs if fold(w) in self.known]
        # a compound as typed, even of short parts ("Schwangerschaftstest"), is spelt right
        if not fitting and len(lower) >= MIN_COMPOUND and not self._compound(fold(lower), 3):
            fitting = [w for w in repairs if self._compound(fold(w))]
        return fitting[0] if len(fitting) == 1 else None

    def _fix(self, word: str) -> str | None:
        """Return a word as written with swapped letters repaired, or None when it stays."""
        if len(word) < MIN_LENGTH or any(ch.isupper() for ch in word[1:]):
            return None  # abbreviations and names in capitals stay as written
        fixed = self._repaired(word.lower())
        if fixed is None:
            return None
        return fixed[0].upper() + fixed[1:] if word[0].isupper() else fixed

    def repair(self, text: str) -> str:
        """Return the text with swapped letters repaired; the first letter's case is kept."""
        if not any(map(self._fixed, letter_words(text))):
            return text  # most texts: nothing to repair, and no call back for every word
        return _WORD.sub(lambda m: self._fixed(m.group(0)) or m.group(0), text)
