"""A help the story names as ended, broken off, refused or tried is context, not the need asked
now ("Hebamme ist fertig. Wo Stillberatung?", "Erziehungsbeistand endete 09/2026 … offener
Treff?", "Integrationskurs ist fertig, jetzt braucht das Kind eine Tagesmutter").

The settled clauses of `main_need_context` say a matter is taken care of or a help is running;
these clauses say the help is over or was no use. Both mean the same for the request: the help
named there is its history, and unless a clause outside asks for it again ("wir suchen eine neue
Hebamme"), its offers would stand in place of the help asked for and hide an honest gap. The
markers are data (`help_ended.toml`), indexed by their first word so a message is scanned once.
"""

from __future__ import annotations

from functools import cache

from bot.text import fold
from bot.understanding.normalise import Words
from bot.understanding.topic_parts import Credit
from bot.vocabulary.lexicon import _load


@cache
def _markers() -> tuple[dict[str, tuple[tuple[str, ...], ...]], frozenset[str], frozenset[str]]:
    """The phrases by their first word, the words that undo them, and the courses of life and
    money whose end is an event of the story, no help ("Ausbildung abgebrochen")."""
    data = _load("help_ended.toml")
    starts: dict[str, list[tuple[str, ...]]] = {}
    for phrase in data["phrases"]:
        words = tuple(fold(phrase).split())
        starts.setdefault(words[0], []).append(words)
    return ({w: tuple(p) for w, p in starts.items()},
            frozenset(fold(w) for w in data["unless"]),
            frozenset(fold(w) for w in data["lives"]))  # fmt: skip


def ended_topics(words: Words, credits: list[Credit], main: tuple[str, ...]) -> set[str]:
    """The main needs a strong word names in a clause that says its help ended, was broken off,
    refused or of no use, and no word names elsewhere. Named again in any other clause, even by
    a weak word ("Kita-Platz wurde gekündigt. KM fragt Kita für den Großen", "Hebamme ist
    fertig, wir suchen eine neue Hebamme"), the help is asked again and stays a need."""
    ended = ended_clauses(words)
    if not ended:
        return set()
    found = set()
    for topic in main:
        named = [c for c in credits if c.topic == topic]
        if any(c.strong for c in named) and all(words.clause[c.position] in ended
                                                for c in named):  # fmt: skip
            found.add(topic)
    return found


def ended_clauses(words: Words) -> set[int]:
    """Clauses that say a help ended, was broken off, refused or of no use, without a word
    outside the marker that undoes it ("noch nicht beendet", "wenn die SPFH endet")."""
    starts, unless, lives = _markers()
    folded, clause = words.folded, words.clause
    found: set[int] = set()
    for i, word in enumerate(folded):
        for phrase in starts.get(word, ()):
            end = i + len(phrase)
            if folded[i:end] != phrase:
                continue
            n = clause[i]
            if not any(clause[k] == n and (folded[k] in unless or folded[k] in lives)
                       for k in range(len(folded)) if not i <= k < end):  # fmt: skip
                found.add(n)
    return found
