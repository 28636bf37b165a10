"""A place said as a guess or hearsay of where an offer might be: not the family's.

Lay helpers pass on what they heard or half remember about where an offer is: "meine Anleiterin
sagte 'Triple P', aber das gibts glaub ich nur in Unna?", "in Lünen war das mal so ein
Müttercafé", "die Beratungsstellen sind alle in Unna, da fahren alle hin". The family lives
elsewhere — the town asked for ("gibts in Holzwickede sowas?") or the place of the Kita, club or
Tafel the writer is at — and that second town is only a rumour of an offer's seat. Read as the
family's town it hides every offer near them.

Among several towns (`place_roles.by_role`) such a place ranks below all others, even below a
writer's workplace: a Kindergarten in Bönen says more of a family than a guess that a course is
"nur in Kamen". A clause that says where someone lives is never a guess ("wohnt wohl in Kamen").
The phrases are data (`place_hearsay.toml`).
"""

from __future__ import annotations

from functools import cache

from bot.understanding.place_words import folded_word
from bot.vocabulary.lexicon import _load


@cache
def _guesses() -> tuple[tuple[str, ...], ...]:
    phrases = _load("place_hearsay.toml")["guesses"]
    return tuple(tuple(folded_word(w) for w in p.split()) for p in phrases)


def hearsay(words: list[str], clause: tuple[int, int]) -> bool:
    """Tell whether the clause `words[start:end]` holds a phrase of guessing or hearsay."""
    start, end = clause
    part = words[start:end]
    for phrase in _guesses():
        size = len(phrase)
        if any(tuple(part[i : i + size]) == phrase for i in range(len(part) - size + 1)):
            return True
    return False
