"""A family's number word or unit standing bare in a German sentence.

Helpers write the German frame and keep the family's own word for the age: "Tochter ist አስራ ሁለት,
Sohn ስምንት", "für Tochter, sie ist ሰባት", "Kind ist šest", "Baby од месец дана". The rules of
`foreign_rules` read a number word only before a unit of its language, so these ages were lost.
Here a foreign number word is read where German reads its own — right after a child noun, or after
a child noun or "er"/"sie" and a copula, closing the clause — and becomes a digit, so the German
age reader judges "Tochter ist 12" exactly as "Tochter ist zwölf". A unit alone right after a child
noun (and an optional "of", "aged") is one of it: "Baby од месец дана" is a baby of one month.

Vocabulary is data: the number words of `foreign.toml` (less any word German has too, so "sei" or
"once" stay words) and the frames of `foreign_bare.toml`. Matching runs on the foreign fold of the
text, which keeps its length, so every match maps back onto the original characters.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache
from typing import Any

from bot.understanding.foreign_rules import fold_foreign, vocabulary
from bot.vocabulary.lexicon import _load, age_vocabulary, common_words, frequent_words

_SEP = r"[\s\-]+"


@cache
def _data() -> dict[str, Any]:
    return _load("foreign_bare.toml")


def _umlauts_folded(word: str) -> str:
    """A lexicon word as the foreign fold writes it: the lexicon spells "ä" out ("maedchen",
    "zwoelf"), the foreign fold drops its marks ("madchen", "zwolf")."""
    return re.sub(r"([aou])e", r"\1", word)


def _words(words: Iterable[str]) -> str:
    """An alternation of folded phrases, longest first, spaces as any run of blanks."""
    folded = {fold_foreign(w) for w in words}
    parts = (_SEP.join(re.escape(p) for p in w.split()) for w in folded)
    return "|".join(sorted(parts, key=len, reverse=True))


def _child_nouns() -> str:
    """The lexicon's child nouns as the foreign fold writes them: "mädchen" is folded to
    "madchen" there, while the lexicon writes "maedchen"; both are accepted."""
    forms = set()
    for noun in age_vocabulary().child_nouns:
        forms.update((noun, _umlauts_folded(noun), _umlauts_folded(noun).replace("ss", "ß")))
    return _words(forms)


@cache
def _number_values() -> dict[str, int]:
    """Foreign number words of a child's age (1–21) that are no German word: not German's own
    numbers (read anyway), frequent or common words, the data's look-alikes, nor a Latin word of
    one or two letters."""
    german = frequent_words() | common_words() | set(age_vocabulary().numbers)
    german |= {fold_foreign(w) for w in _data()["german_lookalikes"]}
    german |= {_umlauts_folded(w) for w in age_vocabulary().numbers}  # "zwölf" folded "zwolf"
    values: dict[str, int] = {}
    for word, value in vocabulary().numbers.items():
        if value != int(value) or not 1 <= value <= 21 or not re.search(r"[^\W\d]", word):
            continue
        if all(part in german or (part.isascii() and len(part) < 3) for part in word.split()):
            continue
        values[re.sub(r"[\s\-]+", " ", word)] = int(value)
    return values


@cache
def _number_pattern() -> re.Pattern[str]:
    data = _data()
    child = _child_nouns()
    copula = rf"(?:{_words(data['copulas'])})(?:{_SEP}(?:{_words(data['between'])}))*"
    subject = rf"(?:(?:{child})(?:{_SEP}{copula})?|(?:{_words(data['pronouns'])}){_SEP}{copula}"
    subject += rf"|(?:{_words(data['labels'])})(?=\s*:))"  # "Alter: …", a form's field
    closer = rf"\s*(?:[,.;:!?)\]“”\"'»«–—/]|$)|{_SEP}(?:{_words(data['closers'])})(?!\w)"
    return re.compile(
        rf"(?<!\w)(?P<lead>{subject}\s*:?\s+)(?P<n>{_words(_number_values())})(?!\w)(?={closer})"
    )


@cache
def _unit_pattern() -> re.Pattern[str]:
    data = _data()
    lead = _words(data["unit_leads"]["words"])
    return re.compile(
        rf"(?<!\w)(?P<lead>(?:{_child_nouns()}),?\s+(?:(?:{lead}){_SEP})?)"
        rf"(?P<unit>{_words(data['units_alone'])})(?!\w)"
    )


@cache
def _units_alone() -> dict[str, str]:
    return {re.sub(r"\s+", " ", fold_foreign(k)): v for k, v in _data()["units_alone"].items()}


def read_bare(text: str) -> str:
    """Return `text` with each foreign number word or lone unit that tells a child's age in a
    German frame written as the German age reader reads it ("Sohn ist 8", "Baby 1 Monat")."""
    key = fold_foreign(text)
    if len(key) != len(text):  # the fold keeps the length; if not, nothing maps back
        return text
    edits: list[tuple[int, int, str]] = []
    for found in _number_pattern().finditer(key):
        if text[found.start("n")].isupper():  # "Mein Sohn Sami, 4 Jahre": a name, no number
            continue
        word = re.sub(r"[\s\-]+", " ", found.group("n"))
        edits.append((found.start("n"), found.end("n"), str(_number_values()[word])))
    units = _units_alone()
    for found in _unit_pattern().finditer(key):
        edits.append((found.start("unit"), found.end("unit"),
                      units[re.sub(r"[\s\-]+", " ", found.group("unit"))]))  # fmt: skip
    for start, end, german in sorted(edits, reverse=True):
        text = text[:start] + german + text[end:]
    return text
