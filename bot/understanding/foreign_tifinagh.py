"""A section of `bot/data/foreign.toml` written in Latin letters, read in Tifinagh letters too.

Standard Moroccan Tamazight is written in Tifinagh ("ⵜⴰⴼⵔⵓⵅⵜ ⵜⵥⴰ ⵉⵙⴳⴳⵯⴰⵙⵏ", a girl of nine
years) and, by the same families on phones, in the Latin letters of its official transliteration
("tafruxt tẓa isggʷasn"); Kabyle is written mostly in Latin letters and sometimes in Neo-Tifinagh
with its schwa ("ⵉⵙⴻⴳⴳⴰⵙⴻⵏ"). Both scripts map letter for letter, so a section keeps one word list
in Latin letters and says `tifinagh = true`: every word, phrase, number and slot word is read in
its Tifinagh spelling too — once with the schwa "e" as ⴻ, once without it, as the Moroccan standard
writes no schwa ("iseggasen" is also "ⵉⵙⴳⴳⴰⵙⵏ") — instead of a second copy of the section that
would drift apart. A word with a letter Tifinagh has no sign for (digits, "o") stays Latin only;
a word written in Tifinagh in the data is kept as it is.

Two spellings of one word that a phone types either way are made one before the rules match:
the labialisation mark ⵯ ("ⴳⵯ", often left out) and the consonant joiner are dropped from the
text (`tifinagh_marks`), and an emphatic letter is compared as its plain one (`ALIKE`, used by
`foreign_fold`), as the Latin fold compares "ḍ" as "d": "ⴽⵕⴰⴹ" and "ⴽⵔⴰⴷ" are one "three".
"""

from __future__ import annotations

import re
from typing import Any

# the official (IRCAM) transliteration, with Kabyle's "v", "č", "ǧ" and its schwa "e"
_LETTERS = {
    "a": "ⴰ", "b": "ⴱ", "c": "ⵛ", "č": "ⵞ", "d": "ⴷ", "ḍ": "ⴹ", "e": "ⴻ", "ɛ": "ⵄ", "f": "ⴼ",
    "g": "ⴳ", "ǧ": "ⴵ", "h": "ⵀ", "ḥ": "ⵃ", "i": "ⵉ", "j": "ⵊ", "k": "ⴽ", "l": "ⵍ", "m": "ⵎ",
    "n": "ⵏ", "q": "ⵇ", "r": "ⵔ", "ṛ": "ⵕ", "s": "ⵙ", "ṣ": "ⵚ", "t": "ⵜ", "ṭ": "ⵟ", "u": "ⵓ",
    "v": "ⵠ", "w": "ⵡ", "x": "ⵅ", "y": "ⵢ", "z": "ⵣ", "ẓ": "ⵥ", "ɣ": "ⵖ",
}  # fmt: skip
# an emphatic letter compared as its plain one, and Kabyle's affricates as their stops, as the
# Latin fold drops the dot of "ḍ" and the caron of "č"
ALIKE = {"ⴹ": "ⴷ", "ⵕ": "ⵔ", "ⵚ": "ⵙ", "ⵟ": "ⵜ", "ⵥ": "ⵣ", "ⵃ": "ⵀ", "ⵞ": "ⵛ", "ⴵ": "ⴳ"}
# the labialisation mark (ⴳⵯ, ⴽⵯ) and the consonant joiner: typed or not, the same word
_MARKS = re.compile("[\u2d6f\u2d7f]")
_SLOT = re.compile(r"(\{\w+\})")
# the tables of a section whose keys are words, and its lists of words
_TABLES = ("numbers", "units", "languages", "wishes", "words", "numbered", "span_before")
_LISTS = ("fillers", "conjunctions", "halves", "hedges")


def tifinagh_marks(text: str) -> str:
    """`text` without the Tifinagh marks a writer may or may not type ("ⵉⵙⴳⴳⵯⴰⵙⵏ" and
    "ⵉⵙⴳⴳⴰⵙⵏ" are one word); any other text comes back as it is."""
    return _MARKS.sub("", text) if "\u2d6f" in text or "\u2d7f" in text else text


def _spelled(piece: str, schwa: bool) -> str | None:
    """A piece of Latin text in Tifinagh letters, or None when a letter has no sign."""
    out = []
    for char in piece:
        if char in _LETTERS:
            out.append(_LETTERS[char] if schwa or char != "e" else "")
        elif char.isspace() or char in "-*'" or "\u2d30" <= char <= "\u2d7f":
            out.append(char)
        else:
            return None
    return "".join(out)


def to_tifinagh(text: str) -> list[str]:
    """`text` (Latin letters) in Tifinagh, with the schwa and without it; slots and `*` unchanged.
    Empty when a letter has no Tifinagh sign."""
    spellings = []
    for schwa in (True, False):
        pieces = _SLOT.split(text.lower())
        for index in range(0, len(pieces), 2):  # even pieces are text, odd ones slot names
            pieces[index] = _spelled(pieces[index], schwa)  # type: ignore[assignment]
        if all(piece is not None for piece in pieces):
            spellings.append(re.sub(r"\s+", " ", "".join(pieces)).strip())
    return [s for s in dict.fromkeys(spellings) if s and s != text.lower()]


def _twin(words: list[str]) -> list[str]:
    return list(dict.fromkeys([*words, *(t for w in words for t in to_tifinagh(w))]))


def with_tifinagh(section: dict[str, Any]) -> dict[str, Any]:
    """`section` with each word also in Tifinagh, when it says `tifinagh = true`; else as it is."""
    if not isinstance(section, dict) or section.get("tifinagh") is not True:
        return section
    twin = dict(section)
    for name in _TABLES:
        table: dict[str, Any] = section.get(name, {})
        if table:
            spelled = {t: v for k, v in table.items() for t in to_tifinagh(k)}
            twin[name] = {**spelled, **table}
    for name in _LISTS:
        if section.get(name):
            twin[name] = _twin(list(section[name]))
    slots: dict[str, list[str]] = section.get("slots", {})
    twin["slots"] = {name: _twin(list(words)) for name, words in slots.items()}
    return twin


__all__ = ["ALIKE", "tifinagh_marks", "to_tifinagh", "with_tifinagh"]
