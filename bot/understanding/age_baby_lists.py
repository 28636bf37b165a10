"""A baby named by a word as one item of a list of children's ages.

"Mutter mit 3 Kindern (Neugeborenes, 4 und 6)", "3 Kinder (Baby, 5 und 8)", "Säugling, 3 und 5
J.", "Kinder 4, 6 und ein Baby": the family's children are listed, the youngest by what it is
rather than by a number. The numbers are the older children's years — not the baby's months, as
"Baby 5" alone would be — and the baby word is a child of the list too, at its stage's first month
(a newborn or a baby is 0), so that the span of the children asked about reaches down to it.
"Baby, 5 Monate" (a unit of months after the word) and "Baby (4)" (one number in its bracket) stay
the baby's own age, read elsewhere.
"""

from __future__ import annotations

import re
from functools import cache

from bot.understanding.age_values import years_range
from bot.vocabulary.lexicon import age_vocabulary

_AND = r"\s*(?:,|und|u\.|&|and|\+|y|e|et|ve)\s*"
_NUMBERS = rf"\d{{1,2}}(?:{_AND}\d{{1,2}})*"
_YEARS = r"(?:\s*(?:j\b\.?|jahre?n?\b|years?\b|yrs?\b|yo\b))"
# a unit of months, weeks or days after the list makes it the baby's own age
_NOT_MONTHS = r"(?!\s*(?:mon\w*|mo\b|wo\b|wochen?\b|tage?n?\b|weeks?\b|months?\b|days?\b|\.\d|,\d))"
_KIDS = r"(?:kinder\w*|kids|children|geschwister\w*|geschw\.?)"


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The baby word first in the list, or last in a bracketed one; baby words are the stages
    under a year."""
    words = sorted((w for w, (_, high) in age_vocabulary().stages.items() if high < 12),
                   key=len, reverse=True)
    baby = rf"(?P<baby>{'|'.join(map(re.escape, words))})"
    article = r"(?:(?:ein|eine|einem|einen|a|an|das|the)\s+)?"
    first = re.compile(
        rf"(?P<lead>^|[(:]|\b{_KIDS}\s*:?)\s*{article}{baby}\b{_AND}(?P<list>{_NUMBERS})"
        rf"(?![\d])(?P<unit>{_YEARS})?{_NOT_MONTHS}")
    # "Kinder 4, 6 und ein Baby" after the children's noun is read where the need's stage can
    # still leave the baby out ("…, Hilfe bei der Schulanmeldung"): only a bracket or a colon
    last = re.compile(
        rf"(?P<lead>[(:])\s*(?P<list>{_NUMBERS})(?![\d])(?P<unit>{_YEARS})?"
        rf"{_NOT_MONTHS}{_AND}{article}{baby}\b(?!\s*[(,:]?\s*\d)")
    return first, last


def _count_before(text: str, at: int) -> int | None:
    """The number of children counted right before a list ("3 Kindern (" → 3), if any."""
    m = re.search(rf"\b(\d)\s+{_KIDS}\s*:?\s*\(?\s*$", text[max(0, at - 30) : at])
    return int(m.group(1)) if m else None


def babies_listed(text: str) -> list[tuple[int, int, int, int, str]]:
    """Return (start, end, low, high, noun) for a baby word listed among its siblings' ages and
    for each of those ages in years; nothing where the list could be the baby's own months."""
    found: list[tuple[int, int, int, int, str]] = []
    stages = age_vocabulary().stages
    for pattern in _patterns():
        for m in pattern.finditer(text):
            numbers = list(re.finditer(r"\d{1,2}", m.group("list")))
            values = [int(n.group(0)) for n in numbers]
            count = _count_before(text, m.end("lead"))
            # "(Baby, 5)" could be the baby's months: a second number, a unit of years or the
            # count of the children says the numbers are other children's years
            if not (len(values) >= 2 or m.group("unit") or count == len(values) + 1):
                continue
            if count is not None and count != len(values) + 1:
                continue  # "2 Kinder (Baby, 5 und 8)" is no list of these three
            if any(v < 1 or years_range(v) is None for v in values):
                continue
            low = stages[m.group("baby")][0]
            found.append((m.start("baby"), m.end("baby"), low, low, m.group("baby")))
            at = m.start("list")
            for n, v in zip(numbers, values, strict=True):
                span = years_range(v)
                assert span is not None
                found.append((at + n.start(), at + n.end(), span[0], span[1], "kinder"))
    return found


__all__ = ["babies_listed"]
