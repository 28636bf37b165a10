"""A carer told with their own age beside the children they bring up: "my mentee (20) is raising
her two little brothers, 4 and 7", "my client (22) is the guardian of her brother, 15",
"Bruder (19) kümmert sich allein um seine Schwester, 12".

A young adult who raises, looks after or is the guardian of younger brothers and sisters is
named with an age as any client is; but the help asked is for the children in their care, so the
carer's age is an adult's, never the child's. The care is read from the verb between the two:
a carer's age, a verb of care right after it, and the minors' ages in its object. When the
writer turns back to the carer ("sie selbst braucht …", "for herself"), the carer is the one the
help is for and nothing changes.
"""

from __future__ import annotations

import re
from dataclasses import replace

from bot.understanding.age_mentions import Mention
from bot.understanding.age_values import ADULT

# a verb of care whose object is the children cared for; up to a few words ("is", "allein",
# "legal") between the carer's age and it
_CARE = re.compile(
    r"\b(?:raising|raises|raise|bringing\s+up|brings\s+up|takes?\s+care\s+of|taking\s+care\s+of"
    r"|looks?\s+after|looking\s+after|caring\s+for|cares\s+for|care\s+of|guardian\s+(?:of|for)"
    r"|custody\s+(?:of|for)|sorgerecht\s+(?:of|for|fuer|von)|vormund\w*\s+(?:of|for|fuer|von|der"
    r"|des)|kuemmert\s+sich\s+(?:\w+\s+)?um|sorgt\s+(?:\w+\s+)?fuer|versorgt|betreut|zieht)\b")
_BETWEEN = 60  # characters from the carer's age to the verb of care
_OBJECT = 70  # characters from the verb to the first child it cares for
# the writer turns to the carer: "sie selbst braucht", "für sich selbst", "for herself"
_SELF = re.compile(r"\b(?:sie|er|ihr|ihm|sich)\s+selbst\b|\bselbst\s+(?:braucht|will|moechte"
                   r"|sucht)\b|\b(?:herself|himself|for\s+her|for\s+him)\b")
_CLAUSE_END = re.compile(r"[.!?;]")
# a number a word follows is how many children, not an age: "her 2 little brothers, 4 and 7"
_COUNT = re.compile(r"\s+[a-z]{3,}")


def _cared(text: str, carer: Mention, minors: list[Mention]) -> list[Mention]:
    """Return the minors a verb of care right after the carer's age takes as its object."""
    verb = _CARE.search(text, carer.end, carer.end + _BETWEEN)
    if not verb or _CLAUSE_END.search(text, carer.end, verb.start()):
        return []
    return [h for h in minors if verb.end() <= h.start <= verb.end() + _OBJECT
            and not _CLAUSE_END.search(text, verb.end(), h.start)
            and not _COUNT.match(text, h.end)]


def carers_told(text: str, found: list[Mention]) -> list[Mention]:
    """Return the mentions with a carer's adult age set aside and the minors in their care read
    as the child's age ("my mentee (20) is raising her brothers, 4 and 7": four and seven)."""
    minors = [h for h in found if h.high < ADULT and h.kind in ("child", "other", "loose")]
    carers = [h for h in found if h.low >= ADULT and h.kind in ("child", "role")]
    if not minors or not carers:
        return found
    for carer in carers:
        cared = _cared(text, carer, minors)
        if cared and not _SELF.search(text, max(h.end for h in cared)):
            return [replace(h, kind="adult") if h is carer
                    else replace(h, kind="child") if any(h is c for c in cared) else h
                    for h in found]  # fmt: skip
    return found


__all__ = ["carers_told"]
