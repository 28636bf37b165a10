"""A pupil named by a school year, and a younger brother or sister named by an age the request
turns to.

School social work hands over cases about a pupil's family: "Schüler aus Jg. 9 … noch ein Satz zum
kleinen Bruder: „4 J., kein Kitaplatz“", "Schülerin aus Jg. 10, die Mutter schreibt „Bruder 3 J.,
kein Kitaplatz“ – gibts was für den Kleinen?". The pupil is named only by the class, the brother by
his own age, and the need is his: a place in a Kita or crèche no pupil takes, or a wish aimed at
the little one. Then the brother's age is the one asked about, not the pupil's class.

Hand-over notes name the pupil by first name with the class in brackets and the child asked about
as that pupil's brother or sister: "kleiner Bruder von Ben (2b) ist 4", "Schwester von Tim (3a)
ist 5 und stottert". The class is Ben's and only says whose brother is meant; when the brother's
own age is told, the class is no candidate for the age asked about (`whose_class`).
"""

from __future__ import annotations

import re

from bot.models import AgeRange
from bot.understanding.age_mentions import Mention
from bot.understanding.age_school import Span
from bot.understanding.age_values import ADULT

# a brother or sister told as a named pupil's, the pupil's class in brackets: "kleiner Bruder von
# Ben (2b)", "die Schwester von Tim (3a)", "Halbbruder vom Leon (Kl. 4)"
_SIBLING_OF_PUPIL = re.compile(
    r"\b(?:\w*bruder|\w*schwester|geschwister\w*|brother|sister)\s+(?:von|vom|of)\s+"
    r"(?:der\s+|dem\s+|die\s+)?[a-z]{2,}\s*(?P<bracket>\([^()]{1,20}\))")

# a need only a child under school age has, or a wish aimed at the youngest
_YOUNGER_NEED = re.compile(
    r"\b(?:kita\w*|krippe\w*|kindergarten\w*|tagesmutter|tagespflege|u3\w*|spielgruppe"
    r"|krabbelgruppe|daycare|nursery)\b"
    r"|\b(?:fuer|um|for|zum|zur)\s+(?:den|die|das|dem|ihren|seinen|the)?\s*(?:kleine[nr]?"
    r"|juengere[nr]?|little\s+(?:one|brother|sister))\b")


def whose_class(text: str, school: list[Span], found: list[Mention]) -> list[Span]:
    """Return the school years without those in brackets after a pupil whose brother or sister
    the text speaks of, when an age outside those brackets is told ("kleiner Bruder von Ben (2b)
    ist 4": four, not Ben's class)."""
    brackets = [m.span("bracket") for m in _SIBLING_OF_PUPIL.finditer(text)]
    if not brackets or not school:
        return school
    told = [h for h in found if h.kind in ("child", "loose", "other") and h.low < ADULT
            and not any(a <= h.start < b for a, b in brackets)]  # fmt: skip
    if not told:
        return school
    return [s for s in school if not any(a <= s.start < b for a, b in brackets)]


def younger_sibling_asked(text: str, school: list[Span],
                          found: list[Mention]) -> AgeRange | None:
    """Return the younger brother's or sister's age when the pupil is named only by a school
    year and the need is the younger child's, else None."""
    others = [AgeRange(h.low, h.high) for h in found if h.kind == "other" and h.low < ADULT]
    if not school or not others or not _YOUNGER_NEED.search(text):
        return None
    youngest_pupil = min(s.low for s in school)
    if any(o.high >= youngest_pupil for o in others):
        return None  # an older brother or sister, or one of the pupil's age: the pupil's story
    return AgeRange(min(o.low for o in others), max(o.high for o in others))
