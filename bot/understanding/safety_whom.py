"""Signs whose words are said of someone other than an endangered child.

A story told around the help asked borrows the words of danger: a father whose wife left is
"alone with 3 kids" — the children are not left alone, he is their carer, and what he asks is
relief for a single parent; refugees who "don't know where they must register" ("wo sie sich
melden sollen") report nothing; a girl afraid "of school" whose parents let her stay home fears
no parent; a mother who "hat selbst eine Brandwunde vom Kochen" is hurt herself, no child is.
Each rule (`bot/data/safety_whom.toml`) takes back only its own signs, and only when every
word that could carry them is said of the carer, the registering or the thing feared;
any other sign, and any other word of being alone, keeps child protection first.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from functools import cache

from bot.understanding.safety import Signs
from bot.understanding.safety_text import Words, matches, tokens
from bot.vocabulary.lexicon import _load


@dataclass(frozen=True, slots=True)
class _Rules:
    carer_signs: frozenset[str]
    alone: Words
    with_: Words
    with_reach: int
    children: Words
    children_reach: int
    before_reach: int
    report_signs: frozenset[str]
    report_verbs: Words
    reflexive: Words
    report_reach: int
    fear_signs: frozenset[str]
    fear: Words
    of: Words
    fear_reach: int
    determiners: Words
    things: Words
    own: _OwnInjury


@dataclass(frozen=True, slots=True)
class _OwnInjury:
    signs: frozenset[str]
    carers: Words
    marks: Words
    carer_reach: int
    reach: int
    injuries: Words


@cache
def _rules() -> _Rules:
    data = _load("safety_whom.toml")
    carer, report, feared = data["single_carer"], data["registering"], data["feared_thing"]
    own = data["own_injury"]
    return _Rules(
        frozenset(carer["signs"]), Words.of(carer["alone"]), Words.of(carer["with"]),
        int(carer["with_reach"]), Words.of(carer["children"]), int(carer["children_reach"]),
        int(carer["before_reach"]),
        frozenset(report["signs"]), Words.of(report["verbs"]), Words.of(report["reflexive"]),
        int(report["reach"]),
        frozenset(feared["signs"]), Words.of(feared["fear"]), Words.of(feared["of"]),
        int(feared["reach"]), Words.of(feared["determiners"]), Words.of(feared["things"]),
        _OwnInjury(frozenset(own["signs"]), Words.of(own["carers"]), Words.of(own["marks"]),
                   int(own["carer_reach"]), int(own["reach"]), Words.of(own["injury_words"])),
    )  # fmt: skip


def _carer_alone(words: list[str], at: int, rules: _Rules) -> bool:
    """Whether the word of being alone at `at` is said of a carer with the children: "alone
    with 3 kids", "allein da mit den Zwillingen", with no child named just before it."""
    if any(matches(w, rules.children) for w in words[max(0, at - rules.before_reach) : at]):
        return False  # "die Kinder sind allein mit dem Baby"
    joined = next((i for i in range(at + 1, min(len(words), at + 1 + rules.with_reach))
                   if matches(words[i], rules.with_)), None)  # fmt: skip
    if joined is None:
        return False
    after = words[joined + 1 : joined + 1 + rules.children_reach]
    return any(matches(w, rules.children) for w in after)


def single_carer(words: list[str], rules: _Rules) -> bool:
    """Whether every word of being alone in the text is said of a carer with the children, and
    one is."""
    alone = [i for i, w in enumerate(words) if matches(w, rules.alone)]
    return bool(alone) and all(_carer_alone(words, i, rules) for i in alone)


def registering(words: list[str], rules: _Rules) -> bool:
    """Whether every word of reporting in the text is reflexive — "wo müssen die sich melden",
    to register or get in touch — and one is."""
    verbs = [i for i, w in enumerate(words) if matches(w, rules.report_verbs)]
    return bool(verbs) and all(
        any(matches(w, rules.reflexive) for w in words[max(0, i - rules.report_reach) : i])
        for i in verbs)  # fmt: skip


def _object(words: list[str], at: int, rules: _Rules) -> str:
    """The word "vor" at `at` governs: the first after it that is no article or possessive."""
    return next((w for w in words[at + 1 : at + 4] if not matches(w, rules.determiners)), "")


def feared_things(words: list[str], rules: _Rules) -> bool:
    """Whether every fear the text tells is of a thing ("Angst vor der Schule"), and one is:
    a carer named after it ("…, Eltern lassen sie zuhause") is not what the child fears."""
    objects = [_object(words, j, rules) for i, w in enumerate(words) if matches(w, rules.fear)
               for j in range(i + 1, min(len(words), i + 1 + rules.fear_reach))
               if matches(words[j], rules.of)]  # fmt: skip
    return bool(objects) and all(matches(o, rules.things) for o in objects)


def _carers_own(words: list[str], at: int, rules: _OwnInjury) -> bool:
    """Whether the injury word at `at` follows a carer's "selbst" ("Mutter hat selbst eine
    Brandwunde"): the mark within `reach` before it, a carer within `carer_reach` before that."""
    return any(
        matches(words[m], rules.marks)
        and any(matches(w, rules.carers) for w in words[max(0, m - rules.carer_reach) : m])
        for m in range(max(0, at - rules.reach), at)
    )  # fmt: skip


def carers_injury(words: list[str], rules: _OwnInjury) -> bool:
    """Whether every injury word of the text is a carer's own ("Mutter hat selbst eine
    Brandwunde vom Kochen und kann das Baby kaum tragen"), and one is: no child is hurt."""
    hurt = [i for i, w in enumerate(words) if matches(w, rules.injuries)]
    return bool(hurt) and all(_carers_own(words, i, rules) for i in hurt)


def whose_signs(read: Signs, folded: str) -> Signs:
    """`read` without the signs whose words are said of a carer or of registering."""
    if not read.names:
        return read
    rules, words = _rules(), tokens(folded)
    explained: set[str] = set()
    if rules.carer_signs & set(read.names) and single_carer(words, rules):
        explained |= rules.carer_signs
    if rules.report_signs & set(read.names) and registering(words, rules):
        explained |= rules.report_signs
    if rules.fear_signs & set(read.names) and feared_things(words, rules):
        explained |= rules.fear_signs
    if rules.own.signs & set(read.names) and carers_injury(words, rules.own):
        explained |= rules.own.signs
    if not explained:
        return read
    return dataclasses.replace(read, names=tuple(n for n in read.names if n not in explained))
