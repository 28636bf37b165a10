"""Whose need: a parent's own help asked beside the child is the parent's, not the child's.

Professionals tell of the child only as context when the help is for the parent herself: "Mama
aus Syrien will Deutsch lernen, aber hat Baby 8 Monate", "die Mutter einer Schülerin hat selbst ein
Alkoholproblem und möchte für sich eine Suchtberatung", "Baby 5 Wochen … aber sie selbst fühlt sich
leer", "is there counselling for her, not the baby?". The words name needs the vocabulary gives to
the child ("Deutsch lernen" is a toddler's language support, "Suchtberatung" a teenager's addiction
prevention, "anxiety" a child's mental health); said of the parent they are the parent's own needs:
the integration course and migration advice, help for families with an ill or addicted parent.

Grammar says whose a need is, three ways (`[whose]` of `topic_lexicon.toml`):
- an intensifier after the parent, or after a pronoun once a parent is named ("die Mutter hat
  selbst …", "sie selbst fühlt sich leer", "möchte selbst Deutsch lernen", "she herself"):
  `selves`; not where a child is named right before it in the same clause ("der Sohn will selbst");
- the one a help is for ("für sich", "für sie selbst", "für die Mutter", "Hilfe für Mama", "for
  herself"): `for` and a parent after it;
- the subject of a wish verb ("Mama … will Deutsch lernen", "Vater möchte einen Deutschkurs"): a
  parent before `wishes` in the same clause, for the learning needs only (`learned`): a parent who
  "möchte eine Therapie" may well want it for the child, one who wants to learn German does not.
Within such a marker's reach (its clause before it, `REACH` words after it, up to the next child
named) a credit of a child's own need moves to the parent's counterpart (`own`). A help named for a
child after it ("… für ihren Sohn") stays the child's.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from bot.models import AgeRange
from bot.text import fold
from bot.understanding.normalise import Words
from bot.understanding.topic_choice import decided_again
from bot.understanding.topic_parts import Credit, TopicMatch
from bot.vocabulary.lexicon import topic_lexicon
from bot.vocabulary.units import COMING_OF_AGE

REACH = 10  # words after a marker that its owner's help may still be named in
SUBJECT_REACH = 14  # words before an intensifier or a wish verb its parent may stand
PRONOUN_REACH = 20  # words before a pronoun the person it stands for may be named in
FOR_CHILD = 4  # words after a help in which "für ihren Sohn" names the child it is for


@dataclass(frozen=True, slots=True)
class Whose:
    own: dict[str, str]  # a child's own need -> the parent's counterpart
    learned: frozenset[str]  # terms of learning a wish verb's subject owns ("Deutsch lernen")
    by_term: frozenset[str]  # needs that move only by a learning term ("Logopädie" is a child's)
    adults: frozenset[str]  # parents and other adults who ask for themselves
    pronouns: dict[str, frozenset[str]]  # a pronoun -> the genders it stands for
    genders: dict[str, frozenset[str]]  # "f", "m", "pl" -> the person words of that gender
    selves: frozenset[str]  # intensifiers: "selbst", "selber", "herself"
    fors: frozenset[str]  # "für", "for"
    reflexive: frozenset[str]  # "sich", "herself": the subject itself after "für"
    wishes: frozenset[str]  # wish verbs whose subject is the one who wants the help
    children: frozenset[str]  # child nouns: a child named takes the words after it


@cache
def whose_rule() -> Whose | None:
    data = topic_lexicon().get("whose")
    if not data:
        return None

    def words(key: str) -> frozenset[str]:
        return frozenset(fold(w) for w in data.get(key, ()))

    pronouns = {fold(w): frozenset(g) for w, g in data["pronouns"].items()}
    genders = {g: frozenset(fold(w) for w in ws) for g, ws in data["genders"].items()}
    return Whose(dict(data["own"]), words("learned"), words("by_term"), words("adults"),
                  pronouns, genders, words("selves"), words("fors"), words("reflexive"),
                  words("wishes"), words("children"))


_AGED = re.compile(r"^\w*jaehrige[r]?$")  # a young person named by age: "sechzehnjähriger"


def is_child(word: str, rule: Whose) -> bool:
    return word in rule.children


# a child named in the genitive or with "von"/"mit" right after an adult is the adult's attribute
ATTRIBUTIVE = frozenset({"einer", "eines", "des", "der", "meiner", "meines", "ihrer", "ihres",
                         "von", "vom", "mit", "of", "with"})


def of_adult(folded: tuple[str, ...], at: int, rule: Whose) -> bool:
    """Whether the child at `at` is named as an adult's attribute ("die Mutter einer Schülerin",
    "der Vater eines Erstklässlers", "Mutter von Zwillingen"): the adult is the one spoken of."""
    return at >= 2 and folded[at - 1] in ATTRIBUTIVE and folded[at - 2] in rule.adults


def gender_of(word: str, rule: Whose) -> str | None:
    """A person word's grammatical gender for a pronoun ("f", "m", "pl"), None for a neuter
    ("Kind", "Baby": no "sie" or "er" stands for it) or a word that names no person."""
    for gender, nouns in rule.genders.items():
        if word in nouns:
            return gender
    if word in rule.adults or is_child(word, rule):
        return None
    if _AGED.search(word):  # "sechzehnjähriger", "die 15-Jährige"
        return "m" if word.endswith("r") else "f"
    return None


def _pronoun_adult(folded: tuple[str, ...], at: int, rule: Whose) -> bool:
    """Whether the pronoun at `at` stands for an adult: the nearest person named before it whose
    gender agrees ("Baby 5 Wochen … aber sie selbst": the mother; "Sechzehnjähriger kifft, Eltern
    verzweifelt, er selbst will aufhören": the boy)."""
    fits = rule.pronouns.get(folded[at], frozenset())
    for i in range(at - 1, max(-1, at - PRONOUN_REACH - 1), -1):
        if gender_of(folded[i], rule) in fits:
            return folded[i] in rule.adults
    return False


def _adult_before(folded: tuple[str, ...], clause: tuple[int, ...], at: int, rule: Whose,
                  same_clause: bool) -> bool:  # fmt: skip
    """Whether the person the words before `at` name is an adult: a pronoun right before `at`
    that stands for one, or the nearest person noun within `SUBJECT_REACH` (in `at`'s clause
    when `same_clause`)."""
    if at > 0 and folded[at - 1] in rule.pronouns:
        return _pronoun_adult(folded, at - 1, rule)
    wished = at > 0 and folded[at - 1] in rule.wishes  # "…, möchte selbst": the subject's wish
    for i in range(at - 1, max(-1, at - SUBJECT_REACH - 1), -1):
        if same_clause and clause[i] != clause[at]:
            return False
        if is_child(folded[i], rule) and of_adult(folded, i, rule):
            return True
        if is_child(folded[i], rule):
            # "die Mutter, Sohn 2 J. in der Krippe, möchte selbst …": a child in a clause of its
            # own before a wish is an aside; the intensifier still speaks of the adult before it
            # (not "Sohn 15 schwänzt, kifft selbst": the boy)
            if clause[i] == clause[at] or same_clause or not wished:
                return False
            continue
        if folded[i] in rule.adults:
            return True
    return False


def _markers(words: Words, rule: Whose) -> list[tuple[int, bool]]:
    """Positions that say the parent is the one helped, each with whether it owns only the
    learning terms (a wish verb's subject) or every child's own need (an intensifier, "für
    sich")."""
    folded, clause = words.folded, words.clause
    found: list[tuple[int, bool]] = []
    for at, word in enumerate(folded):
        if word in rule.selves and _adult_before(folded, clause, at, rule, same_clause=False):
            if not (at > 0 and folded[at - 1] == "von"):  # "von selbst" is "of its own accord"
                found.append((at, False))
        elif word in rule.fors and at + 1 < len(folded):
            # "für sich", "für sie selbst" of an adult subject; "für Eltern" names the audience of
            # a parents' evening or course, no parent's own need
            nxt = folded[at + 1]
            itself = nxt in rule.reflexive and _adult_before(folded, clause, at, rule, False)
            named = (nxt in rule.pronouns and folded[at + 2 : at + 3] != ()
                     and folded[at + 2] in rule.selves and _pronoun_adult(folded, at + 1, rule))
            if itself or named:
                found.append((at, False))
        elif word in rule.wishes and _adult_before(folded, clause, at, rule, same_clause=True):
            found.append((at, True))
    return found


def _for_child(words: Words, at: int, rule: Whose) -> bool:
    """Whether the help at `at` is named for a child right after it ("… für ihren Sohn")."""
    after = words.folded[at + 1 : at + 1 + FOR_CHILD]
    for i, word in enumerate(after):
        if words.clause[at + 1 + i] != words.clause[at]:
            return False
        if word in rule.fors:
            return any(is_child(w, rule) for w in after[i + 1 : i + 3])
    return False


def _child_told(words: Words, age: AgeRange | None, rule: Whose) -> bool:
    """Whether the request tells of a child beside the adult: a child noun, or a child's age."""
    return any(is_child(w, rule) for w in words.folded) or (
        age is not None and age.high < COMING_OF_AGE)  # "Mother of a 9-month-old"


def _reach(words: Words, marker: int, rule: Whose) -> range:
    """The positions a marker's owner holds: its clause before it, and after it up to the next
    child named or `REACH` words."""
    clause = words.clause
    start = marker
    while start > 0 and clause[start - 1] == clause[marker]:
        start -= 1
    end = marker + 1
    folded = words.folded
    while end < len(folded) and end <= marker + REACH and not is_child(folded[end], rule):
        end += 1
    return range(start, end)


def parents_own(found: TopicMatch, words: Words, age: AgeRange | None,
                decide: Callable[[list[Credit], AgeRange | None], TopicMatch]) -> TopicMatch:
    """`found` with the child's own needs that grammar gives to the parent moved to the parent's
    counterparts, and its topics decided again by `decide(credits, age)`; unchanged where no
    marker of a parent's own help is found."""
    rule = whose_rule()
    if rule is None or not any(c.topic in rule.own for c in found.credits):
        return found
    if not _child_told(words, age, rule):
        return found  # a young client's own need ("Kundin, 19, will selbst …") stays hers
    markers = _markers(words, rule)
    if not markers:
        return found
    credits: list[Credit] = []
    for credit in found.credits:
        target = rule.own.get(credit.topic)
        learning = credit.term in rule.learned
        if (target and (learning or credit.topic not in rule.by_term)
                and not _for_child(words, credit.position, rule) and any(
                    credit.position in _reach(words, at, rule) and (learning or not wish)
                    for at, wish in markers)):  # fmt: skip
            credits.append(dataclasses.replace(credit, topic=target))
        else:
            credits.append(credit)
    if credits == list(found.credits):
        return found
    again = decided_again(found, credits, age, decide)
    return again if again.topics else found


def parents_own_asked(words: Words, age: AgeRange | None) -> frozenset[str]:
    """The child's own needs that a request asking for the parent's own help does not ask, where it
    names a child beside her ("ob es für sie selbst eine Beratung gibt", "Mutter hat selbst ein
    Alkoholproblem"): no rule found them, so a guess from similar requests must not add them
    back (a father's drinking is no teenager's addiction prevention). Empty otherwise."""
    rule = whose_rule()
    if rule is None or not _child_told(words, age, rule):
        return frozenset()
    if not any(not wish for _at, wish in _markers(words, rule)):
        return frozenset()
    return frozenset(t for t in rule.own if t not in rule.by_term)
