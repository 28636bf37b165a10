"""Whose state: a carer's sleeplessness, tears, low mood or panic told of her is her burden.

Professionals write of a parent's or grandparent's own state with the words the vocabulary gives
to a child: "Mutter von Emil (16 Monate) hat mir weinend erzählt, dass sie nachts nicht schläft",
"Mutter von J. (7) weint viel, schläft seit Wochen kaum", "eine Mama in der Kita (Kind 3), die
massive Panikattacken hat", "Mutter mit Essstörung (Anorexie), Kind 6". Read as the child's,
"schläft nicht" is a crying-baby clinic and "Panikattacken" child psychiatry; said of the carer
they are a family with a mentally burdened parent (`belastete_eltern`, with the Frühe Hilfen a
baby's family gets by `[[implication]]`).

Grammar says whose the state is: the subject of the word, found backwards from it in its sentence
(`[carer_state]` of `topic_lexicon.toml`, with the persons of `[whose]`):
- a child noun names the child ("Sohn 15 schläft nicht"), unless it is an adult's attribute ("die
  Mutter von Emil", "Mutter eines Kindes": `topic_whose`);
- an adult noun names the adult, unless she only asks about the word for someone else ("Mutter
  fragt, ob es was gegen Schlafprobleme gibt": `topic_askers.asks_about`);
- a personal pronoun ("dass sie nachts nicht schläft") or a relative pronoun opening its clause
  (", die massive Panikattacken hat") stands for the nearest person before it whose gender agrees;
  a child in brackets between ("Mama (Kind 3), die …") has no gender a pronoun could take;
- a sentence with no person ("Klingt nach Depression.") speaks of the person named last before it.
Only the words of a state move (`states`: word starts); a help named ("Therapieplatz", "KJP")
stays the child's. A request that tells of no child beside the adult is left alone: a client's
own state ("Kundin, 19, schläft nicht") is hers to ask about.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from bot.models import AgeRange
from bot.text import fold
from bot.understanding.normalise import Words
from bot.understanding.topic_askers import asks_about
from bot.understanding.topic_choice import decided_again
from bot.understanding.topic_parts import Credit, TopicMatch
from bot.understanding.topic_whose import (
    PRONOUN_REACH,
    Whose,
    gender_of,
    is_child,
    of_adult,
    whose_rule,
)
from bot.vocabulary.lexicon import topic_lexicon

ADULT = 18 * 12  # months: an age from here on is no child's


@dataclass(frozen=True, slots=True)
class _State:
    moved: dict[str, str]  # a child's topic read from a state word -> the carer's counterpart
    states: tuple[str, ...]  # starts of the terms that tell a state
    helps: tuple[str, ...]  # parts of a term that make it a help ("Schlafberatung"), no state
    relatives: dict[str, frozenset[str]]  # a relative pronoun -> the genders it stands for
    neuter: frozenset[str]  # "es", "it": a pronoun only a child word stands for
    first: frozenset[str]  # "ich": the writer, or the adult whose words are quoted
    speech: frozenset[str]  # verbs of telling: their subject tells, the content is another's
    apart: frozenset[str]  # words before an adult that make her no subject ("mit ihrer Mutter")
    unless: frozenset[str]  # a death told in the sentence: the state is grief, the child's


@cache
def _state() -> _State | None:
    data = topic_lexicon().get("carer_state")
    if not data:
        return None

    def words(key: str) -> frozenset[str]:
        return frozenset(fold(w) for w in data[key])

    return _State(dict(data["moved"]), tuple(fold(w) for w in data["states"]),
                  tuple(fold(w) for w in data["helps"]),
                  {fold(w): frozenset(g) for w, g in data["relatives"].items()},
                  words("neuter"), words("first"), words("speech"), words("apart"),
                  words("unless"))


@cache
def _state_grown() -> frozenset[str]:
    data = topic_lexicon().get("carer_state", {})
    return frozenset(fold(w) for w in data.get("grown", ()))


def _is_state(term: str, state: _State) -> bool:
    return term.startswith(state.states) and not any(h in term for h in state.helps)


def _resolved(words: Words, at: int, genders: frozenset[str], strict: bool) -> bool:
    """Whether the pronoun at `at` surely stands for an adult: the nearest person before it whose
    gender agrees is an adult, and no child it might stand for is named before it (a child
    noun of no grammatical gender — "Kind", "Teenie" — might, for a personal pronoun; a relative
    pronoun agrees by grammar, `strict`)."""
    rule = whose_rule()
    assert rule is not None
    folded = words.folded
    adult = False
    for i in range(at - 1, max(-1, at - PRONOUN_REACH - 1), -1):
        gender = gender_of(folded[i], rule)
        if is_child(folded[i], rule) or (gender and folded[i] not in rule.adults):
            if of_adult(folded, i, rule):
                continue  # "die Mutter von Emil": the adult spoken of
            if gender in genders or (gender is None and not strict):
                return False  # a child the pronoun may stand for
            continue
        if not adult and gender in genders and folded[i] in rule.adults:
            adult = True
    return adult


def carer_owns(words: Words, at: int) -> bool:
    """Whether the state word at `at` is said of an adult carer (see the module)."""
    rule, state = whose_rule(), _state()
    if rule is None or state is None:
        return False
    folded, clause = words.folded, words.clause
    sentence = words.sentence or (0,) * len(folded)
    told = False  # a verb of telling stands between: its subject is the teller
    if folded[at + 1 : at + 2] and folded[at + 1] in state.first:
        # "sagt: manchmal will ich nicht mehr": the subject after the verb is the one quoted
        told = any(folded[i] in state.speech for i in range(at - 1, -1, -1)
                   if sentence[i] == sentence[at])
        return told and _teller_adult(words, at, state)
    if any(folded[i] in state.unless for i in range(len(folded)) if sentence[i] == sentence[at]):
        return False  # "ihren Vater durch Suizid verloren": the children's grief
    if _with_child(folded, at, rule):
        return False  # "die Mutter einer Schülerin (15) mit Essstörung": the pupil's
    current = sentence[at]
    for i in range(at - 1, -1, -1):
        if sentence[i] != current:
            if not _initial(folded[i]):
                return False  # the subject is named in the state's own sentence
            current = sentence[i]  # "Mutter von J. (7) weint": an initial's point ends none
        word = folded[i]
        if word in state.speech:
            told = True
            continue
        if is_child(word, rule):
            if of_adult(folded, i, rule):
                continue  # "Mutter eines Kindes …": the adult before it decides
            return False
        if word in state.neuter:
            return False  # "es schläft nie": the baby
        if word in state.first:
            return told and _teller_adult(words, i, state)  # "sagt: ich kann nicht mehr"
        if word in rule.adults:
            if i > 0 and (folded[i - 1] in state.apart or (
                    i > 1 and folded[i - 2] in state.apart)):
                continue  # "mit ihrer Mutter gekommen", "seit die Oma gestorben ist"
            return not told and not asks_about(list(folded), i, at)
        if word in rule.pronouns:
            return _resolved(words, i, rule.pronouns[word], strict=False)
        relative = state.relatives.get(word)
        if relative and i > 0 and (clause[i - 1] != clause[i] or folded[i - 1] in state.speech):
            # ", die massive Panikattacken hat"; "die Eltern erzählen, die ist …": a pronoun
            return _resolved(words, i, relative, strict=clause[i - 1] != clause[i])
    return False


def _with_child(folded: tuple[str, ...], at: int, rule: Whose) -> bool:
    """Whether the state word follows "mit" after a child noun (an age in brackets between): a
    condition "mit" attaches to the noun right before it, whoever the sentence's subject is."""
    if at < 2 or folded[at - 1] not in ("mit", "with"):
        return False
    i = at - 2
    while i >= 0 and folded[i].isdigit():
        i -= 1  # "Schülerin (15) mit …"
    return i >= 0 and bool(is_child(folded[i], rule))


