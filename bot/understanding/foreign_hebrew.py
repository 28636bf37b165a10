"""Hebrew-script text in one spelling, and Hebrew-letter numerals before an age unit as digits.

Yiddish is written with vowel points (YIVO "יאָר", "פֿינף") or without ("יאר", "פינף"), and with
its double letters as one ligature ("ײ", "װ", "ױ") or as two letters; Hebrew is mostly unpointed.
The rules of `foreign.toml` (`he`, `yi`) are written unpointed with two letters, so the points
are dropped and the ligatures split before the rules are matched (the original is kept for
display, as with Arabic marks). Precomposed letters ("אָ", U+FB2F) come apart under NFC first.

Jewish families also count in letters: "ייִנגל, י״ב יאָר" (boy, 12), "ח׳ יאָר" (8). A letter
numeral is read only right before a unit of years, months or weeks, since a gershayim also marks
ordinary abbreviations ("ד״ר", "בע״מ").
"""

from __future__ import annotations

import re

# cantillation and vowel points, rafe, dagesh, shin/sin dots; not maqaf (05BE), paseq (05C0),
# sof pasuq (05C3) or nun hafukha (05C6), which are punctuation
_POINTS = re.compile(r"[\u0591-\u05bd\u05bf\u05c1\u05c2\u05c4\u05c5\u05c7\ufb1e]")
_LIGATURES = str.maketrans({"\u05f0": "וו", "\u05f1": "וי", "\u05f2": "יי"})
_VALUES = {
    "א": 1, "ב": 2, "ג": 3, "ד": 4, "ה": 5, "ו": 6, "ז": 7, "ח": 8, "ט": 9, "י": 10,
    "כ": 20, "ך": 20, "ל": 30, "מ": 40, "ם": 40, "נ": 50, "ן": 50, "ס": 60, "ע": 70,
}
# units after which a letter numeral is an age (unpointed, ligatures split)
_UNITS = r"(?:יאר|יארן|שנים|שנה|חדשים|חודשים|חודש|וואכן|שבועות)"
# "י״ב", "י\"ב", "ט״ו" (two letters, gershayim before the last) or "ח׳", "ח'" (one, geresh)
_NUMERAL = re.compile(
    r"(?<![\u05d0-\u05ea])(?:([\u05d0-\u05ea]{1,2})[\u05f4\"]([\u05d0-\u05ea])|([\u05d0-\u05ea])"
    r"[\u05f3'])(?=\s+" + _UNITS + r"(?![\u05d0-\u05ea]))")


def _value(match: re.Match[str]) -> str:
    letters = (match.group(1) or "") + (match.group(2) or "") + (match.group(3) or "")
    if any(letter not in _VALUES for letter in letters):
        return match.group()
    return str(sum(_VALUES[letter] for letter in letters))


def hebrew_letters(text: str) -> str:
    """Return `text` with Hebrew points dropped, Yiddish ligatures split and letter numerals
    before an age unit as digits; a text without Hebrew letters comes back as is."""
    if not any("\u0590" <= char <= "\u05ff" for char in text):
        return text
    text = _POINTS.sub("", text).translate(_LIGATURES)
    return _NUMERAL.sub(_value, text)


__all__ = ["hebrew_letters"]
