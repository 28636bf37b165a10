"""A follow-up naming the town of the case's district: the district stays.

"Sie fragt außerdem, ob es in Kamen einen Treff für Alleinerziehende gibt" after a family in
Kamen-Südkamen, "Gibt es in Unna auch eine Stillberatung?" after Unna-Massen: the writer names the
town by habit, the family still lives in its district. Read as the turn's own place, the town
replaced the district — the town's other districts' offers were shown as fitting where they do not
serve — and a turn naming only the town of the family already spoken of was taken for another
family. The district's offers fit both readings, so the district stays, unless a word widens the
search to the whole town ("ganz Kamen", "irgendwo in Unna": `[places.widen]` of `lexicon.toml`)
or the turn tells of a move.
"""

from __future__ import annotations

from functools import cache

from bot.catalogue.gazetteer import Gazetteer
from bot.models import Request
from bot.understanding.place_choice import names_a_move
from bot.understanding.place_words import folded_word
from bot.vocabulary.lexicon import _load

__all__ = ["town_of_case"]


@cache
def _widening() -> frozenset[str]:
    data = _load("lexicon.toml")["places"]["widen"]
    return frozenset(folded_word(w) for w in (*data["before"], *data["after"]))


def town_of_case(previous: Request, new: Request, text: str, gazetteer: Gazetteer) -> bool:
    """Tell whether the turn's place is only the town of the case's district, named without a
    word that widens the search to the whole town and without a move."""
    known, place = previous.place, new.place
    if known is None or place is None or place == known or gazetteer[place].kind != "municipality":
        return False
    if place not in gazetteer.ancestors(known):
        return False
    words = {folded_word(w) for w in text.split()}
    return not (words & _widening()) and not names_a_move(text)
