"""A town's centre said in words names the town's central district.

Lay writers place a family or a youth club by the centre of their town rather than by a
district's name: "n 15-jähriger aus dem Treff in der Innenstadt" (a request about Unna), "wir
sind ne Familie aus der Kamener Innenstadt", "Jugendzentrum in der Innenstadt von Werne", "Kita
im Zentrum von Lünen". The gazetteer has a central district for most towns (Unna-Mitte,
Werne-Mitte …, `place_landmarks.centre_of`), whose offers fit the family; the whole town's
offers include districts far off.

A centre word counts where it is said as a place: after an article or a preposition ("in der
Innenstadt", "im Zentrum"), not as an institution's name ("Sozialpädiatrisches Zentrum",
"Zentrum für Frühförderung") and not turned down ("nicht in der Innenstadt"). It belongs to the
town it is tied to ("Innenstadt von Werne", "Kamener Innenstadt"), or, untied, to the one town
the request is about when no other town is named. The rule only refines a whole town: a
district named elsewhere wins. The words are data (`place_centre.toml`).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from bot.catalogue.gazetteer import Gazetteer
from bot.understanding.place_landmarks import _Named, centre_of
from bot.understanding.place_words import folded_word
from bot.vocabulary.lexicon import _load


@dataclass(frozen=True)
class _Words:
    centre: frozenset[str]
    before: frozenset[str]
    not_before: frozenset[str]
    institution_after: frozenset[str]
    between: frozenset[str]
    adjectives: dict[str, str]  # folded adjective → town key


@cache
def _words() -> _Words:
    data = _load("place_centre.toml")
    sets = (frozenset(folded_word(w) for w in data[k])
            for k in ("centre", "before", "not_before", "institution_after", "between"))
    adjectives = {folded_word(a): town for town, forms in data["adjectives"].items()
                  for a in forms}
    return _Words(*sets, adjectives=adjectives)


def _said_as_place(words: list[str], at: int, vocabulary: _Words) -> bool:
    """Tell whether the centre word at `at` is said as a place (see the module's docstring)."""
    after = words[at + 1] if at + 1 < len(words) else ""
    if after in vocabulary.institution_after:
        return False
    before = words[at - 1] if at > 0 else ""
    if before in vocabulary.adjectives:
        # "Kamener Innenstadt", whatever stands before it unless it turns the centre down
        return (words[at - 2] if at > 1 else "") not in vocabulary.not_before
    if before not in vocabulary.before:
        return False
    return not vocabulary.not_before & set(words[max(0, at - 4) : at])


def _tied_town(words: list[str], at: int, mentions: list[_Named],
               gazetteer: Gazetteer, vocabulary: _Words) -> str | None:  # fmt: skip
    """The town a centre word is tied to: its adjective before it, or the town named right
    after it ("Innenstadt von Werne")."""
    if at > 0 and words[at - 1] in vocabulary.adjectives:
        return vocabulary.adjectives[words[at - 1]]
    nxt = at + 1
    if nxt < len(words) and words[nxt] in vocabulary.between:
        nxt += 1
    for m in mentions:
        if m.start == nxt and len(m.keys) == 1:
            key = next(iter(m.keys))
            if gazetteer[key].kind == "municipality":
                return key
    return None


def town_centre(words: list[str], mentions: list[_Named], chosen: str | None,
                gazetteer: Gazetteer) -> str | None:  # fmt: skip
    """Return the central district a centre word names (see the module's docstring), or None.
    `chosen`: the place read so far — a whole town is refined, None is filled from a centre
    tied to its town ("aus der kamener innenstadt"), a district stays."""
    vocabulary = _words()
    if not vocabulary.centre & set(words):  # most requests: no centre word at all
        return None
    if chosen is not None and (gazetteer.get(chosen) is None
                               or gazetteer[chosen].kind != "municipality"):
        return None
    # the towns named besides the centre word itself ("Innenstadt" is an alias of every Mitte)
    named = [m for m in mentions if words[m.start] not in vocabulary.centre]
    towns = {t for m in named for k in m.keys
             if (t := gazetteer.municipality_of(k) or k) and gazetteer[t].kind != "kreis"}
    for at, word in enumerate(words):
        if word not in vocabulary.centre or not _said_as_place(words, at, vocabulary):
            continue
        tied = _tied_town(words, at, mentions, gazetteer, vocabulary)
        town = tied or (chosen if towns <= {chosen} else None)
        if town is None or (chosen is not None and town != chosen):
            continue
        if centre := centre_of(town, gazetteer):
            return centre
    return None
