"""Cut Burmese text into the words of the `my` section, so the word rules can read it.

Burmese writes no spaces between words: "သားခုနစ်နှစ်" (son seven years), "ကိုယ်ဝန်၇လ",
"မြန်မာလို" (in Burmese). The rules of `bot.understanding.foreign` start only at a word's first
letters and end at its end, so such a run was one word no rule could open. Each run is cut into
the longest words the section knows (numbers and units among them: "ခုနစ် နှစ်" is then read as
"7 Jahre" like any number word before its unit), only between syllables: no cut before a mark
(vowel signs, medials, tone marks: Unicode M*), before a consonant that closes a syllable (one
followed by the asat "်", perhaps after the dot below "့", or by the stacking sign "္") nor after
the stacking sign. Characters no known word starts with stay together.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

from bot.understanding.foreign_hanzi import at_boundaries, section_words, spaced
from bot.understanding.foreign_scripts import data as _data

SECTION = "my"
_MYANMAR = re.compile(r"[\u1000-\u103f\u1050-\u109f]+")  # letters and marks, not its digits
_CLOSED = re.compile(r"\u1037?\u103a|\u1039")  # asat (a killed final) or the stacking sign
_STACK = "\u1039"


@cache
def _known() -> tuple[frozenset[str], int]:
    """The section's Burmese words, numbers and units with them, and the longest's length."""
    section = _data().get(SECTION, {})
    words = {w for w in section_words(SECTION) | set(section.get("age_leads", []))
             if _MYANMAR.fullmatch(w)}  # fmt: skip
    return frozenset(words), max(map(len, words), default=1)


def _boundary(run: str, at: int) -> bool:
    """Whether a Burmese word may end (and the next start) before `run[at]`."""
    if at in (0, len(run)):
        return True
    if unicodedata.category(run[at]).startswith("M") or run[at - 1] == _STACK:
        return False
    return _CLOSED.match(run, at + 1) is None


def _cut(run: str) -> list[str]:
    """A run in words: the longest known word at each syllable start (`at_boundaries`)."""
    words, longest = _known()
    return at_boundaries(run, words, longest, _boundary)


_spaced = spaced(_cut)


def segment(text: str) -> str:
    """`text` with its Burmese runs cut into words; text without Burmese letters comes back as
    is."""
    if _MYANMAR.search(text) is None:
        return text
    return re.sub(r"[ \t]{2,}", " ", _MYANMAR.sub(_spaced, text))
