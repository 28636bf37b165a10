"""Whose age a young parent's request tells: the parent's, the child's, or the pregnant girl's.

A parent of 18 to 20 is told beside (or instead of) the child: "jM 20, nach Haft entlassen, Vater
eines Kleinkinds; will Kontakt zum Kind", "mama wa mtoto ist 19 J., mtoto ni wiki mbili". Unless
the young parent asks for his own way (`young_parent`: "Kunde (18), selbst Vater, will den
Abschluss nachholen"), the request is about the child, and the parent's number is a grown-up's
— as it already is from 21 on (`parents_named`). The child's age is then the one told for the
child, or none.

A pregnant girl is asked about as a pregnancy, unless what was done to her is the ask ("Mädchen
13, schwanger, Freund ist 24. Jugendamt? Polizei?"): then she is the child to protect and her
own age is the one asked about, as long as no care for the pregnancy is asked beside it. A girl
under 14 with a grown-up named beside her is such a case by law. The words are
`bot/data/age_young_parents.toml`.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache
from typing import TYPE_CHECKING

from bot.models import AgeRange
from bot.understanding.age_others import young_parent, young_parent_own
from bot.understanding.age_parents import PARENT_OF, PARENT_YEARS
from bot.understanding.age_values import ADULT
from bot.vocabulary.lexicon import _load as load_toml
from bot.vocabulary.lexicon import age_vocabulary

if TYPE_CHECKING:
    from bot.understanding.age_mentions import Mention

_OWN = ("child", "role", "loose", "unexplained")
TEEN = 12 * 12  # a girl this old may be the one pregnant; a younger child is a sibling
CONSENT = 14 * 12  # under this age, a grown-up beside a pregnant girl is a case for protection
# a parent as the subject of the copula right before the number, the child named in between in
# the genitive: "mama wa mtoto ist 19 J.", "der Vater des Babys ist 20", "KM ist 19"
_PARENT_COPULA = re.compile(
    r"\b(?:mutter|mama|mami|mutti|vater|papa|vati|mum|mom|mother|father|dad|km|kv|kindsmutter"
    r"|kindsvater|kindesmutter|kindesvater)\s+(?:(?:wa|ya|of|des|der|von|vom|de|du)\s+"
    r"(?:the\s+)?[a-z]+\s+)?(?:ist|is)\s+(?:(?:erst|noch|selbst|selber|jetzt)\s+)*$"
)


@cache
def _pattern(key: str) -> re.Pattern[str]:
    words = sorted(load_toml("age_young_parents.toml")[key], key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(map(re.escape, words)) + r")")


def _parents_age(text: str, mention: Mention) -> bool:
    """Tell whether a number of 18 to 20 is a parent's own: a role named as a parent ("jM 20 …
    Vater eines Kleinkinds") or a parent told by the copula ("mama wa mtoto ist 19 J.")."""
    if mention.kind not in _OWN or not ADULT <= mention.low <= mention.high < PARENT_YEARS * 12:
        return False
    role = mention.kind == "role" or mention.noun in age_vocabulary().role_nouns
    return (role and bool(PARENT_OF.search(text))) or bool(
        _PARENT_COPULA.search(text, max(0, mention.start - 60), mention.start)
    )


def young_parents(text: str, found: list[Mention]) -> list[Mention]:
    """Return the mentions with a young parent's age his own when he asks for his own way, a
    grown-up's when the request is about his child (no minor's age told beside it)."""
    if young_parent(text, found):
        return young_parent_own(text, found)
    if any(h.kind in ("child", "role") and h.low < ADULT for h in found):  # a minor's age
        return found
    return [replace(h, kind="adult") if _parents_age(text, h) else h for h in found]


def pregnant_minor(text: str, found: list[Mention]) -> AgeRange | None:
    """Return a pregnant girl's own age when her protection is what the request asks for, and
    no care for the pregnancy is asked beside it; None keeps the pregnancy."""
    girls = {
        (h.low, h.high)
        for h in found
        if h.kind in (*_OWN, "other") and h.low >= TEEN and h.high < ADULT
    }
    if len(girls) != 1 or _pattern("pregnancy_asks").search(text):
        return None
    low, high = next(iter(girls))
    grown = low < CONSENT and any(h.kind == "adult" and h.low >= ADULT for h in found)
    return AgeRange(low, high) if grown or _pattern("danger").search(text) else None
