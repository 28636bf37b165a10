"""A child told only as the context of a parent's strain is not the child asked about.

"n Junge sechs is total aggressiv … und die Mutter is mit dem Baby acht Monate völlig
überfordert, gibbet n Elternkurs", "Junge 7 mit Wutausbrüchen, Mutter hat noch ein Baby (4 Monate)
und ist total erschöpft": the baby stands in a clause whose subject is a parent and which tells how
the parent copes. It explains why the family needs help; the age asked about is that of the child
whose own clause the request is about, so the baby would only widen the span and make offers for
the boy look unsuitable. A child is dropped only while another chosen child stays outside such
clauses: "Mutter mit Baby (4 Monate) ist erschöpft – Krabbelgruppe?" is about the baby, and a
family asked for as a whole ("Schüler ist 17, Schwester 4 … Wer kann die Familie entlasten?")
has no parent's clause to put anyone in. Clauses are those of `age_each_need`; the parent nouns,
the openers before them and the words of strain are `age_parent_context.toml`.
"""

from __future__ import annotations

import re
from functools import cache

from bot.understanding.age_each_need import clauses, each_with_need
from bot.understanding.age_mentions import Mention
from bot.vocabulary.lexicon import _load as load_toml


@cache
def _words() -> dict[str, frozenset[str]]:
    return {key: frozenset(v) for key, v in load_toml("age_parent_context.toml").items()}


@cache
def _strain() -> re.Pattern[str]:
    phrases = sorted(_words()["strain"], key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(map(re.escape, phrases)) + r")\b")


def _parent_strained(text: str, start: int, end: int) -> bool:
    """Tell whether a clause's subject is a parent and the clause tells the parent's strain."""
    words = _words()
    for token in re.finditer(r"[a-z]+", text[start:end]):
        if token.group(0) in words["openers"]:
            continue
        return token.group(0) in words["parents"] and bool(
            _strain().search(text, start + token.end(), end))
    return False


def without_parents_context(text: str, chosen: list[Mention]) -> list[Mention]:
    """Drop the children told inside a parent's clause of strain, while another child stays."""
    if len(chosen) < 2:
        return chosen
    strained = [(a, b) for a, b in clauses(text) if _parent_strained(text, a, b)]
    kept = [h for h in chosen if not any(a <= h.start < b for a, b in strained)]
    return kept or chosen


def children_asked(text: str, chosen: list[Mention], found: list[Mention]) -> list[Mention]:
    """Return the children a request asks for: those chosen, with every other child whose own
    clause tells a need (`each_with_need`), less those told only as a parent's strain."""
    return without_parents_context(text, each_with_need(text, chosen, found))
