"""Numbers that are no child's age when the writer says how many children there are or that
the ages are not told, and the brothers and sisters asked about when the need is for all.

A form's children field often holds only the count ("Kinder: 3 | Wohnort: …", "Anzahl Kinder:
4"): without a unit after it the number counts the children. A writer who says the ages are
not told ("Alter siehe Akte", "Alter folgt", "Alter erfrage ich noch", "Alter ganz gemischt")
gives no age with a bare number elsewhere either ("täglich 8 Stunden"). And a need asked "für
alle drei" / "für alle Kinder" is for every child told, the brothers and sisters included.
"""

from __future__ import annotations

import re
from dataclasses import replace

from bot.understanding.age_mentions import Mention
from bot.understanding.age_untold_places import shares
from bot.understanding.age_values import ADULT

# "kinder: 3 |", "anzahl kinder: 4", "kinder 2, alter siehe akte": the field, then only a count
# ("Kinder 5" without the colon is the children's age)
_FIELD = re.compile(r"\b(?:anzahl\s+(?:der\s+)?(?:kinder|kids)\s*:?|(?:kinder|kids)\s*:)\s*$")
# what may follow a count: a field separator, the end, or a comma before a word (no number)
_COUNT_END = re.compile(r"\s*(?:[|\n/]|$|[,;]\s*(?![\d(])[a-z])")
# the writer says the ages are not told here: "alter siehe akte", "alter folgt", "alter
# erfrage ich noch", "alter (ganz|bunt) gemischt", "alter unterschiedlich", "alter unbekannt"
_UNTOLD = re.compile(
    r"\balter\w*\s*:?\s*(?:s\.\s*|siehe\s+|lt\.\s*|laut\s+)(?:akte|anlage|unterlagen)\b"
    r"|\balter\w*\s*:?\s*(?:folg\w+|(?:er)?frag\w*\s+ich\s+noch|noch\s+(?:offen|unklar|unbekannt)"
    r"|(?:ganz\s+|bunt\s+|sehr\s+)?(?:gemischt|unterschiedlich\w*|verschieden\w*)"
    r"|(?:nicht\s+)?(?:bekannt|unbekannt|erfasst))\b")
# (hedges56) the writer does not know the age: a number nothing explains is no estimate of it
# ("Kind, Alter? … | 8 kariöse Zähne"), while one the writer still offers stays ("Alter??? JA
# sagt 2, Kita sagt 3", "ist etwa 2, Geburtsdatum unklar"; `age_hedges` reads those)
_UNKNOWN = re.compile(
    r"\balter\w*\s+(?:stand|steht|war|ist|wurde)\s+nicht\b|(?:^|[,;:(|])\s*alter\s*\?"
    r"|\bohne\s+alter\w*|\balter\w*(?:\s+[a-z]+){0,2}\s+weiss\s+ich\s+(?:[a-z]+\s+)?nicht\b"
    r"(?!\s+genau)|\balter\w*\s*:?\s*(?:k\.\s?a\b\.?|keine\s+ahnung\b|unklar\b)"
    r"|\bgeburtsdatum\w*(?:\s+\S+){0,3}\s+(?:fehlerhaft|falsch|unklar|unbekannt)")
_UNEXPLAINED = ("unexplained", "unread_unit")
# the kinds of a number nothing explains as an age; a number with its unit stays
_BARE = ("loose", "unexplained", "unread_unit")
# "fuer alle drei", "fuer alle 3 kinder", "fuer alle kinder", "for all three"
_EVERY = re.compile(r"\b(?:fuer|for|mit|with)\s+(?:alle|all)\s+(?:(?:zwei|drei|vier|fuenf|two"
                    r"|three|four|five|[2-6])\b|(?:kinder|geschwister|kids|children)\b)")
_AGED = re.compile(r"\s*(?:j\b|j\.|jahre|jahren|jahr|jhr|mon\b|mon\.|monate|yasinda|years?)")


def untold(text: str, found: list[Mention]) -> list[Mention]:
    """Drop the count of a children field, the children shared out between places ("1 in der
    Kita, 2 in der OGS") and, when the writer says the ages are not told, the bare numbers that
    nothing explains as an age."""
    kept = [h for h in found if not (
        _FIELD.search(text[max(0, h.start - 24) : h.start]) and h.low % 12 == 0
        and not _AGED.match(text, h.end) and text[h.start : h.end].isdigit()
        and _COUNT_END.match(text, h.end))]  # fmt: skip
    kept = shares(text, kept)  # "3 Kinder, 1 in der Kita, 2 in der OGS": counted, not aged
    if _UNTOLD.search(text):
        kept = [h for h in kept if not (h.kind in _BARE or (
            h.kind == "child" and text[h.start : h.end].isdigit()))]
    elif _UNKNOWN.search(text):  # "Kind, Alter? … 8 kariöse Zähne": no estimate
        kept = [h for h in kept if h.kind not in _UNEXPLAINED]
    return kept


def unstaged(text: str, shared_out: bool = False) -> str:
    """Return the text a stage word is read from: none when the writer says the ages are not
    told ("die großen Kinder … Alter ganz gemischt": no stage either) or, `shared_out`, tells
    several children only by the Kita and the school they go to or need
    (`age_untold_places.places_only`, read on the text as written, its counts of children not
    yet blanked: "zwei Kinder, eins …")."""
    return "" if shared_out or _UNTOLD.search(text) else text


def every_one(text: str, found: list[Mention]) -> list[Mention]:
    """Make every minor told the child asked about when the need is "für alle drei": a brother
    or sister named beside is one of them, not the story around one."""
    if not _EVERY.search(text) or not any(h.kind == "child" for h in found):
        return found
    return [replace(h, kind="child") if h.kind == "other" and h.low < ADULT else h for h in found]
