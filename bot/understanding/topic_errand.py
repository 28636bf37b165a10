"""A parent gone somewhere is no parent gone: "Mutter ist weg" must end its clause.

"seit die Mutter weg ist", "Mann ist weg, ich steh allein da": the adverb closes what is said, and
the other parent has left the household (`alleinerziehende_entlastung`). "Die Mutter ist weg zur
Arbeit", "Papa ist weg zum Einkaufen", "Mama ist weg bis heute Abend" go on: a goal or
a time after the adverb makes it a going somewhere, and the parent comes back. So a credit whose
phrase ends in a word of `[errand] gone` is dropped where the next word of its clause is one of
`[errand] toward` — a direction, an errand or a span of time.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from bot.text import fold
from bot.understanding.topic_parts import Credit
from bot.vocabulary.lexicon import topic_lexicon

REACH = 3  # words a phrase's last word may stand after its first one beyond its own length


@cache
def _rule() -> tuple[frozenset[str], frozenset[str]]:
    data = topic_lexicon().get("errand", {})
    return (frozenset(fold(w) for w in data.get("gone", ())),
            frozenset(fold(w) for w in data.get("toward", ())))  # fmt: skip


def _went(credit: Credit, words: Sequence[str], clause: Sequence[int],
          gone: frozenset[str], toward: frozenset[str]) -> bool:  # fmt: skip
    """Whether `credit`'s phrase ends in an adverb of going that a goal follows in its clause."""
    term = credit.term.split()
    if len(term) < 2 or term[-1] not in gone or credit.position >= len(words):
        return False
    start = credit.position
    end = min(len(words), start + len(term) + REACH)
    last = next((j for j in range(start + 1, end)
                 if words[j] == term[-1] and clause[j] == clause[start]), None)  # fmt: skip
    return (last is not None and last + 1 < len(words) and clause[last + 1] == clause[last]
            and words[last + 1] in toward)  # fmt: skip


def errands(credits: list[Credit], words: Sequence[str], clause: Sequence[int]) -> list[Credit]:
    """`credits` without those of a person gone somewhere and coming back (module docstring)."""
    gone, toward = _rule()
    if not gone or not any(w in gone for w in words):
        return credits
    return [c for c in credits if not _went(c, words, clause, gone, toward)]


__all__ = ["errands"]
