"""A follow-up naming the town of the case's district: the district stays.

"Sie fragt außerdem, ob es in Kamen einen Treff für Alleinerziehende gibt" after a family in
Kamen-Südkamen, "Gibt es in Unna auch eine Stillberatung?" after Unna-Massen: the writer names the
town by habit, the family still lives in its district. Read as the turn's own place, the town
replaced the district — the town's other districts' offers were shown as fitting where they do not
serve — and a turn naming only the town of the family already spoken of was taken for another
family. The district's offers fit both readings, so the district stays, unless a word widens the
search to the whole town ("ganz Kamen", "irgendwo in Unna": `[places.widen]` of `lexicon.toml`)
or the turn tells of a move. A turn that only names the town with a need of its own
("Erziehungsberatung in Kamen") says nothing of this family and may start another case: the town
is taken as the family's district only where the turn adds to the case ("auch", "außerdem") or
speaks of it (`said_of_case`).
"""

from __future__ import annotations

import re
from functools import cache

from bot.catalogue.gazetteer import Gazetteer
from bot.dialogue.turns import vocabulary, word_pattern
from bot.models import Request
from bot.text import fold
from bot.understanding.place_choice import names_a_move
from bot.understanding.place_words import folded_word
from bot.vocabulary.lexicon import _load

__all__ = ["said_of_case", "town_of_case"]


@cache
def _additive() -> re.Pattern[str]:
    """The additive words of a follow-up (`[told_more] additive` of `dialogue_turns.toml`)."""
    return word_pattern(vocabulary()["told_more"]["additive"])


def said_of_case(text: str) -> bool:
    """Whether the turn adds to the case ("Gibt es in Unna auch …", "Sie fragt außerdem …")."""
    return bool(_additive().search(fold(text)))


@cache
def _widening() -> frozenset[str]:
    data = _load("lexicon.toml")["places"]["widen"]
    return frozenset(folded_word(w) for w in (*data["before"], *data["after"]))


def town_of_case(previous: Request, new: Request, text: str, gazetteer: Gazetteer) -> bool:
    """Tell whether the turn's place is only the town of the case's district, named without a
    word that widens the search to the whole town and without a move."""
    known, place = previous.place, new.place
    town = gazetteer.places.get(place) if place else None  # "outside" names no place of ours
    if known is None or town is None or place == known or town.kind != "municipality":
        return False
    if place not in gazetteer.ancestors(known):
        return False
    words = {folded_word(w) for w in text.split()}
    return not (words & _widening()) and not names_a_move(text)
