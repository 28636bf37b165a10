"""A bare "ja" confirming the one place the assistant asked about ("Wohnt die Familie in Massen?").

A district name that is also a German word ("massen") is asked about instead of guessed. The
natural reply is "ja" or "genau": it names no place, so without this it was read as thanks and
the question was lost. The words are data (`dialogue.toml [affirmation]`).
"""

from __future__ import annotations

import re
from functools import cache

from bot.dialogue.session import Session
from bot.text import fold
from bot.vocabulary.lexicon import _load as load_toml


@cache
def _words() -> tuple[frozenset[str], frozenset[str]]:
    table = load_toml("dialogue.toml")["affirmation"]
    return frozenset(map(fold, table["yes"])), frozenset(map(fold, table["also"]))


def affirms(text: str) -> bool:
    """Tell whether a reply only says yes ("ja", "Ja genau!", "jo, wohnt da 👍")."""
    yes, also = _words()
    words = re.findall(r"[a-z]+", fold(text))
    return any(w in yes for w in words) and all(w in yes or w in also for w in words)


def confirmed_place(text: str, session: Session) -> str | None:
    """The place a "ja" confirms: the only candidate of the place question just asked."""
    if session.asked == "place_ambiguous" and len(session.asked_candidates) == 1 and affirms(text):
        return session.asked_candidates[0]
    return None


__all__ = ["affirms", "confirmed_place"]
