"""Scripts and spellings under the word rules of `bot.understanding.foreign`: digits of every
script, Cyrillic names in Latin letters, and Arabizi, whose digits are letters.

These are character-level steps, separate from the word tables: `foreign.germanise` runs the
digit step before its rules and the other two after them, on what no rule rewrote.
"""

from __future__ import annotations

import re
import tomllib
import unicodedata
from functools import cache
from pathlib import Path
from typing import Any

from bot.understanding.foreign_cyrillic import with_cyrillic
from bot.understanding.foreign_tifinagh import with_tifinagh

DATA = Path(__file__).resolve().parent.parent / "data" / "foreign.toml"


@cache
def data() -> dict[str, Any]:
    """The word tables of `bot/data/foreign.toml`, read once per process; a section that names
    a Cyrillic alphabet also holds its words in Cyrillic letters (`foreign_cyrillic`), one that
    says `tifinagh = true` in Tifinagh letters (`foreign_tifinagh`), and one
    that builds on a neighbour's section holds that section's grammar too (`_built_on`)."""
    with DATA.open("rb") as handle:
        tables = _composed(tomllib.load(handle))
    tables = {code: _built_on(section, tables) for code, section in tables.items()}
    return {code: with_tifinagh(with_cyrillic(section)) for code, section in tables.items()}


# the tables a section reads together with its own: numbers and units make its age rule, slots
# and names its wish frames. Words, fillers and the like are matched in every text whichever
# section holds them, so a neighbour's serve as they are and are not taken over.
_GRAMMAR = ("numbers", "units", "halves", "conjunctions", "span_before", "span_after",
            "languages", "slots", "wishes")


def _built_on(section: Any, tables: dict[str, Any]) -> Any:
    """A section with `builds_on = "tt"` (Bashkir on Tatar) with the grammar of that section
    joined to its own, its own first: the two languages share most number words, units and
    frames, and Bashkir states only where it differs ("өс" for Tatar "өч", "йәш" for "яшь").
    Each rule is built from one section's tables, so Bashkir "ун ике йәш" needs Tatar's
    "ун ике" and its own "йәш" in one section."""
    base_code = section.get("builds_on") if isinstance(section, dict) else None
    if base_code is None:
        return section
    base = tables[base_code]
    joined = dict(section)
    for table in _GRAMMAR:
        own, theirs = section.get(table), base.get(table)
        if theirs is None:
            continue
        if own is None:
            joined[table] = theirs
        elif isinstance(own, list):
            joined[table] = [*own, *(item for item in theirs if item not in own)]
        elif table == "slots":
            joined[table] = {**theirs, **{name: [*words, *(w for w in theirs.get(name, ())
                                                          if w not in words)]
                                          for name, words in own.items()}}
        else:
            joined[table] = {**own, **{key: value for key, value in theirs.items()
                                       if key not in own}}
    return joined


