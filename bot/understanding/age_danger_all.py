"""A danger done to the children as a whole: every child named is the one asked about.

"der 11-jährige Sohn sagt, Papa schlägt die Kinder, auch die kleine Schwester (5)", "Die Mutter
sperrt alle Kinder ein, der Große (9) und die Kleine (3)": the threat's object is the children
in the plural, so a rank named afterwards ("die Kleine") singles out no one — child protection is
asked for every child of the home, from the youngest to the oldest. A need aimed at one child
("für die Kleine eine Kita") is no threat and keeps its focus in `age_focus`.
"""

from __future__ import annotations

import re

from bot.understanding.gate import gated

# the children as a whole right after a verb (no preposition before them: "für die Kinder" is
# read by `age_focus` itself, "mit den Kindern" names no object of the threat)
_CHILDREN_OBJECT = gated(re.compile(
    r"\b(?!(?:fuer|mit|von|zu|bei|an|auf|um|for|with|of|to|at)\b)[a-z]{3,}\s+"
    r"(?:die|alle|beide|seine|ihre|the|all|both|his|her)\s+(?:kinder|kids|children|geschwister)\b"))


def children_hit(text: str) -> bool:
    """Tell whether a text with a threat to a child names the children as a whole as what is
    done to them, so that no one child among those named is singled out."""
    if not _CHILDREN_OBJECT.search(text):
        return False
    from bot.understanding.safety import protection_signs  # the safety reader reads ages too

    return bool(protection_signs(text))


__all__ = ["children_hit"]
