"""Split a German compound into the words it is made of, against the known vocabulary.

"Wettseiten", "Haftentlassung", "Handyverträge": the first or the last part names a need the
vocabulary knows ("wetten", "Haft", "Handy"), the other part is an ordinary word. The topic
index already finds terms of six letters or more at a compound's start or end; this finds the
shorter ones too, but only where the rest of the word is itself a known word, so that a part is
never read out of a word it only happens to spell ("Wochenende" holds no "Woche"-need).
"""

from __future__ import annotations

import re
from collections.abc import Callable

MIN_PART = 4  # shorter parts are syllables, not words ("Kur" is left to the vocabulary)
_LINKS = ("es", "en", "s", "n")  # letters that join the parts ("Haft-s-…", "Wett-en-…")
# endings that make a word of another kind, never a second word: "heim-lich" is no Heim
_SUFFIXES = frozenset({"lich", "liche", "lichen", "licher", "heit", "keit", "schaft", "isch",
                       "ische", "ling", "chen", "lein", "bar", "sam", "haft", "haftes", "erin",
                       "erinnen", "innen", "ungen"})


def split_terms(word: str, term_of: Callable[[str], str | None],
                known: Callable[[str], bool]) -> tuple[str, ...]:  # fmt: skip
    """Return the vocabulary terms a compound is made of, or () when it is no compound of a
    term and a known word. The longest first part wins."""
    for cut in range(len(word) - MIN_PART, MIN_PART - 1, -1):
        head, tail = word[:cut], word[cut:]
        if tail in _SUFFIXES:
            continue
        tail_term = term_of(tail)
        if not (tail_term or known(tail)):
            continue
        for first in _heads(head):
            head_term = term_of(first)
            if head_term or known(first):
                found = tuple(t for t in (head_term, tail_term) if t)
                if found:
                    return tuple(dict.fromkeys(found))
    return ()


def _heads(head: str) -> list[str]:
    """The first part as written and without a linking ending."""
    found = [head]
    for link in _LINKS:
        if head.endswith(link) and len(head) - len(link) >= MIN_PART:
            found.append(head[: -len(link)])
    return found


def two_words(word: str, known: Callable[[str], bool]) -> bool:
    """Tell whether a word is a compound of two known words ("Klassenchat" = Klassen + Chat):
    such a word is spelt right, whatever term it happens to be one letter away from."""
    for cut in range(MIN_PART, len(word) - MIN_PART + 1):
        tail = word[cut:]
        if tail not in _SUFFIXES and known(tail) and any(map(known, _heads(word[:cut]))):
            return True
    return False


# "Sucht- und Drogenberatung", "Kinder-, Jugend- und Familienberatung": a first part cut off by a
# hyphen, then "und"/"oder"/"bzw."/"sowie"/"&" or a comma, before the word whose head it shares
_COORDINATED = re.compile(
    r"\b([^\W\d_]{2,})-(?=\s*(?:,|&|und\b|oder\b|bzw\b|sowie\b|u\.|and\b|or\b))")
_NEXT_WORD = re.compile(r"[^\W\d_]+(?=[\s.,;:!?)]|$)")
_HEAD_MIN = 4  # a head is a word ("beratung", "treff"), not a syllable


def complete_coordination(text: str, known: Callable[[str], bool]) -> str:
    """Complete each hyphenated first part with the head of the full compound after it:
    "Sucht- und Drogenberatung" reads as "Suchtberatung und Drogenberatung", so the first part
    names the offer it means ("Suchtberatung"), not a bare word ("Sucht" — whose?). The head is
    the longest end of the full word that is a known word after a known first part ("Drogen" +
    "beratung", "jugend" + "psychiatrische"); without one the text stays as written."""
    if "-" not in text:
        return text
    out: list[str] = []
    last = 0
    for match in _COORDINATED.finditer(text):
        full = _full_word(text, match.end())
        head = _head(full, known) if full else None
        if head is None:
            continue
        out.append(text[last:match.start()] + match.group(1) + head)
        last = match.end()
    return "".join(out) + text[last:] if out else text


def _full_word(text: str, start: int) -> str | None:
    """The first whole word after `start` that is not itself a cut-off first part."""
    for match in _NEXT_WORD.finditer(text, start):
        word = match.group(0)
        if word.lower() in {"und", "oder", "bzw", "sowie", "u", "and", "or"}:
            continue
        return word
    return None


def _head(word: str, known: Callable[[str], bool]) -> str | None:
    """The head of a compound: its longest known end after a known first part."""
    lower = word.lower()
    for cut in range(3, len(lower) - _HEAD_MIN + 1):
        tail = lower[cut:]
        if tail in _SUFFIXES:
            break
        if known(tail) and any(map(known, _heads(lower[:cut]))):
            return word[cut:]
    return None
