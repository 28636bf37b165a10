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
from bot.understanding.age_family_help import protection_asked
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
    # child protection asked is for every child of the household, the one on the way too
    if _WHOLE.search(text) or protection_asked(text) or (one and _PAIR.search(text)):
        return AgeRange(pregnant.low, max(b.high for b in born))
    return None


# care for the pregnancy or the coming baby, asked in one breath with a need only a born child
# takes: "suche Hebamme und Krabbelgruppe", "Geburtsvorbereitung und Kitaplatz gesucht",
# "Bedarf Familienhebamme + Erziehungsberatung", "Sohn braucht OGS, außerdem
# Schwangerschaftsberatung", "fragt nach Elterngeld und ob der Krippenbeitrag weiterläuft",
# "Familienhebamme für die Zeit nach der Geburt und Entlastung": both are asked, so the age
# spans the unborn child and the born ones. A setting only told ("Mutter eines Kita-Kindes …
# sucht eine Hebamme") or a need in another sentence joins nothing.
_CARE = (r"(?:familien)?hebamme\w*|geburtsvorbereit\w*|schwanger\w*beratung|geburtshilf\w*"
         r"|midwife|antenatal|erstausstattung|elterngeld")
_BORN_NEED = (r"krabbel\w*|spielgruppe|eltern[- ]?kind[- ]?gruppe|kita(?![- ]?kind)\w*|krippe\w*"
              r"|tagesmutter|tagespflege|ogs\w*|ganztag\w*|hort(?:platz)?\b|nachhilfe|lernfoerder\w*"
              r"|sprachfoerder\w*|fruehfoerder\w*|erziehungsberatung|entlast\w*|kinderturnen"
              r"|playgroup|daycare|nursery")
_JOIN = (r"(?:\s+(?:und|sowie|plus|and|oder|or)\s+|\s*[+&]\s*"
         r"|\s*,\s*(?:ausserdem|zudem|und|and|also|plus)\s+)")
_JOINED = gated(re.compile(
    rf"\b(?:{_CARE})[^.!?;,]{{0,50}}?{_JOIN}(?:[^.!?;,\s]+\s+){{0,4}}?(?:{_BORN_NEED})"
    rf"|\b(?:{_BORN_NEED})[^.!?;,]{{0,25}}?{_JOIN}(?:[^.!?;,\s]+\s+){{0,4}}?(?:{_CARE})"))


def cares_joined(text: str, pregnant: AgeRange, born: list[AgeRange]) -> AgeRange | None:
    """Return the span from the pregnancy to the oldest born child when care for the pregnancy
    and a need of the born children are asked together, else None."""
    young = [b for b in born if b.high < YOUNG]
    if not young or not _JOINED.search(text):
        return None
    return AgeRange(pregnant.low, max(b.high for b in young))


__all__ = ["cares_joined", "family_span", "whole_family_asked"]
