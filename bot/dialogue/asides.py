"""A laughing aside in the middle of a case: the case stays as it was.

"hahaha die katze vom hausmeister pennt grad aufm kicker 😂" between a request for an open
meeting place and "und für den großen bruder, 16?": read as a request, "pennt" (a young person
sleeping away from home) and "Kicker" (sport) replaced the case's need, and the sibling turn
after it inherited the wrong one (holdout20 h21c-c12). A turn that opens laughing, asks nothing
and names no age, place, language or sign of danger tells of the writer's day.
"""

from __future__ import annotations

import re
from functools import cache

from bot.catalogue import Catalogue
from bot.dialogue.turns import vocabulary
from bot.text import fold
from bot.understanding import understand

__all__ = ["laughing_aside"]

MAX_ASIDE_WORDS = 20


@cache
def _laughter() -> re.Pattern[str]:
    words = vocabulary()["aside"]["laughter"]
    alternatives = sorted(re.escape(w.rstrip("*")) + (r"\w*" if w.endswith("*") else "")
                          for w in words)  # fmt: skip
    return re.compile(rf"^\W*(?:{'|'.join(alternatives)})(?!\w)")


def laughing_aside(text: str, catalogue: Catalogue) -> bool:
    """Tell a short turn that opens laughing and says nothing of the case."""
    folded = fold(text).strip()
    if not _laughter().match(folded) or "?" in text or re.search(r"\d", text):
        return False
    if len(re.findall(r"\w+", folded)) > MAX_ASIDE_WORDS:
        return False
    said = understand(text, catalogue)
    return not (said.age or said.age_candidates or said.place or said.place_candidates
                or said.languages or said.child_protection)
