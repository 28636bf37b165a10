"""Two towns offered as alternatives: the first named is the place.

"Beratung für Eltern, Holzwickede oder Unna egal", "Stillberatung in Selm oder nah vielleicht
Lünen", "Sprachförderung in Schwerte, alternativ Holzwickede", "Krabbelgruppe in Lünen, ginge
aber auch Selm": the writer names the place the family would go to first and the other one as a
fallback. Read by the general rule for two towns (the last named is where the family lives), the
fallback won, and its offers were shown as fitting where they do not serve the first town. The
first town's offers fit every reading of such a message; the second's fit only one. So the first
named is the place, and the alternative gives way (never the other way round: nothing here shows
the second town's offers as fitting). Kept apart from `place_choice` so that each file has one job.
"""

from __future__ import annotations

from functools import cache
from itertools import pairwise

from bot.catalogue.gazetteer import Gazetteer
from bot.understanding.place_choice import M
from bot.understanding.place_words import folded_word
from bot.vocabulary.lexicon import _load

_REACH = 4  # words before the second town in which the word offering it may stand


@cache
def _vocabulary() -> tuple[frozenset[str], frozenset[tuple[str, str]], frozenset[str]]:
    """The words that offer a place as an alternative, the two-word phrases that do, and the
    words that may stand between such a word and the place ("oder nah vielleicht Lünen")."""
    data = _load("lexicon.toml")["places"]["alternative"]
    words = frozenset(folded_word(w) for w in data["words"])
    phrases = frozenset(tuple(folded_word(w) for w in p.split()) for p in data["phrases"])
    fillers = frozenset(folded_word(w) for w in data["fillers"])
    return words, phrases, fillers  # type: ignore[return-value]


def offered_instead(words: list[str], start: int, end: int) -> bool:
    """Tell whether the words `words[start:end]` right before a place offer it as an
    alternative to a place named earlier: a word of alternative ("oder", "bzw.", "alternativ",
    "sonst", "notfalls") or a phrase ("zur Not", "ginge aber auch"), followed only by fillers
    (prepositions, hedges: "oder nah vielleicht in Lünen")."""
    markers, phrases, fillers = _vocabulary()
    window = words[max(start, end - _REACH) : end]
    for i in range(len(window) - 1, -1, -1):
        pairs = {tuple(window[i : i + 2]), tuple(window[max(0, i - 1) : i + 1])}
        if window[i] in markers or pairs & phrases:
            return True
        if window[i] not in fillers:
            return False
    return False


def first_alternative(words: list[str], mentions: list[M], resolved: list[str],
                      gazetteer: Gazetteer) -> str | None:  # fmt: skip
    """Return the place named first where the next place, of another town, is offered as its
    alternative ("in Unna oder Holzwickede, was schneller geht"). Both must still be candidates
    (`resolved`): a place the family lives in, one turned down or one travelled to was settled
    before. Two places of one town are left to `either_town` (the whole town is meant), and the
    Kreis is no alternative town ("in Unna oder kreisweit" is Unna anyway)."""
    def town(key: str) -> str:
        return gazetteer.municipality_of(key) or key

    for a, b in pairwise(mentions):
        first = [k for k in a.keys if k in resolved]
        second = [k for k in b.keys if k in resolved]
        if len(first) != 1 or not second or not offered_instead(words, a.end, b.start):
            continue
        towns = {town(first[0])} | {town(k) for k in second}
        if len(towns) > 1 and all(gazetteer[t].kind == "municipality" for t in towns):
            return first[0]
    return None
