"""Read a pupil's age told right after their school year in a text without punctuation.

A writer who names a pupil gives the school year and then the age: "7b, S., 13", "Junge aus
der 4b, 10, ist traurig", "Schülerin der 9. Klasse, 15". Typed or dictated without the commas
("7b S 13 Fehlzeiten …", "junge aus der 4b 10 ist total traurig") the number stands alone right
behind the school year, nothing explains it, and the school year — weighed above a bare number
(`bot.understanding.age`) — used to win: the pupil came out a year or two too young. The number
is the pupil's age when it follows the school year with at most a child word or an initial
between, and fits the year (a pupil is the year's age or up to three years older: a repeated
year, a late start). A room, a bus or a count after the school year is no age: a word between
that is neither a child word nor an initial keeps them apart, and counts are not read here.
"""

from __future__ import annotations

import re
from dataclasses import replace

from bot.understanding.age_marks import marks_dropped
from bot.understanding.age_mentions import Mention
from bot.understanding.age_pupil_sibling import whose_class
from bot.understanding.age_school import Span
from bot.understanding.age_unpunctuated import unpunctuated
from bot.vocabulary.lexicon import age_vocabulary

_WORD = re.compile(r"[a-z]+")
_BETWEEN = 2  # words between the school year and the number: "7b S 13", "kl 4 maedchen 10"
_GRADE_WORDS = frozenset({"klasse", "kl", "jg", "jahrgang", "stufe"})
_OLDER = 36  # months a pupil may be older than the school year's age (repeated, late start)
_YOUNGER = 12  # and younger (an early start, the year's age counted at its end)


def pupil_age(text: str, school: list[Span], found: list[Mention]) -> tuple[list[Span],
                                                                            list[Mention]]:
    """Return the school years and mentions, with an unexplained number told right after a
    school year in an unpunctuated stretch read as the pupil's own age (kind "child") and that
    school year dropped, so the number says the age the school year only approximates. School
    marks ("7b, S. 13, M 5": a five in maths) are no ages and leave first (`age_marks`), and so
    does a named pupil's class that only says whose brother is meant (`whose_class`)."""
    found = marks_dropped(text, school, found)
    school = whose_class(text, school, found)
    if not school:
        return school, found
    nouns = set(age_vocabulary().child_nouns)
    kept = list(school)
    out: list[Mention] = []
    for hit in found:
        grade = _grade_before(text, kept, hit, nouns) if hit.kind == "unexplained" else None
        if grade is None:
            out.append(hit)
            continue
        kept.remove(grade)
        out.append(replace(hit, kind="child"))
    return kept, out


def fits_grade(low: int, high: int, grade_low: int, grade_high: int) -> bool:
    """Tell whether an age told beside a school year can be its pupil's: the year's age, up to
    three years older (a repeated year, a late start, a newcomer placed lower) or one younger."""
    return grade_low - _YOUNGER <= low and high <= grade_high + _OLDER


def _grade_before(text: str, school: list[Span], hit: Mention, nouns: set[str]) -> Span | None:
    """The school year right before the number, if the number can be its pupil's age."""
    for span in school:
        if not span.end <= hit.start or hit.start - span.end > 24:
            continue
        words = _WORD.findall(text[span.end : hit.start])
        if re.search(r"[^a-z\s]", text[span.end : hit.start]) or len(words) > _BETWEEN:
            continue  # a mark or a figure between: "Klasse 4, Raum 12", "4b / 10"
        if not all(w in nouns or w in _GRADE_WORDS or len(w) == 1 for w in words):
            continue  # "Klasse 4 Raum 12", "7b Bus 13": a room, a bus, no age
        if not fits_grade(hit.low, hit.low, span.low, span.high):
            continue
        if unpunctuated(text, hit.start, hit.end):
            return span
    return None
