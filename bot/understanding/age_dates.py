"""A birth date as the age: "Kind (geb. 03/2021)", "*12.08.2024", "Jahrgang 2019", "born in
March 2024".

Offices and clinics write a child's birth date where others write its age. The age is the time
from that date to today, in completed months (a date without its day could be either of two
months, a year alone any of twelve): under three, in months as a paediatrician counts them; from
three on, as the year of life the writer means ("geb. 03/2021" in December 2026 is five). A date
after a parent's noun ("Mutter (geb. 1994)", "KM *1999") and any date beyond the catalogue's ages
is an adult's; a date nothing marks as a birth ("seit 03/2021 in Deutschland") is no age at all.

Today is injected for tests (`as_of`): the same request names another age next year. Nothing
here stores or logs the date: the age reader keeps only the range it derives.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from functools import cache

from bot.vocabulary.lexicon import age_vocabulary
from bot.vocabulary.units import AGE_MAX, MONTHS_PER_YEAR

__all__ = ["BirthDate", "as_of", "birth_dates", "today"]

MONTHS_COUNTED = 36  # under three, an age is months; from three on, a year of life
_TODAY: ContextVar[dt.date | None] = ContextVar("age_dates_today", default=None)

MONTH_NAMES = {
    "januar": 1, "jan": 1, "january": 1, "februar": 2, "feb": 2, "february": 2, "maerz": 3,
    "mrz": 3, "march": 3, "april": 4, "apr": 4, "mai": 5, "may": 5, "juni": 6, "jun": 6,
    "june": 6, "juli": 7, "jul": 7, "july": 7, "august": 8, "aug": 8, "september": 9, "sep": 9,
    "sept": 9, "oktober": 10, "okt": 10, "october": 10, "oct": 10, "november": 11, "nov": 11,
    "dezember": 12, "dez": 12, "december": 12, "dec": 12,
}  # fmt: skip
_MONTH = "(?:" + "|".join(sorted(MONTH_NAMES, key=len, reverse=True)) + r")\b\.?"
# a date in the ways it is written: 12.05.2022, 12.5.22, 2022-05-12, 12/05/2022, 05/2021, 5.2021,
# (12.) Mai 2022, March 2024, 2016
_DATE = (r"(?:(?P<iso_y>(?:19|20)\d\d)-(?P<iso_m>\d{1,2})-(?P<iso_d>\d{1,2})"
         r"|(?P<d>\d{1,2})\s*[./]\s*(?P<m>\d{1,2})\s*[./]\s*(?P<y>(?:19|20)\d\d|\d\d)(?![\d.])"
         r"|(?P<my_m>\d{1,2})\s*[/.]\s*(?P<my_y>(?:19|20)\d\d)"
         r"|(?P<dm_d>\d{1,2})\.\s*(?P<dm_m>\d{1,2})\.(?!\s*\d)"  # "am 1.9. geboren"
         rf"|(?:(?P<n_d>\d{{1,2}})\s*\.?\s+)?(?P<n_m>{_MONTH})\s*(?P<n_y>(?:19|20)\d\d)?"
         r"|(?P<year>(?:19|20)\d\d))(?![\d/])")
# the words that make a date a birth's, before it ("geb.", "*", "Jahrgang", "born in") or after
# it ("im Juni 2025 geboren", "am 3.5.2022 zur Welt gekommen")
_BEFORE = (r"(?:\bgeb\b\.?|\bgeboren\b|\bgeburtsdatum\b|\bgeb\s*\.?\s*-?\s*dat(?:um)?\b\.?"
           r"|\bdob\b|\bd\.o\.b\b\.?|\bborn\b|\*"
           # "Jahrgang der Tochter 2019", "Geburtsjahr des Kindes: 2020": whose year, then it
           r"|(?:\bjahrgang\b|\bjg\b\.?|\bbj\b\.?|\bgeburtsjahr\b|\bgeb\s*\.?\s*-?\s*jahr\b)"
           r"(?:\s+(?:der|des|vom)\s+[a-z]+)?)"
           r"\s*:?\s*(?:(?:am|im|in|on|vom)\s+)?(?:(?:anfang|mitte|ende|early|mid|late)\s+)?"
           # (hedges56) a year the writer is unsure of: "geb. ca. 2012", "Jahrgang etwa 2015"
           r"(?:(?:ca|circa|etwa|ungefaehr|vermutlich|wohl|vllt|vielleicht)\.?\s+)?")
_AFTER = (r"\s+(?:\w+\s+){0,2}(?:geboren|(?:zur|auf\s+die)\s+welt(?:\s+(?:gekommen|gebracht))?"
          r"|entbunden|born)\b")
# a birth to come is the pregnancy's ("wird im Mai geboren", "will be born in May"); a year
# alone is a birth only after a mark that says so, never after the star of a footnote
_FUTURE = re.compile(r"\b(?:be|wird|werden|soll|sollen|will|kommt|kommen)\b")
_YEAR_MARKS = ("*", "jahrgang", "jg", "bj", "geburtsjahr")
# more children's dates after the first: "3 Kinder (geb. 2015, 2018, 2021)"
# (hedges56) or the other year of one child the writer hesitates between: "geb. 2019 oder 2020"
_MORE = re.compile(rf"\s*(?:,|;|/|und|u\.|&|and|oder|od\.|bzw\.?)\s*(?P<date>{_DATE})")
_MARKED = re.compile(rf"{_BEFORE}(?P<date>{_DATE})")
# every word of `_BEFORE` and `_AFTER` holds one of these: without one, neither pattern can match
# (a cheap test first; most texts have digits, few have a birth)
_BIRTH_WORD = re.compile(r"geb|dob|d\.o\.b|born|jahrgang|jg|bj|\*|welt|entbunden|\bkam")
# a birth told as an event on a day ("Geburt am 28.11.", "Entbunden am 25.11.", "Sectio am
# 1.12.", "geb. in 33+4 am 20.11."): the day is the birth's, as after "geb."
_EVENT = re.compile(r"\b(?:(?<!fehl)(?<!tot)geburt|entbindung|entbunden|sectio|kaiserschnitt|ks"
                    r"|hausgeburt|geb\b\.?(?:\s+\S+){0,3}?)\s+(?:war\s+|ist\s+)?(?:am|vom)\s+"
                    rf"(?P<date>{_DATE})")
# "Baby kam am 30.11.": a baby's arrival on a day is its birth, read as an event's day; "Kind kam
# am 3.11. in die Kita", "Baby kam am 30.11. in die Kinderklinik" is a move, no birth
_ARRIVAL = re.compile(r"\b(?:baby|babys|saeugling|zwillinge|drillinge|nachwuchs)\s+kam(?:en)?"
                      rf"\s+(?:am|vom)\s+(?P<date>{_DATE})(?!\W*(?:in|ins|nach|zu|zur|zum|aus|auf)\b)")
# (hedges56) a year told with its birth after it: "unser Sohn ist 2022 geboren, ich glaube im
# Februar", "Kind ist 2019 geb.", "Emil ist 2023 geboren (im Mai, glaub ich)"
_YEAR_BORN = re.compile(r"\b(?:ist|is|sind|wurde|wurden|war)\s+(?:(?:ca|etwa|wohl|vermutlich"
                        rf"|vielleicht)\.?\s+)?(?P<date>{_DATE})\s+(?:geboren|geb\b\.?)")
RECENT_DAYS = 92  # a day and month without a year name a birth this close: a ward's newborn
_TOLD = re.compile(rf"\b(?:am|im|in|on)\s+(?:(?:anfang|mitte|ende|early|mid|late)\s+)?"
                   rf"(?P<date>{_DATE}){_AFTER}")


@dataclass(frozen=True, slots=True)
class BirthDate:
    """A birth date's place in the text and the age it names, in months; `adult` when it is a
    parent's or beyond the ages of the catalogue."""

    start: int
    end: int
    low: int
    high: int
    adult: bool


