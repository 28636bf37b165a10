"""A birthday ahead told by its date or its ordinal, rewritten as "wird <time> N".

The age reader knows a birthday to come when a time phrase stands between "wird" and the age
("wird im Februar 18": seventeen today, `age_time.birthday_to_come`). Writers tell the same
birthday in other words: by its date ("wird am 17.02.2027 volljährig", "turns 18 on 17.02."), by
the age of majority as a word ("wird nächsten Monat volljährig"), or as a celebration ahead
("feiert im Mai seinen 6. Geburtstag", "hat im März ihren 4. Geburtstag"). This rewrite writes
them in that one form before mentions are read, so the child is read a year younger today, as the
writers label it ("wird am 17.02.2027 volljährig" → 17). Files of youth welfare and family law
tell it as a noun with its date: "HzE endet mit Volljährigkeit am 14.01.27", "mit Eintritt der
Volljährigkeit zum 03.02.2027" — a date ahead of today is the same birthday to come; a date past
is left (the young adult is of age). Words are data (`bot/data/age_births.toml`).
"""

from __future__ import annotations

import datetime as dt
import re
from functools import cache

from bot.understanding.age_dates import MONTH_NAMES, today
from bot.understanding.age_time import time_words
from bot.vocabulary.lexicon import _load

# a month's German name by its number: the first name `age_dates` lists for it
_MONTHS = tuple(next(name for name, n in MONTH_NAMES.items() if n == number)
                for number in range(1, 13))
_TURNS = r"\b(?:wird|werden|turns?|turning)\s+"


@cache
def _majority_dated() -> re.Pattern[str]:
    """"Volljährigkeit am 14.01.27": the noun of majority, a preposition, a day with month."""
    data = _load("age_births.toml")
    nouns = "|".join(sorted(map(re.escape, data["majority_nouns"]), key=len, reverse=True))
    return re.compile(rf"\b(?:{nouns})\s+(?:am|zum|ab|on)\s+(\d{{1,2}})\.\s*(\d{{1,2}})\."
                      r"(?:\s*((?:20)?\d\d)\b)?")


def _majority_ahead(m: re.Match[str]) -> str:
    """"wird im Januar 18" when the day of majority lies ahead within a year, else the words."""
    now = today()
    year = int(m.group(3)) if m.group(3) else now.year
    year += 2000 if year < 100 else 0
    try:
        day = dt.date(year, int(m.group(2)), int(m.group(1)))
    except ValueError:
        return m.group(0)
    if not m.group(3) and day < now:
        day = day.replace(year=now.year + 1)
    if not now <= day <= now + dt.timedelta(days=366):
        return m.group(0)
    return f"wird im {_month(m.group(2))} 18"


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    data = _load("age_births.toml")
    majority = "|".join(sorted(map(re.escape, data["majority"]), key=len, reverse=True))
    verbs = "|".join(sorted(map(re.escape, data["celebrates"]), key=len, reverse=True))
    # "wird (im Februar / am 17.02.2027 / nächsten Monat) volljährig": the word is 18
    of_age = re.compile(rf"({_TURNS}(?:[a-z0-9.]+\s+){{0,4}}?)(?:{majority})\b")
    # "wird am 17.02.2027 18": the day's month is the time phrase
    dated = re.compile(rf"({_TURNS}(?:\w+\s+)?)(?:am|on)\s+\d{{1,2}}\.\s*(\d{{1,2}})\."
                       r"(?:\s*(?:20)?\d\d\b)?\s*(?=\d{1,2}\b)")
    # "feiert im Mai seinen 6. Geburtstag": a time phrase of one to four words, then the ordinal
    # ("in 2 wochen": a count is a digit by now)
    celebrated = re.compile(rf"\b(?:{verbs})\s+((?:[a-z0-9]+\s+){{1,4}}?)(?:seinen|ihren|den|his"
                            r"|her|their)\s+(\d{1,2})\s*\.?\s*(?:geburtstag|birthday)\b")
    return of_age, dated, celebrated


def _month(number: str) -> str:
    value = int(number)
    return _MONTHS[value - 1] if 1 <= value <= 12 else ""


def _ahead(phrase: str) -> bool:
    """Tell whether the words before a birthday's ordinal are a time to come ("im Mai",
    "nächsten Monat"); "hat letzten Monat ihren 7. Geburtstag gefeiert" is one past."""
    words = time_words()
    timely = words.glue | words.coming | words.time_nouns
    found = phrase.split()  # a count is a number by now: "in zwei Wochen" is "in 2 wochen"
    return all(w in timely or w.isdigit() for w in found) and any(
        w in words.coming or w in words.time_nouns for w in found)


# a birthday told at a subordinate clause's end, the verb last: "ein Schüler, der kommende Woche
# 16 wird, trinkt", "wenn das Kind 3 wird": the words between the number and the clause's start
# are the time phrase, if any; "wird" must close the clause, as "Sohn 8 wird gemobbt" is passive
_VERB_LAST = re.compile(r"(?P<time>\b(?:[a-z]+\s+){0,4}?)(?P<n>\d{1,2})"
                        r"(?P<unit>\s+(?:jahre?|j\.?)(?:\s+alt)?)?\s+(?:wird|werden)"
                        r"(?=\s*(?:[,.;:!?)]|$)|\s+(?:und|oder|aber)\b)")


# (ages52) the English future of a birthday, "he'll be 4 next month", "she will be 3 in April":
# the same as "turns"; the age reader then looks for the time to come around it as it does there
_WILL_BE = re.compile(r"(?:['’]ll|\b(?:will|shall|(?:is|s)\s+going\s+to|gonna))\s+be\s+"
                      r"(?=\d{1,2}\b(?!\s*(?:uhr|pm|am|o\s*clock|minutes|mins|hours|days|weeks"
                      r"|euro|%)))")


@cache
def _clause_openers() -> frozenset[str]:
    return frozenset(_load("age_births.toml")["clause_openers"])


def _verb_first(m: re.Match[str]) -> str:
    """"kommende Woche 16 wird" as "wird kommende Woche 16", the form the age reader knows;
    the words before the number stay put unless they are a time to come."""
    words = m.group("time").split()
    openers = _clause_openers()
    lead = next((i for i in range(len(words)) if words[i] not in openers
                 and _ahead(" ".join(words[i:]))), len(words))
    kept, time = " ".join(words[:lead]), " ".join(words[lead:])
    return f"{kept + ' ' if kept else ''}wird {time + ' ' if time else ''}{m.group('n')}" + (
        m.group("unit") or "")


def coming_birthdays(text: str) -> str:
    """Return a folded text with every birthday ahead written as "wird <time> N"."""
    if "volljaehrigkeit" in text:
        text = _majority_dated().sub(_majority_ahead, text)
    if "wird" not in text and "werden" not in text and "turn" not in text and (
            " be " not in text and "geburtstag" not in text and "birthday" not in text):
        return text  # most requests tell no birthday: spare the patterns
    of_age, dated, celebrated = _patterns()
    text = _WILL_BE.sub(" turns ", text)  # (ages52) "he'll be 4 next month": "he turns 4 …"
    text = _VERB_LAST.sub(_verb_first, text)
    text = of_age.sub(lambda m: f"{m.group(1)}18", text)
    text = dated.sub(lambda m: f"{m.group(1)}im {_month(m.group(2))} " if _month(m.group(2))
                     else m.group(0), text)
    return celebrated.sub(lambda m: f"wird {m.group(1)}{m.group(2)}" if _ahead(m.group(1))
                          else m.group(0), text)


__all__ = ["coming_birthdays"]
