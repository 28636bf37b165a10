"""Which words of a family's life event name the need, and which only tell the event.

A request full of a family's life event — a move, a new partner and his children, a separation,
debts, a professional's advice — uses words that, read alone, name needs they do not ask for, and
words that name the asked need in a form the vocabulary reads as context (`[life_event]` in
`topic_lexicon.toml`):

- `addressed`: a word that says who the family is (`[secondary]`: "alleinerziehend") names the
  offer's own group once it follows a benefactive preposition — "wat gibt dat hier für
  Alleinerziehende", "Treff für Alleinerziehende": the offers for single parents are asked, no
  description of the family; it weighs as any need word, under the phrase as its term.
- `advised`: what a professional recommends is the need asked for ("Lehrerin rät Ergo",
  "Kinderärztin empfiehlt Sprachförderung", "Ergotherapie wurde verordnet"): need words within
  reach of a recommending verb, in its clause, are named directly and weigh as asked. An
  abbreviation that is an ordinary word in lower case ("Ergo") counts there as written
  (`advised_positions`).
- `partnered`: a parent's new partner ("Mutter hat neuen Freund", "der Freund der Mutter") is an
  adult of the story: the words of a teenager's own relationship (`sexualpaedagogik`: "mit dem
  Freund schlafen") are not read from him.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import cache

from bot.text import fold
from bot.understanding.normalise import is_generic
from bot.understanding.topic_choice import SECONDARY
from bot.understanding.topic_parts import Credit
from bot.vocabulary.lexicon import topic_lexicon

ASKED = 1.3  # as `topics.ASKED`: a word the writer asks for weighs this much more


@dataclass(frozen=True, slots=True)
class _LifeEvent:
    groups: frozenset[str]  # secondary words that name a group offers are for
    benefactive: frozenset[str]  # "für", "for"
    advice: frozenset[str]  # recommending finite verbs: their object follows
    advised: frozenset[str]  # their participles: the object stands before, after the auxiliary
    auxiliaries: frozenset[str]  # "hat", "wurde": the verb bracket's left side
    advice_reach: int  # how many words from the verb its object may stand
    guessing: frozenset[str]  # advice verbs that also mean "guess" ("rät die Wörter nur")
    advisers: frozenset[str]  # who advises: such a verb advises only after one of them
    partners: frozenset[str]  # words for a partner
    owners: frozenset[str]  # parents whose partner the word names
    partner_reach: int
    linking: frozenset[str]  # words that may stand between a parent and the partner
    partner_topics: frozenset[str]  # topics a parent's partner never credits


@cache
def _rules() -> _LifeEvent:
    data = topic_lexicon()["life_event"]

    def words(key: str) -> frozenset[str]:
        return frozenset(fold(w) for w in data[key])

    return _LifeEvent(words("groups"), words("benefactive"), words("advice"), words("advised"),
                      words("auxiliaries"), int(data["advice_reach"]), words("guessing"),
                      words("advisers"), words("partners"),
                      words("owners"), int(data["partner_reach"]), words("linking"),
                      frozenset(data["partner_topics"]))  # fmt: skip


def addressed(credits: list[Credit], words: list[str]) -> list[Credit]:
    """`credits` with a group word after "für" weighing as a need word (see the module doc)."""
    rules = _rules()
    out = []
    for c in credits:
        at = c.position
        if (c.term in rules.groups and at > 0 and words[at - 1] in rules.benefactive
                and c.weight <= SECONDARY * ASKED + 1e-9):  # fmt: skip
            # the phrase is the term: no longer a word of who the family is (`[secondary]`)
            c = replace(c, term=f"{words[at - 1]} {c.term}", weight=c.weight / SECONDARY,
                        strong=True)
        out.append(c)
    return out


def advised_positions(words: list[str], clause: tuple[int, ...]) -> frozenset[int]:
    """Positions of what a professional recommends: after a finite recommending verb ("Lehrerin
    rät Ergo"), or before its participle back to the auxiliary ("Kinderarzt hat Ergotherapie
    empfohlen": not the doctor; "Ergo wurde verordnet": the auxiliary right before it is
    passed), within reach and in the verb's clause."""
    rules = _rules()
    found: set[int] = set()
    if rules.advice.isdisjoint(words) and rules.advised.isdisjoint(words):
        return frozenset(found)  # no recommending verb: most messages (speed)

    def same(k: int, v: int) -> bool:
        return 0 <= k < len(words) and k < len(clause) and clause[k] == clause[v]

    def advises(v: int) -> bool:  # "Lehrerin rät", not a child who "rät die Wörter"
        return words[v] not in rules.guessing or any(
            words[k] in rules.advisers for k in range(max(0, v - rules.advice_reach), v)
            if same(k, v))  # fmt: skip

    for v, word in enumerate(words):
        if v >= len(clause):
            break
        if word in rules.advice and advises(v):
            found.update(k for k in range(v + 1, v + rules.advice_reach + 1) if same(k, v))
        elif word in rules.advised:
            k = v - 1
            if same(k, v) and words[k] in rules.auxiliaries:
                k -= 1  # "… wurde empfohlen"
            while same(k, v) and v - k <= rules.advice_reach and words[k] not in rules.auxiliaries:
                found.add(k)
                k -= 1
    return frozenset(found)


def advised(credits: list[Credit], words: list[str], clause: tuple[int, ...],
            asked: tuple[bool, ...]) -> list[Credit]:  # fmt: skip
    """`credits` with the need words a professional recommends named directly and asked; a
    generic head ("empfiehlt Therapie") names no need of its own and is left as it is."""
    near = advised_positions(words, clause)
    if not near:
        return credits
    return [replace(c, strong=True, weight=c.weight * (1.0 if asked[c.position] else ASKED))
            if c.position in near and not c.portrait and not is_generic(c.term) else c
            for c in credits]  # fmt: skip


def partner_positions(words: list[str], clause: tuple[int, ...]) -> frozenset[int]:
    """Positions of partner words a parent owns: the parent before it with only linking words
    between ("Mutter hat jetzt einen neuen Freund", "Mama mit neuem Partner"), or after it as
    its genitive ("der neue Freund ihrer Mutter", "Freund von Mama")."""
    rules = _rules()
    found: set[int] = set()

    def owned(i: int, step: int) -> bool:
        k = i + step
        while 0 <= k < len(words) and abs(k - i) <= rules.partner_reach and clause[k] == clause[i]:
            if words[k] in rules.owners:
                return True
            if words[k] not in rules.linking:
                return False
            k += step
        return False

    for i, word in enumerate(words):
        if word in rules.partners and i < len(clause) and (owned(i, -1) or owned(i, 1)):
            found.add(i)
    return frozenset(found)


def partnered(credits: list[Credit], words: list[str], clause: tuple[int, ...]) -> list[Credit]:
    """`credits` without a teenager's relationship read from a parent's partner."""
    owned = partner_positions(words, clause)
    if not owned:
        return credits
    topics = _rules().partner_topics
    return [c for c in credits if not (c.position in owned and c.topic in topics)]
