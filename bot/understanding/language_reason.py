"""Little German said beside a wish for another language is the reason for the wish, not a need.

"und auf Türkisch? die Oma kann kaum Deutsch", "geht das auch auf Englisch? Deutsch noch wenig":
the family asks for the offer it already talks about in a language it understands. Read as a need,
"kaum Deutsch" would turn the request into language support or migration advice and replace the
offer asked about. Without such a wish ("Kind 4 spricht kaum Deutsch") the words keep their topic.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from bot.vocabulary.lexicon import topic_lexicon

if TYPE_CHECKING:  # topic_parts calls this module
    from bot.understanding.topic_parts import Credit


WINDOW = 6  # how far before the phrase the adult it is said of may stand


@cache
def _section() -> tuple[frozenset[str], ...]:
    data = topic_lexicon().get("language_reason", {})
    keys = ("before", "languages", "terms", "topics", "adults", "follow_up")
    return tuple(frozenset(data.get(key, ())) for key in keys)


def wishes_language(words: list[str]) -> int:
    """0 when the text asks for no other language, 1 for a wish ("Beratung auf Vietnamesisch"),
    2 for a wish that asks about the offer already talked about ("geht das auch auf Englisch?",
    "und auf Türkisch?")."""
    before, languages, *_, follow_up = _section()
    found = 0
    for i, word in enumerate(words):
        if word in languages and i and words[i - 1] in before:
            found = max(found, 2 if i > 1 and words[i - 2] in follow_up else 1)
    return found


def without_reasons(words: list[str], credits: list[Credit]) -> list[Credit]:
    """Drop the credits of little-German phrases said of an adult who accompanies the child
    ("die Oma kann kaum Deutsch") when the text wishes for another language, and of anyone when
    the wish asks about the offer already talked about ("auch auf Englisch?"). Said of the child
    ("Kind 5, Deutsch kaum") or of the client herself ("Frau aus Vietnam, kaum Deutsch") the words
    keep their topic: there they are the need."""
    _, _, terms, topics, adults, _ = _section()
    if not any(c.term in terms for c in credits):
        return credits
    wish = wishes_language(words)
    if not wish:
        return credits
    return [c for c in credits if not (c.term in terms and c.topic in topics and (
        wish == 2 or _said_of_adult(words, c.position, adults)))]


def _said_of_adult(words: list[str], at: int, adults: frozenset[str]) -> bool:
    return any(word in adults for word in words[max(0, at - WINDOW) : at + 1])
