"""Where a lay helper meets the family is no need: her own setting, told in the first person.

Volunteers, trainees, a Bufdi, a coach or a new Tagesmutter say where they work before they tell
what they saw: "bin bufdi im jugendtreff in fröndenberg, ein mädel (14) isst nix mehr", "ich helf
in der hausaufgabenbetreuung, ein mädchen sagt …", "Ein Junge aus meiner Lesegruppe …". Topic
finding credited the setting (open youth work, homework help, sport) as the need and pushed the
help the story calls for past the third place. `topic_sender` reads the professional's own house
("unsere Kita", "Ich bin Tagesmutter in …" with capitals); this reads the lay writer's clause in
any case: a setting noun after a workplace preposition in a clause with a first-person verb of
her work, or after a first-person possessive ("meiner Mannschaft"). The positions join the
sender's: a faint hint, never the need, and kept whole when nothing else is told (so "Ich leite
eine Jugendgruppe und suche einen Jugendtreff" still asks for the Jugendtreff).
Words live in `writer_setting.toml`.
"""

from __future__ import annotations

from functools import cache

from bot.understanding.normalise import Words
from bot.vocabulary.lexicon import _load

_MIN_HEAD = 4  # a setting as the head of a compound: "Fußballmannschaft", not "…ogs"


@cache
def _vocabulary() -> tuple[frozenset[str], ...]:
    """The first-person verbs, workplace prepositions, fillers, possessives and settings."""
    table = _load("writer_setting.toml")["setting"]
    return tuple(frozenset(table[key]) for key in ("verbs", "at", "fillers", "own", "settings"))


def _is_setting(word: str, settings: frozenset[str]) -> bool:
    """A setting alone or as its compound's head ("Leseclub", "E-Jugend-Mannschaft")."""
    return word in settings or any(word.endswith(s) and len(s) >= _MIN_HEAD for s in settings)


def _after(folded: tuple[str, ...], clause: tuple[int, ...], start: int,
           fillers: frozenset[str], settings: frozenset[str]) -> int | None:
    """The setting right after a preposition or possessive at `start`, over up to two fillers."""
    for j in range(start + 1, min(start + 4, len(folded))):
        if clause[j] != clause[start]:
            return None
        if _is_setting(folded[j], settings):
            return j
        if folded[j] not in fillers:
            return None
    return None


def setting_positions(words: Words) -> frozenset[int]:
    """Return the positions of the words that name the lay writer's own setting."""
    verbs, at, fillers, own, settings = _vocabulary()
    folded, clause = words.folded, words.clause
    working = {clause[i] for i, word in enumerate(folded) if word in verbs}
    found: set[int] = set()
    for i, word in enumerate(folded):
        if (word in at and clause[i] in working) or word in own:
            position = _after(folded, clause, i, fillers, settings)
            if position is not None:
                found.add(position)
    return frozenset(found)
