"""A pregnancy beside a born child: whom does the wish look after?

"ist im 7. Monat schwanger und hat eine Tochter von anderthalb Jahren … jemand, der nach der
Kleinen schaut", "28. SSW, Sohn von zweieinhalb Jahren … jemand, der sich um den Jungen kümmert",
"mit nummer vier schwanger, die zwei kleinen mit zwei un drei … mit den beiden in ne gruppe": the
born child is named again, by an article and what it is, as the object of the care or the place
asked for — the unborn child is never "die Kleine" or "die beiden". Then the request is about the
born child, not the pregnancy.

"Schwangere 34. SSW mit Tochter 3 J. … Wo können beide unterkommen?", "wo Mutter und Kind zusammen
unterkommen": the wish is for the pregnant mother and her one born child together, so the age
spans from the pregnancy to the child.
"""

from __future__ import annotations

import re

from bot.models import AgeRange
from bot.understanding.age_family_span import cares_joined, family_span
from bot.understanding.age_mentions import Mention
from bot.vocabulary.lexicon import age_vocabulary

# the born child named again as the object of a preposition of care: "nach der Kleinen", "um den
# Jungen", "für die Kleine", "mit den beiden", "after the little one"
_CARED = re.compile(
    r"\b(?:nach|um|fuer|mit|for|after|with)\s+(?:der|den|dem|die|das|ihre[nmr]?|seine[nmr]?|the"
    r"|her|his)\s+(?:beiden\s+)?(?:kleine[nr]?|kleinste[nr]?|juengste[nr]?|jungen?|maedchen|sohn"
    r"|tochter|beiden|little\s+one|boy|girl|son|daughter|toddler)\b")
# the mother and her child together: "beide", "Mutter und Kind", "both of them"
_BOTH = re.compile(r"\b(?:beide|both(?:\s+of\s+them)?|mutter\s+und\s+kind|mother\s+and\s+child"
                   r"|mutter\s+mit\s+kind)\b(?!\s+(?:kinder|geschwister|kids|children|eltern))")
# the care asked for the pregnancy itself: with it, a born child named again is a detail
_PREGNANCY_CARE = re.compile(r"(?<!familien)hebamme|geburtsvorbereit|schwanger\w*beratung"
                             r"|geburtshilf|midwife|antenatal")
_REACH = 40  # characters before the reference that may not speak of the pregnancy
_WORD = re.compile(r"[a-z]+")
_WORDS = 3  # of them, the last words: a pregnancy told earlier in the clause is another matter


YOUNG = 144  # a born child under twelve; an older one named so may be the one pregnant


def born_child_cared(text: str, born: list[AgeRange]) -> bool:
    """Tell whether a clause names the born child (under twelve, `born`) again as the one to look
    after ("jemand, der nach der Kleinen schaut"), outside any phrase of the pregnancy and without
    care for it; "Tochter, 17, ist schwanger … Beratung für die Tochter" is her pregnancy."""
    if _PREGNANCY_CARE.search(text) or not any(b.high < YOUNG for b in born):
        return False
    stems = age_vocabulary().pregnancy
    for m in _CARED.finditer(text):
        # the words right before it: "schwanger mit dem Jungen" is the pregnancy's, "schwanger
        # und total fertig mit der Kleinen" is about the born girl
        before = " ".join(_WORD.findall(text, max(0, m.start() - _REACH), m.start())[-_WORDS:])
        if not any(stem in before for stem in stems):
            return True
    return False


# the wish set at the time the expected babies are there: "wenn die beiden da sind", "wenn das
# Baby da ist", "once the twins arrive" — help for a household with the born child and the new one
_ARRIVED = re.compile(r"\b(?:wenn|sobald|once|when)\s+(?:die\s+beiden|das\s+baby|die\s+zwillinge"
                      r"|die\s+kleinen|die|es|sie|the\s+(?:baby|babies|twins))\s+(?:da|geboren"
                      r"|auf\s+der\s+welt|here|born|arrive\w*)\b")


def both_meant(text: str, pregnant: AgeRange, born: list[AgeRange]) -> AgeRange | None:
    """Return the span from the pregnancy to the one born child when the wish is for both of
    them ("Wo können beide unterkommen?", "Familienpaten, wenn die Zwillinge da sind"), else
    None. Two or more born children make "beide" theirs, and a reference before the born child
    is named may be to anyone; a wish for the whole family spans every born child."""
    if joined := cares_joined(text, pregnant, born):
        return joined  # "schwanger, Sohn 2, suche Hebamme und Krabbelgruppe": both asked
    if whole := family_span(text, pregnant, born):
        return whole  # "zwei Kinder (1 und 4), Mama erwartet das dritte … für die ganze Familie"
    if len(born) != 1 or born[0].high >= YOUNG:  # "Tochter 16 schwanger, beide wohnen …"
        return None
    if _ARRIVED.search(text) and not _PREGNANCY_CARE.search(text):
        return AgeRange(pregnant.low, born[0].high)
    m = _BOTH.search(text)
    if not m or _PREGNANCY_CARE.search(text):
        return None
    return AgeRange(pregnant.low, born[0].high)


def born_ages(found: list[Mention]) -> list[AgeRange]:
    """The distinct ages of the born children named with their own age."""
    return sorted({AgeRange(h.low, h.high) for h in found if h.kind == "child" and h.low >= 0},
                  key=lambda r: r.low)
