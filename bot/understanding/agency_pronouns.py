"""Who a pronoun or a left-out subject that hits means: by its gender, and by whom it hits.

"Mama von nem 4-Jährigen weiß nicht weiter, er tritt und schreit ne Stunde lang" is a tantrum:
"er" cannot mean the mother, so it is the boy named before her — a matter of parenting, not of
child protection. Whoever hits *his own* parent ("er tritt seine Mama") is that parent's child.
A clause joined by "und" that opens with its auxiliary ("Sohn knallt Türen und hat seine Mutter
geschubst") has left out its subject: the person of the clause before, not the mother named after
it. Kept apart from `bot.understanding.agency`, which reads the clause and calls these rules; the
words are data (`[agency]` possessives and own parents, `[alone]` pronouns by gender).
"""

from __future__ import annotations

from functools import cache
from itertools import pairwise

from bot.understanding.agency import (
    Agent,
    _antecedent,
    _is,
    _person_of,
    _resolved,
    _start,
    _words,
)
from bot.vocabulary.lexicon import safety_lexicon

OWN_PARENT_REACH = 4  # words after the verb to the parent hit ("tritt ständig seine Mama")


@cache
def _gender() -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    """Masculine and feminine pronouns, and the adult words each cannot mean."""
    alone = safety_lexicon()["alone"]
    return tuple(frozenset(alone[k]) for k in (  # type: ignore[return-value]
        "masculine_pronouns", "feminine_pronouns", "female_adults", "male_adults"))


@cache
def _young() -> tuple[tuple[str, ...], int]:
    alone = safety_lexicon()["alone"]
    return tuple(alone["years"]), int(alone["young_years"])


def _cannot_mean(pronoun: str, word: str) -> bool:
    """Tell whether the pronoun's gender rules out the adult word ("er" is not "die Mama")."""
    masculine, feminine, female, male = _gender()
    if pronoun in masculine:
        return word in female or word.endswith(("in", "innen"))
    return pronoun in feminine and word in male


@cache
def _children() -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    """Female, male and plural child words, and the pronouns that mean one person."""
    alone = safety_lexicon()["alone"]
    return tuple(frozenset(alone[k]) for k in (  # type: ignore[return-value]
        "female_children", "male_children", "plural_children", "singular_pronouns"))


def _not_the_child(pronoun: str, word: str) -> bool:
    """Tell whether the pronoun cannot mean the child word by gender or number: "er" is not
    "die Tochter" nor "die Kinder", "she" is not "der Sohn"."""
    female, male, plural, singular = _children()
    masculine, feminine, _female, _male = _gender()
    if pronoun in singular and word in plural:
        return True
    if pronoun in masculine:
        return word in female or (word.endswith("in") and word not in male)
    return pronoun in feminine and word in male


def _person(words: list[str], at: int) -> Agent | None:
    """Who the word at `at` names; "4-Jährigen" after a young number is a child."""
    found = _person_of(words[at])
    if found is None:
        years, young = _young()
        number = words[at - 1] if at else ""
        if _is(words[at], years) and number.isdigit() and int(number) < young:
            return Agent.CHILD
    return found


def pronoun_agent(words: list[str], at: int, verb: int, end: int) -> Agent:
    """The person the pronoun at `at`, the subject of the violent verb at `verb`, means: the one
    named last before it whom its gender allows; a child only when no such adult was named before
    who could be meant; and, when nobody is, the child of the parent the verb hits. A pronoun
    that can mean none of the children named ("Tochter (5) erzählt, dass er sie schlägt"), or
    that nobody named and whose act hits the child named after it ("er hat die Kleine gestern
    geschlagen"), is an adult the teller leaves unnamed: the father, the mother's friend."""
    found, other_than_child = _meant(words, at)
    if found is not None:
        return found
    if hits_own_parent(words, verb, end):
        return Agent.CHILD
    return Agent.ADULT if other_than_child or _child_between(words, at, verb) else Agent.UNKNOWN


