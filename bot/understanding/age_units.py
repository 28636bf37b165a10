"""Units of age as people really spell them after a number: "7 wochn", "5 monatn", "2 jahrn".

A hurried hand drops vowels ("10 mnt", "3 jhr"), cuts a word short ("4 woch", "2 jah") or slips
one letter ("6 jahe", "4 jare", "8 moante"). The age reader knows the units' proper forms
(`age_patterns.YEAR_UNIT` …); this module writes a misspelt unit right after a number as its
proper form, by two rules on the spelling rather than a list of typos:

1. the word's consonants, in order, are the start of a unit's consonants and it starts with the
   unit's first letter ("wochn", "wchn" → wochen; "mnt", "monatn" → monate; "jahe", "jahrn",
   "jhr" → jahre);
2. or it is one typing slip from a unit's form (a letter missing, extra, wrong or two swapped),
   from four letters on ("jare", "yaers", "monhts").

An everyday word is never a unit ("15 min", "3 man", "2 mein"), nor is a longer compound
("5 wochentage", "2 monatlich"), since its consonants run past the unit's.
"""

from __future__ import annotations

import re
from functools import cache

from rapidfuzz.distance import OSA

from bot.understanding.age_days import spell_days
from bot.understanding.explain import is_known_word
from bot.vocabulary.lexicon import common_words, frequent_words

# each unit's proper forms, and the form a misspelling is written as
_UNITS = {
    "wochen": ("wochen", "woche"),
    "monate": ("monate", "monaten", "monat"),
    "jahre": ("jahre", "jahren", "jahr"),
    "weeks": ("weeks", "week"),
    "months": ("months", "month"),
    "years": ("years", "year"),
}
# words after a number that look like a unit's start but are something else: minutes, a man
_NOT_UNITS = frozenset({"min", "mins", "man", "men", "mein", "meine", "mine", "mama", "mann",
                        "mit", "mal", "wie", "wir", "wo", "ja", "jan", "jun", "jul", "mai",
                        "mon", "mo", "mos", "wk", "wks", "yo", "yr", "yrs", "jr", "jh",
                        "jhd", "jhdt", "wer", "wg", "wach", "wache", "wacht", "jugendamt",
                        "jede", "jeder", "jedes"})
_VOWELS = re.compile(r"[aeiouy]")
_AFTER_NUMBER = re.compile(r"(?<![\d,.])(\d{1,2}(?:,5)?)(\s*)([a-z]{2,8})\b(?!-)")


def _skeleton(word: str) -> str:
    """Return a word's consonants in order: what a writer keeps when dropping vowels."""
    return word[0] + _VOWELS.sub("", word[1:])


@cache
def _forms() -> dict[str, str]:
    """Return every proper form of a unit, to the form a misspelling of it is written as."""
    return {form: unit for unit, forms in _UNITS.items() for form in forms}


@cache
def _ordinary() -> frozenset[str]:
    return frequent_words() | common_words()


@cache
def unit_of(word: str) -> str | None:
    """Return the unit a word after a number is a spelling of ("wochn" → "wochen"), or None
    when it is a proper form already, an everyday word or no unit at all."""
    forms = _forms()
    if word in forms or word in _NOT_UNITS or word in _ordinary():
        return None
    skeleton = _skeleton(word)
    if len(skeleton) >= 2:
        for unit in ("wochen", "monate", "jahre"):  # German: a writer drops vowels
            longest = max((_skeleton(form) for form in _UNITS[unit]), key=len)
            if skeleton[0] == unit[0] and longest.startswith(skeleton):
                return unit
    if len(word) >= 4:
        for form, unit in forms.items():
            if form[0] == word[0] and OSA.distance(word, form) <= 1:
                return unit
    return None


def spell_units(text: str) -> str:
    """Return normalised text with every misspelt unit after a number in its proper form, and a
    newborn's abbreviated days written out ("Kind 2 Tg." → "kind 2 tage", `age_days`)."""

    def write(m: re.Match[str]) -> str:
        unit = unit_of(m.group(3))
        return f"{m.group(1)}{m.group(2)}{unit}" if unit else m.group(0)

    return _AFTER_NUMBER.sub(write, spell_days(text))


__all__ = ["spell_units", "unit_of"]


def unknown_unit(after: str) -> bool:
    """Tell whether the word right after a number is one nobody knows: a unit of a language no
    section reads ("kuzhandai ist 14 maasam", "ist 7 vaaram alt"), so the number is no years."""
    word = re.match(r"\s+([a-z]{4,})\b", after)
    return word is not None and not is_known_word(word.group(1))
