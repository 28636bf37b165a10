"""Cut Chinese text into the words of the `zh` section, so the word rules can read it.

Chinese is written without spaces: "孩子七岁" (the child is seven), "宝宝三个月" (the baby is
three months), "15岁 Schüler". The rules of `bot.understanding.foreign` are tried only at word
starts and end at a word's end, so a run of Han characters was one word no rule could open. This
step cuts every run into the longest words its section knows (greedy, left to right: "十四" before
"十", "个月" before "月") and every other character alone, with a space between each and between a
run and a digit or Latin letter beside it ("15岁" → "15 岁"). The `zh` section then reads "七 岁"
as any other language's number and unit, "最好 用 中文" as a wish. Punctuation stays where it was.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from functools import cache
from typing import Any

from bot.understanding.foreign_scripts import data as _data

# CJK unified ideographs and extension A: the characters Chinese words are written in
_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]+")
_SLOT = re.compile(r"\{\w+\}")
SECTION = "zh"


def alternatives(words: Iterable[str]) -> str:
    """A regex alternation of `words`, longest first: a run cutter's classifiers, counted nouns and
    numbers match whole before any shorter word they begin with (Thai, Khmer)."""
    return "|".join(sorted((re.escape(w) for w in words if w), key=len, reverse=True))


def count_pattern(section: Mapping[str, Any], number: str = r"\d+") -> re.Pattern[str] | None:
    """A counted noun (or none), a `number`, a classifier ("ลูก 2 คน", "កូន 2 នាក់"): a head count
    in a script that counts by classifiers, or None where the section names none."""
    classifiers = alternatives(section.get("classifiers", []))
    if not classifiers:
        return None
    nouns = alternatives(section.get("counted_nouns", {}))
    return re.compile(rf"(?:(?P<noun>{nouns})\s*)?(?P<n>{number})\s*(?:{classifiers})")


@cache
def section_words(code: str) -> frozenset[str]:
    """Every word of a section (numbers, units, halves, languages, words, and the words of its
    phrases and slots): what a cut of a script written without spaces may find. Japanese
    (`foreign_kana`) and Korean (`foreign_hangul`) cut their words by the same list."""
    section = _data().get(code, {})
    found: set[str] = set()
    for key in ("numbers", "units", "languages", "words", "wishes", "numbered", "span_before",
                "span_after"):
        for phrase in section.get(key, {}):
            found.update(_SLOT.sub(" ", phrase).split())
    for key in ("halves", "fillers", "conjunctions"):
        for phrase in section.get(key, []):
            found.update(phrase.split())
    for words in section.get("slots", {}).values():
        for phrase in words:
            found.update(phrase.split())
    return frozenset(found)


@cache
def _words() -> tuple[frozenset[str], int]:
    """Every Han word of the `zh` section, with the length of the longest."""
    han = frozenset(w for w in section_words(SECTION) if _HAN.fullmatch(w))
    return han, max(map(len, han), default=1)


def _cut(run: str) -> list[str]:
    words, longest = _words()
    pieces: list[str] = []
    at = 0
    while at < len(run):
        for size in range(min(longest, len(run) - at), 0, -1):
            if size == 1 or run[at : at + size] in words:
                pieces.append(run[at : at + size])
                at += size
                break
    return pieces


def at_boundaries(run: str, words: frozenset[str], longest: int,
                  boundary: Callable[[str, int], bool]) -> list[str]:
    """A run in words for a script that writes syllables without spaces (Thai, Burmese): the
    longest known word at each syllable start (`boundary`) that also ends at one; other
    characters are kept together."""
    pieces: list[str] = []
    unknown = ""
    at = 0
    while at < len(run):
        size = 0
        if boundary(run, at):
            size = next((s for s in range(min(longest, len(run) - at), 0, -1)
                         if run[at : at + s] in words and boundary(run, at + s)), 0)  # fmt: skip
        if size:
            if unknown:
                pieces.append(unknown)
                unknown = ""
            pieces.append(run[at : at + size])
            at += size
        else:
            unknown += run[at]
            at += 1
    if unknown:
        pieces.append(unknown)
    return pieces


def spaced(cut: Callable[[str], list[str]]) -> Callable[[re.Match[str]], str]:
    """A replacement for `re.sub` that writes a run of a script that glues its words (Han, kana,
    Thai) as the pieces `cut` finds, each spaced from letters or digits touching the run: the
    foreign rules then open each piece as a word."""

    def replace(match: re.Match[str]) -> str:
        text, start, end = match.string, match.start(), match.end()
        before = " " if start > 0 and text[start - 1].isalnum() else ""
        after = " " if end < len(text) and text[end].isalnum() else ""
        return before + " ".join(cut(match.group())) + after

    return replace


_spaced = spaced(_cut)


def segment(text: str) -> str:
    """`text` with its Han runs cut into words; text without Han characters comes back as is."""
    if _HAN.search(text) is None:
        return text
    return _HAN.sub(_spaced, text)
