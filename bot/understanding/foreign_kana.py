"""Cut Japanese text into the words of the `ja` section, so the word rules can read it.

Japanese writes kanji, hiragana and katakana without spaces: "息子さんは四歳で",
"末っ子は生後10ヶ月", "六歳と九歳", "日本語で受けられる講座". As for Chinese
(`foreign_hanzi`), each run is cut into the longest words the section knows; characters no
word starts with stay together, so a phrase the section cannot read keeps its shape. Three
steps are Japanese:

- a kanji numeral right before a unit of the section becomes its digits ("十六歳" → "16 歳",
  "三十四歳" → "34 歳"): the numerals compose (十 tens, 百 hundreds), so a mother's thirty-four is
  never cut into "三" and a child's "十四";
- a particle (`particles`: は, の, が …) right after a word the section knows is dropped, so
  "息子さんは四歳" reads "息子さん 4 歳" as a German "Sohn 4 Jahre";
- an age before its noun (`attributive`: "七歳の息子") is written after it ("息子 7 歳").

A text is Japanese when it holds kana or one of the section's `marks` (歳, ヶ月: kanji Chinese
does not write); otherwise its Han runs are Chinese and `foreign_hanzi` cuts them as before.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from bot.understanding.foreign_hanzi import section_words, spaced
from bot.understanding.foreign_scripts import data as _data

SECTION = "ja"
_KANA = re.compile(r"[\u3040-\u30ff\u31f0-\u31ff]")
# kana, the iteration mark and CJK ideographs: the characters Japanese words are written in
_RUN = re.compile(r"[\u3040-\u30ff\u31f0-\u31ff\u3005\u3400-\u4dbf\u4e00-\u9fff]+")
_DIGITS = {"〇": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_POWERS = {"十": 10, "百": 100}


@cache
def _section() -> dict[str, Any]:
    return _data().get(SECTION, {})


def is_japanese(text: str) -> bool:
    """Whether `text` holds Japanese: kana, or a kanji only Japanese writes (`marks`)."""
    return _KANA.search(text) is not None or any(m in text for m in _section().get("marks", []))


@cache
def _known() -> tuple[frozenset[str], int, tuple[str, ...], re.Pattern[str]]:
    """The section's words written in Japanese characters, the longest one's length, its
    particles (longest first), and a kanji numeral right before one of its units."""
    words = frozenset(w for w in section_words(SECTION) if _RUN.fullmatch(w))
    units = sorted(_section().get("units", {}), key=len, reverse=True)
    numeral = re.compile(
        rf"[{''.join(_DIGITS)}{''.join(_POWERS)}]+(?=\s*(?:{'|'.join(map(re.escape, units))}))"
    )
    particles = tuple(sorted(set(_section().get("particles", [])), key=len, reverse=True))
    return words, max(map(len, words), default=1), particles, numeral


def kanji_number(numeral: str) -> int:
    """The value of a kanji numeral: "十六" 16, "三十四" 34, "百" 100, "二〇" 20 (positional)."""
    total, digit = 0, None
    for char in numeral:
        if char in _POWERS:
            total += (1 if digit is None else digit) * _POWERS[char]
            digit = None
        else:
            digit = _DIGITS[char] if digit is None else digit * 10 + _DIGITS[char]
    return total + (digit or 0)


def _cut(run: str) -> list[str]:
    """A run in words: the longest known word at each place; a particle after a known word is
    dropped; characters no known word starts with are kept together."""
    words, longest, particles, _numeral = _known()
    pieces: list[str] = []
    unknown = ""
    after_word = False
    at = 0
    while at < len(run):
        size = next((s for s in range(min(longest, len(run) - at), 0, -1)
                     if run[at : at + s] in words), 0)  # fmt: skip
        particle = next((p for p in particles if run.startswith(p, at)), "")
        if size and len(run[at : at + size]) >= len(particle):
            if unknown:
                pieces.append(unknown)
                unknown = ""
            pieces.append(run[at : at + size])
            after_word = True
            at += size
        elif particle and after_word:
            at += len(particle)  # "息子さんは": the topic particle says nothing German needs
        else:
            unknown += run[at]
            after_word = False
            at += 1
    if unknown:
        pieces.append(unknown)
    return pieces


_spaced = spaced(_cut)


def segment(text: str) -> str:
    """`text` with its Japanese runs cut into words and its numerals before a unit as digits;
    a text that is not Japanese comes back as is."""
    if not is_japanese(text):
        return text
    numeral = _known()[3]
    text = numeral.sub(lambda m: str(kanji_number(m.group())), text)
    attributive = _attributive()
    if attributive is not None:
        text = attributive.sub(r"\g<noun> \g<age>", text)
    return _RUN.sub(_spaced, text)


@cache
def _attributive() -> re.Pattern[str] | None:
    """An age before its noun ("三歳の娘と七歳の息子": a daughter of three and a son of seven),
    to be written noun first as German lists two children ("Tochter 3 Jahre und Sohn 7 Jahre"),
    which the age reader reads as two children; only before a noun of the section's words."""
    section = _section()
    particle = section.get("attributive")
    if not particle:
        return None
    units = "|".join(sorted(map(re.escape, section.get("units", {})), key=len, reverse=True))
    halves = "|".join(map(re.escape, section.get("halves", [])))
    nouns = "|".join(sorted(map(re.escape, section.get("words", {})), key=len, reverse=True))
    age = rf"\d+\s*(?:{units})(?:{halves})?" if halves else rf"\d+\s*(?:{units})"
    return re.compile(rf"(?P<age>{age}){re.escape(particle)}(?P<noun>{nouns})")
