"""A child just born: a birth days ago ("Geburt gestern") or a midwife's count of the days after it.

Midwives and maternity wards write "wö tag 9", "Wochenbett Tag 5", "Tag 6 p.p." or "an tag 12"
beside "stillt" and a birth weight: the child is that many days old, month 0 (a day count
without any word of a birth, "Tag 3 der Eingewöhnung", stays no age). The words of the days
after a birth are data (`lexicon.toml`, `[age] postpartum_words`).
"""

from __future__ import annotations

import math
import re
from functools import cache, lru_cache

from bot.understanding.age_dates import birth_dates
from bot.understanding.gate import gated
from bot.vocabulary.lexicon import age_vocabulary
from bot.vocabulary.units import DAYS_PER_MONTH

__all__ = ["JUST_BORN", "born_now", "dated_newborn", "newborn_days"]

# a birth days ago names a newborn: "Geburt gestern", "vorgestern entbunden", "born yesterday"
_DAY = (r"(?:gestern|vorgestern|heute(?:\s+nacht|\s+frueh|\s+morgen)?|letzte\s+nacht|yesterday"
        r"|today)")  # fmt: skip
# a day of the past week by its name: "am Montag", "letzten Freitag", "last Tuesday", "(Dienstag)"
_WEEKDAY = (r"(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|monday|tuesday"
            r"|wednesday|thursday|friday|saturday|sunday)")  # fmt: skip
_NAMED_DAY = rf"(?:(?:am|letzten|vergangenen|last|on|this|diesen)\s+)?{_WEEKDAY}"
# the days before, said with a baby's arrival ("Baby kam gestern um 4:12", "letzte Woche
# entbunden"); "heute" only in the fixed forms above ("Kind ist heute krank" is no birth)
_RECENT = r"(?:gestern|vorgestern|letzte\s+nacht|letzte\s+woche|am\s+wochenende|yesterday)"
# with a birth word, also the other days of the past week: "Kaiserschnitt am Montag"
_PAST_DAY = (rf"(?:{_RECENT}|(?:vorige|vergangene|diese)\s+woche|last\s+(?:week|night)"
             rf"|this\s+week|{_NAMED_DAY})")  # fmt: skip
# a birth by its kind: "Sectio gestern", "Kaiserschnitt am Montag", "Hausgeburt am Sonntag"
_BIRTH_NOUN = (r"(?:(?<!fehl)(?<!tot)geburt|entbindung|kaiserschnitt|sectio|notsectio|ks"
               r"|hausgeburt|spontangeburt|wassergeburt)")  # fmt: skip
# a birth planned for that day is the pregnancy's: "Sectio am Montag geplant"
_PLANNED = r"(?!\W*(?:\w+\W+)?(?:geplant|angesetzt|vorgesehen|terminiert|planned|scheduled))"
# the manner of a birth told as done: "spontan entbunden", "per Sectio entbunden", "hat entbunden"
_DONE = (r"(?<!wird\s)(?<!werden\s)(?<!soll\s)\b(?:hat|haben|frisch|gerade|soeben|eben|spontan"
         r"|vaginal|ambulant|per\s+(?:not)?(?:sectio|ks|kaiserschnitt)|mit\s+ks)\s+entbunden\b"
         r"|\bfrisch\s+geb(?:oren\b|\b(?!\s*\.?\s*(?:am\b|\d)))")  # fmt: skip
# "geb." is "geboren"; a date after it is a birth date ("geb. am 3.4.2019", "geb. 03/22")
_GEB = r"(?:geboren\b|geb\b(?!\s*\.?\s*(?:am\b|\d|im\b|in\s+\d)))"
_CHILD = (r"(?:kind|kindchen|baby|babys|sohn|tochter|maedchen|junge|jungen|zwillinge|drillinge"
          r"|zwillingsmaedchen|zwillingsjungen|sohnemann|stammhalter|nachwuchs)")  # fmt: skip
# a birth told with its outcome: "jetzt gesundes Kind geb.", "hat ein gesundes Mädchen geboren",
# "Kind gesund geb.", "Zwillinge wohlauf geboren", "ein Frühchen zu früh geboren": the child is
# born now, not a birth date's child ("Kind geb. 2019") nor a pregnancy's
# days or a few weeks ago: a child born then is in its first month ("vor 10 Tagen", "vor 3 Wochen")
_AGO = (r"vor\s+(?:(?:[1-4]|einer|zwei|drei|vier)\s*woche\w*"
        r"|(?:[1-9]|[12]\d|einem|zwei|drei|vier|fuenf|sechs|sieben|acht|neun|zehn)\s*tag\w*)")
# the week of pregnancy a child was born in, told between the day and the birth ("vorgestern in
# der 35. Woche entbunden", "vor 2 Wochen in der 36. SSW geboren"): how early, no other time
_AT_WEEK = (r"(?:(?:in\s+d(?:er|e)|inne|mit|at)\s+\d{1,2}\s*\.?\s*(?:ssw|woche|wochen|weeks?)"
            r"\s+)?")  # fmt: skip
