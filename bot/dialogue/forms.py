"""The form of help a follow-up chooses for the family's upbringing: a course or a conversation.

"eher nen kurs, keine einzelberatung, die mama will was mit anderen eltern zusammen" asks for a
parenting course, not a group for parents and toddlers; "die Mutter hätte gern, dass jemand mit
ihr spricht, wie sie mit ihrer Tochter umgehen soll" asks for counselling, not a course. Read as a
single request, such words ("andere eltern", "wie sie mit") name one of the upbringing needs
more or less by chance; inside a conversation about the same child the form is what the turn
says. The words are data (`dialogue_turns.toml [form_of_help]`).
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from bot.dialogue.turns import vocabulary, word_pattern
from bot.models import Request
from bot.text import fold

__all__ = ["chosen_form", "upbringing", "with_form"]

_NEGATION = r"(?:kein|keine|keinen|keiner|nicht|ohne|no|not)\s+(?:\w+\s+)?"


def _section() -> dict:
    return vocabulary()["form_of_help"]


@cache
def _pattern(kind: str) -> re.Pattern[str]:
    return word_pattern(_section()[kind])


def _wanted(kind: str, folded: str) -> bool:
    """Tell a word of this kind that no negation before it takes back ("keine Einzelberatung")."""
    return any(not re.search(rf"{_NEGATION}$", folded[:found.start()])
               for found in _pattern(kind).finditer(folded))


def upbringing(topics: tuple[str, ...]) -> bool:
    """Tell needs among which a form of help decides (none, or only upbringing needs)."""
    return set(topics) <= set(_section()["topics"])


def chosen_form(text: str) -> str | None:
    """The upbringing need whose form the turn asks for, or None when it names no single form."""
    folded = fold(text)
    chosen = [kind for kind in ("course", "talk") if _wanted(kind, folded)]
    if "talk" not in chosen and _pattern("someone").search(folded) and _wanted("talk_verbs",
                                                                               folded):
        chosen.append("talk")
    if len(chosen) != 1:
        return None
    return str(_section()[f"{chosen[0]}_topic"])


def with_form(request: Request, topic: str) -> Request:
    """The request with the upbringing need of the form chosen as its need."""
    return replace(request, topics=(topic,), main_topics=(topic,), general=False,
                   required_words=(), unexplained=(), need_unexplained=False)
