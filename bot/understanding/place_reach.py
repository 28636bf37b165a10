"""A place told as out of the family's reach: where an offer is, not where the family lives.

Requests about getting to an offer name two places: the family's home ("aus Langern", "wohnt in
Selm", a lone place at the head of a note) and the offer's seat, told as a trip's goal ("bis
Kamen", "45 Min. Bus nach Lünen"), as far away ("Werne-Mitte, 9 km", "25 km mit zwei
Bussen"), as the only or nearest offer ("gibt's nur in Unna", "nächster Kurs wäre in
Kamen-Mitte") or as unreachable ("kommt da nicht hin", "kein Auto"). Read as the family's town,
the far place hides every offer near them and shows offers they cannot reach as local ones.

Among several places (`place_roles.by_role`) such a place ranks below all others, as a guess of
an offer's seat does (`place_hearsay`). A place someone is said to live in or come from keeps
its role; when the far place is the only one told, nothing here applies and it may still be
where help is asked. The phrases are data (`place_reach.toml`).
"""

from __future__ import annotations

import re
from functools import cache

from bot.understanding.place_words import folded_word
from bot.vocabulary.lexicon import _load

# where a sentence ends: the clause after a place's own clause belongs to it only up to here
_SENTENCE = re.compile(r"[.;!?\n|]")
_AFTER = 8  # words of the next clause that may still tell of the trip ("…, 9 km, kein Auto")


@cache
def _phrases() -> tuple[dict[str, tuple[tuple[str, ...], ...]], frozenset[str], frozenset[str]]:
    """The phrases of distance, unreachability and the only offer by their first word (a clause's
    word is looked up, not every phrase compared at every position), the goal and start words."""
    data = _load("place_reach.toml")
    by_first: dict[str, list[tuple[str, ...]]] = {}
    for phrase in (*data["distance"], *data["unreachable"], *data["only"]):
        words = tuple(folded_word(w) for w in phrase.split())
        by_first.setdefault(words[0], []).append(words)
    return ({first: tuple(found) for first, found in by_first.items()},
            frozenset(folded_word(w) for w in data["goal"]),
            frozenset(folded_word(w) for w in data["start"]))


def _says_far(part: list[str]) -> bool:
    by_first = _phrases()[0]
    return any(tuple(part[i : i + len(phrase)]) == phrase
               for i, word in enumerate(part) for phrase in by_first.get(word, ()))


def out_of_reach(words: list[str], gaps: list[str], clause: tuple[int, int], start: int,
                 placed: frozenset[int]) -> bool:
    """Tell whether a place at word `start` inside `clause` is told as out of the family's reach:
    a word of a trip's goal right before it or its preposition ("bis Kamen"), or a
    phrase of distance, unreachability or the only offer in its clause or in the next clause of
    the same sentence, unless that clause names a place of its own (`placed`: word indices
    where places start): "Familie in Kamen, 25 km bis Unna" keeps Kamen home. A trip's start
    ("von Bork aus 45 Minuten") is the home. `gaps[i]`: the text before word i."""
    _, goal, origin = _phrases()
    if start > clause[0] and words[start - 1] in origin:
        return False  # "von 59199 aus 1 h Fahrt": where the trip starts, the family's home
    if any(w in goal for w in words[max(clause[0], start - 2) : start]):
        return True
    first, end = clause
    if _says_far(words[first:end]):
        return True
    if end >= len(words) or _SENTENCE.search(gaps[end]):
        return False
    stop = end + 1
    while stop < min(len(words), end + _AFTER) and not re.search(r"[,.;:!?\n|–—]", gaps[stop]):
        stop += 1
    if any(end <= i < stop for i in placed):
        return False
    return _says_far(words[end:stop])
