"""Who does what, where: the grammar around a credited verb that changes the need it tells.

Topic finding credits a verb as if it were always said in its usual sense. Three everyday
constructions say something else, and writers label them by what the sentence means:

- a reflexive verb (`[reflexive]`): "die Zwillinge machen sich morgens allein fertig" is getting
  ready, not "die anderen machen ihn fertig" (bullying); the credit is dropped, unless the
  reflexive is reciprocal ("machen sich gegenseitig fertig");
- sleeping somewhere (`[sleeping_place]`): "schläft seit drei Nächten im Auto", "pennt bei
  Bekannten auf der Couch" tells a family or young person without a home, not a sleep problem;
  the credit moves to the youth office's help (for a person of age, help for young adults);
- a parent's habit with a wish to stop (`[quit]`): "Mutter raucht in der Wohnung … kriegt das mit
  dem Aufhören nicht hin" asks for help to quit (substance-use help), where smoking beside a child
  alone tells of the child's health.

The words live in `bot/data/situations.toml`; every other credit stays as topic finding left it.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from functools import cache

from bot.models import AgeRange
from bot.text import fold
from bot.understanding.normalise import Words
from bot.understanding.situation_data import situations
from bot.understanding.topic_parts import Credit
from bot.vocabulary.units import COMING_OF_AGE


@dataclass(frozen=True, slots=True)
class _Reflexive:
    topic: str
    terms: frozenset[str]
    pronouns: frozenset[str]
    reciprocal: frozenset[str]
    before: int
    after: int


@dataclass(frozen=True, slots=True)
class _Sleeping:
    topics: frozenset[str]
    verbs: frozenset[str]
    places: frozenset[str]
    reach: int
    to: str
    adult_to: str


@dataclass(frozen=True, slots=True)
class _Quit:
    topic: str
    terms: frozenset[str]
    wishes: frozenset[str]
    to: str


def _folded(values: object) -> frozenset[str]:
    return frozenset(fold(str(v)) for v in values or ())  # type: ignore[attr-defined]


@cache
def _rules() -> tuple[_Reflexive, _Sleeping, _Quit]:
    data = situations()
    ref, sleep, quit_ = data["reflexive"], data["sleeping_place"], data["quit"]
    return (
        _Reflexive(str(ref["topic"]), _folded(ref["terms"]), _folded(ref["pronouns"]),
                   _folded(ref["reciprocal"]), int(ref["before"]), int(ref["after"])),
        _Sleeping(frozenset(sleep["topics"]), _folded(sleep["verbs"]), _folded(sleep["places"]),
                  int(sleep["reach"]), str(sleep["to"]), str(sleep["adult_to"])),
        _Quit(str(quit_["topic"]), _folded(quit_["terms"]), _folded(quit_["wishes"]),
              str(quit_["to"])),
    )  # fmt: skip


def _near(words: Words, at: int, before: int, after: int) -> list[str]:
    """The folded words of `at`'s clause from `before` words before it to `after` words after."""
    folded, clause = words.folded, words.clause
    span = range(max(0, at - before), min(len(folded), at + after + 1))
    return [folded[j] for j in span if j != at and (not clause or clause[j] == clause[at])]


def _reflexive(credit: Credit, words: Words, rule: _Reflexive) -> bool:
    """Whether the credited verb is used reflexively, and not reciprocally ("macht sich fertig")."""
    if credit.topic != rule.topic or credit.term not in rule.terms:
        return False
    near = _near(words, credit.position, rule.before, rule.after)
    return any(w in rule.pronouns for w in near) and not any(w in rule.reciprocal for w in near)


def _sleeping_somewhere(credit: Credit, words: Words, rule: _Sleeping) -> bool:
    """Whether the credited sleep is told by the place one sleeps ("schläft im Auto")."""
    if credit.topic not in rule.topics or credit.position >= len(words.folded):
        return False
    if words.folded[credit.position] not in rule.verbs:
        return False
    # across a bracketed aside ("pennt mit den Kindern (3 und 6) bei Verwandten"), not a clause
    at = credit.position
    return any(w in rule.places for w in words.folded[at + 1 : at + 1 + rule.reach])


def grammar_credits(credits: tuple[Credit, ...], words: Words,
                    age: AgeRange | None) -> tuple[Credit, ...] | None:  # fmt: skip
    """`credits` with the ones the constructions above explain dropped or moved, or None when
    none applies. A moved credit keeps the strength of the word it came from; a home lost is
    strong (the need itself, not a description beside it)."""
    reflexive, sleeping, quit_ = _rules()
    wishing = any(w in quit_.wishes for w in words.folded)
    changed = False
    out: list[Credit] = []
    for credit in credits:
        if credit.position < len(words.folded) and _reflexive(credit, words, reflexive):
            changed = True
            continue
        to = None
        if _sleeping_somewhere(credit, words, sleeping):
            adult = age is not None and age.low >= COMING_OF_AGE
            to = sleeping.adult_to if adult else sleeping.to
            to = None if to == credit.topic else to
        elif wishing and credit.topic == quit_.topic and credit.term in quit_.terms:
            to = quit_.to
        if to is None:
            out.append(credit)
            continue
        changed = True
        if not any(c.position == credit.position and c.topic == to for c in out):
            # a home lost is a case by itself, whatever weight the sleep word had
            strong = credit.strong or to in (sleeping.to, sleeping.adult_to)
            out.append(dataclasses.replace(credit, topic=to, strong=strong, portrait=False))
    return tuple(out) if changed else None
