"""Where a message's clauses end when an aside in brackets counts as part of its clause.

Split from `place_roles` (one job per module): the words that say who lives where may stand on
both sides of an aside ("die Mutter mit dem Säugling (3 Mon.) in Lünen-Horstmar").
"""

from __future__ import annotations

import re

# where clauses end, brackets aside: an aside in brackets does not end the clause whose words say
# who lives where
OUTER_BREAK = re.compile(r"[,.;:!?\n–—\u2600-\u27bf\U0001f000-\U0001faff]|\s-\s")


def outer_breaks(gaps: list[str], n: int) -> list[int]:
    """Return where clauses end when an aside in brackets counts as part of its clause: the
    marks inside "(3 Mon.)" or "(3, 5)" end the aside, not the clause whose words say who lives
    where ("die Mutter mit dem Säugling (3 Mon.) in Lünen-Horstmar")."""
    depth, out = 0, []
    for i, gap in enumerate(gaps):
        inside = depth > 0
        depth = max(0, depth + gap.count("(") + gap.count("[") - gap.count(")") - gap.count("]"))
        if inside:  # only what follows the aside's closing bracket may end the clause
            gap = gap[max(gap.rfind(")"), gap.rfind("]")) + 1 :] if depth == 0 else ""
        elif depth > 0:  # what precedes the opening bracket
            gap = gap[: min(j for j in (gap.find("("), gap.find("[")) if j >= 0)]
        if i in (0, n) or OUTER_BREAK.search(gap):
            out.append(i)
    return out
