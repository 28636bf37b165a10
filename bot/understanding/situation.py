"""Whom a situation concerns: the same words tell another need when they are said of a parent,
of a couple, or of a child past the age of the need they name.

Professionals write what happened, not the help ("Mama ist blind, Tochter 5", "die Eltern
schreien sich jeden Abend an, Junge 9", "Tochter 12 redet nicht darüber"). Topic finding credits
each word as if it were said of the child: blindness becomes the child's disability, shouting a
crying baby, silence a speech delay. This module reads the grammar around the credited word and
moves its credit to the need the sentence tells:

- a condition whose holder is a parent (`[holder]`: the parent named just before it, joined by
  "ist", "hat", "sitzt", "selbst" …, no child named at it) is the family's burden;
- a reciprocal shouting or quarrel (`[quarrel]`: "sich … an", "gegenseitig") is the family's
  conflict;
- a young child's need told of an older one (`[[outgrown]]`) is the child's inner state.

The words live in `bot/data/situations.toml`. Everything else about the credits stays as topic
finding left it; the topics are decided again from the moved credits.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from functools import cache
from typing import Any

from bot.models import AgeRange
from bot.text import fold
from bot.understanding.normalise import Words
from bot.understanding.situation_data import situations
from bot.understanding.situation_events import at_work, event_credits
from bot.understanding.situation_grammar import grammar_credits
from bot.understanding.topic_choice import decided_again
from bot.understanding.topic_parts import Credit, TopicMatch
from bot.vocabulary.lexicon import age_vocabulary

# words that may join a parent to a condition said of them ("Mutter hat selbst ne geistige
# Behinderung", "Vater sitzt im Rollstuhl", "Mama ist seit Jahren schwer depressiv")
LINKS = frozenset({
    "ist", "sind", "war", "hat", "haben", "hatte", "sitzt", "leidet", "lebt", "selbst", "auch",
    "ebenfalls", "eine", "einer", "ein", "ne", "nen", "im", "in", "an", "unter", "seit", "jahren",
    "langem", "schwer", "sehr", "stark", "psychisch", "koerperlich", "geistig", "chronisch",
    "wohl", "vermutlich", "offenbar", "is", "has", "a", "herself", "himself", "also",
})  # fmt: skip


@dataclass(frozen=True, slots=True)
class _Move:
    topic: str
    to: str
    young: str
    young_until: int
    links: frozenset[str]  # words beside LINKS that join a parent to this condition


@dataclass(frozen=True, slots=True)
class _Outgrown:
    topic: str
    from_months: int
    to: str
    terms: frozenset[str]  # empty: every credit of the topic


@dataclass(frozen=True, slots=True)
class _Working:
    from_months: int
    work: frozenset[str]
    unless: frozenset[str]
    terms: frozenset[str]
    topic: str
    to: str


@dataclass(frozen=True, slots=True)
class _Rules:
    parents: frozenset[str]
    children: frozenset[str]
    telling: frozenset[str]
    reach: int
    after: int
    moves: dict[str, _Move]
    verbs: frozenset[str]
    reflexive: frozenset[str]
    quarrel_reach: int
    quarrel_from: frozenset[str]
    quarrel_to: str
    outgrown: tuple[_Outgrown, ...]
    helps: tuple[str, ...]  # the endings of a help's name (`[help_names]`)
    working: _Working


def _folded(values: Any) -> frozenset[str]:
    return frozenset(fold(str(v)) for v in values or ())


@cache
def _rules() -> _Rules:
    data = situations()
    people, holder, quarrel = data["people"], data["holder"], data["quarrel"]
    moves = {m["topic"]: _Move(m["topic"], m["to"], m["young"], int(m["young_until"]),
                               _folded(m.get("links")))
             for m in holder.get("move", ())}  # fmt: skip
    outgrown = tuple(_Outgrown(o["topic"], int(o["from_months"]), o["to"], _folded(o.get("terms")))
                     for o in data.get("outgrown", ()))  # fmt: skip
    return _Rules(
        parents=_folded(people["parents"]), children=_folded(people["children"]),
        telling=_folded(people["telling"]), reach=int(holder["reach"]), after=int(holder["after"]),
        moves=moves, verbs=_folded(quarrel["verbs"]), reflexive=_folded(quarrel["reflexive"]),
        quarrel_reach=int(quarrel["reach"]), quarrel_from=_folded(quarrel["from"]),
        quarrel_to=str(quarrel["to"]), outgrown=outgrown,
        helps=tuple(fold(str(w)) for w in data.get("help_names", {}).get("endings", ())),
        working=working_rule(),
    )  # fmt: skip


@cache
def working_rule() -> _Working:
    """A schoolchild alone for the hours a parent works (`[working]`), as signs and topics
    read it."""
    work = situations()["working"]
    return _Working(int(work["from_months"]), _folded(work["work"]), _folded(work["unless"]),
                    _folded(work["terms"]), str(work["from"]), str(work["to"]))


def parent_working(folded: tuple[str, ...] | list[str], age: AgeRange | None) -> bool:
    """Whether a schoolchild is alone for the hours a parent works, not at night or for days
    ("Kind 8 ab 12 Uhr allein zuhause, Mama arbeitet Spätschicht")."""
    rule = working_rule()
    if age is None or age.low < rule.from_months:
        return False
    present = set(folded)
    return bool(present & rule.work) and not present & rule.unless


def _parent_holds(words: Words, at: int, rules: _Rules,
                  links: frozenset[str] = frozenset()) -> bool:  # fmt: skip
    """Whether the condition credited at `at` is said of a parent: a parent word before it in
    the same clause, only linking words (`LINKS`, or the condition's own `links`) between, no
    child named right after it."""
    folded, clause = words.folded, words.clause
    if at >= len(folded):
        return False
    after = range(at + 1, min(len(folded), at + 1 + rules.after))
    if any(folded[j] in rules.children and clause[j] == clause[at] for j in after):
        return False  # "Mutter eines autistischen Jungen": the boy's
    for back in range(at - 1, max(-1, at - 1 - rules.reach), -1):
        word = folded[back]
        if clause[back] != clause[at] or word in rules.children or word in rules.telling:
            return False
        if word in rules.parents:
            # "Mama ist blind", not "hat seinen Papa verloren": the parent is the subject
            return back < at - 1
        if word not in LINKS and word not in links:
            return False
    return False


# a pronoun a help is aimed with, and the genders of the person it points back at
_POINTERS = {"sie": ("f", "p"), "ihr": ("f",), "ihn": ("m",), "ihm": ("m",), "her": ("f",),
             "him": ("m",), "them": ("p",)}  # fmt: skip


def _aimed_at_parent(words: Words, at: int, rules: _Rules) -> bool:
    """Whether a help after the condition is aimed with a pronoun at the parent who holds it:
    "Mutter sitzt im Rollstuhl, Baby 5 Monate. Wer berät zu Hilfen für sie?" asks for her."""
    folded, genders = words.folded, age_vocabulary().genders
    for i in range(at + 1, len(folded) - 1):
        if folded[i] in ("fuer", "for") and folded[i + 1] in _POINTERS:
            wanted = _POINTERS[folded[i + 1]]
            back = next((w for w in reversed(folded[:i]) if genders.get(w) in wanted), "")
            return back in rules.parents
    return False


def _quarrel(words: Words, at: int, rules: _Rules) -> bool:
    """Whether the shouting credited at `at` is reciprocal ("schreien sich jeden Abend an")."""
    folded, clause = words.folded, words.clause
    if at >= len(folded) or folded[at] not in rules.verbs:
        return False
    near = range(max(0, at - rules.quarrel_reach), min(len(folded), at + rules.quarrel_reach + 1))
    return any(folded[j] in rules.reflexive and clause[j] == clause[at] for j in near)


def _help_named(credits: tuple[Credit, ...], words: Words, topic: str,
                helps: tuple[str, ...]) -> bool:  # fmt: skip
    """Whether the help of `topic` is asked by its name ("Schlafberatung für Schulkinder",
    "Schreibabyambulanz": the word as typed, whichever part of it was credited)."""
    folded = words.folded
    return any(c.topic == topic and (c.term.endswith(helps) or (
        c.position < len(folded) and folded[c.position].endswith(helps))) for c in credits)


def read_as(credits: tuple[Credit, ...], at: int, topics: tuple[str, ...]) -> bool:
    """Whether topic finding already read the word at `at` as one of `topics` too ("Mama hat
    Darmkrebs": the parent's burden, and the child's own help beside it, by design)."""
    return any(c.position == at and c.topic in topics for c in credits)


def _moved(credit: Credit, credits: tuple[Credit, ...], words: Words, age: AgeRange | None,
           rules: _Rules) -> str | None:  # fmt: skip
    """The topic the situation around `credit` tells instead of its own, or None."""
    if credit.position >= len(words.folded):
        return None  # a word topic finding added ("Mutter- und Vaterkurse"): as it was read
    move = rules.moves.get(credit.topic)
    if move is not None and _parent_holds(words, credit.position, rules, move.links) and (
            not read_as(credits, credit.position, (move.to, move.young))) and (
            not _aimed_at_parent(words, credit.position, rules)):  # fmt: skip
        young = age is not None and age.high <= move.young_until
        return move.young if young else move.to
    if credit.topic in rules.quarrel_from and _quarrel(words, credit.position, rules):
        return rules.quarrel_to
    alone = rules.working
    if (credit.topic == alone.topic and credit.term in alone.terms
            and parent_working(words.folded, age)):  # fmt: skip
        return alone.to
    if age is not None:
        for rule in rules.outgrown:  # a weak credit of another phase gives way by itself
            if (credit.strong and credit.topic == rule.topic and age.low >= rule.from_months
                    and (not rule.terms or credit.term in rule.terms)
                    and not _help_named(credits, words, rule.topic, rules.helps)):  # fmt: skip
                # an older child who shouts, or is shouted at, tells of trouble at home
                at = credit.position
                shouting = at < len(words.folded) and words.folded[at] in rules.verbs
                return rules.quarrel_to if shouting else rule.to
    return None


def situated_credits(credits: tuple[Credit, ...], words: Words,
                     age: AgeRange | None) -> tuple[Credit, ...] | None:  # fmt: skip
    """`credits` with each one the situation explains given to the need it tells, or None when
    none moves. A condition moved to its parent keeps its strength (it is named, only of another
    person); any other moved credit is a description (weak). One whose position already credits
    the new topic is dropped rather than counted twice."""
    rules = _rules()
    moved: dict[int, str] = {}
    for i, credit in enumerate(credits):
        to = _moved(credit, credits, words, age, rules)
        if to is not None and to != credit.topic:
            moved[i] = to
    held_by_parent = {i for i in moved if credits[i].topic in rules.moves
                      and _parent_holds(words, credits[i].position, rules,
                                        rules.moves[credits[i].topic].links)}  # fmt: skip
    if not moved:
        return None
    held = {(c.position, c.topic) for i, c in enumerate(credits) if i not in moved}
    out: list[Credit] = []
    for i, credit in enumerate(credits):
        if i not in moved:
            out.append(credit)
            continue
        key = (credit.position, moved[i])
        if key in held:
            continue
        held.add(key)
        strong = credit.strong and i in held_by_parent
        out.append(dataclasses.replace(credit, topic=moved[i], strong=strong, portrait=False))
    return tuple(out)


def situated(found: TopicMatch, words: Words, age: AgeRange | None, decide: Any) -> TopicMatch:
    """`found` with the events its request tells credited (`event_credits`), places of work
    dropped (`at_work`), the credits its situation explains moved (`situated_credits`), and its
    topics decided again by `decide(credits, age)` (the topic index's own decision); unchanged
    where none of these applies."""
    events = [e for e in event_credits(words, age)
              if not any(c.position == e.position and c.topic == e.topic for c in found.credits)]
    kept = tuple(c for c in found.credits if not at_work(c, words))
    base = (*kept, *events)
    grammar = grammar_credits(base, words, age)  # "macht sich fertig", "schläft im Auto"
    if grammar is not None:
        base = grammar
    credits = situated_credits(base, words, age)
    if credits is None:
        if grammar is None and not events and len(kept) == len(found.credits):
            return found
        credits = base
    if not credits and grammar is None:
        return found  # (the grammar may take back the only word: then nothing names a need)
    return decided_again(found, credits, age, decide)
