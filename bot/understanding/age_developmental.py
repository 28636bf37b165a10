"""A developmental age is no age of the child: "wie ein 3-Jähriger", "Sprachstand eines 2-Jährigen".

Health and development notes compare a child to a younger one to say how far it is behind:
"Entwicklungsstand wie ein 3-Jähriger, ist aber schon 5", "Kind 4;6 J., Sprachstand eines
Zweijährigen", "motorisch auf dem Stand eines 12 Monate alten Kindes", "Entwicklungsalter ca.
3 J., Lebensalter 6;2", "developmental age approx 18 months, chronological age 4". Offers are
bound to the age since birth, so such a mention is set aside (kind `developmental`): beside the
child's own age that age wins, and alone the request names no age, as its writers label it.
Kept apart from the mention reader, which reads "3-Jähriger" as a child's age wherever it
stands. Words are data (`bot/data/age_developmental.toml`).
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from bot.text import fold
from bot.understanding.age_mentions import Mention
from bot.vocabulary.lexicon import _load

_WORD = re.compile(r"[a-z]+")
_REACH = 6  # words before an age within which a developmental noun leads it


@cache
def _words() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    data = _load("age_developmental.toml")
    return tuple(frozenset(fold(w) for w in data[key])  # type: ignore[return-value]
                 for key in ("compared", "ages", "fillers"))


def _ends_with(words: list[str], phrases: frozenset[str]) -> bool:
    return any(" ".join(words[-size:]) in phrases for size in range(1, 6) if size <= len(words))


def compared_age(text: str, start: int) -> bool:
    """Tell whether the age at `start` is one the child is compared to: a comparison right
    before it ("wie ein", "auf dem Stand eines"), or a developmental-age noun leading it with
    only hedges between ("Entwicklungsalter ca.", "Sprachstand:", "developmental age approx")."""
    compared, ages, fillers = _words()
    # a stop before a word ends the clause; an abbreviation's before the age does not ("ca. 2 J.")
    clause = re.split(r"[,;!?()]|\.(?=\s*[a-z])|\s[-–]\s", text[:start])[-1]
    words = _WORD.findall(clause)
    if _ends_with(words, compared):
        return True
    lead = words[-_REACH:]
    while lead and lead[-1] in fillers:
        lead = lead[:-1]
    return bool(lead) and _ends_with(lead, ages)


def developmental(text: str, found: list[Mention]) -> list[Mention]:
    """Return the mentions with every developmental age set aside (kind `developmental`)."""
    if not found:
        return found
    return [replace(h, kind="developmental") if h.kind != "duration" and compared_age(
        text, h.start) else h for h in found]


__all__ = ["compared_age", "developmental"]
