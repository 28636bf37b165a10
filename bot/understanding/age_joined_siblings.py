"""A brother or sister listed with a group of the family's children: "Zwillinge 4 Jahre und
großer Bruder 8", "Drillinge (3) + große Schwester 9", "twins aged 2 and their big brother 6".

A single brother or sister is another person by default (`other_person_nouns`: "Baby 3 Wochen,
große Schwester 6" tells the baby's family). Joined by "und", "+" or "and" to the ages of
children named in the plural (twins, triplets, "Kinder"), though, the sibling is one more item of
the same list: the family's children asked about together, whose span the labelled sets give
("Zwillinge (5) und ihr Bruder (6) … alle drei kommen in die Schule"). A sibling opening a
clause of its own ("Zwillinge 6 Wochen, der große Bruder (4) beißt") stays the story's, for
`age_siblings.sibling_acting` to read.
"""

from __future__ import annotations

import re
from dataclasses import replace

from bot.understanding.age_mentions import Mention
from bot.understanding.age_patterns import PLURAL_CHILDREN

# what joins the group's last age to the sibling: a unit, "und"/"+"/"and", a possessive or an
# indefinite article, a rank, the sibling noun, then the sibling's number
_JOINED = re.compile(
    r"\s*\)?\s*(?:j\b\.?|jahre?n?\b|jahr\b|yrs?\b\.?|years?(?:\s+old)?\b|mon\b\.?|monate?n?\b"
    r"|months?\b)?\s*\)?\s*(?:und|u\b\.?|&|\+|and|plus)\s+(?:(?:ein|einen|eine|ihr|ihre|ihren"
    r"|sein|seine|seinen|a|an|their|her|his)\s+)?(?:(?:grosse[rn]?|kleine[rn]?|aeltere[rn]?"
    r"|juengere[rn]?|big|little|older|younger|elder)\s+)?(?P<noun>bruder|schwester|brother|sister)"
    r"\s*[(:,]?\s*$")
# the plural child word the group's ages follow ("Zwillinge 4 Jahre", "twins aged 2")
_GROUP = re.compile(rf"\b(?:{'|'.join(PLURAL_CHILDREN)}|twins|triplets|drillinge)\b"
                    r"(?:\s+[a-z]+){0,2}?[\s:(,–-]*$")  # fmt: skip
_REACH = 30  # characters before the group's first age read for its plural child word


def siblings_joined(text: str, found: list[Mention]) -> list[Mention]:
    """Make a brother or sister joined to a plural group's ages one of the children asked about."""
    others = [h for h in found if h.kind == "other"]
    if not others:
        return found
    children = sorted((h for h in found if h.kind == "child"), key=lambda h: h.start)
    joined: dict[int, str] = {}  # the sibling's start, and its noun for a later pointer
    for sibling in others:
        before = [h for h in children if h.end <= sibling.start]
        link = _JOINED.match(text[before[-1].end : sibling.start]) if before else None
        if not link:
            continue
        first = before[-1]  # the group's first age: "Kinder 2, 4 und Bruder 9" reaches back
        for h in reversed(before[:-1]):
            if re.fullmatch(r"\s*(?:,|und|u\.?|&|\+|and)\s*", text[h.end : first.start]):
                first = h
        if _GROUP.search(text[max(0, first.start - _REACH) : first.start]):
            joined[sibling.start] = sibling.noun or link.group("noun")
    # "Zwillinge 2 J. und ein Bruder 7 J., der Bruder braucht …": the noun names him again
    return [replace(h, kind="child", noun=joined[h.start]) if h.kind == "other"
            and h.start in joined else h for h in found]
