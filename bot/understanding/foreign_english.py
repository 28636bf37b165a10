"""English time spans rewritten as the German spans the age parser already knows.

English tells how long something has lasted with the number before the unit and the marker
around it: "self-harming for 3 years", "moved here 4 months ago", "the waiting list for therapy
is 9 months". Word by word the rewrite of `bot.understanding.foreign` turns the number and unit
into "3 Jahre", "4 Monate", "9 Monate" — an age, to the German parser. German writes the marker
before the number ("seit 3 Jahren", "vor 4 Monaten", "Wartezeit 9 Monate"), which the age parser
reads as a span. This pass runs before the word rules and rewrites only such spans; a number with
"old" after it ("for 3 year olds", "for a 4-year-old") stays an age.
"""

from __future__ import annotations

import re

from bot.understanding.gate_case import case_gated

# English number words a span is written with ("for two years", "three weeks ago")
_NUMBER_WORDS = {
    "one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6", "seven": "7",
    "eight": "8", "nine": "9", "ten": "10", "eleven": "11", "twelve": "12", "a few": "einigen",
    "several": "mehreren", "a couple of": "2",
}  # fmt: skip
_NUMBER = r"(?P<n>\d{1,2}(?:[.,]5)?|" + "|".join(sorted(_NUMBER_WORDS, key=len, reverse=True)) + ")"
# the German dative after "seit" / "vor", by the English unit's first letters
_UNITS = {"year": "Jahren", "yr": "Jahren", "month": "Monaten", "mo": "Monaten",
          "mth": "Monaten", "week": "Wochen", "wk": "Wochen", "day": "Tagen"}  # fmt: skip
_UNIT = r"(?P<unit>years?|yrs?|months?|mths?|mos?|weeks?|wks?|days?)"
_NOT_OLD = r"(?![\s\-]*(?:olds?|of age)\b)(?!-)"
_FLAGS = re.IGNORECASE
# "for 3 years", "for the last 2 months", "since 6 weeks", "over the past year"
_FOR = re.compile(
    rf"\b(?:(?:for|since)(?:\s+(?:about|around|almost|nearly|roughly|over|more than))?"
    rf"(?:\s+the\s+(?:last|past))?|(?:over|in|during)\s+the\s+(?:last|past))"
    rf"\s+{_NUMBER}[\s\-]*{_UNIT}\b{_NOT_OLD}",
    _FLAGS,
)
# "4 months ago", "two weeks ago"
_AGO = re.compile(rf"\b{_NUMBER}[\s\-]*{_UNIT}\s+ago\b", _FLAGS)
# "the waiting list for therapy is 9 months", "waiting time of 6 months": the wait, not an age
_WAIT = re.compile(
    rf"\b(?:the\s+)?(?:waiting\s+list|wait(?:ing)?\s*list|waiting\s+time|wait(?:ing)?)"
    rf"(?P<what>\s+(?:for|at|with)\s+[^,.;:!?\d]{{1,40}}?)?\s+(?:is|are|was|of|about|around)"
    rf"\s+(?:(?:about|around|almost|nearly|over|more than|at least)\s+)?{_NUMBER}[\s\-]*{_UNIT}"
    rf"\b{_NOT_OLD}",
    _FLAGS,
)


# a span after a birth is the baby's age ("had her baby 2 weeks ago"): left for the age parser
_BIRTH = re.compile(
    r"(?:c-section|caesarean|had\s+(?:her|a|the|their)\s+\w+)[\s,]*(?:just\s+|only\s+)?$",
    _FLAGS,
)
# "born 3 weeks ago", "gave birth 5 days ago": German puts the span first ("vor 5 Tagen
# entbunden"), which the age parser reads as the baby's age
_BORN_AGO = re.compile(
    rf"\b(?P<verb>born|delivered|gave\s+birth|given\s+birth)[\s,]+(?:just\s+|only\s+)?"
    rf"{_NUMBER}[\s\-]*{_UNIT}\s+ago\b",
    _FLAGS,
)


# "under-3s", "over 12s": children under or over an age, as German writes them ("unter
# 3-Jährige"), where word by word the number would stand alone
_GROUP = re.compile(
    r"\b(?P<side>under|over)[\s\-]*(?P<n>\d{1,2}|one|two|three|four|five|six|seven|eight|nine"
    r"|ten|eleven|twelve)['’]?s\b",
    _FLAGS,
)


