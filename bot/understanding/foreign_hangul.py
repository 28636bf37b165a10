"""Cut Korean words into the words of the `ko` section, so the word rules can read them.

Korean writes spaces between phrases, not between a word and what is glued to it: a particle
("아들은", "아이가", "한국어로"), a number and its unit ("여덟살", "8개월", "2세예요"). The rules
of `bot.understanding.foreign` start only at a word's first letters and end at its end, so
"아들은" was no "아들" and "8개월" no number. Here a Hangul word is cut when it is wholly made of
the section's words: known words, a number right before its unit ("여덟살"; a unit alone opens
a word: "8개월", "여덟 살이에요"), and particles (`particles`: 은, 이, 가 …) after a known
word, which are dropped ("아들이 여덟 살" reads "아들 여덟 살", a German "Sohn 8 Jahre").
A word with any other part ("이사", "사세요", "살고") keeps its letters: a number word is cut
out only before its unit, so no syllable of an ordinary word becomes a number.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from bot.understanding.foreign_hanzi import section_words
from bot.understanding.foreign_scripts import data as _data

SECTION = "ko"
_HANGUL = re.compile(r"[\uac00-\ud7a3]+")
_DIGIT_THEN_HANGUL = re.compile(r"(?<=\d)(?=[\uac00-\ud7a3])")


@cache
def _section() -> dict[str, Any]:
    return _data().get(SECTION, {})


@cache
def _known() -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    """The section's Hangul words, its number words, its units, and its particles."""
    section = _section()
    words = frozenset(w for w in section_words(SECTION) if _HANGUL.fullmatch(w))
    numbers = frozenset(section.get("numbers", {}))
    units = frozenset(section.get("units", {}))
    return words - numbers - units, numbers, units, frozenset(section.get("particles", []))


def _cover(word: str, at: int, previous: str) -> list[str] | None:
    """`word[at:]` as known pieces (a dropped particle as ""), longest first; None when some part
    is no known piece. `previous` is the kind of the piece before: "", "number", "unit" or
    "word"."""
    if at == len(word):
        return [] if previous != "number" else None
    words, numbers, units, particles = _known()
    for size in range(len(word) - at, 0, -1):
        piece = word[at : at + size]
        kinds = []
        if previous == "number" and piece in units:
            kinds.append("unit")
        elif previous != "number":
            if piece in words:
                kinds.append("word")
            if piece in numbers:
                kinds.append("number")
            if piece in units and at == 0:  # "여덟 살이에요": the unit after a spaced number
                kinds.append("unit")
            if piece in particles and previous in ("word", "unit"):
                kinds.append("particle")
        for kind in kinds:
            rest = _cover(word, at + size, kind)
            if rest is not None:
                return ["" if kind == "particle" else piece, *rest]
    return None


def _cut(match: re.Match[str]) -> str:
    word = match.group()
    pieces = _cover(word, 0, "")
    if pieces is None:
        return word
    return " ".join(p for p in pieces if p)


def segment(text: str) -> str:
    """`text` with its Korean words cut into the section's words, digits apart from the Hangul
    after them; text without Hangul comes back as is."""
    if _HANGUL.search(text) is None:
        return text
    text = _HANGUL.sub(_cut, text)
    return _DIGIT_THEN_HANGUL.sub(" ", text)
