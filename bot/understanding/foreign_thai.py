"""Cut Thai text into the words of the `th` section, so the word rules can read it.

Thai writes no spaces between words: "ลูกสาวสามขวบ" (daughter three years), "น้องอายุ 6 ขวบ",
"มีกลุ่มแม่และเด็กไหมคะ". The rules of `bot.understanding.foreign` start only at a word's first
letters and end at its end, so such a run was one word no rule could open. Three steps are Thai:

- a number word right before a unit becomes its digits ("สามขวบ" → "3 ขวบ", "สิบสองขวบ" → "12
  ขวบ"); a number word elsewhere stays as typed, so "สาม" in "สามี" (husband) is never three;
- a number before a classifier (`classifiers`: "คน", persons) is a count, written as German writes
  one with the noun it counts (`counted_nouns`: "ลูก 2 คน" → "2 Kinder"), never an age;
- each run is cut into the longest words the section knows, only between syllables: no cut
  before a vowel sign or tone mark (Unicode Mn, and ะ า ำ) nor after a leading vowel (เ แ โ ใ
  ไ); characters no known word starts with stay together.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from bot.understanding.foreign_hanzi import alternatives as _alternatives
from bot.understanding.foreign_hanzi import at_boundaries, count_pattern, section_words, spaced
from bot.understanding.foreign_scripts import data as _data

SECTION = "th"
_THAI = re.compile(r"[\u0e01-\u0e4e]+")
# characters that close a syllable's letters: no word ends right before one
_BOUND_AFTER = re.compile(r"[\u0e30-\u0e3a\u0e45\u0e47-\u0e4e]")
_LEADING_VOWELS = "\u0e40\u0e41\u0e42\u0e43\u0e44"


@cache
def _section() -> dict[str, Any]:
    return _data().get(SECTION, {})


@cache
def _known() -> tuple[frozenset[str], int]:
    """The section's Thai words but its numbers (read only before a unit), and the longest's
    length."""
    numbers = set(_section().get("numbers", {}))
    words = frozenset(w for w in section_words(SECTION) if _THAI.fullmatch(w) and w not in numbers)
    return words, max(map(len, words), default=1)


@cache
def _spelt_number() -> re.Pattern[str] | None:
    """A number word right before a unit or classifier, starting a syllable."""
    section = _section()
    numbers = _alternatives(section.get("numbers", {}))
    after = _alternatives([*section.get("units", {}), *section.get("classifiers", [])])
    if not numbers or not after:
        return None
    return re.compile(rf"(?<![{_LEADING_VOWELS}])(?:{numbers})(?=\s*(?:{after}))")


@cache
def _count() -> re.Pattern[str] | None:
    """A counted noun (or none), a number, a classifier: "ลูก 2 คน", "3 คน"."""
    return count_pattern(_section())


def _counted(match: re.Match[str]) -> str:
    nouns = _section().get("counted_nouns", {})
    return f" {match.group('n')} {nouns.get(match.group('noun') or '', '')}".rstrip() + " "


def _boundary(run: str, at: int) -> bool:
    """Whether a Thai word may end (and the next start) before `run[at]`."""
    if at in (0, len(run)):
        return True
    return _BOUND_AFTER.match(run, at) is None and run[at - 1] not in _LEADING_VOWELS


def _cut(run: str) -> list[str]:
    """A run in words: the longest known word at each syllable start (`at_boundaries`)."""
    words, longest = _known()
    return at_boundaries(run, words, longest, _boundary)


_spaced = spaced(_cut)


def segment(text: str) -> str:
    """`text` with its Thai number words before a unit as digits, counts as German counts and
    its Thai runs cut into words; text without Thai letters comes back as is."""
    if _THAI.search(text) is None:
        return text
    numbers = _section().get("numbers", {})
    spelt = _spelt_number()
    if spelt is not None:
        text = spelt.sub(lambda m: f" {numbers[m.group()]} ", text)
    count = _count()
    if count is not None:
        text = count.sub(_counted, text)
    return re.sub(r"[ \t]{2,}", " ", _THAI.sub(_spaced, text))
