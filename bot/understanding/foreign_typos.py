"""Two swapped letters in a foreign word ("financail help", "5th grdaer"): the
commonest typo on a phone, repaired before the rules of `bot.understanding.foreign` run.

The rules match whole words, so "parenting calss" found no rule although every other letter was
right. Here every word of five letters or more that no table knows is compared, by its sorted
letters, with the words the tables of `bot/data/foreign.toml` are made of; when exactly one table
word has the same letters and differs by one swap of neighbouring letters, the comparison copy of
the text gets that word. The copy keeps its length, so every match still maps onto the original
text. German words the product knows (`lexicon.german_words`) are never "repaired", whatever
they resemble.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from bot.understanding.foreign_rules import fold_foreign
from bot.understanding.foreign_scripts import data
from bot.vocabulary.lexicon import german_words

MIN_LENGTH = 5  # shorter words have too many neighbours one swap away
_LETTERS = re.compile(r"[^\W\d_]+")


def _strings(value: object) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):  # the foreign side: keys, and the lists and tables below them
        return [s for k, v in value.items() for s in (k, *([] if isinstance(v, str) else
                                                            _strings(v)))]  # fmt: skip
    if isinstance(value, list):
        return [s for item in value for s in _strings(item)]
    return []


def _words_of(section: object) -> set[str]:
    """The folded words a section of the foreign tables is made of (wildcard stems left out)."""
    return {w for text in _strings(section)
            for w in _LETTERS.findall(fold_foreign(re.sub(r"\w*\*", " ", text)))}


@cache
def _table_words() -> tuple[frozenset[str], dict[str, str]]:
    """Every word of the foreign tables, and those of five letters or more by sorted letters (a
    signature two table words share is left out: no guess between them)."""
    words: set[str] = set()
    numbers: set[str] = set()  # "sapte" is no repair of German "späte": numbers stay as typed
    for code, section in data().items():
        if code == "transliteration":
            continue
        words.update(_words_of(section))
        for text in section.get("numbers", {}):
            numbers.update(_LETTERS.findall(fold_foreign(text)))
    by_letters: dict[str, str] = {}
    clash: set[str] = set()
    for word in words - numbers:
        if len(word) < MIN_LENGTH:
            continue
        signature = "".join(sorted(word))
        if by_letters.get(signature, word) != word:
            clash.add(signature)
        by_letters[signature] = word
    return frozenset(words), {k: v for k, v in by_letters.items() if k not in clash}


@cache
def section_words(*, dialects: bool = False, english: bool = False) -> frozenset[str]:
    """The folded words of the German dialect section (`dialects`), of the English one
    (`english`), or of every other language's sections: the softened-consonant repair hardens
    into the first and leaves the third as typed; a German compound keeps no word but English."""
    if english:
        return frozenset(_words_of(data()["en"]))
    return frozenset(w for code, section in data().items()
                     if code != "transliteration" and (code == "de-dialects") == dialects
                     for w in _words_of(section))


def one_swap(typed: str, word: str) -> bool:
    """Tell whether `typed` is `word` with two neighbouring letters swapped: "nina" is no "sana"
    (two letters changed), "hatfa" is "hafta"."""
    differ = [i for i, (a, b) in enumerate(zip(typed, word, strict=True)) if a != b]
    return (len(differ) == 2 and differ[1] == differ[0] + 1
            and typed[differ[0]] == word[differ[1]] and typed[differ[1]] == word[differ[0]])


def repair_swaps(key: str) -> str:
    """Return the comparison copy `key` with words two swapped letters away from a table word
    spelt as in the table; same length, so spans stay valid."""
    out = key
    for found in _LETTERS.finditer(key):
        word = _repaired(found.group())
        if word is not None:
            out = out[: found.start()] + word + out[found.end() :]
    return out


@lru_cache(maxsize=65536)
def _repaired(typed: str) -> str | None:
    """The table word a typed word is two swapped letters away from, else None (a word's repair
    depends on the word alone, and words recur from request to request: kept)."""
    words, by_letters = _table_words()
    if len(typed) < MIN_LENGTH or typed in words or typed in german_words():
        return None
    word = by_letters.get("".join(sorted(typed)))
    return word if word is not None and one_swap(typed, word) else None


def table_words() -> frozenset[str]:
    """Every folded word of the foreign tables."""
    return _table_words()[0]


__all__ = ["one_swap", "repair_swaps", "section_words", "table_words"]
