"""Children named by their relation to their carer, and a newborn's days at home.

When grandparents, an older brother or sister, an aunt or a foster family care for a child, forms
and messages name the child by what it is to them: "Kind: Enkel Omar, 5", "Kind: Schwester, 14 |
Anfragende Person: Justin, 21, Vormund". Read alone, "Schwester, 14" is a sibling beside the
child and "Omar, 5" a name with a number nothing explains; in the form's child field both are the
child the request is for. A newborn's age is told by how long it has been home: "Zwillinge seit
12 Tagen zu Hause" is a baby of twelve days, month 0, not a span of time. Words are data
(`bot/data/age_kin.toml`).
"""

from __future__ import annotations

import math
import re
from dataclasses import replace
from functools import cache

from bot.understanding.age_mentions import Mention
from bot.vocabulary.lexicon import _load
from bot.vocabulary.units import DAYS_PER_MONTH, WEEKS_PER_MONTH

__all__ = ["kin_field", "newborn_home"]

_NEWBORN_DAYS = 8 * 7  # beyond about two months nobody tells a baby's age by its days at home


def _alternation(words: list[str]) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len,
                                                                          reverse=True))


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    data = _load("age_kin.toml")
    # "kind: enkel omar, 5", "kind: schwester, 14", "kind: pflegekind (3)", "kind: enkelin mia 4"
    field = re.compile(
        rf"(?:^|[|•;\n]|\s{{2}})\s*(?:{_alternation(data['child_fields'])})\s*:\s*"
        rf"(?:{_alternation(data['relations'])})\b(?:\s+[a-z][a-z\-]{{1,14}})?\s*[,(]?\s*"
        r"(?P<age>\d{1,2})\b")
    # "zwillinge seit 12 tagen zu hause", "baby seit 3 wochen aus der klinik"
    home = re.compile(
        rf"\b(?:{_alternation(data['newborns'])})\b[^|•.;!?]{{0,30}}?\bseit\s+(?P<n>\d{{1,2}})\s*"
        rf"(?P<unit>tag\w*|woche\w*|wo\b\.?)\s+(?:\w+\s+){{0,2}}?(?:{_alternation(data['home'])})"
        r"\b")
    # "4. kind vor 8 wo. geboren", "vor 10 tagen entbunden": a birth that long ago is the age
    ago = re.compile(r"\bvor\s+(?P<n>\d{1,2})\s*(?P<unit>tag\w*|woche\w*|wo\b\.?)\s+"
                     r"(?:\w+\s+){0,2}?(?:geboren|geb\b|entbunden|zur\s+welt\s+gekommen)")
    return field, home, ago


def kin_field(text: str, found: list[Mention]) -> list[Mention]:
    """Make the number of a form's child field that names the child by its relation to the carer
    ("Kind: Enkel Omar, 5") the child's own age; a number read as a sibling's or left unexplained
    is the child's there."""
    field, _, _ = _patterns()
    if ":" not in text:
        return found
    starts = {m.start("age") for m in field.finditer(text)}
    if not starts:
        return found
    return [replace(h, kind="child") if h.start in starts and h.kind in (
        "other", "unexplained", "loose", "role") else h for h in found]


def newborn_home(text: str, found: list[Mention]) -> list[Mention]:
    """Read a newborn's days or weeks at home ("Zwillinge seit 12 Tagen zu Hause") or since its
    birth ("4. Kind vor 8 Wo. geboren") as its age in completed months, where the number reader
    took them for a span of time."""
    _, home, ago = _patterns()
    if "seit" not in text and "vor" not in text:
        return found
    kept = list(found)
    # a baby whose age is told besides ("Frühchen, seit 10 Tagen zuhause, jetzt 7 Wochen alt")
    # was in hospital after its birth: its days at home are no age then
    told = any(h.kind == "child" for h in found)
    for m in [*([] if told else home.finditer(text)), *ago.finditer(text)]:
        n = int(m.group("n"))
        days = n if m.group("unit").startswith("tag") else n * 7
        if not 0 < days <= _NEWBORN_DAYS:
            continue
        weeks = not m.group("unit").startswith("tag")
        months = math.floor(n / WEEKS_PER_MONTH if weeks else n / DAYS_PER_MONTH)
        within = [h for h in kept if m.start("n") <= h.start < m.end("unit")]
        if within and not all(h.kind == "duration" for h in within):
            continue
        kept = [h for h in kept if h not in within]
        kept.append(Mention(m.start("n"), m.end("unit"), months, months, "child"))
    return kept
