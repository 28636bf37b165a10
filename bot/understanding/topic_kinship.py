"""Who carries the family when it is not a parent: kinship care.

A grandmother, an aunt, an older sister or a neighbour who raises a child because the parent is in
a clinic, in prison or dead ("Oma hat die Kinder seit der Inhaftierung der Mutter", "Enkel 7 lebt
bei ihr seit Tochter in Klinik ist. Sie ist 71, schafft nicht mehr allein") is no single parent:
"allein" and "schafft es nicht mehr" are the carer's strain. Writers label such a family help with
upbringing (Hilfen zur Erziehung: the youth office's support for relatives who raise a child,
Verwandtenpflege) and, where the parent is ill or addicted, the parent's burden — never relief
for single parents, unless relief is asked by its name ("Leihoma", "Entlastung") or the carers ask
support for themselves ("Wo kriegen Großeltern da Unterstützung?", "Wer hilft der Oma?"): that ask
is their strain told, and the relief one household carrying the child alone gets joins it.

The words live in `[kinship]` of `topic_lexicon.toml`.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from itertools import pairwise

from bot.text import fold, in_order
from bot.understanding.topic_parts import Credit
from bot.vocabulary.lexicon import topic_lexicon

# a parent's absence lies this far from the parent it is said of ("seit Papa tot ist",
# "die Mutter liegt seit Wochen in der Klinik")
OWNER_REACH = 6
GENITIVE_REACH = 3  # "seit der Inhaftierung der Mutter": the parent right after, in the genitive
CUE_SLACK = 4  # words between a cue's parts ("zieht ihren Enkel groß", "hat sie bei sich")
ADULT = 18  # a sibling this old who looks after the younger ones is their carer
AWAY = 2.0  # an ill parent's child raised by kin: help with upbringing after the parent's burden
GONE = 3.0  # a parent in prison or dead: help with upbringing leads
KEPT = 1.0  # a grandchild raised by its grandmother, no parent's absence told: beside what is asked


@dataclass(frozen=True, slots=True)
class _Words:
    carers: frozenset[str]
    siblings: frozenset[str]
    kin: frozenset[str]  # a child named as a grandchild, niece or nephew
    parents: frozenset[str]
    kin_parents: frozenset[str]  # the writer's "Tochter" is the grandchild's parent
    possessive: frozenset[str]  # "ihrer Tochter": the carer's own child
    genitive: frozenset[str]
    clinic: frozenset[str]
    gone: frozenset[str]
    cues: tuple[tuple[str, ...], ...]
    strain: frozenset[str]
    strained: tuple[tuple[str, ...], ...]
    asked: tuple[tuple[str, ...], ...]  # the carers ask help for themselves
    raising: frozenset[str]  # "zieht allein groß", "raising him alone": said of a single parent too
    single_parent: frozenset[str]
    upbringing: str
    burden: str
    single: str


@cache
def _words() -> _Words:
    table = topic_lexicon().get("kinship", {})

    def words(key: str) -> frozenset[str]:
        return frozenset(fold(w) for w in table.get(key, ()))

    return _Words(
        words("carers"), words("siblings"), words("kin"), words("parents"), words("kin_parents"),
        words("carer_possessive"),
        frozenset(fold(w) for w in topic_lexicon().get("owners", {}).get("genitive", ())),
        words("clinic"), words("gone"),
        tuple(tuple(fold(c).split()) for c in table.get("cues", ())),
        words("strain"), tuple(tuple(fold(c).split()) for c in table.get("strained", ())),
        tuple(tuple(fold(c).split()) for c in table.get("carers_asked", ())),
        words("raising"), words("single_parent"),
        table.get("upbringing", ""), table.get("burden", ""), table.get("single", ""))  # fmt: skip


@dataclass(frozen=True, slots=True)
class _Reading:
    away: tuple[tuple[int, str], ...]  # where a parent's absence is told, and its word
    burdened: bool  # a parent's illness or addiction was read
    kept: bool  # the child lives with the carer or is raised by them
    strained: bool  # the carer's strain is told ("schafft es nicht mehr allein", "überfordert")
    asked: bool  # the carers ask help for themselves ("Wer hilft Großeltern wie mir?")


def _reading(words: list[str], credits: list[Credit], vocabulary: _Words) -> _Reading | None:
    """Whether kin carry the child: a carer who is no parent (or a grandchild, niece or nephew
    named) and a parent away, or the child kept by them beside a parent's burden."""
    kin_named = bool(vocabulary.kin & set(words))
    carer = _carer(words, vocabulary)
    if not (kin_named or carer):
        return None
    # "die Oma hat die Kinder von ihrer Tochter bei sich": the carer's child is the parent
    kin_named = kin_named or any(a in vocabulary.possessive and b in vocabulary.kin_parents
                                 for a, b in pairwise(words))
    parents = vocabulary.parents | (vocabulary.kin_parents if kin_named else frozenset())
    people = parents | vocabulary.carers | vocabulary.kin | vocabulary.siblings
    away = tuple((p, w) for p, w in enumerate(words) if w in vocabulary.clinic | vocabulary.gone
                 and _owner(words, p, people, vocabulary.genitive) in parents)  # fmt: skip
    if vocabulary.single_parent & set(_phrases(words)):
        return None  # "Der Vater ist jetzt alleinerziehend": a parent carries the family
    burdened = any(c.topic == vocabulary.burden and c.strong for c in credits)
    kept = _told(words, vocabulary.cues)
    asked = _told(words, vocabulary.asked)
    if not (away or ((kept or asked) and (burdened or kin_named))):
        return None  # a grandmother who helps out beside the parents carries no family
    strained = asked or _told(words, vocabulary.strained)
    return _Reading(away, burdened, kept, strained, asked)


