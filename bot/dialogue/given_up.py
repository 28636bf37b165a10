"""A condition that names the language given up: "wenn es das nicht auf Arabisch gibt, …".

"ok wenn nicht gibt mit bulgarisch, dann egal welche Sprache, Hauptsache nah", "falls Polnisch
nicht geht, ist Deutsch auch ok": the writer names the wished language once more only to give it
up. Read as a whole, the turn named that language and so seemed to wish it still (and the
negation in the condition read as "Deutsch geht nicht"): the wish stayed, and the case was
called a gap although the help exists in German. The condition is cut before the waiver is
read; what remains ("dann egal welche Sprache", "ist auch deutsch ok") gives the language up.
The words are data (`dialogue_turns.toml [waive]`).
"""

from __future__ import annotations

import re
from functools import cache

from bot.understanding.languages import language_code
from bot.vocabulary.lexicon import _load as load_toml

__all__ = ["without_given_up"]

_WORD = re.compile(r"\w+")
_CLAUSE_END = re.compile(r"[,;.!?:]")


@cache
def _words() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """Condition words, negations, and the words that may follow the language inside the
    condition ("gibt", "geht", "nicht")."""
    section = load_toml("dialogue_turns.toml")["waive"]
    negations = frozenset(section["negations"])
    return (frozenset(section["conditions"]), negations,
            frozenset(section["condition_verbs"]) | negations)  # fmt: skip


def without_given_up(folded: str, wished: tuple[str, ...]) -> str:
    """The folded turn without a negated condition that names a language `wished` before.

    The condition runs from its word ("wenn", "falls", "if") to the wished language and the
    verbs and negations right after it, inside one clause, and must hold a negation; the turn
    itself when it has none.
    """
    if not wished:
        return folded
    conditions, negations, after = _words()
    for start in _WORD.finditer(folded):
        if start.group() not in conditions:
            continue
        end_of_clause = _CLAUSE_END.search(folded, start.end())
        clause = folded[start.end():end_of_clause.start() if end_of_clause else len(folded)]
        words = list(_WORD.finditer(clause))
        named = [i for i, w in enumerate(words)
                 if language_code(w.group(), inflected=True) in wished]  # fmt: skip
        if not named:
            continue
        last = named[-1]
        while last + 1 < len(words) and words[last + 1].group() in after:
            last += 1
        if not any(w.group() in negations for w in words[:last + 1]):
            continue
        cut = start.end() + words[last].end()
        return folded[:start.start()] + folded[cut:]
    return folded
