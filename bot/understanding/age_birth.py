"""A child just born: a birth days ago ("Geburt gestern") or a midwife's count of the days after it.

Midwives and maternity wards write "wö tag 9", "Wochenbett Tag 5", "Tag 6 p.p." or "an tag 12"
beside "stillt" and a birth weight: the child is that many days old, month 0 (a day count
without any word of a birth, "Tag 3 der Eingewöhnung", stays no age). The words of the days
after a birth are data (`lexicon.toml`, `[age] postpartum_words`).
"""

from __future__ import annotations

import math
import re
from functools import cache

from bot.vocabulary.lexicon import age_vocabulary
from bot.vocabulary.units import DAYS_PER_MONTH

__all__ = ["JUST_BORN", "newborn_days"]

# a birth days ago names a newborn: "Geburt gestern", "vorgestern entbunden", "born yesterday"
_DAY = (r"(?:gestern|vorgestern|heute(?:\s+nacht|\s+frueh|\s+morgen)?|letzte\s+nacht|yesterday"
        r"|today)")  # fmt: skip
# the days before, said with a baby's arrival ("Baby kam gestern um 4:12", "letzte Woche
# entbunden"); "heute" only in the fixed forms above ("Kind ist heute krank" is no birth)
_PAST_DAY = r"(?:gestern|vorgestern|letzte\s+nacht|letzte\s+woche|am\s+wochenende|yesterday)"
_ARRIVED = (rf"\b(?:baby|babys|saeugling|neugeborene\w*|kleine[rs]?|sohn|tochter)\s+(?:kam|kamen"
            rf"|wurde|wurden|ist|sind)\s+{_PAST_DAY}\b(?!\s+(?:in|zu|zum|nach|aus|mit|bei|von)\b"
            r"|\s+zur\s+(?!welt))")  # "kam gestern in die Kita" is no birth; fmt: skip
JUST_BORN = re.compile(rf"\b(?:geburt|entbindung|kaiserschnitt)\s+(?:war\s+)?{_DAY}\b"
                        rf"|\b{_DAY}\s+(?:geboren|entbunden|zur welt)|\bborn\s+{_DAY}"
                        rf"|\b{_PAST_DAY}\s+(?:geboren|entbunden|zur welt|auf die welt)|{_ARRIVED}"
                        # "Tag 6 p.p.", "3. Tag nach der Geburt": a midwife's count of days
                        r"|\b(?:tag\s+\d{1,2}|\d{1,2}\s*\.\s*tag)\s*(?:p\s*\.?\s*p\b|postpartal"
                        r"|nach\s+(?:der\s+)?(?:geburt|entbindung))")  # fmt: skip


# a midwife's count of days after the birth: "Wochenbett Tag 9", "wö tag 9", "an Tag 12", "3. Tag"
_DAY_COUNT = re.compile(r"\b(?:tag|day|d)\s*(\d{1,2})\b(?!\s*(?:uhr|:))|\b(\d{1,2})\s*\.\s*tag\b")


@cache
def _postpartum() -> re.Pattern[str]:
    words = age_vocabulary().postpartum_words
    alternatives = "|".join(re.escape(w[:-1]) + r"\w*" if w.endswith("*") else re.escape(w)
                            for w in words)  # fmt: skip
    return re.compile(rf"\b(?:{alternatives})\b")


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
