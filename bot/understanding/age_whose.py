"""A writer who corrects whose age a number is: "15 ist die Älteste, sie selbst ist dreizehn".

Whoever passes on a family's ages mixes them up now and then and says so in the next breath:
"die Mutter sagte erst 15 – nein, Entschuldigung, 15 ist die Älteste, sie selbst ist 13", "Oma
meinte 12 – Korrektur: 12 ist der Bruder, das Mädchen selbst ist zehn". After a word of
correction, a number the writer hands to another person ("N ist der Bruder", "N ist die Älteste")
is that person's age wherever it stands — the first telling too — and the child's is the one
told after it ("sie selbst ist 13"). The correction's words often go before the age is read
(dictation drops "15 – nein, Entschuldigung," as a value said again): the child's own age set
against the handed one ("selbst ist") then tells it alone. The words of correction are
`age_hedges.toml`'s retractions; the people and ranks a number is handed to are data
(`bot/data/age_speaker.toml`).
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from bot.understanding.age_mentions import Mention
from bot.understanding.age_speaker import longest_first
from bot.understanding.age_values import ADULT
from bot.vocabulary.lexicon import _load

_REACH = 40  # characters before the handed number within which the correction stands
# the child's own age set against the one handed on: "sie selbst ist 13", "das Mädchen selbst 10"
_OWN = re.compile(r"\bselbst\s+(?:ist|is|war|wird)\s+(?:erst\s+|schon\s+|jetzt\s+)?\d")


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    whose = _load("age_speaker.toml")["handed_to"]
    retractions = _load("age_hedges.toml")["retractions"]
    handed = re.compile(r"(?<![\d,.])(?P<n>\d{1,2})(?![\d,])\s+(?:ist|war|is|sind)\s+"
                        r"(?:doch\s+|aber\s+|nur\s+)?(?:der|die|das|vom|von\s+der|von\s+dem)\s+"
                        rf"(?:[a-z]+\s+)?(?:{longest_first(whose)})\b")
    correction = re.compile("|".join(retractions) + r"|\bentschuldigung\b|\bsorry\b")
    return handed, correction


def handed_on(text: str, found: list[Mention]) -> list[Mention]:
    """Return the mentions with every number the writer hands to another person ("nein, 15 ist
    die Älteste", "12 ist der Bruder, das Mädchen selbst ist 10") set aside as that person's,
    wherever it stands: the first telling too."""
    handed, correction = _patterns()
    if "ist" not in text or not handed.search(text):
        return found
    own = _OWN.search(text) is not None
    values = {m.group("n") for m in handed.finditer(text)
              if own or correction.search(text, max(0, m.start() - _REACH), m.start())}
    if not values:
        return found
    return [replace(h, kind="other" if h.low < ADULT else "adult")
            if text[h.start : h.end].strip() in values and h.kind != "duration" else h
            for h in found]  # fmt: skip


__all__ = ["handed_on"]
