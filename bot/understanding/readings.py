"""Readings that change what a need word means: a negation takes it back ("keine Hinweise auf
Kindeswohlgefährdung"), a child's own violence makes it a parenting need ("schlägt und beißt andere
Kinder"), and a misspelling that sounds alike is the same word ("gemoppt").
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass

from bot.understanding.safety import childs_violence

NEGATION_REACH = 6  # a need word this close after another is not the one a negation takes back
AGGRESSION = 1.5  # a child's own violence: the need, before the place it happens ("in der Kita")


def phonetic(word: str) -> str:
    """Fold spellings that sound alike in German (gemoppt/gemobbt, Legastenie/Legasthenie)."""
    word = word.replace("ph", "f").replace("th", "t").replace("ck", "k").replace("dt", "t")
    word = word.replace("ie", "i").replace("ah", "a").replace("eh", "e").replace("oh", "o")
    word = word.replace("uh", "u").replace("oeh", "oe").replace("ueh", "ue").replace("aeh", "ae")
    word = word.translate(str.maketrans("bdgvwz", "ptkffs"))
    return re.sub(r"(.)\1+", r"\1", word)


@dataclass(frozen=True, slots=True)
class Credit:
    """One word's evidence for one topic."""

    position: int
    term: str
    topic: str
    weight: float
    strong: bool


def without_negated(credits: list[Credit], negated: frozenset[int]) -> list[Credit]:
    """Drop the words a negation takes back ("keine Hinweise auf Kindeswohlgefährdung", "kriegen
    kein BuT") when another word names a need. A negation takes back the need words after it up
    to one that names another need ("keine Wohnung, Care-Leaver-Beratung" asks for the second);
    alone, a negated need
    word stays ("hat keinen Kitaplatz" still asks for one)."""
    named: dict[int, set[str]] = defaultdict(set)
    for c in credits:
        named[c.position].add(c.topic)
    taken = {p for p in named.keys() & negated  # not past a word that names another need
             if not any(named.get(q, named[p]) - named[p] for q in range(p - NEGATION_REACH, p))}
    kept = [c for c in credits if c.position not in taken]
    return kept if taken and any(c.strong for c in kept) else credits


def aggression(topics: tuple[str, ...], words: list[str], clause: tuple[int, ...],
               asked: tuple[bool, ...], credits: list[Credit]) -> list[Credit]:
    """A child who hits, bites or kicks needs parenting advice first, then courses and
    violence prevention (`topics`, from `[aggression]`), whatever else the verb's words would
    suggest; when the request asks for a particular help ("Elternkurs auf Türkisch?"), or names
    one of these itself, the aggression only tells why."""
    acts = childs_violence(words, clause) if topics else frozenset()
    if not acts:
        return credits
    credits = [c for c in credits if c.position not in acts]
    named = not any(c.strong and (asked[c.position] or c.topic in topics) for c in credits)
    asked_for = {c.topic for c in credits if c.strong}
    for at in sorted(acts):
        for rank, topic in enumerate(topics):
            if not named and topic in asked_for:
                continue  # the help asked for is met by its own words, not by the aggression
            credits.append(Credit(at, words[at], topic, AGGRESSION - rank * 0.1, named))
    return credits