_TOLD = (rf"\b(?:jetzt|nun|gerade|endlich|heute)\s+(?:\w+\s+){{0,2}}?{_CHILD}\s+(?:\w+\s+)?{_GEB}"
         rf"|\b(?:gesund\w*|kleine[nrs]?|neue[nrs]?|wohlauf)\s+{_CHILD}\s+(?:\w+\s+)?{_GEB}"
         rf"|\b{_CHILD}\s+(?:gesund|wohlauf|spontan|gut)\s+{_GEB}"
         # "vor 2 Wochen zu früh geboren", "vor 3 Tagen geb.": days or a few weeks ago, month 0
         rf"|\b{_AGO}\s+(?:\w+\s+){{0,3}}?{_AT_WEEK}(?:{_GEB}|entbunden\b|zur\s+welt\b)"
         # "das Baby (geboren vor 3 Wochen)", "Geburt vor 2 Wochen": the same, told after
         rf"|\b(?:geboren|entbunden|{_BIRTH_NOUN})\s+{_AGO}"
         # "hat ihr Baby vor 12 Tagen bekommen": the child got, days or a few weeks ago
         rf"|\b{_CHILD}\s+{_AGO}\s+(?:bekommen|gekriegt)\b")  # fmt: skip
_ARRIVED = (rf"\b(?:baby|babys|saeugling|neugeborene\w*|kleine[rs]?|sohn|tochter)\s+(?:kam|kamen"
            rf"|wurde|wurden|ist|sind)\s+{_RECENT}\b(?!\s+(?:in|zu|zum|nach|aus|mit|bei|von)\b"
            r"|\s+zur\s+(?!welt)|\s+\d|\s+\w+\s+geworden\b)")  # fmt: skip
# "kam gestern in die Kita" is no birth, nor a birthday: "wurde gestern 5", "ist gestern drei
# geworden" (the number after the day is the age reached)
_WHEN = rf"(?:{_DAY}|{_PAST_DAY})"
# a ward's discharge after the birth: "Entlassung nach Sectio", "entlassen nach Spontangeburt"
# (the mother and her newborn leave days after it; "nach der Geburt" of a plan is no discharge)
_DISCHARGED = (r"\b(?:entlassung|entlassen|entlassbogen|entlassbrief|discharged?)\W+"
               rf"(?:\w+\W+){{0,2}}?nach\s+(?:der\s+|dem\s+|einer\s+|einem\s+)?{_BIRTH_NOUN}\b")
JUST_BORN = re.compile(rf"\b{_BIRTH_NOUN}\s+(?:war\s+)?{_WHEN}\b{_PLANNED}"
                        rf"|\b{_DAY}\s+(?:\w+\s+){{0,3}}?{_AT_WEEK}(?:{_GEB}|entbunden|zur welt)"
                        rf"|\bborn\s+{_WHEN}"
                        rf"|\b{_PAST_DAY}\s+(?:\w+\s+){{0,3}}?(?:{_GEB}|entbunden|zur welt"
                        r"|auf die welt)"
                        rf"|{_ARRIVED}|{_DONE}|{_TOLD}|{_DISCHARGED}"
                        # "entbunden (Dienstag)", "geboren am Sonntag", "delivered last week"
                        rf"|\b(?:entbunden|geboren|delivered|gave\s+birth)\s*\(?\s*{_WHEN}\b"
                        # "Tag 6 p.p.", "3. Tag nach der Geburt": a midwife's count of days
                        r"|\b(?:tag\s+\d{1,2}|\d{1,2}\s*\.\s*tag)\s*(?:p\s*\.?\s*p\b|postpartal"
                        r"|nach\s+(?:der\s+)?(?:geburt|entbindung))")  # fmt: skip
JUST_BORN = gated(JUST_BORN)  # a text without its words skips the scan


@lru_cache(maxsize=8)
def born_now(text: str) -> tuple[re.Match[str], ...]:
    """Every birth of days ago a text tells (`JUST_BORN`), read once: the age reader asks for
    them three times a request (whether a child is born, whether a text without digits names an
    age, the newborn's mentions)."""
    return tuple(JUST_BORN.finditer(text))


# a midwife's count of days after the birth: "Wochenbett Tag 9", "wö tag 9", "an Tag 12", "3. Tag"
_DAY_COUNT = re.compile(r"\b(?:tag|day|d)\s*(\d{1,2})\b(?!\s*(?:uhr|:))|\b(\d{1,2})\s*\.\s*tag\b")


@cache
def _postpartum() -> re.Pattern[str]:
    words = age_vocabulary().postpartum_words
    alternatives = "|".join(re.escape(w[:-1]) + r"\w*" if w.endswith("*") else re.escape(w)
                            for w in words)  # fmt: skip
    # most texts hold none of the words: a substring gate skips the scan at every word boundary
    return gated(re.compile(rf"\b(?:{alternatives})\b"))


def newborn_days(text: str) -> list[tuple[int, int, int]]:
    """Return the spans and ages in months of a newborn's days counted after its birth.

    Midwives and maternity wards count the days of the Wochenbett ("wö tag 9", "Tag 5 p.p.",
    "an tag 12" beside "stillt" and a birth weight "3850 geb"): the child is that many days
    old. A day number alone ("Tag 3 der Eingewöhnung") stays no age."""
    if not _postpartum().search(text):
        return []
    found = []
    for m in _DAY_COUNT.finditer(text):
        days = int(m.group(1) or m.group(2))
        if 0 < days <= 8 * 7:  # the Wochenbett lasts six to eight weeks
            found.append((m.start(), m.end(), math.floor(days / DAYS_PER_MONTH)))
    return found


NEWBORN_MONTHS = 1  # a child's own birth date this close is a newborn's: its birth is behind


def dated_newborn(text: str) -> bool:
    """Tell whether a child's birth date lies days or weeks back ("Kind: weibl., geb.
    02.12.2026" on a ward's handover form): the child is born, and a word of the pregnancy
    beside it ("Erstgebärende", "Entbindung") tells its history, not a child to come. A birth
    date ahead is a due date and none of these (`birth_dates` drops it)."""
    return any(not b.adult and b.high <= NEWBORN_MONTHS for b in birth_dates(text))
