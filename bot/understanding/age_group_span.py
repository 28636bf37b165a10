"""A group's ages told as a span, among the other numbers a request about a group carries.

Requests for a whole group (a Kita's planning row "Igelgruppe | 4–6 | 20 | Kita Afferde | …",
"Konfis 12–14, 2 Gr.", "☐ Ferienprogramm Jugendtreff Horstmar 10–13", "Jugendgr. 15–18",
"queere Jugendliche 14+", "Kinder der Unterkunft, von 0 bis 16") tell the group's ages once, as
a span, beside its size, its room, its cost and its count of groups. The span is read whole
where a group word leads it (a short name may stand between) or where it fills a table cell of
its own; "N+" is open upwards as "ab N" is; a number before a word that counts members, places
or groups is a count, never an age, and never stretches the span told.
"""

from __future__ import annotations

import re
from functools import cache

from bot.vocabulary.lexicon import _load

# words that may stand between a group word and its span: a name ("Jugendtreff Horstmar"), a
# place ("im Gemeindehaus"); never a verb's clause, so at most two words and no stop between
_BETWEEN = r"(?:\s+(?!(?:und|oder|seit|um|am|bis|ab|von|mit|nach|vor)\b)[a-z][a-z-]*){0,2}"
# a table cell's edges: the pipe of a planning row, or the start of the text
_CELL_BEFORE = re.compile(r"(?:^|\|)\s*$")
_CELL_AFTER = re.compile(r"\s*(?:$|\||→|->|;|,)")
# "14+", "12+?": open upwards, the plus glued to the year; "30+4" (weeks and days of a
# pregnancy) is no open end, nor a plus that joins two children ("7 J. + Junge 9 J.")
_OPEN_END = re.compile(r"(?<=\d)\+(?!\s*\d)(?!\s*[a-z]{3,}\s+\d)")


@cache
def _vocabulary() -> dict[str, list[str]]:
    return _load("age_group_spans.toml")


@cache
def _group_before() -> re.Pattern[str]:
    ends = "|".join(sorted(map(re.escape, _vocabulary()["group_ends"]), key=len, reverse=True))
    # "Igelgruppe", "Jugendgr.", "Konfi-Gruppe (", "Waldgruppe:": the group word closes a word
    return re.compile(rf"(?:{ends})\b\.?{_BETWEEN}\s*[(:]?\s*$")


@cache
def _count_after() -> re.Pattern[str]:
    words = "|".join(sorted(map(re.escape, _vocabulary()["count_words"]), key=len, reverse=True))
    return re.compile(rf"\s*(?:{words})\b")


def group_led(before: str) -> bool:
    """Tell whether a group word leads the text right before a span ("Igelgruppe ",
    "Jugendgr. ", "Jugendtreff Horstmar ", "Konfis ")."""
    return bool(_group_before().search(before))


def in_cell(before: str, after: str) -> bool:
    """Tell whether a span fills a table cell of its own ("| 4–6 |")."""
    return bool(_CELL_BEFORE.search(before) and _CELL_AFTER.match(after))


def counted(after: str) -> bool:
    """Tell whether a number counts members, places or groups ("20 Spielerinnen", "2 Gr.")."""
    return bool(_count_after().match(after))


def open_ended(text: str, end: int) -> bool:
    """Tell whether an age is open upwards ("Jugendliche 14+", "Mädchen 12+")."""
    return bool(_OPEN_END.match(text, end))


__all__ = ["counted", "group_led", "in_cell", "open_ended"]
