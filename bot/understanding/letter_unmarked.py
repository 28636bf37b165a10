"""A signature typed or dictated without the marks that set it apart.

`letter._signed` takes a closing formula for the start of a signature only after a sentence's
end — a mark, a line break, a word of thanks — so that "LG Dortmund hat entschieden" (a court)
or "Grüße an die Mutter" stay the case. A message typed on a phone or dictated has no marks:
"… gibt es da eine Beratung mfg Sabine Kortmann Schwangerschaftsberatung Unna", "… Entlastung
am Nachmittag Gruß Jörg Pawlak ASD Bergkamen". Read as the family's, the office made the family
pregnant and its town their home.

Without a mark the signature is told by what follows the formula: a short tail that opens with
the writer — a first name of the redaction's list ("Sabine"), a form of address or title ("Frau
Osterkamp", "Dr Vogelsang"), the writer as a team ("Ihr Team"), or a first and family name the
list does not hold, two capitalised words of no vocabulary ("Iris Möller") — and tells nothing
of the case (no question, no finite verb of the case, no word of the family: `letter._tells`).
"LG und danke sie ist übrigens schwanger" or "Gruß Melanie PS wir wohnen in Werne" tell, and
stay the family's.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from bot.privacy.redact import first_names, not_names
from bot.text import fold
from bot.vocabulary.lexicon import _load, frequent_words

MAX_TAIL = 14  # words of an unmarked signature: name, role, institution, town
MIN_BEFORE = 4  # words of the case before the formula: a message that is only a greeting stays
_WORDS = re.compile(r"[^\W_]+")


@cache
def _openers() -> frozenset[str]:
    """The words that open a signature besides a first name ("Frau", "Dr", "Ihr Team")."""
    return frozenset(fold(w) for w in _load("letter.toml")["signature_openers"])


def _unknown_name(word: str) -> bool:
    """A capitalised word that is no word of the need, age or place vocabulary and no everyday
    word: a name the list does not hold ("Iris Möller", "Jens Ortmann")."""
    folded = fold(word)
    return (word[:1].isupper() and not word.isupper() and folded not in not_names()
            and folded not in frequent_words())


def _opens_signature(words: list[str]) -> bool:
    """The writer's name or address opens the tail: a listed first name, an opener, or two
    capitalised words that are neither vocabulary nor everyday words (first and family name)."""
    first = words[0]
    if fold(first) in _openers() or (first[:1].isupper() and fold(first) in first_names()):
        return True
    return len(words) >= 2 and _unknown_name(first) and _unknown_name(words[1])


def unmarked_signature(text: str, start: int, end: int, closing: re.Pattern[str],
                       tells: Callable[[str], bool]) -> tuple[int, int] | None:
    """The signature after the segment's last closing formula when no mark sets it apart and
    the tail opens with the writer and tells nothing (see the module's docstring)."""
    found = list(closing.finditer(text, start, end))
    if not found:
        return None
    last = found[-1]
    tail = text[last.end() : end]
    words = _WORDS.findall(tail)
    if not words or len(words) > MAX_TAIL or tells(tail):
        return None
    if len(_WORDS.findall(text[start : last.start()])) < MIN_BEFORE:
        return None
    if not _opens_signature(words):
        return None
    return last.start(), end