# weeks of a pregnancy, which German writes as the week of gestation ("30. SSW"): "30 weeks
# pregnant", "32+4 weeks along", "born at 28 weeks", "in week 20" where a pregnancy is told,
# "she's 30 weeks" of a woman past the weeks a baby's age is told in
_PREGNANT = re.compile(
    r"\b(?:pregnan\w*|midwi\w*|antenatal|prenatal|expecting|due|gestation|stillb\w*|miscarr\w*"
    r"|born|deliver\w*|schwanger\w*|hebamme)\b",
    _FLAGS,
)
_WEEKS_PREGNANT = re.compile(
    r"\b(?P<n>\d{1,2})(?:\s*\+\s*\d)?[\s\-]*(?:weeks?|wks?)['’]?\s+"
    r"(?:pregnant|along|gestation|of\s+pregnancy|into\s+(?:the|her)\s+pregnancy)\b",
    _FLAGS,
)
_AT_WEEKS = re.compile(
    r"\b(?P<lead>(?:stillb\w*|miscarr\w*|born|deliver\w*|pregnant)\s+)"
    r"(?:at|in)\s+(?P<n>\d{1,2})(?:\s*\+\s*\d)?[\s\-]*(?:weeks?|wks?)\b(?![\s\-]*old)",
    _FLAGS,
)
_IN_WEEK = re.compile(r"\b(?:in|at)\s+week\s+(?P<n>\d{1,2})\b", _FLAGS)
_SHE_WEEKS = re.compile(
    r"\b(?P<who>she's|she\s+is|patient\s+is|client\s+is|mum\s+is|mom\s+is)\s+"
    r"(?:about\s+|around\s+|now\s+)?(?P<n>\d{1,2})(?:\s*\+\s*\d)?[\s\-]*(?:weeks?|wks?)\b"
    r"(?![\s\-]*old)",
    _FLAGS,
)


# most texts hold none of the patterns' words, in any case: their scans are skipped (`gate_case`)
(_FOR, _AGO, _WAIT, _BIRTH, _BORN_AGO, _GROUP, _WEEKS_PREGNANT, _PREGNANT, _AT_WEEKS, _IN_WEEK,
 _SHE_WEEKS) = map(case_gated, (_FOR, _AGO, _WAIT, _BIRTH, _BORN_AGO, _GROUP, _WEEKS_PREGNANT,
                                _PREGNANT, _AT_WEEKS, _IN_WEEK, _SHE_WEEKS))


def _pregnancy_weeks(text: str) -> str:
    """Weeks of a pregnancy written as the German week of gestation."""
    text = _WEEKS_PREGNANT.sub(lambda m: f"{m['n']}. SSW", text)
    if not _PREGNANT.search(text):
        return text
    text = _AT_WEEKS.sub(lambda m: f"{m['lead']}in der {m['n']}. SSW", text)
    text = _IN_WEEK.sub(lambda m: f"in der {m['n']}. SSW", text)
    # a baby's age is told in weeks up to about three months; a woman's weeks past that are
    # her pregnancy's
    return _SHE_WEEKS.sub(
        lambda m: f"{m['who']} in der {m['n']}. SSW" if int(m["n"]) >= 13 else m.group(), text
    )


def _group(match: re.Match[str]) -> str:
    number = match.group("n").lower()
    side = "unter" if match.group("side").lower() == "under" else "über"
    return f"{side} {_NUMBER_WORDS.get(number, number)}-Jährige"


def _span(match: re.Match[str]) -> str:
    number = match.group("n").lower()
    number = _NUMBER_WORDS.get(number, number)
    unit = match.group("unit").lower().rstrip("s")
    return f"{number} {_UNITS.get(unit, 'Monaten')}"


def _wait(match: re.Match[str]) -> str:
    what = match.group("what") or ""
    return f"Wartezeit {_span(match)}{what}"


# whether a text holds week, age-group or time-span words at all: most texts hold none, and the
# three case-insensitive scans cost more than the gate's substring tests of the folded text
_WEEKS_WORD, _SIDE_WORD, _SPAN_WORD = map(case_gated, (
    re.compile(r"\bw(?:ee)?ks?\b", _FLAGS),
    re.compile(r"\b(?:under|over)\b", _FLAGS),
    re.compile(r"\b(?:for|since|ago|last|past|wait\w*)\b", _FLAGS),
))


def germanise_spans(text: str) -> str:
    """Return `text` with English time spans written the German way ("seit 3 Jahren"), and age
    groups too ("unter 3-Jährige")."""
    if _WEEKS_WORD.search(text):
        text = _pregnancy_weeks(text)
    if _SIDE_WORD.search(text):
        text = _GROUP.sub(_group, text)
    if not _SPAN_WORD.search(text):
        return text
    text = _WAIT.sub(_wait, text)
    text = _BORN_AGO.sub(
        lambda m: f"vor {_span(m)} {'geboren' if m['verb'].lower() == 'born' else 'entbunden'}",
        text,
    )
    text = _AGO.sub(
        lambda m: m.group() if _BIRTH.search(m.string, 0, m.start()) else f"vor {_span(m)}", text
    )
    return _FOR.sub(lambda m: f"seit {_span(m)}", text)