def _initial(word: str) -> bool:
    """Whether a word is a name's initial ("J.", "Fr. K."), whose point ends no sentence."""
    return len(word) == 1 and word.isalpha()


def _teller_adult(words: Words, at: int, state: _State) -> bool:
    """Whether the one whose words are quoted at `at` ("ich") is an adult: the nearest person
    before the verb of telling."""
    rule = whose_rule()
    assert rule is not None
    folded = words.folded
    for i in range(at - 1, max(-1, at - PRONOUN_REACH - 1), -1):
        if is_child(folded[i], rule) and not of_adult(folded, i, rule):
            return False
        if folded[i] in rule.adults:
            return True
    return False


def carers_state(found: TopicMatch, words: Words, age: AgeRange | None,
                 decide: Callable[[list[Credit], AgeRange | None], TopicMatch]) -> TopicMatch:
    """`found` with a child's topic read from a carer's own state moved to the carer's burden, and
    its topics decided again by `decide(credits, age)`; unchanged where no such state is told."""
    state, rule = _state(), whose_rule()
    if state is None or rule is None:
        return found
    if not any(c.topic in state.moved and _is_state(c.term, state) for c in found.credits):
        return found
    theirs = _theirs(words, age, found.credits)
    if not theirs:
        return found
    credits = [dataclasses.replace(c, topic=state.moved[c.topic]) if c in theirs else c
               for c in found.credits]  # fmt: skip
    if credits == list(found.credits):
        return found
    again = decided_again(found, credits, age, decide)
    return again if again.topics else found


def carers_state_topics(words: Words, age: AgeRange | None,
                        credits: tuple[Credit, ...]) -> frozenset[str]:
    """The child's topics that `credits` read from a carer's own state: a guess from similar
    requests must not add them back (a mother's sleepless nights are no child psychiatry)."""
    return frozenset(c.topic for c in _theirs(words, age, credits))


def _theirs(words: Words, age: AgeRange | None, credits: tuple[Credit, ...]) -> list[Credit]:
    """The credits of a child's topic that tell a carer's own state. Not where the sentence
    tells a child's own state beside it ("Mama schläft nicht, Baby weint
    ständig": the baby's crying keeps her awake), nor where no child is told beside the adult
    (a client's own state, "Kundin, 19, schläft nicht")."""
    state, rule = _state(), whose_rule()
    if state is None or rule is None or not _told_child(words, age, rule):
        return []
    stated = [c for c in credits if c.topic in state.moved and _is_state(c.term, state)
              and c.position < len(words.folded)]
    theirs = [c for c in stated if carer_owns(words, c.position)]
    sentence = words.sentence or (0,) * len(words.folded)
    childs = {sentence[c.position] for c in credits
              if c.topic in state.moved and c not in theirs and c.position < len(sentence)
              and not any(h in c.term for h in state.helps)}  # "Baby weint", not "Therapie"
    return [c for c in theirs if sentence[c.position] not in childs]


def _told_child(words: Words, age: AgeRange | None, rule: Whose) -> bool:
    """Whether a child is told beside the adult: a child noun, or an age under 18 (a young
    adult's own age is hers: "junge Frau 19, depressiv")."""
    folded = words.folded
    # a child word right before an adult is an adjective ("junge Frau", "junge Mutter")
    grown = rule.adults | _state_grown()
    named = any(is_child(w, rule) and (i + 1 == len(folded) or folded[i + 1] not in grown)
                for i, w in enumerate(folded))  # fmt: skip
    return named or (age is not None and age.high < ADULT)


__all__ = ["carer_owns", "carers_state", "carers_state_topics"]
