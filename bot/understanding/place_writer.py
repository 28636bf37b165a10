"""The writer's own place beside a client's home: the client's home is the place.

A professional introducing a client often names where they meet: "Eine Oma aus Werne-Mitte, die
dienstags zu uns nach Bönen in den Seniorentreff kommt, fragt …", "Ein Vater aus Ergste war bei
uns in Holzwickede in der Sprechstunde". The place after "zu uns nach" / "bei uns in" is the
writer's (a Treff, a practice, an office); the place after "<eine Oma> aus" is where the family
lives. Read by the general roles, "Oma aus …" looked like a relative apart and the writer's town
won, and its offers were shown as fitting a family that lives elsewhere.

A parent writes "zu uns nach Kamen" of the family's own home ("die Oma aus Werne kommt oft zu uns
nach Kamen"): so the writer's place gives way only to a client introduced as one — an indefinite
article before the person ("eine Oma aus", "ein Vater aus") or a word for a client ("Familie aus",
"Klientin aus") — and only where the two places lie in different towns (a district and its town
are left to the rule that the district wins). The words are data (`[places.writer]` of
`lexicon.toml`). Kept apart from `place_roles` so that each file has one job.
"""

from __future__ import annotations

import re
from functools import cache
from typing import TypeVar

from bot.catalogue.gazetteer import Gazetteer
from bot.understanding.place_choice import _Named
from bot.understanding.place_words import folded_word
from bot.vocabulary.lexicon import _load

M = TypeVar("M", bound=_Named)

_WORD = re.compile(r"[A-Za-zÄÖÜäöüß0-9]+")  # as `places` counts words
_PERSON_REACH = 3  # words between an indefinite article and "aus"


@cache
def _vocabulary() -> tuple[frozenset[tuple[str, str]], frozenset[str], frozenset[str],
                           frozenset[str]]:  # fmt: skip
    data = _load("lexicon.toml")["places"]["writer"]
    us = frozenset(tuple(folded_word(w) for w in p.split()) for p in data["us"])
    return (us, frozenset(folded_word(w) for w in data["articles"]),  # type: ignore[return-value]
            frozenset(folded_word(w) for w in data["persons"]),
            frozenset(folded_word(w) for w in data["clients"]))


def _writers(words: list[str], m: _Named) -> bool:
    """Tell whether "zu uns (nach)", "bei uns (in)" stands right before the place."""
    us = _vocabulary()[0]
    before = words[max(0, m.start - 3) : m.start]
    # right before the place, or one word (a preposition: "nach", "in", "im") before it
    return tuple(before[-2:]) in us or tuple(before[-3:-1]) in us


def _client_home(words: list[str], m: _Named) -> bool:
    """Tell whether the place is a client's home, told as "<eine Oma> aus X" or "Familie aus X"."""
    _, articles, persons, clients = _vocabulary()
    if m.start < 2 or words[m.start - 1] != "aus":
        return False
    person = words[m.start - 2]
    if person in clients:
        return True
    before = words[max(0, m.start - 2 - _PERSON_REACH) : m.start - 2]
    return person in persons and bool(articles & set(before))


def writers_aside(text: str, mentions: list[M], gazetteer: Gazetteer) -> list[M]:
    """Drop the writer's places ("zu uns nach Bönen") when a client's home in another town is
    named ("eine Oma aus Werne-Mitte"); otherwise return the mentions as they are."""
    if len(mentions) < 2:
        return mentions
    words = [folded_word(w) for w in _WORD.findall(text)]

    def towns(m: _Named) -> set[str]:
        return {gazetteer.municipality_of(k) or k for k in m.keys}

    writers = [m for m in mentions if _writers(words, m)]
    if not writers:
        return mentions
    homes = set().union(*(towns(m) for m in mentions
                          if m not in writers and _client_home(words, m)))
    if not homes:
        return mentions
    return [m for m in mentions if m not in writers or towns(m) & homes]
