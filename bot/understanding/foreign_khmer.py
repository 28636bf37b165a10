"""Cut Khmer text into the words of the `km` section, so the word rules can read it.

Khmer writes no spaces between words: "កូនអាយុ៤ឆ្នាំ" (child aged 4 years), "កូនស្រីអាយុដប់បីឆ្នាំ"
(daughter aged thirteen), "ម្តាយមានផ្ទៃពោះ៧ខែ". The rules of `bot.understanding.foreign` start only at
a word's first letters and end at its end, so such a run was one word no rule could open. Three
steps are Khmer:

- coeng DA ("្ដ") is written as coeng TA ("្ត"): both subscripts look alike and people type either
  ("ម្ដាយ"/"ម្តាយ" mother, "សប្ដាហ៍"/"សប្តាហ៍" week), so one spelling in the data meets both;
- each run is cut into the longest words the section knows (numbers, units, the age lead among
  them: "អាយុ ដប់បី ឆ្នាំ" is then read as "13 Jahre" like any number word before its unit), only
  at a syllable start: never before a vowel sign, a sign or a subscript (Unicode Mn and Mc, the
  coeng "្"), nor right after a coeng, whose consonant belongs to the syllable before. So "បី"
  (three) is never cut out of "បីដា" nor "ពីរ" (two) out of "ពីរោះ". Characters no known word
  starts with stay together; Khmer digits are ASCII digits before this runs;
- a number before a classifier (`classifiers`: "នាក់", persons) is a count, written as German
  writes one with the noun it counts (`counted_nouns`: "កូន 2 នាក់" → "2 Kinder"), never an age.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache
from typing import Any

from bot.understanding.foreign_hanzi import alternatives as _alternatives
from bot.understanding.foreign_hanzi import at_boundaries, count_pattern, section_words, spaced
from bot.understanding.foreign_scripts import data as _data

SECTION = "km"
_KHMER = re.compile(r"[\u1780-\u17dd]+")  # letters, vowel signs and signs, not its digits
_COENG = "\u17d2"
_COENG_DA, _COENG_TA = "\u17d2\u178a", "\u17d2\u178f"


@cache
def _section() -> dict[str, Any]:
    return _data().get(SECTION, {})


@cache
def _known() -> tuple[frozenset[str], int]:
    """The section's Khmer words, its age leads, units before a number and counted nouns among
    them, and the longest's length."""
    section = _section()
    extra = {*section.get("age_leads", []), *section.get("units_first", {}),
             *section.get("classifiers", []), *section.get("counted_nouns", {}),
             *section.get("how_old", [])}  # fmt: skip
    words = {w for w in section_words(SECTION) | extra if w and _KHMER.fullmatch(w)}
    return frozenset(words), max(map(len, words), default=1)


def _boundary(run: str, at: int) -> bool:
    """Whether a Khmer word may end (and the next start) before `run[at]`."""
    if at in (0, len(run)):
        return True
    return unicodedata.category(run[at])[0] != "M" and run[at - 1] != _COENG


def _cut(run: str) -> list[str]:
    """A run in words: the longest known word at each syllable start (`at_boundaries`)."""
    words, longest = _known()
    return at_boundaries(run, words, longest, _boundary)


_spaced = spaced(_cut)


@cache
def _count() -> re.Pattern[str] | None:
    """A counted noun (or none), a number in digits or words, a classifier: "កូន 2 នាក់"."""
    section = _section()
    return count_pattern(section, rf"\d+|{_alternatives(section.get('numbers', {}))}")


def _counted(match: re.Match[str]) -> str:
    section = _section()
    number = match.group("n")
    if not number.isdigit():
        number = f"{section['numbers'][number]:g}"
    noun = section.get("counted_nouns", {}).get(match.group("noun") or "", "")
    return f" {number} {noun}".rstrip() + " "


def segment(text: str) -> str:
    """`text` with its Khmer runs cut into words and counts written as German counts; text
    without Khmer letters comes back as is."""
    if _KHMER.search(text) is None:
        return text
    text = _KHMER.sub(_spaced, text.replace(_COENG_DA, _COENG_TA))
    count = _count()
    if count is not None:
        text = count.sub(_counted, text)
    return re.sub(r"[ \t]{2,}", " ", text)