def _meant(words: list[str], at: int) -> tuple[Agent | None, bool]:
    """Whom the pronoun at `at` can mean among the persons named before it (None: nobody), and
    whether a child was named that it cannot mean."""
    other_than_child = False
    for i in range(at - 1, -1, -1):
        found = _person(words, i)
        if found is Agent.CHILD and _not_the_child(words[at], words[i]):
            other_than_child = True
            continue
        if found is None or (found is Agent.ADULT and _cannot_mean(words[at], words[i])):
            continue
        if found is Agent.CHILD and any(
                _person(words, j) is Agent.ADULT and not _cannot_mean(words[at], words[j])
                for j in range(i)):  # fmt: skip
            return Agent.UNKNOWN, other_than_child
        return found, other_than_child
    return None, other_than_child


def unnamed_adult(words: list[str], verb: int, reach: int) -> Agent | None:
    """The adult meant by the pronoun subject of the verb at `verb`: `Agent.ADULT` when it means
    an adult named before and no child named could be meant ("Die Tochter lebt beim Vater,
    erzählt, dass er sie einsperrt"), `Agent.UNKNOWN` when it can mean none of the children
    named and nobody else — an adult the teller leaves unnamed ("Tochter (5) erzählt, dass er
    sie schlägt"); None for any other subject."""
    masculine, feminine, _female, _male = _gender()
    for i in range(verb - 1, max(-1, verb - reach - 1), -1):
        if not words[i][0].isalnum():
            return None
        if words[i] in masculine | feminine:
            found, other_than_child = _meant(words, i)
            if found is Agent.ADULT and not _child_it_may_mean(words, i):
                return found  # not "Sohn 5, Vater ist ausgezogen, er schlägt andere Kinder"
            hit_child = _child_between(words, i, verb)
            return Agent.UNKNOWN if found is None and (other_than_child or hit_child) else None
    return None


def _child_between(words: list[str], pronoun: int, verb: int) -> bool:
    """Tell whether a child is named between the pronoun subject and its verb, in the perfect's
    bracket: "er hat die Kleine (3) gestern geschlagen", "sie hat die Kinder wieder
    eingesperrt". The child there is the one hit, so the pronoun that nobody named before stands
    for someone else — the adult the teller leaves unnamed, as when the child is named first."""
    return any(_person(words, i) is Agent.CHILD for i in range(pronoun + 1, verb))


def _child_it_may_mean(words: list[str], at: int) -> bool:
    """Tell whether a child named before the pronoun at `at` may be what it means."""
    return any(_person(words, i) is Agent.CHILD and not _not_the_child(words[at], words[i])
               for i in range(at))  # fmt: skip


def hits_own_parent(words: list[str], verb: int, end: int) -> bool:
    """Tell whether the verb at `verb` hits the agent's own parent ("tritt seine Mama")."""
    data = safety_lexicon()["agency"]
    possessives, parents = frozenset(data["possessives"]), frozenset(data["own_parents"])
    after = words[verb + 1 : min(end, verb + 1 + OWN_PARENT_REACH)]
    return any(w in possessives and n in parents for w, n in pairwise(after))


def left_out_agent(words: list[str], start: int) -> Agent | None:
    """The agent of a clause joined by "und" that opens with its auxiliary and so left out its
    subject ("Der Lebensgefährte schreit die Kinder an und hat den Älteren geschlagen"): the
    subject of the clause before, the first person it names, not the children it names after;
    None when the clause names its subject ("und hat er …") or is no such clause."""
    lex = _words()
    if not (0 < start < len(words) - 1 and words[start] in lex.perfect
            and words[start - 1] in lex.coordinators and words[start + 1] not in lex.pronouns):
        return None
    before = _start(words, start - 1, lex)
    for i in range(before, start - 1):
        if words[i] in lex.pronouns:
            return pronoun_agent(words, i, i, i + 1)
        found = _person(words, i)
        if found is not None:
            return found
    return _antecedent(words, start, lex)


def alone_pronoun(words: list[str], at: int) -> Agent:
    """The person of the pronoun at `at` that is alone, where the adults named before cannot be
    meant by its gender: "Die Lehrerin sagt, der Junge (6) erzähle, er sei nachts allein" is the
    boy alone."""
    lex = _words()
    found = _resolved(words, at, lex)
    if found is not Agent.UNKNOWN or _antecedent(words, at, lex) is not Agent.CHILD:
        return found
    masculine, feminine, _female, _male = _gender()
    if words[at] not in masculine | feminine:
        return found
    adults = [w for w in words[:at] if _person_of(w) is Agent.ADULT]
    return Agent.CHILD if all(_cannot_mean(words[at], w) for w in adults) else found
