"""Give a named child's age in weeks, months or days its bracket back when the marks were lost.

Written, a child's age in short units stands in a bracket or between commas right after the name:
"KM (24) mit Levi (3 Wo.)", "Eltern (beide 19) mit Emma, 8 Wochen, …", "KM von Lotta (4 Monate,
bei uns seit 9.12.)". Typed on a phone or dictated the marks go, and "mit levi 3 wo", "mit emma
8 wochen wohnen …" read to the age reader as a stretch of time ("3 Wochen mit Levi"), so the
adult's number beside it ("km 24", "eltern beide 19") is taken for the child's age, or none is.

German grammar leaves one reading: a stretch of time is governed by a word before it ("seit",
"vor", "für", "nach", "alle", a verb), never by a bare first name; a number with a unit right
after a first name is that person's age, as "Ben 9" is. So a known first name directly followed by
a number and a unit of weeks, months or days is written as the bracket it was: "levi (3 wo)".
Years are left alone ("ben 9 j" is read already, `unmarked_lists.bracket_names`), and so is a
number after any word that is no first name. Works on folded text whose number words are digits
already (`unmarked.restore_marks`).
"""

from __future__ import annotations

import re

from bot.understanding.gate import gated

# a word, a number (a half allowed) and a short unit of a young child's age; nothing numeric after
_NAMED_UNIT = gated(re.compile(
    r"(?<![\w(-])(?P<name>[a-z]{2,})\s(?P<age>\d{1,2}(?:,5)?\s(?:wochen?|wo|monate?n?|mon|mo"
    r"|tage?n?|lebenswochen?|lebensmonate?n?))\b(?![\d,.:/)]|\s*(?:-|bis|und|u|oder)\s*\d)"))
# first-name-list entries that are also words before a stretch of time ("alle 3 Wochen",
# "ca 4 Monate", "je 2 Tage"): never taken for a name here
_NOT_NAMES = frozenset(("alle", "ca", "je", "fast", "gut", "knapp", "nur", "noch", "erst", "schon",
                        "seit", "vor", "fuer", "nach", "die", "den", "der", "letzten", "ersten",
                        "naechsten", "weitere", "etwa", "circa", "rund", "ueber", "unter", "bis"))


def bracket_named_units(folded: str, names: frozenset[str]) -> str:
    """Return the folded text with a first name's age in weeks, months or days bracketed:
    "mit levi 3 wo mutter-kind" → "mit levi (3 wo) mutter-kind"; other text comes back unchanged.
    """

    def bracket(match: re.Match[str]) -> str:
        name = match.group("name")
        if name not in names or name in _NOT_NAMES:
            return match.group()
        return f"{name} ({match.group('age')})"

    return _NAMED_UNIT.sub(bracket, folded)
