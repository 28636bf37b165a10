"""Needs named under a negation: a service someone cannot get, or a need a contrast takes back.

Kept apart from `topic_parts`, which credits the words: "findet keine Tagesmutter" and "hat noch
keinen Platz in der OGS" name what is missing, which is asked for; "kein Mobbing, aber er kann
sich nicht konzentrieren" takes the first need back in favour of the one after "aber".
"""

from __future__ import annotations

from bot.understanding.topic_parts import Credit

LACK_REACH = 4  # a verb of having this far before a negated need says it is missing
MISSING_REACH = 5  # a need this far after "kein" is what is missing ("keinen Platz in der OGS")


def missing(words: list[str], negated: frozenset[int], clause: tuple[int, ...],
            lack: frozenset[str], obtain: frozenset[str], still: frozenset[str],
            nouns: frozenset[str]) -> frozenset[int]:  # fmt: skip
    """Negated positions that name a service someone cannot get, not a need taken back: a verb
    of finding right before "kein" ("findet keine Tagesmutter") or a verb of having with "noch"
    or "mehr" ("hat noch keinen Platz in der OGS", "hat keine Hebamme mehr"). What is missing is
    what is asked for, so it keeps its credit beside any other need named."""
    found: set[int] = set()
    for p in negated:
        for n in range(p - 1, max(-1, p - MISSING_REACH - 1), -1):
            if clause[n] != clause[p] or words[n] not in nouns:
                continue
            before = set(words[max(0, n - 3) : n])
            around = before | set(words[n + 1 : p + 3])
            if before & obtain or (before & lack and around & still):
                found.add(p)
            break
    return frozenset(found)


def contrasted(credits: list[Credit], words: list[str], negated: frozenset[int],
               contrast: frozenset[str], lack: frozenset[str]) -> list[Credit]:  # fmt: skip
    """Drop needs a negation takes back when a contrast names another after it ("kein Mobbing,
    aber er kann sich nicht konzentrieren", "keine Essstörung, sondern Angst"): what follows
    "aber"/"sondern" is the need, even when it is only described. A missing service is no need
    taken back ("hat keinen Kitaplatz, aber …": `lack`, verbs of having before the negation)."""
    turns = [i for i, w in enumerate(words) if w in contrast]
    if not turns or not negated:
        return credits
    taken = {c.position for c in credits if c.position in negated
             and not lack & set(words[max(0, c.position - LACK_REACH) : c.position])
             and any(c.position < t and any(d.position > t for d in credits) for t in turns)}
    return [c for c in credits if c.position not in taken] if taken else credits


__all__ = ["LACK_REACH", "MISSING_REACH", "contrasted", "missing"]
