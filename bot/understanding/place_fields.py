"""The place of the institution a child attends, read from a form's sender field.

Records typed as forms name the institution first: "Einrichtung: Kita Zauberwald, Bönen | Kind:
Mädchen, 4 J. | Befund: … | Frage: …", "Einrichtung: OGS GS Oberaden | …". `letter.family_text` cuts
a sender's field off as the writer's, so that a practice's or an office's town is not taken for the
family's home — and with it went the only place such a record names. A Kita, a school, an OGS, a
Familienzentrum or a Tagespflege is where the child goes every day: its town is the family's place
unless a home place is told — and so is the sender's institution when the writer calls the child's
group, class or institution their own ("ein Kind aus unserer U3-Gruppe … Einrichtung: Alstedde"),
though the value names no Kita. So the value of a sender's field is read by what it holds: an
institution a child attends gives its place, an office ("Praxis Dr. Kaya, Unna", "Beratungsstelle
Schwerte") keeps its own. A home told in the family's text wins; only a district of the town the
family's text names refines it ("Einrichtung: Kita Beifang, Selm | Frage: Logopädie in Selm?" is
Beifang). The words are data (`bot/data/form_places.toml`).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache
from typing import NamedTuple

from bot.catalogue.gazetteer import Gazetteer
from bot.models import OUTSIDE
from bot.text import fold
from bot.understanding.letter import writer_field_values
from bot.understanding.places import PlaceResult
from bot.vocabulary.lexicon import _load

_WORD = re.compile(r"[^\W_]+")


class _Words(NamedTuple):
    attended: frozenset[str]
    phrases: tuple[tuple[str, ...], ...]  # attended words of several words ("kinder und …")
    heads: tuple[str, ...]
    offices: frozenset[str]
    ours: frozenset[str]
    our_heads: tuple[str, ...]


@cache
def _words() -> _Words:
    data = _load("form_places.toml")
    single = frozenset(w for w in data["attended"] if " " not in w)
    phrases = tuple(tuple(w.split()) for w in data["attended"] if " " in w)
    return _Words(single, phrases, tuple(data["heads"]), frozenset(data["offices"]),
                  frozenset(data["ours"]), tuple(fold(w) for w in data["our_heads"]))


def _office(words: list[str]) -> bool:
    """Whether a field's words name an office of its own ("Praxis", "Jugendamt")."""
    return not _words().offices.isdisjoint(words)


def attends(value: str) -> bool:
    """Tell whether a field's value names an institution a child attends, and no office."""
    words = _WORD.findall(fold(value))
    known = _words()
    if _office(words):
        return False
    return (any(w in known.attended or w.endswith(known.heads) for w in words)
            or any(tuple(words[i : i + len(p)]) == p for p in known.phrases
                   for i in range(len(words))))


def told_as_ours(text: str) -> bool:
    """Tell whether the writer calls what the child attends their own: "unser(e)" followed
    within two words by a Kita, a group, a class, a school or its pupils."""
    words = _WORD.findall(fold(text))
    known = _words()
    return any(w in known.ours and any(n in known.attended or n.endswith(known.heads)
                                       or n.endswith(known.our_heads)
                                       for n in words[i + 1 : i + 3])
               for i, w in enumerate(words))


def attended_place(text: str, place: PlaceResult, gazetteer: Gazetteer,
                   read: Callable[[str], PlaceResult]) -> PlaceResult:
    """Return the place of the institution the child attends, told in a sender's field of
    `text`, where the family's own reading `place` names none (or only the Kreis), or names the
    town of which it is a district; `place` otherwise."""
    if place.candidates or place.place == OUTSIDE or ":" not in text:
        return place
    own = gazetteer.get(place.place)
    if own is not None and own.kind not in ("kreis", "municipality"):
        return place  # a district of the family's home is told
    ours = None
    for _, value in writer_field_values(text):
        if not attends(value):
            if _office(_WORD.findall(fold(value))):
                continue
            ours = told_as_ours(text) if ours is None else ours
            if not ours:
                continue
        found = read(value)
        if found.candidates or found.place in (None, OUTSIDE):
            continue
        if own is None or own.kind == "kreis":
            return found
        if found.place != own.key and gazetteer.municipality_of(found.place) == own.key:
            return found  # the Kita's district of the town the family's text names
    return place
