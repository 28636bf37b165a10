"""A section of `bot/data/foreign.toml` written in Latin letters, read in Cyrillic letters too.

Serbian is written in both scripts ("trudna u 6. mesecu", "трудна у 6. месецу"), Macedonian
mostly in Cyrillic ("бремена, 7 месец") and on phones often in Latin ("bremena, 7 mesec"). Both
scripts map letter for letter, so a section keeps one word list in Latin letters and names its
alphabet (`cyrillic = "sr"` or `"mk"`): every word, phrase, number and slot word is read in its
Cyrillic spelling too, instead of a second copy of the section that would drift apart.

Only the Latin digraphs of one Cyrillic letter are joined (lj → љ, nj → њ, dž → џ; Macedonian
also kj → ќ, gj → ѓ, dz → ѕ); the rest is one letter for one. Slot names (`{lang}`) and the
wildcard `*` stay as they are.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

_SERBIAN = {
    "a": "а", "b": "б", "c": "ц", "č": "ч", "ć": "ћ", "d": "д", "đ": "ђ", "e": "е", "f": "ф",
    "g": "г", "h": "х", "i": "и", "j": "ј", "k": "к", "l": "л", "m": "м", "n": "н", "o": "о",
    "p": "п", "r": "р", "s": "с", "š": "ш", "t": "т", "u": "у", "v": "в", "z": "з", "ž": "ж",
    "lj": "љ", "nj": "њ", "dž": "џ",
}  # fmt: skip
# Macedonian: ќ and ѓ where Serbian has ћ and ђ, ѕ for dz; Latin spellings with "sh", "ch",
# "zh" as phones without the layout type them
_MACEDONIAN = {
    **{k: v for k, v in _SERBIAN.items() if k not in ("ć", "đ")},
    "ć": "ќ", "kj": "ќ", "ḱ": "ќ", "gj": "ѓ", "ǵ": "ѓ", "dz": "ѕ", "dzh": "џ",
    "sh": "ш", "ch": "ч", "zh": "ж",
}  # fmt: skip
ALPHABETS = {"sr": _SERBIAN, "mk": _MACEDONIAN}
_SLOT = re.compile(r"(\{\w+\})")
# the tables of a section whose keys are words, and its lists of words
_TABLES = ("numbers", "units", "languages", "wishes", "words", "numbered", "stems",
           "age_adjectives", "adjectives")  # fmt: skip
_LISTS = ("fillers", "conjunctions", "halves", "age_leads")


@cache
def _pattern(alphabet: str) -> re.Pattern[str]:
    letters = sorted(ALPHABETS[alphabet], key=len, reverse=True)
    return re.compile("|".join(re.escape(letter) for letter in letters))


def to_cyrillic(text: str, alphabet: str) -> str:
    """`text` (Latin letters) in the Cyrillic letters of `alphabet`; slots and `*` unchanged."""
    table = ALPHABETS[alphabet]
    pattern = _pattern(alphabet)
    pieces = _SLOT.split(text.lower())
    for index in range(0, len(pieces), 2):  # even pieces are text, odd ones slot names
        pieces[index] = pattern.sub(lambda m: table[m.group()], pieces[index])
    return "".join(pieces)


def _twin(words: list[str], alphabet: str) -> list[str]:
    return list(dict.fromkeys([*words, *(to_cyrillic(w, alphabet) for w in words)]))


def with_cyrillic(section: dict[str, Any]) -> dict[str, Any]:
    """`section` with each word also in Cyrillic, when it names an alphabet; else as it is."""
    alphabet = section.get("cyrillic")  # the transliteration section holds a table of that name
    if not isinstance(alphabet, str) or alphabet not in ALPHABETS:
        return section
    twin = dict(section)
    for name in _TABLES:
        table: dict[str, Any] = section.get(name, {})
        if table:
            twin[name] = {**{to_cyrillic(k, alphabet): v for k, v in table.items()}, **table}
    for name in _LISTS:
        if section.get(name):
            twin[name] = _twin(list(section[name]), alphabet)
    slots: dict[str, list[str]] = section.get("slots", {})
    twin["slots"] = {name: _twin(list(words), alphabet) for name, words in slots.items()}
    return twin


__all__ = ["ALPHABETS", "to_cyrillic", "with_cyrillic"]
