"""Help asked for the whole family: then every child the request names with an age is meant.

"wohnt mit 3 Kindern (2, 6, 13), die Älteste geht nicht mehr zur Schule. Wer hilft der
Familie?", "Familie mit 4 Kindern zwischen 1 und 9, Mutter wieder schwanger. Unterstützung für
die Familie?": a rank the story points at ("die Älteste") or a pregnancy told beside the born
children says what happens, the wish says whom it is for — the family, so the span of its
children. Care for the pregnancy itself ("Hebamme", "Geburtsvorbereitung") keeps the unborn
child asked about, and so does a message that opens with the pregnant woman as its case
("Schwangere, 28. SSW, Zwillinge, Geschwisterkind 2, Familie braucht Haushaltshilfe"): the
household help is for her pregnancy, the sibling is told of.
"""

from __future__ import annotations

import re

from bot.understanding.age_patterns import PREGNANCY_CARE

_HELP = (r"(?:hilft|helfen|helfe|unterstuetz\w*|entlast\w*|berat\w*|begleit\w*|help\w*"
         r"|support\w*)")
_FAMILY = re.compile(
    rf"\b{_HELP}\s+(?:\w+\s+){{0,2}}?(?:der|die|dieser|diese|einer|eine|unserer|unsere|meiner"
    r"|meine|ihrer|ihre|the|this|our|my|her)\s+(?:ganzen?\s+|whole\s+)?(?:familie|family)\b"
    r"|\b(?:fuer|for)\s+(?:die|diese|eine|unsere|meine|ihre|the|this|our|my|her)\s+(?:ganze\s+"
    r"|whole\s+)?(?:familie|family)\b"
    r"|\b(?:familie|family)\s+(?:\w+\s+){0,2}?(?:braucht|benoetigt|sucht|needs)\b")


# the first clause of the message names a pregnancy: the pregnant woman is the case it opens with
_OPENS_PREGNANT = re.compile(r"^[^,.;:!?\n]*?\b(?:schwanger\w*|ssw|pregnant)\b")


def family_asked(text: str) -> bool:
    """Tell whether the wish is aimed at the family as a whole ("Wer hilft der Familie?")."""
    return bool(_FAMILY.search(text))


def family_not_pregnancy(text: str) -> bool:
    """Tell whether help for the family is asked beside a pregnancy without care for the
    pregnancy itself: then the born children are the ones the request is about."""
    return (family_asked(text) and not PREGNANCY_CARE.search(text)
            and not _OPENS_PREGNANT.search(text))
