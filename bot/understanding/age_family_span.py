"""A pregnancy beside born children when the wish is for the whole family: the span of them all.

"zwei Kinder (1 und 4), Mama erwartet das dritte … welche Hilfe gibt es für die ganze Familie?",
"mit Kindern von 2 und 5 Jahren, die Mutter ist hochschwanger … Was gibt es für so eine
Familie?", "Töchter 3 und 8, ich bin in der 20. Woche schwanger … für uns alle?": the pregnancy
says what is happening, the wish says whom it is for — the family, so every one of it, from the
unborn child to the oldest born one. The writers of the held-out sets label these so (-9 to the
oldest child). Care for the pregnancy itself ("Hebamme", "Geburtsvorbereitung") keeps the unborn
child asked about; a need of one born child alone ("Kita-Platz für den Großen") is read before.

"für die beiden" with one born child beside the pregnancy is the mother-to-be and that child
together ("Die Mama eines Kitakindes (4) ist schwanger … Was gibt es für die beiden?"); with two
born children "die beiden" are theirs.
"""

from __future__ import annotations

import re

from bot.models import AgeRange
from bot.understanding.age_patterns import PLURAL_CHILDREN, PREGNANCY_CARE
from bot.understanding.gate import gated

YOUNG = 144  # every born child under twelve: an older one may be the one pregnant

# the wish aimed at the family as a whole, said outright: "für die (ganze) Familie", "für so eine
# (große) Familie", "für uns alle", "alle zusammen", "der Familie etwas an die Hand geben"
_WHOLE = gated(re.compile(
    r"\b(?:fuer|for)\s+(?:die|diese|so\s+eine|solche|eine|unsere|meine|ihre|the|this|such\s+a|our"
    r"|my|her)\s+(?:ganze\s+|grosse\s+|kinderreiche\s+|whole\s+|big\s+)?(?:familie|family)\b"
    r"|\b(?:fuer|for)\s+(?:uns|euch|sie|us|them)\s+alle\b|\b(?:fuer|for)\s+(?:all\s+of\s+us"
    r"|the\s+whole\s+lot)\b"
    r"|\b(?:wir|uns|ihr|sie)\s+alle\s+zusammen\b|\ball\s+together\b"
    r"|\b(?:der|dieser|unserer|the)\s+(?:ganzen\s+)?familie\s+(?:\w+\s+){0,4}?(?:geben|mitgeben"
    r"|anbieten|empfehlen|vermitteln|helfen)\b"))
_SEVERAL = gated(re.compile(rf"\b(?:{'|'.join(PLURAL_CHILDREN)}|twins)\b"))
# the pair: the mother-to-be and her one born child
_PAIR = gated(re.compile(r"\b(?:fuer|for)\s+(?:die\s+beiden|beide|both(?:\s+of\s+them)?)\b"
                         r"(?!\s+(?:kinder|geschwister|kids|children|jungs|maedchen))"))


def whole_family_asked(text: str) -> bool:
    """Tell whether the wish is for the family as a whole, said outright ("für die ganze
    Familie", "für uns alle"): then a mother's pregnancy told beside her children is part of it."""
    return bool(_WHOLE.search(text))


def family_span(text: str, pregnant: AgeRange, born: list[AgeRange]) -> AgeRange | None:
    """Return the span from the pregnancy to the oldest born child when the wish is for the
    family as a whole (or for "die beiden", the one born child and the mother-to-be), else
    None."""
    if not born or any(b.high >= YOUNG for b in born) or PREGNANCY_CARE.search(text):
        return None
    # "die Zwillinge (2) … für die beiden": two children of one age, not the pair
    one = len(born) == 1 and not _SEVERAL.search(text)
    if _WHOLE.search(text) or (one and _PAIR.search(text)):
        return AgeRange(pregnant.low, max(b.high for b in born))
    return None


__all__ = ["family_span", "whole_family_asked"]
