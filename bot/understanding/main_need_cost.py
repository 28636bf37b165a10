"""Money in a request: a condition of the help asked for, the help itself, or only the story
(issue 8, `[cost]` in `main_need.toml`).

"Lerntherapie … können die Eltern nicht bezahlen" tells the family cannot pay for the help it
asks for: whatever pays for help is asked with it. "Kein Geld für das Gestell. Gibt es
Zuschüsse?" asks for the money itself: the glasses are why. "Die Logopädie wurde beendet, weil die
Kasse nicht mehr zahlt. Gibt es Sprachtherapie?" tells that an insurer stopped paying: no sign the
family lacks money, and the speech therapy asked for stays the only need.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache, lru_cache

from bot.text import fold
from bot.understanding.normalise import Words
from bot.vocabulary.lexicon import main_need_lexicon

FUNDED = 4  # funding asked names the club it is for right after it ("Förderung für den Verein")


@dataclass(frozen=True, slots=True)
class _Cost:
    topic: str  # the topic whose offers pay for help
    terms: frozenset[str]  # terms saying the family cannot pay for the help asked for
    pay: frozenset[str]  # pay verbs: negated, the family cannot pay
    negations: frozenset[str]
    reach: int
    lack: dict[str, tuple[tuple[str, ...], ...]]  # money-missing phrases by their first word
    payers: frozenset[str]  # who else pays: "die Kasse zahlt nicht" is no family without money
    asks: tuple[str, ...]  # how a word asking for the money itself ends ("Zuschüsse")
    free: dict[str, tuple[tuple[str, ...], ...]]  # a wish that the help be free, by first word
    funding: frozenset[str]  # funding asked for ("Förderung for Sportverein")
    fee_helps: tuple[str, ...]  # helps that usually cost a fee ("Nachhilfe", "Verein")
    funded: tuple[str, ...]  # helps whose funding "Förderung" asks for ("Sportverein")
    fee_reach: int
    wishes: frozenset[str] = frozenset()
    the_help: frozenset[str] = frozenset()  # "das", "it": the asked help pointed back at


def _tokens(term: str) -> str:
    """A term as the words topic finding joins ("can't" is "can t" there)."""
    return " ".join(re.findall(r"\w+", term))


def _by_first(phrases: Iterable[tuple[str, ...]]) -> dict[str, tuple[tuple[str, ...], ...]]:
    found: dict[str, list[tuple[str, ...]]] = defaultdict(list)
    for phrase in phrases:
        found[phrase[0]].append(phrase)
    return {first: tuple(group) for first, group in found.items()}


@cache
def _cost() -> _Cost:
    data = main_need_lexicon()["cost"]

    def words(values: Iterable[str]) -> frozenset[str]:
        return frozenset(fold(v) for v in values)

    return _Cost(
        topic=str(data["topic"]),
        terms=frozenset(_tokens(v) for v in words(data["words"])),
        pay=words(data["pay"]),
        negations=frozenset(_tokens(v) for v in words(data["negations"])),
        reach=int(data["reach"]),
        lack=_by_first(tuple(_tokens(v).split()) for v in words(data["lack"])),
        payers=words(data["payers"]),
        asks=tuple(sorted(words(data["asks"]))),
        free=_by_first(tuple(_tokens(v).split()) for v in words(data["free_wish"])),
        funding=words(data["funding"]),
        fee_helps=tuple(sorted(words(data["fee_helps"]))),
        funded=tuple(sorted(words(data["funded"]))),
        fee_reach=int(data["fee_reach"]),
        wishes=words(data.get("pay_wishes", ())),
        the_help=words(data.get("the_help", ())),
    )


def _paid_by_other(words: Words, position: int) -> bool:
    """Whether someone other than the family is named as the payer just before `position`
    ("weil die Kasse nicht mehr zahlt")."""
    cost = _cost()
    folded, clause = words.folded, words.clause
    return any(folded[k] in cost.payers and clause[k] == clause[position]
               for k in range(max(0, position - cost.reach - 1), position))  # fmt: skip


def cost_told(words: Words) -> str | None:
    """The topic that pays for help when the request tells the family cannot pay ("Eltern können
    keine Lerntherapie zahlen", "Familie hat wenig Geld", "Bürgergeld"): a condition of the help
    asked for, so its offers are fitting beside those of the need. A wish for a free offer alone
    ("kostenlos") is no such sign, nor an insurer that stopped paying ("die Kasse zahlt nicht")."""
    cost = _cost()
    folded = words.folded
    for i, word in enumerate(folded):
        if word in cost.pay and not _paid_by_other(words, i) and any(
                folded[k] in cost.negations
                for k in range(max(0, i - cost.reach), min(len(folded), i + cost.reach + 1))):
            return cost.topic
        if any(folded[i:i + len(phrase)] == phrase for phrase in cost.lack.get(word, ())):
            return cost.topic
    return None


@lru_cache(maxsize=1 << 16)
def _fee_help(word: str, helps: tuple[str, ...]) -> bool:
    """Whether `word` names a help that usually costs a fee, alone or in a compound
    ("Fußballverein", "Nachhilfelehrer"). Every word of a request is asked, and words recur:
    decided once per word (`helps` is one of the fixed tables of `_cost`)."""
    long = tuple(h for h in helps if len(h) >= 6)
    return word in helps or word.startswith(long) or word.endswith(long)


def fee_wished(words: Words) -> str | None:
    """The topic that pays for help when the request wishes a help that costs a fee were free
    ("Nachhilfe die nix kostet", "kostenlose Nachhilfe", "Fußballverein kostenlos?") or asks
    funding for a club ("Förderung for Sportverein"): what pays the fee is asked with the help.
    A free wish for a help that costs nothing anyway ("kostenloses Ferienprogramm") is none."""
    cost = _cost()
    folded = words.folded
    helps = [i for i, word in enumerate(folded) if _fee_help(word, cost.fee_helps)]
    if not helps:
        return None
    clubs = [h for h in helps if _fee_help(folded[h], cost.funded)]
    for i, word in enumerate(folded):
        free = any(folded[i:i + len(p)] == p for p in cost.free.get(word, ()))
        funds = word in cost.funding and any(0 < h - i <= FUNDED for h in clubs)
        if funds or (free and any(abs(h - i) <= cost.fee_reach for h in helps)):
            return cost.topic
    return None


def is_cost(words: Words, term: str, position: int) -> bool:
    """Whether a credited term at `position` says the family cannot pay (a condition of the help
    asked for, not context): not when another payer is named ("die Kasse nicht mehr zahlt")."""
    return _tokens(term) in _cost().terms and not _paid_by_other(words, position)


@cache
def _hedges() -> tuple[frozenset[str], int]:
    data = main_need_lexicon()["cost"]
    return frozenset(fold(v) for v in data.get("hedges", ())), int(data.get("hedge_reach", 2))


def hedged(words: Words, position: int) -> bool:
    """Whether a money word is hedged in its clause ("gegebenenfalls mit Kostenübernahme",
    "evtl. Zuschuss"): a wish how the help asked for be paid, not money asked for itself."""
    hedges, reach = _hedges()
    folded, clause = words.folded, words.clause
    return any(folded[k] in hedges and clause[k] == clause[position]
               for k in range(max(0, position - reach), position))  # fmt: skip


def cost_topic() -> str:
    """The topic whose offers pay for help."""
    return _cost().topic


def money_asked(words: Words, asked: Iterable[int], firm: bool = True) -> bool:
    """Whether a word the request asks for asks for money itself ("Gibt es Zuschüsse?",
    "Kostenübernahme?", "gibts da nen Topf?"): then paying is the need, and what it is for is
    why. So is a question that names no need of its own (not `firm`: "Hilfe?", "gibts da was")
    after the story told the family cannot pay ("Fam. kann 2. Brille nicht zahlen … Hilfe?"):
    the glasses, the hearing aid or the braces are what the money is for."""
    asked = list(asked)
    endings = _cost().asks
    if any(words.folded[i].endswith(endings) for i in asked):
        return True
    # … a question for help, not for what to do ("Wie gehe ich vor?" after a baby fed on cola)
    helps = _help_nouns()
    return (not firm and any(words.folded[i] in helps for i in asked)
            and cost_told(words) is not None)


def money_wanted(words: Words, asked: Iterable[int]) -> bool:
    """Whether a word of the asked slot asks for money itself ("Zuschüsse?", "gibt es einen
    Topf?"), not a phrase that tells the family lacks it ("Familie hat sehr wenig Geld. Gibt es
    …?" runs the story into the asked slot when the question names no help of its own)."""
    cost = _cost()
    folded = words.folded
    asked = set(asked)
    # a wish how the help is paid asks wherever it stands ("…, muss bezahlbar sein")
    for i in sorted(asked | {j for j, w in enumerate(folded) if w in cost.wishes}):
        if not folded[i].endswith(cost.asks) and folded[i] not in cost.wishes:
            continue
        lacking = any(tuple(folded[max(0, i - len(p) + 1):i + 1]) == p
                      for phrases in cost.lack.values() for p in phrases)
        if not lacking and not any(w in cost.negations for w in folded[max(0, i - 2):i]):
            return True
    if any(_help_unaffordable(folded, i, cost) for i, w in enumerate(folded) if w in cost.pay):
        return True
    # money missing for it: "kein Geld dafür" ("cannot afford it" reads "kein geld it")
    return any(folded[i + 1] in cost.the_help and _lack_ends(folded, i, cost)
               for i in range(len(folded) - 1))


def _lack_ends(folded: tuple[str, ...], i: int, cost: _Cost) -> bool:
    """Whether a money-missing phrase ("kein geld") ends at position `i`."""
    return any(tuple(folded[max(0, i - len(p) + 1):i + 1]) == p
               for phrases in cost.lack.values() for p in phrases)


def _help_unaffordable(folded: tuple[str, ...], i: int, cost: _Cost) -> bool:
    """A negated pay verb beside a word pointing back at the help ("kann das nicht bezahlen",
    "cannot afford it"): what the help costs is asked with it."""
    near = folded[max(0, i - 3):i + 2]
    return (any(w in cost.the_help for w in near)
            and any(w in cost.negations for w in folded[max(0, i - cost.reach):i + 2]))


def tells_lack(term: str) -> bool:
    """Whether a credited money term tells the family's state ("Bürgergeld", "wenig Geld",
    "can't afford") rather than asking how a help is paid ("BuT?", "Bildungspaket", "bezahlbar")."""
    cost = _cost()
    tokens = tuple(_tokens(term).split())
    return (any(tokens == p for phrases in cost.lack.values() for p in phrases)
            or any(t in cost.negations for t in tokens))


@cache
def _help_nouns() -> frozenset[str]:
    """The nouns that name a kind of help (`[help] nouns` in `main_need.toml`)."""
    return frozenset(fold(v) for v in main_need_lexicon()["help"]["nouns"])
