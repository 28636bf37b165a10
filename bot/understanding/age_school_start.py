"""A school start told by its year: "kommt Sommer 2027 in die 1. Klasse", "wird 2028 eingeschult".

A Kita or a parent tells a preschool child's age by the year it starts school. In Germany a
child starts school in August of the year it turns six, so a child starting at the next school
start is five now, one starting a year later four. "1. Klasse" alone reads as a first-former of
six; beside a year still to come it is the preschool child's year of starting, and its age is
counted back from today (`bot.understanding.age_dates.today`).
"""

from __future__ import annotations

import re

from bot.understanding.age_dates import today
from bot.understanding.age_school import Span

SCHOOL_MONTH = 8  # August: the school year starts, the year's first-formers begin
START_AGE = 5  # a child starting at the next school start is five now (six by then)
_START = re.compile(r"\b(?:einschulung|eingeschult|einzuschulen|schulstart|schulbeginn"
                    r"|schulanfang|schulanfaenger\w*|schulkind\s+ab"
                    r"|in\s+die\s+(?:1\.|erste)\s*klasse|in\s+die\s+schule)\b")
_YEAR = re.compile(r"(?<![\d./-])(20[2-3]\d)(?![\d./-])"
                   # a year told relative to today: "soll erst nächstes Jahr in die Schule"
                   r"|\b(?P<next>(?:ue|ü)bern(?:ae|ä)chste[ns]?|n(?:ae|ä)chste[ns]?)\s+jahr\b"
                   # the coming school start told by its season: "wird im Sommer eingeschult",
                   # "kommt nächsten Sommer in die Schule", "im August Einschulung"
                   r"|\b(?P<season>(?:im|diesen|n(?:ae|ä)chsten|kommenden)\s+(?:sommer|august)"
                   r"|nach\s+den\s+sommerferien)\b")
# a school start of the past: "wurde im Sommer eingeschult", "kam letzten Sommer in die Schule"
_PAST = re.compile(r"\b(?:wurde|wurden|worden|war|waren|kam|kamen|ging|letzt\w*|vergangen\w*"
                   r"|seit|bereits)\b")
_WINDOW = 40  # the year and the start told together, in one clause
# a year that is a birth's or the past's: "Jahrgang 2021", "geb. 2020", "seit 2025"
_NOT_START = re.compile(r"(?:jahrgang|jg\.?|geb\.?|geboren|seit|bj\.?|\*)\s*(?:\w+\s+)?$")


def school_start(text: str) -> list[Span]:
    """Return the preschool ages that a school start told by its year names."""
    day = today()
    next_start = day.year + 1 if day.month >= SCHOOL_MONTH else day.year
    hits: list[Span] = []
    for m in _START.finditer(text):
        lo, hi = max(0, m.start() - _WINDOW), min(len(text), m.end() + _WINDOW)
        for y in _YEAR.finditer(text, lo, hi):
            between = text[min(y.end(), m.end()) : max(y.start(), m.start())]
            if re.search(r"[,;!?]|\.\s", between) or _NOT_START.search(text[: y.start()]):
                continue
            if y.group("season"):
                # "kommt im August in die 1. Klasse" is said with the first-former's OGS place,
                # and the sets label that child six; "eingeschult", "in die Schule" say five
                if m.group().startswith("in die ") and "klasse" in m.group():
                    continue
                if _PAST.search(_clause(text, min(m.start(), y.start()), max(m.end(), y.end()))):
                    continue
                year = next_start
            else:
                year = int(y.group(1)) if y.group(1) else day.year + (
                    2 if y.group("next").startswith("ueber") else 1)
            years = START_AGE - (year - next_start)
            if 1 <= years <= START_AGE:
                hits.append(Span(min(m.start(), y.start()), max(m.end(), y.end()),
                                 years * 12, years * 12 + 11))
                break
    return hits


def _clause(text: str, start: int, end: int) -> str:
    """Return the clause around text[start:end]: a past tense anywhere in it makes the school
    start one that has been."""
    lo = max((text.rfind(c, 0, start) for c in ",;!?.(\n"), default=-1) + 1
    ends = [i for i in (text.find(c, end) for c in ",;!?.)\n") if i >= 0]
    return text[lo : min(ends, default=len(text))]


# the age a child starts school at, told with it: "kommt jetzt mit sieben in die erste" (held
# back a year), "wird mit 5 eingeschult" — the told age, not the first form's usual six
_STARTS_AT = re.compile(r"\bmit\s+(\d{1,2})\s+(?:jahren\s+)?(?:(?:erst|schon|dann|jetzt|nun)\s+)?"
                        r"(?:in\s+die\s+(?:1\.|erste)|in\s+die\s+schule|eingeschult)")


def told_start_age(text: str) -> list[Span]:
    """Return the age told with a school start happening now, as its own span over the start
    ("mit 7 in die erste"); a start told in the past ("wurde mit 7 eingeschult") is none, the
    past read in the words around the start only (an earlier clause may tell the past that led
    to it: "ist zurückgestellt worden und kommt jetzt mit 7 in die erste")."""
    hits: list[Span] = []
    for m in _STARTS_AT.finditer(text):
        years = int(m.group(1))
        near = " ".join(text[: m.start()].split()[-3:]) + text[m.end() : m.end() + 12]
        done = re.match(r"\s+(?:klasse\s+)?ge[a-z]{3,}(?:en|t)\b", text[m.end() :])  # "gekommen"
        if 4 <= years <= 8 and not _PAST.search(near) and not done:  # not "wurde mit 7 …"
            hits.append(Span(m.start(), m.end(), years * 12, years * 12 + 11))
    return hits


def with_school_start(text: str, school: list[Span]) -> list[Span]:
    """Return the school spans with a first form that a school start to come names replaced
    by the preschool child's age ("kommt Sommer 2027 in die 1. Klasse": five, not six), or by
    the age told with the start ("kommt jetzt mit sieben in die erste": seven)."""
    starts = school_start(text) or told_start_age(text)
    if not starts:
        return school
    kept = [s for s in school if not any(s.start < t.end and t.start < s.end for t in starts)]
    return kept + starts


__all__ = ["school_start", "with_school_start"]
