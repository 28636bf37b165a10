"""A conversation's first message that asks nothing yet: a greeting, thanks, an emoji, "???".

"Hallo", "Guten Morgen, ich hätte eine Frage", "👍" or a line in a script nobody reads name no
child, place or need: there is no case to answer and nothing is missing from the catalogue.
Matching such a message asked "Welche Hilfe suchen Sie?" and recorded an `unclear` gap in the
planners' evidence for every greeting. The conversation instead asks for the child and the need
(`Prompt.NOTHING_YET`) and records nothing. A need nobody knows ("Kinderhospiz") is still a
request, answered and recorded as a gap. The greeting words are data (`dialogue.toml
[greeting]`).
"""

from __future__ import annotations

import re
from functools import cache

from bot.dialogue.cases import nothing_understood
from bot.dialogue.phrases import is_courtesy, only_courtesy
from bot.models import Request
from bot.text import fold
from bot.understanding.foreign import germanise
from bot.vocabulary.lexicon import _load as load_toml

__all__ = ["opens_with_nothing"]


@cache
def _greetings() -> frozenset[str]:
    return frozenset(fold(w) for w in load_toml("dialogue.toml")["greeting"]["words"])


def opens_with_nothing(request: Request, text: str) -> bool:
    """Tell a first message that says nothing of a case: greeting, thanks, emoji, noise."""
    if not nothing_understood(request, text):
        return False
    if is_courtesy(text) or only_courtesy(text):
        return True
    words = re.findall(r"[a-z]+", fold(germanise(text)))  # "Merhaba", "مرحبا" are dropped
    return set(words) <= _greetings()
