"""A landmark of a town's centre names the town's central district.

Writers place a family by what stands near it: "wohnen jetzt direkt am Bahnhof Unna", "die wohnen
am Marktplatz in Werne", "they live near the station in Kamen". The station, the market square or
the town hall stand in the centre, so the place is the town's central district (Unna-Mitte), whose
offers the family can reach, not the whole town. Only where the family is said to live there (a
word of `home` a few words before the landmark): "am Bahnhof Kamen umgestiegen" is a way, and a
district named elsewhere in the text wins anyway (the rule only refines a whole town). The words
are data (`place_landmarks.toml`); the central district is the one the gazetteer names so.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Protocol

from bot.catalogue.gazetteer import Gazetteer
from bot.text import fold
from bot.vocabulary.lexicon import _load

HOME_REACH = 4  # words from the home word to the landmark: "wohnen jetzt direkt am Bahnhof"


class _Named(Protocol):
    keys: frozenset[str]
    start: int
    end: int


@dataclass(frozen=True)
class _Words:
    landmarks: frozenset[str]
    home: frozenset[str]
    between: frozenset[str]
    centre: tuple[str, ...]


@cache
def _words() -> _Words:
    data = _load("place_landmarks.toml")
    return _Words(*(frozenset(fold(w) for w in data[k]) for k in ("landmarks", "home", "between")),
                  tuple(fold(w) for w in data["centre"]))


def centre_of(town: str, gazetteer: Gazetteer) -> str | None:
    """The town's central district: the one district whose name or aliases say centre."""
    centre = _words().centre
    found = [d.key for d in gazetteer.districts_of(town)
             if any(part in centre for name in (d.name, *d.aliases)
                    for part in fold(name).replace("-", " ").split())]
    return found[0] if len(found) == 1 else None


def at_centre(words: list[str], mentions: list[_Named], key: str,
              gazetteer: Gazetteer) -> str | None:  # fmt: skip
    """Return the central district when the family is said to live at a landmark of the town
    `key` right before its name ("wohnen am Bahnhof Unna", "am Marktplatz in Werne"), else None."""
    place = gazetteer.get(key)
    if place is None or place.kind != "municipality":
        return None
    vocabulary = _words()
    for m in mentions:
        if key not in m.keys:
            continue
        at = m.start - 1
        while at >= 0 and words[at] in vocabulary.between:
            at -= 1
        if at < 0 or words[at] not in vocabulary.landmarks:
            continue
        if vocabulary.home & set(words[max(0, at - HOME_REACH) : at]):
            return centre_of(key, gazetteer)
    return None
