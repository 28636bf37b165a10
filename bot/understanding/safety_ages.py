"""Read a child named with its ages before a comma as the one the next words speak of.

People who write in a hurry name the children, their ages and then what happens, with a comma in
between: "Nachbarskinder 3 und 5 Jahre, den ganzen Tag allein zuhause", "Junge 6, oft allein bis
nachts". Who is alone is the person named last before "allein" in its part of the sentence
(`bot.understanding.agency.alone_children`), and the comma after the ages ends that part, so the
children stood outside it. Here that one comma is read as no boundary — only for who is alone:
who does a violent act keeps every comma ("Junge 8, Vater schlägt ihn" names the father).
"""

from __future__ import annotations

from functools import cache

from bot.understanding.safety_text import Words, matches
from bot.vocabulary.lexicon import safety_lexicon

JOINED = "~"  # stands where the comma stood: no word, no stop (positions stay as they were)
_UNITS = frozenset({"j", "jahr", "jahre", "jahren", "jaehrig", "jaehrige", "jaehrigen", "mon",
                    "monat", "monate", "monaten", "wochen", "years", "year", "yo", "months"})
_LINKS = frozenset({"und", "u", "bzw", "oder", "/", "-", "and", "or"})
MAX_AGES = 4  # "Kinder 2, 4 und 6 Jahre": a few numbers, not a list of anything


@cache
def _child_words() -> Words:
    """The words for a child of the violence and alone tables ("Kinder", "die Kleinen")."""
    lexicon = safety_lexicon()
    return Words.of((*lexicon["agency"]["children"], *lexicon["alone"]["young"]))


def _ages_before(words: list[str], comma: int) -> int | None:
    """Where the child word stands when the words before the comma are a child and its ages
    ("kinder 3 und 5 jahre"), else None."""
    i = comma - 1
    if i >= 0 and words[i] in _UNITS:
        i -= 1
    numbers = 0
    while i >= 0 and words[i].isdigit() and numbers < MAX_AGES:
        numbers += 1
        i -= 1
        if i >= 0 and words[i] in _LINKS:
            i -= 1
    if not numbers or i < 0:
        return None
    return i if matches(words[i], _child_words()) else None


def ages_joined(words: list[str]) -> list[str]:
    """The words with the comma after a child's ages read as none ("Kinder 3 und 5 Jahre, den
    ganzen Tag allein"): the same positions, for the reading of who is alone."""
    if "," not in words:
        return words
    joined = list(words)
    for at, word in enumerate(words):
        if word == "," and _ages_before(words, at) is not None:
            joined[at] = JOINED
    return joined
