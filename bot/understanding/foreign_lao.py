"""Cut Lao text into the words of the `lo` section, so the word rules can read it.

Lao writes no spaces between words, as Thai does: "ລູກສາວສອງປີ" (daughter two years), "ຫົກປີ",
"ສອງປີກ່ອນ" (two years ago). The rules of `bot.understanding.foreign` start only at a word's
first letters and end at its end, so such a run was one word no rule could open. Each run is cut
into the longest words the section knows (numbers and units among them: "ສອງ ປີ" is then read as
"2 Jahre" like any number word before its unit), only between syllables: no cut before a mark
(vowel signs above and below, tone marks: Unicode Mn) nor before the vowels that follow their
consonant ("ະ", "າ", "ຳ", "ຽ") or the repetition sign "ໆ", nor after a leading vowel ("ເ ແ ໂ ໃ
ໄ"). So "ສາມ" (three) is never cut out of "ສາມີ" (husband). Characters no known word starts
with stay together; Lao digits are ASCII digits before this runs (`foreign_scripts.ascii_digits`).
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

from bot.understanding.foreign_hanzi import at_boundaries, section_words, spaced
from bot.understanding.foreign_scripts import data as _data

SECTION = "lo"
_LAO = re.compile(r"[\u0e81-\u0ecf\u0edc-\u0edf]+")  # letters and marks, not its digits
_FOLLOWING = "\u0eb0\u0eb2\u0eb3\u0ebd\u0ec6"  # vowels after their consonant; repetition sign
_LEADING_VOWELS = "\u0ec0\u0ec1\u0ec2\u0ec3\u0ec4"


@cache
def _known() -> tuple[frozenset[str], int]:
    """The section's Lao words, numbers, units and age leads with them, and the longest's
    length."""
    section = _data().get(SECTION, {})
    words = {w for w in section_words(SECTION) | set(section.get("age_leads", []))
             if _LAO.fullmatch(w)}  # fmt: skip
    return frozenset(words), max(map(len, words), default=1)


def _boundary(run: str, at: int) -> bool:
    """Whether a Lao word may end (and the next start) before `run[at]`."""
    if at in (0, len(run)):
        return True
    if unicodedata.category(run[at]) == "Mn" or run[at] in _FOLLOWING:
        return False
    return run[at - 1] not in _LEADING_VOWELS


def _cut(run: str) -> list[str]:
    """A run in words: the longest known word at each syllable start (`at_boundaries`)."""
    words, longest = _known()
    return at_boundaries(run, words, longest, _boundary)


_spaced = spaced(_cut)


def segment(text: str) -> str:
    """`text` with its Lao runs cut into words; text without Lao letters comes back as is."""
    if _LAO.search(text) is None:
        return text
    return re.sub(r"[ \t]{2,}", " ", _LAO.sub(_spaced, text))
