"""The comparison form of a text in any script, of exactly its length (`fold_foreign`).

Kept apart from the rule tables (`foreign_rules`) that are matched against it: marks, letters a
phone types either way and look-alike letters of one script fold to one spelling, character by
character, so that a rule's span on the folded copy is the same span of the original message.
"""

from __future__ import annotations

import unicodedata
from functools import cache, lru_cache

from bot.text import BASE_LETTERS
from bot.understanding.foreign_scripts import palochka
from bot.understanding.foreign_tifinagh import ALIKE as _TIFINAGH_ALIKE

# Cyrillic letters of Tajik, Kyrgyz and Kazakh that phones with a Russian layout type as the
# Russian letter they are built on ("панч сола" for "панҷ сола", "торт жашта" for "төрт жашта",
# "кызы" for "қызы"): one spelling in the data meets both. Not "ұ", "і", "ә": "ул." is a Russian
# street, "и" and "а" Russian words
# Bashkir's "ҡ", "ҙ", "ҫ" likewise ("туғыҙ" typed "тугыз", which is also Tatar's spelling)
_CYRILLIC_BASES = {"ҳ": "х", "ҷ": "ч", "қ": "к", "ғ": "г", "ү": "у", "ө": "о", "ң": "н",
                   "ҡ": "к", "ҙ": "з", "ҫ": "с"}


def _fold_char(char: str) -> str:
    # the Latin letters without a base to decompose into are `bot.text`'s, so both folds agree;
    # Arabic and Persian letters typed either way, and Greek final sigma, are this fold's own
    special = {**BASE_LETTERS, **_CYRILLIC_BASES, "ة": "ه", "ى": "ي", "ی": "ي", "ک": "ك",
               "ς": "σ", "’": "'", "ʼ": "'"}
    if char in special:
        return special[char]
    base = unicodedata.normalize("NFD", char)[0]
    return base if len(base) == 1 else char


# Ge'ez letters Amharic pronounces alike and spells either way ("ዓመት"/"አመት", "አሥር"/"አስር",
# "ሐ"/"ሀ"): each vowel order of ሐ, ኀ, ሠ, ዐ and ፀ as the same order of ሀ, ሀ, ሰ, አ, ጸ; and the
# a-order of the glottal and h letters ("ኣ", "ሃ") as their first order, which sounds the same
_ETHIOPIC_ALIKE = {
    source + order: chr(target + (0 if target in (0x1200, 0x12A0) and order == 3 else order))
    for source, target in ((0x1210, 0x1200), (0x1280, 0x1200), (0x1220, 0x1230),
                           (0x12D0, 0x12A0), (0x1340, 0x1338), (0x1200, 0x1200), (0x12A0, 0x12A0))
    for order in range(7)
}


@cache
def _fold_table() -> dict[int, str]:
    # Latin with diacritics, Greek (tonos: "χρονών" as "χρονων"), Cyrillic, Arabic, and the
    # Vietnamese letters with two marks ("tuổi" as "tuoi", as phones without the layout type it)
    ranges = [(0x00C0, 0x0260), (0x0370, 0x0530), (0x0600, 0x0700), (0x1E00, 0x1F00)]
    table = {cp: _fold_char(chr(cp)) for start, end in ranges for cp in range(start, end)}
    table.update(_ETHIOPIC_ALIKE)
    table.update({ord(letter): plain for letter, plain in _TIFINAGH_ALIKE.items()})  # "ⵕ" as "ⵔ"
    table.update({ord("’"): "'", ord("ʼ"): "'"})
    return {cp: out for cp, out in table.items() if out != chr(cp)}


@lru_cache(maxsize=16)
def fold_foreign(text: str) -> str:
    """Return a comparison form of exactly the same length as `text`. The rewrite and its span
    readers fold the same message again, character by character through a table: the last few
    texts' forms are kept. A palochka typed as "1" is the letter (`foreign_scripts.palochka`)."""
    return palochka(text.replace("İ", "i")).lower().translate(_fold_table())


__all__ = ["fold_foreign"]
