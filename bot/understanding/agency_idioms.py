"""Blows told by a verb that is no blow on its own: decided by the words of its clause.

People rarely write "schlagen" when they tell what they saw. "Der Papa hat ihm eins
übergezogen", "hat ihr eine gescheuert" count the blow as "one"; without the count the same verb
dresses a child ("hat ihm die Jacke übergezogen"). "Der Vater hat ihm die Nase gebrochen" breaks a
bone of someone else; "hat sich den Arm gebrochen" is an accident, "das Herz gebrochen" no body.
These verbs are read as violent acts (who does them decides, as in `bot.understanding.agency`)
only when their clause tells the blow: the count right before the verb, or a bone with the one
it was broken to, no reflexive and no accident ("Handgelenk gebrochen beim Fußball"). The
words are data (`[agency.counted]`, `[agency.broken]` and `accident` in safety.toml).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from bot.understanding.safety_text import Words, matches
from bot.vocabulary.lexicon import safety_lexicon


@dataclass(frozen=True, slots=True)
class _Idioms:
    counted: frozenset[str]  # verbs that are a blow with a count before them: "eins übergezogen"
    counts: frozenset[str]
    broken: frozenset[str]  # verbs that are a blow with a bone in their clause: "Nase gebrochen"
    bones: Words
    owners: frozenset[str]  # the one a bone was broken to: "ihm", "dem (Kind)"
    reflexive: frozenset[str]
    accident: Words  # "beim Fußball", "vom Trampolin": a bone broken in an accident


@cache
def idioms() -> _Idioms:
    lexicon = safety_lexicon()
    data = lexicon["agency"]
    counted, broken = data.get("counted", {}), data.get("broken", {})
    return _Idioms(
        frozenset(counted.get("verbs", ())), frozenset(counted.get("counts", ())),
        frozenset(broken.get("verbs", ())), Words.of(broken.get("bones", ())),
        frozenset(broken.get("owners", ())), frozenset(broken.get("reflexive", ())),
        Words.of(lexicon.get("accident", ())),
    )  # fmt: skip


def idiom_verbs() -> frozenset[str]:
    """Every verb form that is a blow only by its clause."""
    found = idioms()
    return found.counted | found.broken


def told_as_blow(words: list[str], at: int, start: int, end: int) -> bool:
    """Whether the idiomatic verb at `at` tells a blow in its clause [start, end); any other
    word is told by itself (True)."""
    found, word = idioms(), words[at]
    if word in found.counted:
        return at > start and words[at - 1] in found.counts
    if word in found.broken:
        clause = words[start:end]
        return (any(matches(w, found.bones) for w in clause)
                and any(w in found.owners for w in clause)
                and not any(w in found.reflexive or matches(w, found.accident)
                            for w in clause))  # fmt: skip
    return True
