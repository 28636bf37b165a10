"""A sports team's age told as the club tells it: "U9", "unsere U11", "Jahrgang 2016/17".

A coach writes the team, not the child: "Wir ham ne neue Mädchenmannschaft, U9" is a team of
seven- and eight-year-olds (under nine), "Jahrgang 2014/15" the children born in those years.
"U9" is also a paediatric check-up ("nach der U9 heute"); it names a team only where the text
speaks of a team, a club or training and of no check-up.
"""

from __future__ import annotations

import re

from bot.understanding.age_dates import today
from bot.understanding.age_school import Span
from bot.understanding.gate import gated

_TEAM = re.compile(r"mannschaft|\bteam|training|trainer|verein|spieler|kicker|turnier|\bliga\b"
                   r"|kader|fussball|handball|basketball|volleyball|hockey|jugendabteilung")
_TEAM = gated(_TEAM)  # a text without its words skips the scan
_CHECK_UP = re.compile(r"untersuchung|vorsorge|kinderarzt|praxis|\bpat\b|impf|\bdoc\b|arzt")
_CHECK_UP = gated(_CHECK_UP)  # a text without its words skips the scan
_UNDER = re.compile(r"\bu\s?-?(?P<n>\d{1,2})(?![\d.a-z])")
_YEARS = re.compile(r"\b(?:jahrgang|jahrgaenge|jg\.?)\s*(?P<a>20\d\d)\s*(?:/|-|und|u\.)\s*"
                    r"(?P<b>20\d\d|\d\d)\b")
# a team the writer owns is a club's team: "Unsere U11 bräuchte nen Kurs gegen Mobbing" (a
# check-up is nobody's: "die U9 steht an")
_OWNED = re.compile(r"\b(?:unsere[nrm]?|meine[nrm]?)\s+u\s?-?\d{1,2}(?![\d.a-z])")
MINOR_YEARS = 18  # birth years of a group beyond this are grown-ups' cohorts
TEAM_AGES = (6, 21)  # "U6" … "U21": the under-n teams clubs field


def team_ages(text: str) -> list[Span]:
    """Return the age ranges a club's team names ("U9": 7–8 years) and a group's birth years
    ("Jahrgang 2016/17", "Jahrgänge 2016 und 2017")."""
    hits: list[Span] = []
    # birth years name a group of children anywhere, a team or not ("Gruppe der Jahrgänge 2016
    # und 2017"): only a minor's years, no parents' cohort
    for m in _YEARS.finditer(text):
        first, second = int(m["a"]), int(m["b"])
        second = second + first // 100 * 100 if second < 100 else second
        year = today().year
        if first < second <= year and second - first <= 2 and year - first < MINOR_YEARS:
            hits.append(Span(m.start(), m.end(), (year - second) * 12, (year - first) * 12 + 11))
    if not (_TEAM.search(text) or _OWNED.search(text)) or _CHECK_UP.search(text):
        return hits
    for m in _UNDER.finditer(text):
        n = int(m["n"])
        if TEAM_AGES[0] <= n <= TEAM_AGES[1]:
            hits.append(Span(m.start(), m.end(), (n - 2) * 12, (n - 1) * 12 + 11))
    return hits


__all__ = ["team_ages"]
