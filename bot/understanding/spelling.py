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


# … of them, those no German word is spelt as: in a message typed all in lower case ("evtl. jmd
# von der eb?", "über but abrechnen") they are the abbreviation, unless the message is English
LOWER_CASE_TOO = frozenset({"but", "eb", "daz"})
# clipped therapy nouns ("Ergo" for Ergotherapie) that are also ordinary words in lower case (the
# Latin "ergo"): they count written as a noun, with a capital, or in a message typed in lower case
CLIPPED_NOUNS = frozenset({"ergo"})
# words that only an English sentence holds: "my son is 5 but he does not speak" keeps its "but"
_ENGLISH = frozenset({"the", "and", "is", "are", "he", "she", "my", "his", "her", "of", "to",
                      "for", "with", "not", "does", "has", "have", "we", "you", "they", "it",
                      "can", "any", "there", "this", "that", "was", "our", "their", "i"})


def written_as_abbreviation(raw: tuple[str, ...], at: int) -> bool:
    """Tell whether a case-sensitive abbreviation at `at` is meant as one: written with capitals
    inside ("BuT", "EB"), or in a German message typed all in lower case, where "but" and "eb"
    can be nothing else (a rewriting of the same request in lower case keeps its meaning)."""
    word = raw[at]
    if capitalised_inside(word):
        return True
    if word.lower() in CLIPPED_NOUNS and (word[:1].isupper() or typed_in_lower_case(raw)):
        return True  # "Ergo-Rezept", "ergo verordnung" typed in lower case; not "…, ergo …"
    if word.lower() not in LOWER_CASE_TOO or not typed_in_lower_case(raw):
        return False
    return not any(w in _ENGLISH for w in raw)


LOWER_CASE_SHARE = 0.1  # German capitalises a noun in every few words; one in ten is a rewriting's


def typed_in_lower_case(raw: tuple[str, ...]) -> bool:
    """Tell whether a message was typed in lower case: hardly a word starts with a capital (the
    rewriting before may have written back one or two: "3. Klasse")."""
    capitals = sum(1 for w in raw if w[:1].isupper())
    return capitals <= LOWER_CASE_SHARE * len(raw)


def capitalised_inside(raw: str) -> bool:
    """Tell whether a word carries capitals beyond its first letter ("BuT", "ASS")."""
    return any(ch.isupper() for ch in raw[1:])


def capitalised_nouns(raw: tuple[str, ...]) -> list[bool]:
    """Tell for each word whether it is written as a German noun (a capital, then lower case) in
    a message that does not capitalise every word."""
    title = [w[:1].isupper() and w[1:].islower() for w in raw]
    return [False] * len(raw) if all(title) else title
