"""How a word is written, apart from what it means: sound-alike spellings and capitals.

People type needs as they hear them ("gemoppt", "Legastenie"), and some abbreviations are also
ordinary words ("but", "ass") that only count when written as abbreviations ("BuT", "ASS").
"""

from __future__ import annotations

import re

# Abbreviations that are also ordinary words in lower case ("but", "ass", "Pia"): they count only
# when written with capitals beyond the first letter ("BuT", "ASS", "PIA"; "jmd" is "jemand").
CASE_SENSITIVE = frozenset({"but", "ass", "ads", "ot", "ki", "pia", "eb", "fh", "fz", "step",
                            "kess", "ergo", "trans", "sex", "gv", "kiz", "ief", "fed", "fud",
                            "bab", "daz", "bfd", "jmd"})  # fmt: skip


def phonetic(word: str) -> str:
    """Fold spellings that sound alike in German (gemoppt/gemobbt, Legastenie/Legasthenie)."""
    word = word.replace("ph", "f").replace("th", "t").replace("ck", "k").replace("dt", "t")
    word = word.replace("ie", "i").replace("ah", "a").replace("eh", "e").replace("oh", "o")
    word = word.replace("uh", "u").replace("oeh", "oe").replace("ueh", "ue").replace("aeh", "ae")
    word = word.translate(str.maketrans("bdgvwz", "ptkffs"))
    return re.sub(r"(.)\1+", r"\1", word)


def capitalised_inside(raw: str) -> bool:
    """Tell whether a word carries capitals beyond its first letter ("BuT", "ASS")."""
    return any(ch.isupper() for ch in raw[1:])


def capitalised_nouns(raw: tuple[str, ...]) -> list[bool]:
    """Tell for each word whether it is written as a German noun (a capital, then lower case) in
    a message that does not capitalise every word."""
    title = [w[:1].isupper() and w[1:].islower() for w in raw]
    return [False] * len(raw) if all(title) else title
