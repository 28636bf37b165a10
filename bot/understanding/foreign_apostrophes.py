"""Turkish case suffixes after an apostrophe, dropped unless the apostrophe is part of a word.

Turkish writes case endings onto names with an apostrophe ("Kamen'de", "Unna'da", "Kita'ya"):
`foreign.germanise` drops them so the place and need words are read. Other languages write the
apostrophe inside their own words: Afaan Oromoo "ji'a" (month) and "daa'ima" (child), Hausa
"'yar". Such a word, when a section of `bot/data/foreign.toml` holds it, keeps its letters:
"ji'a" is no "ji" with a Turkish dative.
"""

from __future__ import annotations

import re
from functools import cache

from bot.understanding.foreign_scripts import data

# the ending after the apostrophe: locative, ablative, dative, genitive, accusative, plural
_TURKISH_SUFFIX = re.compile(
    r"(?<=\w)['’](?:[dt][ae]n?|[dt][ae]ki|y?[ae]|n?[ıiuü]n|y?[ıiuü]|l[ae]r\w*)(?!\w)"
)
_WORD = re.compile(r"[\w'’]+")
_KEYS = ("numbers", "units", "units_first", "words", "numbered", "languages", "fillers")


@cache
def apostrophe_words() -> frozenset[str]:
    """Every word with an apostrophe inside it that a section's tables write, lower case."""
    found: set[str] = set()
    for section in data().values():
        for key in _KEYS:
            table = section.get(key, ())
            for phrase in table:
                found.update(w for w in _WORD.findall(phrase.lower()) if "'" in w.strip("'"))
    return frozenset(found)


def drop_turkish_suffixes(text: str) -> str:
    """`text` without Turkish case endings after an apostrophe; words of a section stay whole."""
    known = apostrophe_words()

    def drop(match: re.Match[str]) -> str:
        start = match.start()
        while start > 0 and text[start - 1].isalnum():
            start -= 1
        word = text[start : match.end()].lower().replace("’", "'")
        return match.group() if word in known else ""

    return _TURKISH_SUFFIX.sub(drop, text)