def today() -> dt.date:
    """Return the day ages are counted to: today, or the day a test set with `as_of`."""
    return _TODAY.get() or dt.date.today()


@contextmanager
def as_of(day: dt.date) -> Iterator[None]:
    """Count ages to `day` inside the block, so that a test of "geb. 03/2021" stays true."""
    token = _TODAY.set(day)
    try:
        yield
    finally:
        _TODAY.reset(token)


def _year(text: str | None, now: dt.date) -> int | None:
    if not text:
        return None
    year = int(text)
    if year < 100:  # "3.5.21": this century unless that lies ahead
        year += 2000 if 2000 + year <= now.year else 1900
    return year


def _months(year: int, month: int, day: int | None, now: dt.date) -> int:
    """Return the completed months from a birth to `now` (the day unknown: its month's first)."""
    months = (now.year - year) * MONTHS_PER_YEAR + now.month - month
    return months - 1 if day is not None and now.day < day else months


def _span(m: re.Match[str], now: dt.date) -> tuple[int, int] | None:
    """Return the range of completed months a matched date lies back, or None."""
    g = m.groupdict()
    if g["iso_y"] or g["y"]:
        year, month, day = ((int(g["iso_y"]), int(g["iso_m"]), int(g["iso_d"])) if g["iso_y"]
                            else (_year(g["y"], now) or 0, int(g["m"]), int(g["d"])))  # fmt: skip
        if not (1 <= month <= 12 and 1 <= day <= 31):
            return None
        age = _months(year, month, day, now)
        return age, age
    if g["my_y"] or g["n_m"] or g["dm_m"]:
        month = (int(g["my_m"]) if g["my_y"] else int(g["dm_m"]) if g["dm_m"]
                 else MONTH_NAMES[g["n_m"].rstrip(".")])  # fmt: skip
        day = int(g["n_d"] or g["dm_d"] or 1)  # the last such day: "im April geboren"
        year = int(g["my_y"] or g["n_y"] or 0) or now.year - ((month, day) > (now.month, now.day))
        if not 1 <= month <= 12:
            return None
        if g["n_d"] or g["dm_d"]:
            age = _months(year, month, int(g["n_d"] or g["dm_d"]), now)
            return age, age
        age = _months(year, month, None, now)
        return max(0, age - 1), age  # born on a day after today's of its month, or before
    year = int(g["year"])
    low, high = _months(year, 12, 31, now), _months(year, 1, None, now)
    if high < 0:
        return low, high
    # (hedges56) a year alone names the year of life the child is in, at every age: "Jg. 2024"
    # is two (24–35 months), "geb. 2025" one — not 23–35 months as if born on any day of it
    years = max(0, (low + high) // 2 // MONTHS_PER_YEAR)
    return years * MONTHS_PER_YEAR, years * MONTHS_PER_YEAR + MONTHS_PER_YEAR - 1


def _as_age(low: int, high: int) -> tuple[int, int]:
    """Return the age a writer means by a birth so long ago: months under three, else the year
    of life most of the range lies in."""
    if high < MONTHS_COUNTED:
        return low, high
    years = (low + high) // 2 // MONTHS_PER_YEAR
    return years * MONTHS_PER_YEAR, years * MONTHS_PER_YEAR + MONTHS_PER_YEAR - 1


@cache
def _parents() -> re.Pattern[str]:
    nouns = sorted(age_vocabulary().adult_nouns, key=len, reverse=True)
    return re.compile(rf"\b(?:{'|'.join(map(re.escape, nouns))})\b\W*(?:(?P<between>\w+)\W+)?$")


def _listed(text: str, first: re.Match[str], now: dt.date, parent: bool) -> list[BirthDate]:
    """Return the dates listed after a first birth date in its form ("geb. 2015, 2018, 2021")."""
    kind = next(name for name, value in first.groupdict().items() if value and name != "date")
    found, end = [], first.end()
    while (m := _MORE.match(text, end)) and m.group(kind):
        span = _span(m, now)
        if span is None or span[1] < 0:
            break
        low, high = _as_age(max(0, span[0]), span[1])
        found.append(BirthDate(m.start("date"), m.end("date"), low, high, parent or low > AGE_MAX))
        end = m.end()
    return found


def _has_year(m: re.Match[str]) -> bool:
    return any(m.group(name) for name in ("iso_y", "y", "my_y", "n_y", "year"))


def _names_baby(text: str) -> bool:
    """Tell whether a text names a baby ("Baby", "Säugling"): only a baby's birth month without
    its year ("im April geboren") tells its age, as the last April."""
    stages = age_vocabulary().stages
    return any(stages.get(word, (0, 99))[1] < 24 for word in re.findall(r"[a-z]+", text))


def _recent_day(m: re.Match[str], now: dt.date) -> bool:
    """Tell whether a day and month without a year ("geb. 30.11.") lie at most `RECENT_DAYS`
    back: a maternity ward or a midwife writes a newborn's birth day so, while a day ahead or
    long past ("geb. 15.07." of a Kita child) is a birthday, no age."""
    g = m.groupdict()
    if not g.get("dm_m") or _has_year(m):
        return False
    try:
        day = dt.date(now.year, int(g["dm_m"]), int(g["dm_d"]))
    except ValueError:
        return False
    if day > now:
        day = day.replace(year=now.year - 1) if not (day.month == 2 and day.day == 29) else day
    return 0 <= (now - day).days <= RECENT_DAYS


def birth_dates(text: str, now: dt.date | None = None) -> list[BirthDate]:
    """Return the birth dates a normalised text names, with the ages they give."""
    if not re.search(r"\d|geb|born|jahrgang", text) or not _BIRTH_WORD.search(text):
        return []
    now = now or today()
    found: list[BirthDate] = []
    for pattern in (_MARKED, _TOLD, _EVENT, _ARRIVAL, _YEAR_BORN):
        for m in pattern.finditer(text):
            if any(b.start < m.end() and m.start() < b.end for b in found):
                continue
            if _FUTURE.search(text[max(0, m.start() - 12) : m.end()]):
                continue
            recent = _recent_day(m, now)  # "geb. 30.11.", "*15.10.": a newborn's day
            if m.group(0).startswith(_YEAR_MARKS) and not re.search(r"\d{4}", m.group("date")) and (
                    not recent):
                continue  # "*Mai*", "Jahrgang 7": no year, no birth
            if not _has_year(m) and not _names_baby(text) and not recent:
                continue  # "im Juli geboren" of a Vorschulkind: a birthday's month, no age
            if pattern in (_EVENT, _ARRIVAL) and not _has_year(m) and not recent:
                continue  # "Geburt am 20.12.": a day to come, the pregnancy's
            span = _span(m, now)
            if span is None or span[1] < 0:
                continue  # no date, or one ahead: a due date is the pregnancy's
            low, high = _as_age(max(0, span[0]), span[1])
            owner = _parents().search(text[max(0, m.start() - 30) : m.start()])
            # "Mutter + Zwillinge (geb. 03/2026)": a child's noun between makes the date its own
            parent = bool(owner) and owner.group("between") not in age_vocabulary().child_nouns
            found.append(BirthDate(m.start("date"), m.end("date"), low, high,
                                   parent or low > AGE_MAX))  # fmt: skip
            found.extend(_listed(text, m, now, parent))
    return found
