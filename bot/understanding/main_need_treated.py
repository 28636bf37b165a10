"""The therapy a professional gives the child is how they know the family, not the need asked.

A therapist, doctor or teacher often opens with their own work and then tells what the family
asks for: "Zwillinge 11 Monate, Frühchen, Physio 2x/Wo. KV fragt nach Angeboten für Väter",
"ich behandle den Kleinen wegen KISS, die Mama sucht eine Krabbelgruppe". The therapy's words
("Physio", "Ergo", "Feinmotorik") name Frühförderung strongly, and read as a main need they put
early-intervention offers as „passend“ before the help the family asked for, or hide the honest
gap where none of it is held. So a main need whose every strong word stands in a clause that
tells a treatment in place — a therapy noun or a verb of treating (`[treated]` in
`main_need.toml`) — where nothing asks, wishes or denies, is context
(`main_need_context.context_topics`) when another main need an asked word names is left.
"Physio läuft, Eltern fragen nach Frühförderung" keeps Frühförderung: it is asked for again.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from bot.text import fold
from bot.understanding.main_need_positions import asked_positions
from bot.understanding.normalise import Words
from bot.understanding.topic_parts import Credit
from bot.vocabulary.lexicon import main_need_lexicon

_TIMES = re.compile(r"^\d+x$")  # "2x": how often, before its unit


@cache
def _lexicon() -> tuple[frozenset[str], frozenset[str]]:
    """The words that tell a treatment in place, and the words that undo it, folded once."""
    data = main_need_lexicon().get("treated", {})

    def folded(values: Iterable[str]) -> frozenset[str]:
        return frozenset(fold(v) for v in values)

    return folded(data.get("words", ())), folded(data.get("unless", ()))


def treated_clauses(words: Words) -> frozenset[int]:
    """Clauses that tell a treatment in place ("Physio 2x/Wo.", "ergo wegen feinmotorik",
    "ich behandle sie logopädisch") and neither ask, wish nor deny it (`[treated] unless`: a
    verb of asking or needing, a question word, a negation), nor stand in a sentence that asks
    ("Lerntherapie in Kamen, die übers Jugendamt läuft?"). The shape's asked positions are not
    read: a writer's heading ("bin Physiotherapeutin") is the kind of help a bare request names.
    A frequency's unit ("2x/Wo.") is no question word "wo": `normalise` spares only a plain
    number before it, so such a clause is not taken for one that asks."""
    treating, unless = _lexicon()
    said: dict[int, set[str]] = {}
    asking: set[int] = set()
    for i, (n, word) in enumerate(zip(words.clause, words.folded, strict=True)):
        said.setdefault(n, set()).add(word)
        if words.asked[i]:
            asking.add(n)
    return frozenset(n for n, told in said.items() if told & treating and not told & unless
                     and (n not in asking or _frequency(words, n)))  # fmt: skip


def _frequency(words: Words, clause: int) -> bool:
    """Whether the clause tells how often a therapy is held ("2x/Wo.", "1x Woche")."""
    return any(n == clause and _TIMES.match(word) and words.folded[i + 1:i + 2] == ("wo",)
               for i, (n, word) in enumerate(zip(words.clause, words.folded, strict=True)))


def treated_topics(words: Words, credits: list[Credit], main: tuple[str, ...]) -> set[str]:
    """Main needs whose every strong word stands in a clause telling a treatment in place, when
    another main need is named at an asked word (what the family asks for is left)."""
    treated = treated_clauses(words)
    if not treated:
        return set()
    found = set()
    for topic in main:
        strong = [c for c in credits if c.topic == topic and c.strong]
        if strong and all(words.clause[c.position] in treated for c in strong):
            found.add(topic)
    asked = asked_positions(words)
    if not any(c.topic in main and c.topic not in found and c.position in asked
               and words.clause[c.position] not in treated for c in credits):  # fmt: skip
        return set()
    return found
