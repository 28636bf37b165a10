"""A birth stage the story has outlived: "ein Frühchen nach 7 Wochen auf der Neonatologie".

"Frühchen", "Neugeborenes", "Entlassung nach der Geburt" read as a child in its first month,
and so they are when nothing else is told. A span the child has already lived through since
its birth — a stay in hospital that ended "nach 7 Wochen", "after 2 months in the NICU" — says
the child is older than that stage, but not how much (a stay need not start at birth). A single
request keeps the stage, since nothing can be asked back; in a conversation the assistant asks
the age while the stage's offers are shown, as for any life stage (`life_stage`).
"""

from __future__ import annotations

import re

from bot.models import Request
from bot.text import fold
from bot.understanding.numbers import normalise

WEEKS_PER_MONTH = 4  # a span of this many weeks or more leaves the first month
# "nach 7 Wochen", "after 2 months": a span ended before now. "7 Wochen alt" is an age.
_SPAN = re.compile(
    r"\b(?:nach|after)\s+(?:(?:gut|knapp|fast|ueber|rund|etwa|ca|insgesamt|ganzen?|about|"
    r"almost|over|nearly)\s+)?(\d{1,2})\s+(woche|wochen|week|weeks|monat|monaten|monate|month|"
    r"months)\b(?!\s+(?:alt|old))"
)


def stage_outlived(request: Request, text: str) -> bool:
    """Tell a request whose age is the first month while its story tells a longer span since."""
    age = request.age
    if age is None or age.low != 0 or age.high != 0:
        return False
    for match in _SPAN.finditer(normalise(fold(text))):
        number, unit = int(match.group(1)), match.group(2)
        if unit.startswith(("mon", "month")) or number >= WEEKS_PER_MONTH:
            return True
    return False
