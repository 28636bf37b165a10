"""A child's fear, refusal, shame or secrecy is no sign of danger by itself (fears58).

Professionals pass on what a child fears or refuses and the condition it sets: "hat Angst vor
Hunden", "will nicht in die Kita, weint jeden Morgen", "schämt sich, nässt ein", "meine Mutter
darf das NIE wissen", "will anonym bleiben". The need is behind the fear (a psychological help,
counselling, a health check), never the danger such words so often go with in the labelled
examples ("hat Angst vor dem Stiefvater"). The rules read danger from signs (`safety`); the
examples' bag of words (`topic_model.guided`) read it from the fear words and added child
protection or the youth office's help beside the need, often before the offers that meet it.
So where a request tells a fear, a refusal, shame or secrecy and names nobody of the child's
household who could harm it and no harm (a father who drinks, children left alone, a cutting, a
body touched), the guess of danger is dropped. The words are data (`topic_fears.toml`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from bot.vocabulary.lexicon import _load as load_toml


@dataclass(frozen=True, slots=True)
class _Fears:
    fears: tuple[str, ...]
    worries: frozenset[str]
    things: frozenset[str]
    wills: frozenset[str]
    negations: frozenset[str]
    reach: int
    refusals: frozenset[str]
    mays: frozenset[str]
    knowing: frozenset[str]
    persons: frozenset[str]
    harms: tuple[str, ...]
    guarded: frozenset[str]


@cache
def _fears() -> _Fears:
    data = load_toml("topic_fears.toml")
    return _Fears(tuple(data["fears"]), frozenset(data["worries"]), frozenset(data["things"]),
                  frozenset(data["wills"]), frozenset(data["negations"]),
                  int(data["refusal_reach"]), frozenset(data["refusals"]),
                  frozenset(data["mays"]), frozenset(data["knowing"]),
                  frozenset(data["persons"]), tuple(data["harms"]), frozenset(data["guarded"]))


def _refused_thing(after: Sequence[str], data: _Fears) -> bool:
    """Whether a negation in the words after a will word refuses a thing or a place: a "kein"
    itself, or a word of going after the negation ("nicht mehr in die Kita")."""
    nots = [i for i, w in enumerate(after) if w in data.negations]
    return bool(nots) and (after[nots[0]] in data.things
                           or bool(data.things & set(after[nots[0] + 1 :])))


def fear_told(words: Sequence[str]) -> bool:
    """Whether the folded words tell a fear, shame, secrecy ("darf es nicht wissen") or a
    refusal ("will auf keinen Fall", "weigert sich")."""
    data = _fears()
    for i, word in enumerate(words):
        following = words[i + 1] if i + 1 < len(words) else ""
        if word in data.refusals or (word.startswith(data.fears)
                                     and following not in data.worries):
            return True  # "hat Angst vor Hunden", not "Angst um sie"
        after = set(words[i + 1 : i + 1 + data.reach])
        if word in data.wills and _refused_thing(words[i + 1 : i + 2 + data.reach], data):
            return True
        if word in data.mays and data.negations & after and data.knowing & set(
                words[i + 1 : i + 2 + data.reach]):  # "Mama darf es nicht wissen"
            return True
    return False


def harm_named(words: Sequence[str]) -> bool:
    """Whether the folded words name somebody of the child's household or a harm."""
    data = _fears()
    return any(w in data.persons or w.startswith(data.harms) for w in words)


def fear_guess_dropped(words: Sequence[str], suggested: tuple[str, ...]) -> tuple[str, ...]:
    """The examples' guess without danger read from a fear alone: child protection and the youth
    office's help are not guessed where the request tells a fear, refusal, shame or secrecy and
    names no person of the household and no harm ("hat Angst vor der Spülung", "will keine
    HPV-Impfung", "Mutter darf es nicht wissen")."""
    data = _fears()
    if not data.guarded & set(suggested) or not fear_told(words) or harm_named(words):
        return suggested
    return tuple(t for t in suggested if t not in data.guarded)


__all__ = ["fear_guess_dropped", "fear_told", "harm_named"]
