"""A spelt-out count of children before their ages in digits: "Kinder: „zwei, 4 und 6“",
"Kinder: drei – 2, 5, 9", "kids: two, 4 and 7".

Forms and case notes put the number of children first and their ages after it. When the count
is a word and the ages are digits, the change of notation marks the word as the count: the word
is nobody's age. The number-word rewrite (`numbers.normalise`) turns "zwei" into "2" and loses
that mark, so the count is blanked here, on the folded text, before it runs. Digits alone
("Kinder: 2, 4, 6") are three ages and stay as they are; a word whose value differs from the
number of ages after it ("Kinder: zwei, 4, 6 und 9") is not read as a count either.
"""

from __future__ import annotations

import re
from functools import cache

from bot.understanding.age_clips import expand_clips
from bot.understanding.age_typos import correct_typos
from bot.understanding.age_units import spell_units
from bot.understanding.numbers import normalise, number_word_values

_AGE_LIST = r"\d{1,2}(?:\s*(?:,|;|/|und|un|u\.|and|&|\+)\s*\d{1,2})+"


@cache
def _pattern() -> re.Pattern[str]:
    words = sorted((w for w, v in number_word_values().items() if v in (2, 3, 4, 5, 6)),
                   key=len, reverse=True)
    return re.compile(
        r"\b(?:kinder|kids|children|geschwister|anzahl\s+kinder)\s*:?\s*(?P<open>[„\"'“‚‘]?)\s*"
        rf"(?P<w>{'|'.join(map(re.escape, words))})\s*(?:[,:;]|[-–])\s*(?P<ages>{_AGE_LIST})"
        r"(?!\s*[.,]?\d)(?P<close>[“”\"'‘’]?)")


def counts_spelt(folded: str) -> str:
    """Return the folded text with a spelt-out count of children before as many digit ages
    blanked, and the quotes round them (spaces of the same length: every position stays)."""
    values = number_word_values()
    for m in _pattern().finditer(folded):
        if len(re.findall(r"\d{1,2}", m.group("ages"))) == values[m.group("w")]:
            # the quotes a form puts round the field's value go too: "„zwei, 4 und 6“" is
            # read as "4 und 6", not as a quotation of somebody's words
            for start, end in (m.span("open"), (m.start("w"), m.start("ages")), m.span("close")):
                folded = folded[:start] + " " * (end - start) + folded[end:]
    return folded


def read_form(folded: str) -> str:
    """Return the form of a folded text the age readers work on: typos mended, a spelt-out count
    of children blanked, number words as digits, clipped units ("3 J.") spelt out."""
    return spell_units(expand_clips(normalise(counts_spelt(correct_typos(folded)))))
