"""A place that cannot be had is the need asked for, not a need taken back.

A professional often tells first what they do with the child, then what the family lacks: "ergo
wegen feinmotorik aber die mutter hat mir erzählt die kriegen keinen kitaplatz". `missing`
(`topic_parts`) keeps a negated need only after a verb of finding ("findet keine Tagesmutter")
or of having with "noch"/"mehr", because "kriegen kein BuT" only says what a family does not
receive. A *place* is different: a Kitaplatz, OGS-Platz or Therapieplatz exists only as
something sought, so "kriegen/haben/bekommen keinen …platz" always says it is missing, and the
context told before it (the therapy) must not outweigh it. The slot words are data
(`[contrast] slot` in `topic_lexicon.toml`).
"""

from __future__ import annotations

from bot.understanding.topic_missing import LACK_REACH, MISSING_REACH


def slots_missing(words: list[str], negated: frozenset[int], clause: tuple[int, ...],
                  lack: frozenset[str], nouns: frozenset[str], slots: frozenset[str]
                  ) -> frozenset[int]:  # fmt: skip
    """Negated positions whose word is a place ("kitaplatz", "platz", "plaetze") after "kein"
    with a verb of having or getting right before it ("die kriegen keinen kitaplatz", "hat
    keinen Platz in der OGS"): the place is what the family lacks, so it keeps its credit."""
    found: set[int] = set()
    for p in negated:
        if not any(words[p].endswith(s) for s in slots):
            continue
        for n in range(p - 1, max(-1, p - MISSING_REACH - 1), -1):
            if clause[n] != clause[p] or words[n] not in nouns:
                continue
            if lack & set(words[max(0, n - LACK_REACH) : n]):
                found.add(p)
            break
    return frozenset(found)
