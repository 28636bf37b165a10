"""Syriac-script text (Assyrian Neo-Aramaic, Sureth) in the one spelling the word rules read.

Sureth is written with vowel points and the plural's seyame ("ܫܸܢܹ̈ܐ", "ܫܠܵܡܵܐ") or without them
("ܫܢܐ", "ܫܠܡܐ"); the points are combining marks, which split a word for the rules' `\\w`, so they
are dropped (the seyame, U+0308, goes with the Latin marks). Syriac also glues four one-letter
words onto the next: "ܕ" (of: "ܒܪܬܐ ܕܫܒܥܐ ܫܢܝܐ", a girl of seven years), "ܘ" (and: "ܬܡܢܝܐ
ܘܚܡܫܐ", eight and five), "ܒ" (in: "ܒܣܘܪܝܬ", in Sureth), "ܠ" (to, for). Listing every number,
unit and language name of `foreign.toml` once more with each of them would double the tables, so
a proclitic is written apart when the rest of the word is a word the Syriac-script rules know
("ܕܫܒܥܐ" → "ܕ ܫܒܥܐ"); a word that is known as a whole, or whose rest is not, stays as typed
("ܕܡܟܐ", sleeps, keeps its "ܕ"). The original text is kept by the caller for display.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from typing import Any

from bot.understanding.foreign_names import section_languages
from bot.understanding.foreign_scripts import data

# vowel points and dots above and below (U+0730–U+074A), the superscript alaph and the
# abbreviation mark: optional signs nobody types the same way twice
_POINTS = re.compile(r"[\u0730-\u074a\u0711\u070f]")
_WORD = re.compile(r"[\u0710-\u072f\u074d-\u074f]+")
_PROCLITICS = "ܕܘܒܠ"


def _strings(value: Any) -> Iterator[str]:
    """Every key and string of a section's tables."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for key, item in value.items():
            yield key
            yield from _strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)


@cache
def _known() -> frozenset[str]:
    """The Syriac-script words of the rules: every section's numbers, units, words and language
    names (Babel's too), split into single words."""
    words: set[str] = set()
    for code, section in data().items():
        if not isinstance(section, dict):
            continue
        texts = [*_strings(section), *section_languages(code, section)]
        words.update(w for text in texts for w in _WORD.findall(_POINTS.sub("", text)))
    return frozenset(words)


def _apart(match: re.Match[str]) -> str:
    word = match.group()
    known = _known()
    if word in known or word[0] not in _PROCLITICS:
        return word
    rest = word[1:]
    if rest in known and len(rest) > 1:
        return f"{word[0]} {rest}"
    if rest[:1] in _PROCLITICS and rest[1:] in known and len(rest) > 2:  # "ܘܕ…": and of …
        return f"{word[0]} {rest[0]} {rest[1:]}"
    return word


def syriac_letters(text: str) -> str:
    """Return `text` with Syriac points dropped and proclitics before a known word written
    apart; a text without Syriac letters comes back as is."""
    if not any("\u0710" <= char <= "\u074f" for char in text):
        return text
    return _WORD.sub(_apart, _POINTS.sub("", text))


__all__ = ["syriac_letters"]
