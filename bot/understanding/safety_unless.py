"""The words near a sign that take it back — some only in the sign's own clause.

A signal's `unless` words are read in its whole window: "hat sich nach dem Streit im Zimmer
eingeschlossen" is a child who shut herself in, no child locked in. But a reflexive of the next
clause says nothing of the lock: "Er hat die Kinder gestern eingesperrt und angeschrien, bis sie
sich eingenässt haben" — the children wet themselves, and they were locked in. The words that hold
only in the sign's clause (no comma or full stop between them and the sign's word) are data,
per signal (`[clause_unless]` in `bot/data/safety.toml`).
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from bot.understanding.safety_text import Words, matches
from bot.vocabulary.lexicon import safety_lexicon

if TYPE_CHECKING:
    from bot.understanding.safety import _Signal

_MARKS = frozenset(",.;:!?")  # the tokens that end a clause


@cache
def _clause_bound() -> dict[str, Words]:
    data = safety_lexicon().get("clause_unless", {})
    return {name: Words.of(words) for name, words in data.items()}


def taken_back(signal: _Signal, words: list[str], low: int, high: int, anchor: int) -> bool:
    """Tell whether an `unless` word of the signal stands in words[low:high + 1]; a word bound to
    the clause counts only with no clause mark between it and the sign's word at `anchor`."""
    bound = _clause_bound().get(signal.name)
    for i in range(max(0, low), min(len(words), high + 1)):
        if not matches(words[i], signal.unless):
            continue
        if bound is not None and matches(words[i], bound) and _apart(words, i, anchor):
            continue  # "…, bis sie sich eingenässt haben": the next clause's reflexive
        return True
    return False


def _apart(words: list[str], at: int, anchor: int) -> bool:
    low, high = sorted((at, anchor))
    return any(w in _MARKS for w in words[low + 1 : high])
