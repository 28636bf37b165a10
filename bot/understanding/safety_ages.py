"""Read a child named with its ages before a comma, or with its parent after it, as the one
who is alone.

People who write in a hurry name the children, their ages and then what happens, with a comma in
between: "Nachbarskinder 3 und 5 Jahre, den ganzen Tag allein zuhause", "Junge 6, oft allein bis
nachts". Who is alone is the person named last before "allein" in its part of the sentence
(`bot.understanding.agency_alone.alone_children`), and the comma after the ages ends that part, so
the children stood outside it. Likewise "die Kinder der Nachbarin sind allein" names the mother
last, though she only says whose children they are. Here that comma and that owner are read as no
part of the sentence — only for who is alone: who does a violent act keeps every word ("Junge 8,
Vater schlägt ihn" names the father).
"""

from __future__ import annotations

from functools import cache

from bot.understanding.agency import Agent
from bot.understanding.agency import _person_of as person_of
from bot.understanding.safety_text import Words, matches
from bot.vocabulary.lexicon import safety_lexicon

JOINED = "~"  # stands where the comma stood: no word, no stop (positions stay as they were)
_UNITS = frozenset({"j", "jahr", "jahre", "jahren", "jaehrig", "jaehrige", "jaehrigen", "mon",
                    "monat", "monate", "monaten", "wochen", "years", "year", "yo", "months"})
_LINKS = frozenset({"und", "u", "bzw", "oder", "/", "-", "and", "or"})
# "die Kinder der Nachbarin", "kids of the neighbour"
_OF = frozenset({"der", "des", "von", "vom", "of"})
_ARTICLES = frozenset({"the", "dem", "der", "meiner", "meines", "my"})
_OWNER_LINKS = _OF | _ARTICLES  # the word before an owner named after a child: a precheck
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
    joined = list(words)
    for at, word in enumerate(words):
        if word == "," and _ages_before(words, at) is not None:
            joined[at] = JOINED
    return joined


def _owner_at(words: list[str], at: int) -> int | None:
    """Where the word that names whose child it is begins, when the adult at `at` follows a
    child ("kinder der nachbarin", "kids of the neighbour"), else None."""
    if person_of(words[at]) is not Agent.ADULT:
        return None
    i = at - 1
    if i >= 1 and words[i] in _ARTICLES and words[i - 1] in _OF:
        i -= 1
    if i < 1 or words[i] not in _OF or not matches(words[i - 1], _child_words()):
        return None
    return i


def alone_words(words: list[str]) -> list[str]:
    """The words as who is alone reads them: the comma after a child's ages and the owner named
    after a child read as none (`ages_joined`; "die Kinder der Nachbarin … allein")."""
    joined = ages_joined(words)
    for at in range(2, len(words)):
        if words[at - 1] not in _OWNER_LINKS:  # `_owner_at` needs one of them before the adult
            continue
        start = _owner_at(words, at)
        if start is not None:
            joined[start : at + 1] = [JOINED] * (at + 1 - start)
    return joined
