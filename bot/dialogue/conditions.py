"""A follow-up that makes a wish depend on something: the condition is no need of its own.

"Und Mama selbst möchte Deutsch lernen, aber nur wenn es Kinderbetreuung gibt": the mother wishes a
German course; the childcare is what the course must offer for her to come, not a place in a Kita
for the child. Read as part of the request it would add a need the family did not ask for. The
clause goes when the rest of the turn still asks for something; a turn that is only a condition
("aber nur wenn es abends geht") is left to the readers of refinements. The pattern is data
(`dialogue_turns.toml [condition]`).
"""

from __future__ import annotations

import re
from functools import cache

from bot.catalogue import Catalogue
from bot.dialogue.turns import vocabulary
from bot.understanding import understand

__all__ = ["without_condition"]


@cache
def _condition() -> re.Pattern[str]:
    return re.compile(vocabulary()["condition"]["pattern"], re.I)


def without_condition(text: str, catalogue: Catalogue) -> str:
    """The turn without a clause of condition that names a need, when the rest names one too."""
    found = _condition().search(text)
    if found is None:
        return text
    rest = (text[:found.start()] + text[found.end():]).strip(" ,;:-–")
    condition = understand(found.group(0), catalogue)
    if not condition.topics or condition.general or not rest:
        return text
    kept = understand(rest, catalogue)
    return rest if kept.topics and not kept.general else text
