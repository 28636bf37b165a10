"""The other children of a family that just changed, told beside the child a request is about.

A foster, adoptive or patchwork family is introduced with the children already living there:
"Pflegekind (2 Jahre) … Die Familie hat zwei leibliche Kinder (10 und 13)", "unsere leiblichen
Söhne sind 9 und 12", "die Pflegeeltern haben selbst drei Kinder (4, 9, 14)", "Stiefbruder 16 und
Stiefschwester 12 sind zu uns gezogen, mein Sohn ist 7", "neue Partnerin mit Baby (4 mon), seine
Tochter (6) …", "die zwei Kinder meines Mannes (11 und 13) … meine Tochter ist 4". The household's
own children, step- and half-siblings and a new partner's children are the family around the child
the professional asks about, so their numbers are other people's — as long as another child is
named with its own age and the wish is not for all of them ("für alle drei", "beide", "Hilfe für
die ganze Familie"). Words are data (`bot/data/age_household.toml`).
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from bot.understanding.age_family import family_asked
from bot.understanding.age_mentions import Mention
from bot.understanding.age_values import ADULT
from bot.vocabulary.lexicon import _load

# between a group's noun and its numbers only a list of numbers, a copula or a unit may stand:
# "(10 und 13)", "sind 9 und 12", "von 6", "are 12 and 15", "mit (4 und 7"
_GAP_WORDS = frozenset({"sind", "ist", "von", "are", "is", "aged", "und", "u", "and", "jahre",
                        "jahren", "j", "jahr", "mon", "monate", "monaten", "wochen", "alt", "mit",
                        "ca", "etwa", "years", "old"})  # fmt: skip
_GAP_REACH = 40  # characters from the group's noun to the last of its numbers
# the whole family's children asked together: "für alle drei", "beide", "die Geschwister auch"
# ("alle 2 Wochenenden", "alle drei Wochen" are how often, not whom)
_TOGETHER = re.compile(r"\b(?:alle[nm]?\s+(?:drei|vier|fuenf|sechs|\d)(?!\s*(?:\w*wochen\w*|tage?n?"
                       r"|monate?n?|stunden|jahre?n?|min\w*)\b)|fuer\s+alle|allen\s+kindern"
                       r"|beide[nr]?|both|all\s+(?:three|four|of\s+them)|all\s+the\s+children"
                       r"|(?:die\s+)?geschwister\s+(?:\w+\s+)?auch|auch\s+(?:fuer\s+)?die"
                       r"\s+geschwister)\b(?!\s+(?:eltern|elternteil|parents))")


@cache
def _heads() -> tuple[re.Pattern[str], frozenset[str]]:
    """The phrases that name the family's other children, built from the word lists."""
    data = _load("age_household.toml")
    own = "|".join(rf"{w}(?:e[nrsm]?)?" for w in data["own"])
    kids = "|".join(data["children"])
    partners = "|".join(data["partners"])
    steps = "|".join(re.escape(w) for w in data["step_siblings"])
    head = re.compile(
        # "die eigenen Kinder der Pflegeeltern", "unsere leiblichen Söhne", "our birth children"
        rf"\b(?:{own})\s+(?:\w+\s+)?(?:{kids})\b(?:\s+(?:der|des)\s+[a-z]+)?"
        # "die Pflegeeltern haben selbst drei Kinder"
        rf"|\b(?:haben|hat|have|has)\s+selbst\s+(?:\w+\s+){{0,2}}(?:{kids})\b"
        # "neue Partnerin mit Baby", "neue Freundin, die hat ein Baby", "die bringt zwei Kinder mit"
        rf"|\bneue[nmrs]?\s+(?:{partners})\b[^.;!?|]{{0,30}}?\b(?:mit|hat|bringt|has|with|brings)"
        rf"\s+(?:\w+\s+){{0,2}}?(?:{kids})\b(?:\s+mit\b)?"
        # "die zwei Kinder meines Mannes", "the kids of her new partner"
        rf"|\b(?:{kids})\s+(?:meines|ihres|seines|des|der|seiner|ihrer|meiner|of\s+(?:my|her|his))"
        rf"\s+(?:neue[nmrs]?\s+|new\s+)?(?:{partners})\w*"
        # "Stiefbruder 16 und Stiefschwester 12"
        rf"|\b(?:{steps})\b")
    return head, frozenset(data["step_siblings"])


def _listed_after(text: str, start: int, hit: Mention) -> bool:
    """Tell whether the text from a group's noun to a number holds only the list of its ages."""
    gap = text[start : hit.start]
    if len(gap) > _GAP_REACH or re.search(r"[;!?|]|\.\s+[a-z]{3}", gap):
        return False
    return all(w in _GAP_WORDS for w in re.findall(r"[a-z]+", gap))


def household_others(text: str, found: list[Mention]) -> list[Mention]:
    """Make the ages of a changed family's other children (the household's own, step- and half-
    siblings, a new partner's) other people's when another child is named with its own age and
    the wish is not for all of them."""
    if len(found) < 2 or _TOGETHER.search(text) or family_asked(text):  # one age: nobody else's
        return found
    head, steps = _heads()
    ends = [m.end() for m in head.finditer(text)]
    marked = [h.kind in ("child", "role", "loose") and (h.noun in steps or any(
        end <= h.start and _listed_after(text, end, h) for end in ends)) for h in found]
    if not any(marked) or not any(
            h.kind in ("child", "role") and h.low < ADULT and not m
            for h, m in zip(found, marked, strict=True)):  # fmt: skip
        return found
    return [replace(h, kind="other", noun="geschwister") if m else h
            for h, m in zip(found, marked, strict=True)]  # fmt: skip
