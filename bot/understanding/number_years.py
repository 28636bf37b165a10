"""A year said in words, written as its digits ("zweitausendneun" → 2009).

Kept apart from `numbers.normalise`, which calls it with its number words: a birth year
dictated in words ("Jahrgang zweitausendneun", "born two thousand and nine", "twenty
twentytwo") must read as one year (`age_dates`), not as the small numbers its words also are.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import cache

from bot.understanding.gate import gated

# the unit words after the thousand or hundred are the composed number words up to 30
_CENTURIES = {"zweitausend": 2000, "two thousand": 2000, "twenty": 2000, "2 thousand": 2000,
              "2 tausend": 2000, "2tausend": 2000,
              "neunzehnhundert": 1900, "nineteen hundred": 1900}  # fmt: skip
_TEENS = "ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"

@cache
def _year_pattern(units: str) -> re.Pattern[str]:
    return gated(re.compile(
        rf"(?<![a-z\d])(?:(?P<c>zweitausend|two\s+thousand|2\s*tausend|2\s+thousand"
        rf"|neunzehnhundert|nineteen\s+hundred)"  # "2 thousand": English words read before
        rf"(?:\s*(?:und|and)\s*|\s*)(?:(?P<u>{units})|(?P<d>\d{{1,2}}))?(?![a-z\d])"
        # "twenty twentytwo", "twenty ten": the spoken English year needs a second part past nine
        rf"|(?P<t>twenty)\s+(?P<v>{_TEENS}|twenty\w*)(?![a-z]))"))


def year_words(text: str, words: Mapping[str, float], spoken_e: tuple[str, ...]) -> str:
    """Write a year said in words as its digits; `words` are the number words and their
    values, `spoken_e` the numbers whose spoken "-e" form closes a phrase ("dreie")."""
    if "tausend" not in text and "hundert" not in text and "thousand" not in text and (
            "twenty" not in text and "hundred" not in text):
        return text
    spoken = {f"{w}e" for w in spoken_e}  # "dreie" closes a phrase, never a year
    units = "|".join(sorted((w for w, v in words.items() if v == int(v) and 1 <= v <= 30
                             and w not in spoken), key=len, reverse=True))

    def year(m: re.Match[str]) -> str:
        century = _CENTURIES[re.sub(r"\s+", " ", m["c"] or m["t"])]
        unit = m["u"] or m["v"] or ""
        value = float(m["d"]) if m["d"] else words.get(unit, 0.0) if unit else 0.0
        if m["t"] and not value:
            return m.group(0)
        return str(century + int(value))

    return _year_pattern(units).sub(year, text)


__all__ = ["year_words"]
