"""A newborn's age in days as wards and midwives abbreviate it: "Kind 2 Tg.", "NG 3 Tge",
"Baby 8d", "am 5. LT", "Lebenstag 10", "Neugeb. (4. Lebenstag)", "spontan entb.".

The age reader knows days only written out ("9 Tage alt"); a maternity ward's note shortens
the unit ("Tg.", "Tge", "d") and the newborn itself ("NG", "Neugeb.", "Sgl."), and counts the
day of life ("5. LT"). Read as a bare number after a child noun, "Säugling 4 Tg." would be four
months and "Kind 9 Tg." nine years. This module writes those abbreviations in their full forms
before the number reader runs, by the shape of the abbreviation rather than a list of sentences:

1. "Tg", "Tge", "Tgn", "Tgs" after a number are days ("2 Tg.", "12Tge");
2. "d" glued to or right after a number is days only where it cannot be a school class letter:
   after a word for a newborn or a baby ("Baby 8d", "NG 3 d") or before "alt"/"old" ("8d alt");
3. "LT" after an ordinal or before a number is the day of life ("5. LT", "LT 3" → "5. lebenstag");
   "Lebenstag 10" (the count after the word) is written the other way round;
4. "NG" before its age ("NG 3 Tg.", "NG (7 Tg)", "NG, 2 Tage") and "Neugeb." are the newborn;
5. "entb." is "entbunden" (a birth told as done: "spontan entb.").
"""

from __future__ import annotations

import re

from bot.understanding.gate import gated

__all__ = ["spell_days"]

_TG = re.compile(r"(?<![\d,.])(\d{1,2})\s*(?:tg|tge|tgn|tgs)\b\.?")
# a newborn or a baby right before its days: "Baby 8d", "NG 3 d", "Neugeborenes (5d)"
_BABY_WORDS = (r"(?:baby|babys|ng|neugeborene\w*|newborn|saeugling\w*|saeugl|sgl|fruehchen"
               r"|infant)")
_D_AFTER_BABY = re.compile(rf"\b(?P<noun>{_BABY_WORDS})\b(?P<gap>\s*[(,:]?\s*)"
                           r"(?P<n>\d{1,2})\s?d\b(?!\s*\.?\s*\d)")
_D_OLD = re.compile(r"(?<![\d,.])(\d{1,2})\s?d\b\.?(?=\s*-?\s*(?:alt|old)\b)")
_LT_ORDINAL = re.compile(r"\b(\d{1,2})\s*\.\s*lt\b\.?")
_LT_AFTER = re.compile(r"\b(?:lt|lebenstag)\s*\.?\s*(\d{1,2})\b(?!\s*\.\s*\d)")
_NG = re.compile(r"\bng\b\.?(?=\s*[(,:]?\s*\d)|\bneugeb\b\.?")
_ENTB = re.compile(r"\bentb\b\.?")
# most texts hold none of the abbreviations: a text without their letters skips the scan (`gate`)
_TG, _D_AFTER_BABY, _LT_ORDINAL, _LT_AFTER, _NG, _ENTB = map(
    gated, (_TG, _D_AFTER_BABY, _LT_ORDINAL, _LT_AFTER, _NG, _ENTB))


def spell_days(text: str) -> str:
    """Return normalised text with a newborn's abbreviated days, day of life and the newborn
    itself written out ("Kind 2 Tg." → "kind 2 tage", "NG (7 Tg)" → "neugeborenes (7 tage)")."""
    if not re.search(r"\d|neugeb|entb", text):
        return text
    text = _TG.sub(r"\1 tage", text)
    text = _D_AFTER_BABY.sub(lambda m: f"{m['noun']}{m['gap']}{m['n']} tage", text)
    text = _D_OLD.sub(r"\1 tage", text)
    text = _LT_ORDINAL.sub(r"\1. lebenstag", text)
    text = _LT_AFTER.sub(r"\1. lebenstag", text)
    text = _NG.sub("neugeborenes", text)
    return _ENTB.sub("entbunden", text)