def _composed(value: Any) -> Any:
    """Words in Unicode's composed form, as `foreign.germanise` writes the text: an Indic letter
    with a nukta ("ड़", "য়") has two spellings, and NFC keeps only one."""
    if isinstance(value, str):
        return unicodedata.normalize("NFC", value)
    if isinstance(value, dict):
        return {_composed(k): _composed(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_composed(v) for v in value]
    return value


# any Unicode decimal digit that is not ASCII: Arabic-Indic ٠-٩, Persian ۰-۹, Devanagari, full-width
_OTHER_DIGIT = re.compile(r"[^\D0-9]")
# punctuation of other scripts that number readers rely on
_PUNCTUATION = {
    0x066B: ",",  # Arabic decimal separator
    0x060C: ",",  # Arabic comma
    0x061F: "?",  # Arabic question mark
    0x2116: "Nr. ",  # numero sign: "школа №3" is a school's number, no age
    # Tibetan marks the end of every syllable with a tsheg ("བུ་མོ་ལོ་ལྔ་", girl five years), often
    # with no space between words: as a space, its syllables are words the rules can match
    0x0F0B: " ",  # tsheg
    0x0F0C: " ",  # non-breaking tsheg
    0x0F0D: ",",  # shad: the end of a clause
    0x0F0E: ",",  # double shad
}


def ascii_digits(text: str) -> str:
    """Every decimal digit as an ASCII digit, so numbers are read alike whatever script wrote
    them; `re`'s \\d knows the Unicode digits and `unicodedata` their values, so no table."""
    text = text.translate(_PUNCTUATION)
    if _OTHER_DIGIT.search(text) is None:
        return text
    return _OTHER_DIGIT.sub(lambda m: str(unicodedata.digit(m.group())), text)


# Chechen, Ingush and Avar write the palochka "Ӏ" (a stop in "кӀант" boy, "йоӀ" girl, "ворхӀ"
# seven); keyboards without it type the digit "1" or a Latin "l"/"I" ("к1ант", "йо1", "ворхl"). One
# of them right after a Cyrillic letter, and before another or at the word's end, is that letter,
# never a number ("йо1 дейтта шо" is a girl of 14, no child of 1); a "1" opening a word stays a
# digit (Russian "1ый класс")
_PALOCHKA = re.compile(r"(?<=[\u0400-\u04ff])[1lIӀ](?=[\u0400-\u04ff]|(?![\w]))")


def palochka(text: str) -> str:
    """`text` with every palochka typed as "1", "l" or "I" inside a Cyrillic word as "ӏ"; the
    length stays, so folded spans map back onto the text."""
    if _PALOCHKA.search(text) is None:
        return text
    return _PALOCHKA.sub("ӏ", text)


# Chuvash's own letters ӑ, ӗ, ҫ, ӳ were long missing from keyboards and fonts, and Chuvash texts
# still carry the Latin look-alikes ă, ĕ, ç, ÿ in Cyrillic words ("ывăл вун пилĕк çулта"). One of
# them beside a Cyrillic letter is the Chuvash letter; in a Latin word (Romanian "două", French
# "garçon") it stays
_CHUVASH_LATIN = {"ă": "ӑ", "ĕ": "ӗ", "ç": "ҫ", "ÿ": "ӳ", "Ă": "Ӑ", "Ĕ": "Ӗ", "Ç": "Ҫ", "Ÿ": "Ӳ"}
_CHUVASH_MIXED = re.compile(
    r"(?<=[\u0400-\u04ff])[ăĕçÿĂĔÇŸ]|[ăĕçÿĂĔÇŸ](?=[ăĕçÿĂĔÇŸ]*[\u0400-\u04ff])")


def chuvash_letters(text: str) -> str:
    """`text` with every Latin ă, ĕ, ç, ÿ inside a Cyrillic word as the Chuvash letter it stands
    for, so the rules of `[cv]` read the word; the length stays, so folded spans map back."""
    if _CHUVASH_MIXED.search(text) is None:
        return text
    return _CHUVASH_MIXED.sub(lambda m: _CHUVASH_LATIN[m.group()], text)


# a capitalised Cyrillic word: a name, perhaps a place ("Унна", "Люнен")
_CYRILLIC_NAME = re.compile(r"(?<!\w)[\u0400-\u042f][\u0430-\u045f'ʼ]+(?!\w)")


def transliterate_names(text: str) -> str:
    """Capitalised Cyrillic words no rule rewrote (perhaps places: "Унна") in Latin letters."""
    if _CYRILLIC_NAME.search(text) is None:
        return text
    return _CYRILLIC_NAME.sub(_transliterate, text)


@cache
def _cyrillic() -> dict[int, str]:
    table: dict[str, str] = data()["transliteration"]["cyrillic"]
    both = {**table, **{k.upper(): v.capitalize() for k, v in table.items()}}
    return {ord(k): v for k, v in both.items()}


def _transliterate(match: re.Match[str]) -> str:
    return match.group().translate(_cyrillic())


def unarabizi(text: str) -> str:
    """`text` with the digits of Arabizi words ("3ayesh", "7aseb") as letters."""
    if _ARABIZI_HINT.search(text) is None:
        return text
    return _ARABIZI_TOKEN.sub(_unarabizi_word, text)


# a digit between letters ("yi7ki") or a digit before two letters ("3omro"): perhaps Arabizi
_ARABIZI_HINT = re.compile(r"(?i)[a-z][235789][a-z]|(?<![\w.,:/§])[235789][a-z]{2}")
_ARABIZI_TOKEN = re.compile(r"(?i)(?<![\w.,:/§\-])[a-z0-9]*[a-z][a-z0-9]*(?![\w\-])")


@cache
def _arabizi() -> tuple[dict[int, str], tuple[str, ...]]:
    table = data()["transliteration"]["arabizi"]
    letters = {ord(digit): latin for digit, latin in table["letters"].items()}
    return letters, tuple(table["not_after_digit"])


def _is_arabizi(token: str, after_digit: tuple[str, ...]) -> bool:
    """Whether a word mixing letters and digits is Arabizi ("3omro", "yi7ki", "5ayfe") rather
    than a number with a unit or a code ("3jährig", "2te", "10er", "U7a", "h5n1", "3x")."""
    if sum(char.isalpha() for char in token) < 3 or token[:2].isdigit():
        return False
    for at, char in enumerate(token[:-1]):
        if char not in "235789" or not token[at + 1].isalpha():
            continue
        if at > 0 and token[at - 1].isalpha():
            return True
        if at == 0 and not token[1:].startswith(after_digit):
            return True
    return False


def _unarabizi_word(match: re.Match[str]) -> str:
    """An Arabizi word no rule rewrote, its digits as letters, so no number reader takes its
    "3" or "7" for an age."""
    token = match.group()
    if token.isalpha():
        return token
    letters, after_digit = _arabizi()
    return token.translate(letters) if _is_arabizi(token.lower(), after_digit) else token


__all__ = ["DATA", "ascii_digits", "chuvash_letters", "data", "palochka", "transliterate_names",
           "unarabizi"]