def kinship_care(words: list[str], credits: list[Credit]) -> list[Credit]:
    """Read a child raised by kin while the parent is away: help with upbringing (and, for a
    parent in a clinic, the parent's burden) instead of single parents' relief."""
    vocabulary = _words()
    reading = _reading(words, credits, vocabulary) if vocabulary.upbringing else None
    if reading is None:
        return credits
    away, burdened = reading.away, reading.burdened
    taken = vocabulary.strain | vocabulary.raising
    credits = [c for c in credits if not (c.topic == vocabulary.single and c.term in taken)]
    gone = any(w in vocabulary.gone for _p, w in away)
    if not gone and (away or burdened) and not reading.strained:
        # an ill parent's child with the grandmother, no strain of hers told ("Mutter psychisch
        # krank, Oma kümmert sich"): the parent's illness is the need, as writers label it
        return credits + _clinic(words, away, burdened, vocabulary)
    weight = GONE if gone else AWAY if away or burdened else KEPT
    at = away[0][0] if away else _first_of(words, vocabulary.kin, vocabulary.carers)
    # told only that a grandmother raises the child, it describes the situation beside a need
    # asked ("erzieht ihre Enkelin allein … Gesprächsgruppe für Großeltern?")
    added = [Credit(at, words[at], vocabulary.upbringing, weight, weight > KEPT)]
    if reading.asked and vocabulary.single:
        # carers who ask support for themselves are a family carried by one household alone:
        # writers add the relief such families get ("Wo kriegen Großeltern da Unterstützung?")
        added.append(Credit(at, words[at], vocabulary.single, KEPT, False))
    return credits + added + _clinic(words, away, burdened, vocabulary)


def _clinic(words: list[str], away: tuple[tuple[int, str], ...], burdened: bool,
            vocabulary: _Words) -> list[Credit]:  # fmt: skip
    """The parent's stay in a clinic is the family's burden, where no illness named it yet."""
    clinic = [p for p, w in away if w in vocabulary.clinic]
    if not clinic or burdened:
        return []
    return [Credit(clinic[0], words[clinic[0]], vocabulary.burden, GONE, True)]


def not_single(words: tuple[str, ...], credits: tuple[Credit, ...]) -> frozenset[str]:
    """Single parents' relief where kin carry the child: no guess of the labelled examples may
    bring it back (their bag of words hears "allein" and "schafft es nicht mehr")."""
    vocabulary = _words()
    if not vocabulary.single:
        return frozenset()
    reading = _reading(list(words), list(credits), vocabulary)
    if reading is None or reading.asked:
        return frozenset()
    return frozenset({vocabulary.single})


def _phrases(words: list[str]) -> list[str]:
    """The words and adjacent pairs of a text ("allein erziehend", "single parent")."""
    return [*words, *(f"{a} {b}" for a, b in pairwise(words))]


def _first_of(words: list[str], *groups: frozenset[str]) -> int:
    """Where the first word of the first group named stands (the grandchild, else the carer)."""
    for group in groups:
        for i, word in enumerate(words):
            if word in group:
                return i
    return 0


def _carer(words: list[str], vocabulary: _Words) -> bool:
    """Whether someone who is no parent is named: a grandparent, an aunt, a neighbour, or an
    adult sibling ("große Schwester (19)", "Bruder (21)")."""
    for i, word in enumerate(words):
        if word in vocabulary.carers:
            return True
        if word in vocabulary.siblings:
            after = words[i + 1] if i + 1 < len(words) else ""
            before = words[i - 1] if i else ""
            if (after.isdigit() and int(after) >= ADULT) or before in {"grosse", "grosser", "big"}:
                return True
    return False


def _owner(words: list[str], at: int, people: frozenset[str], genitive: frozenset[str]) -> str:
    """The person an absence is said of: one in the genitive right after ("Tod der Mutter"),
    else the person named last before it ("Mama sitzt im Gefängnis")."""
    for i in range(at + 1, min(len(words), at + GENITIVE_REACH + 1)):
        if words[i] in people and words[i - 1] in genitive:
            return words[i]
    for i in range(at - 1, max(-1, at - OWNER_REACH - 1), -1):
        if words[i] in people:
            return words[i]
    return ""


def _told(words: list[str], cues: tuple[tuple[str, ...], ...]) -> bool:
    """Whether the text tells one of `cues`, its parts in order with a few words between: that
    the child lives with or is raised by the carer ("hat den Enkel bei sich", "zieht ihn groß"),
    or the carer's strain ("schafft dat kaum noch", "schaff ich das nicht mehr")."""
    return any(in_order(words, cue, CUE_SLACK) for cue in cues)
