"""Softened consonants of East Central and Palatine German ("Gita", "Dagesmudder", "Gleene").

Writers from Saxony, Thuringia, the Palatinate or Franconia type as they speak: k, t and p come
out as g, d and b ("de Gleene sagt fast nischt", "sucht ne Gita oder Dagesmudder"), and an
unstressed "-er" shrinks to "-r" ("Gindr"). None of those words is a typo a letter-distance could
catch safely (Gita/Kita are one letter apart, as are Gabi/Kabi), but the pattern is regular: a
word the assistant does not know that becomes exactly one word it knows when its soft consonants
are hardened is that word. A word spelt right is never changed, and a word two known words could
come from is left alone.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from itertools import product

from bot.text import fold
from bot.understanding.letters import letter_words
from bot.understanding.shortcuts import kept

MIN_LENGTH = 4  # "Dor", "ni": too short to tell from other words
MAX_SOFT = 4  # hardening every subset of more soft letters invents words
_HARD = {"g": ("g", "k"), "d": ("d", "t"), "b": ("b", "p")}
_DOUBLE = {"gg": "ck", "dd": "tt", "bb": "pp"}
_WORD = re.compile(r"[^\W\d_]+")


def hardenings(word: str) -> set[str]:
    """Every spelling of `word` (lower case) with some soft consonants hardened, and with a final
    "-r" after a consonant given its "e" back ("gindr" → "kinder")."""
    choices: list[tuple[str, ...]] = []
    at = 0
    while at < len(word):
        pair = word[at : at + 2]
        if pair in _DOUBLE:
            choices.append((pair, _DOUBLE[pair]))  # "Mudder" → "Mutter"
            at += 2
            continue
        choices.append(_HARD.get(word[at], (word[at],)))
        at += 1
    if sum(len(c) > 1 for c in choices) > MAX_SOFT:
        return set()
    spelt = {"".join(p) for p in product(*choices)}
    spelt |= {re.sub(r"([^aeiouäöü])r$", r"\1er", s) for s in spelt}
    return spelt - {word}


class SoftRepair:
    """Hardens softened consonants against a set of known, folded words."""

    def __init__(self, known: Iterable[str], foreign: Iterable[str] = ()) -> None:
        self.known = frozenset(known)
        # a word of another language's tables ("bebek", "odun") is spelt right as it is
        self.spelt_right = self.known | frozenset(foreign)
        self._repaired = kept(self._repair_word)
        self._fixed = kept(self._fix)

    def _repair_word(self, lower: str) -> str | None:
        """Return the one known word `lower` is a softened spelling of, or None."""
        if fold(lower) in self.spelt_right:
            return None
        fitting = {w for w in hardenings(lower) if fold(w) in self.known}
        return fitting.pop() if len(fitting) == 1 else None

    def _fix(self, word: str) -> str | None:
        """Return a noun as written with its softened consonants hardened, or None."""
        if len(word) < MIN_LENGTH or not word[0].isupper() or any(
                ch.isupper() for ch in word[1:]):
            # only nouns as written ("Gita", "Mudder"): a verb form the vocabulary lacks
            # ("die Schule leidet") must not harden into another ("leitet"); abbreviations
            # and names in capitals stay as written
            return None
        fixed = self._repaired(word.lower())
        return None if fixed is None else fixed[0].upper() + fixed[1:]

    def repair(self, text: str) -> str:
        """Return the text with softened nouns hardened, still capitalised."""
        if not any(map(self._fixed, letter_words(text))):
            return text  # most texts: nothing to harden, and no call back for every word
        return _WORD.sub(lambda m: self._fixed(m.group(0)) or m.group(0), text)


__all__ = ["SoftRepair", "hardenings"]
