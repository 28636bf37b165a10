"""Tell who hits whom: the agent of a violent verb decides whether it is a sign of danger.

"Papa schlägt die Mama" and "das Kind wird geschlagen" are child protection; "Kind 4 Jahre,
schlägt und beißt andere Kinder und die Mutter" is a child who needs parenting advice. Words near
each other cannot tell these apart, the grammar can: in a German clause the first person named
before the finite verb is its subject ("dass Papa die Mama schlägt", "das Kind schlägt die
Mutter"); a clause that begins with the verb has left its subject out, so it is the person spoken
of just before ("Kind 4, schlägt …"); an adverb before the verb moves the subject behind it
("zuhause schlägt der Vater …"); a passive names its agent after "von"/"durch", or none ("wird
geschlagen") — then someone hurts the child. Who is alone is read the same way: "Baby liegt den
ganzen Tag allein im Zimmer" is a young child alone, "Mutter ist oft allein zuhause" is not. The
word lists are data (`[agency]`, `[alone]` in `bot/data/safety.toml`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum
from functools import cache, lru_cache

from bot.understanding.agency_idioms import idiom_verbs, told_as_blow
from bot.understanding.safety_index import Patterns
from bot.vocabulary.lexicon import safety_lexicon


class Agent(Enum):
    """Who does the violent act, as far as the grammar tells."""

    ADULT = "adult"  # a parent, partner or other adult: a sign of danger
    CHILD = "child"  # the child itself or other children: aggression, not danger at home
    UNKNOWN = "unknown"  # nobody named: decided by the words around it


@dataclass(frozen=True, slots=True)
class Act:
    """One violent verb in the text and who does it."""

    at: int
    agent: Agent
    passive: bool


@dataclass(frozen=True, slots=True)
class _Words:
    verbs: frozenset[str]
    participles: frozenset[str]
    passive: frozenset[str]
    by: frozenset[str]
    adults: tuple[str, ...]
    children: tuple[str, ...]
    pronouns: frozenset[str]
    relatives: frozenset[str]
    boundaries: frozenset[str]
    particles: frozenset[str]
    homonyms: frozenset[str]
    noun_markers: frozenset[str]
    negations: frozenset[str]
    only: frozenset[str]
    idioms: frozenset[str]
    coordinators: frozenset[str]
    objects: frozenset[str]
    adult_only: frozenset[str]
    subordinators: frozenset[str]
    impersonal: frozenset[str] = frozenset()
    perfect: frozenset[str] = frozenset()  # "hat", "haben": after a participle, it ends the clause
    phrasal: frozenset[str] = frozenset()  # "kicked out", "kicks off": another English verb
    shut_verbs: frozenset[str] = frozenset()  # "zugeschlagen": a blow, or a door shut
    shut_objects: frozenset[str] = frozenset()  # "Tür": what is shut, not hit
    prepositions: frozenset[str] = frozenset()  # "an der Tür": "der" an article, no relative


@cache
def _words() -> _Words:
    data = safety_lexicon()["agency"]
    return _Words(
        *(frozenset(data[k]) for k in ("verbs", "participles", "passive", "by")),
        tuple(data["adults"]), tuple(data["children"]),
        *(frozenset(data[k]) for k in ("pronouns", "relatives", "boundaries", "particles",
                                       "homonyms", "noun_markers", "negations", "only",
                                       "idioms", "coordinators", "objects", "adult_only",
                                       "subordinators")),
        frozenset(data.get("impersonal", ())), frozenset(data.get("perfect", ())),
        frozenset(data.get("phrasal", ())), frozenset(data.get("shut_verbs", ())),
        frozenset(data.get("shut_objects", ())), frozenset(data.get("prepositions", ())),
    )  # fmt: skip


def _is(word: str, patterns: tuple[str, ...]) -> bool:
    return any(word.startswith(p[:-1]) if p.endswith("*") else word == p for p in patterns)


def _person(word: str, lex: _Words) -> Agent | None:
    return _person_of(word)


@lru_cache(maxsize=1 << 14)
def _person_of(word: str) -> Agent | None:
    """Who a word names, once per word; with two neighbouring letters swapped when it names
    nobody as typed ("Tochetr", "Vaetr")."""
    adults, children = _persons()
    for spelling in (word, *_swaps(word)):
        if spelling in adults:
            return Agent.ADULT
        if spelling in children:
            return Agent.CHILD
    return None


@cache
def _persons() -> tuple[Patterns, Patterns]:
    """The adult and child words indexed (`safety_index.Patterns`, the same test as `_is`): a new
    word and each of its swapped spellings is looked up, not compared with every listed word."""
    lex = _words()
    return Patterns(lex.adults), Patterns(lex.children)


def _swaps(word: str) -> tuple[str, ...]:
    if len(word) < 5 or not word.isalpha():
        return ()
    return tuple(word[:i] + word[i + 1] + word[i] + word[i + 2 :] for i in range(len(word) - 1))


def _clause(words: list[str], at: int, lex: _Words) -> tuple[int, int]:
    """Return the bounds [start, end) of the clause around `at`.

    In a subordinate clause the verb stands last, so an "und" before it that follows a person
    joins objects, not clauses: "dass ihr Mann sie und die Kinder (2 und 6) schlägt" is one
    clause whose subject is the husband; an "und" after a participle, before a participle and
    its auxiliary, joins two verbs of one subject ("wie der Mann sie angebrüllt und geschubst
    hat"). A clause is subordinate when its verb closes it, when its auxiliary follows the
    participle (dictated without commas), or when the joined persons go back to "dass", …"""
    start = _start(words, at, lex)
    end = at + 1
    while end < len(words) and not _ends(words[end], lex):
        end += 1
    final = at + 1 < len(words) and words[at + 1] in lex.perfect  # "… geschubst hat"
    joined = start
    while joined > 1 and words[joined - 1] in lex.coordinators and (
        _after_person(words, joined - 1, lex) or (final and _participle(words[joined - 2], lex))
    ):
        joined = _start(words, joined - 2, lex)
    if joined < start and (end == at + 1 or final or words[joined - 1] in lex.subordinators):
        start = joined
    return start, end


# a past participle: "angebrüllt", "geschlagen", "weggestoßen" (folded)
_PARTICIPLE = re.compile(r"(?:ab|an|auf|aus|ein|mit|nach|um|vor|weg|zu|zurueck|rum|herum)?"
                         r"ge[a-z]{2,}(?:t|en)")


def _participle(word: str, lex: _Words) -> bool:
    """Tell whether a word is a past participle. In a clause whose verb closes it with its
    auxiliary ("wie der Mann seine Frau angebrüllt und gegen die Wand geschubst hat"), an "und"
    after one joins two verbs of one subject, not two clauses."""
    return word in lex.participles or bool(_PARTICIPLE.fullmatch(word))


def _start(words: list[str], at: int, lex: _Words) -> int:
    start = at
    while start > 0 and not _ends(words[start - 1], lex):
        start -= 1
    return start


def _after_person(words: list[str], at: int, lex: _Words) -> bool:
    """Tell whether the word before `at`, past numbers and brackets ("die Kinder (2 und"), names a
    person: then the "und" at `at` joins that person to another."""
    for word in reversed(words[:at]):
        if word.isdigit() or word in ("(", ")") or word in lex.coordinators:
            continue
        return word in lex.objects or word in lex.pronouns or _person(word, lex) is not None
    return False


def _ends(word: str, lex: _Words) -> bool:
    return word in _STOPS or word in lex.boundaries  # brackets do not: "der Sohn (12) schlägt"


_STOPS = frozenset(",.;:!?")
RELATIVE_REACH = 4  # a relative pronoun refers to a person this many words before it


def _antecedent(words: list[str], before: int, lex: _Words) -> Agent:
    """The person spoken of last before `before` — the subject a clause left out."""
    for word in reversed(words[:before]):
        found = _person(word, lex)
        if found is not None:
            return found
    return Agent.UNKNOWN


def _resolved(words: list[str], at: int, lex: _Words) -> Agent:
    """A pronoun's person; a child only when no adult was named before who could be meant."""
    found = _antecedent(words, at, lex)
    if found is Agent.CHILD and any(_person(w, lex) is Agent.ADULT for w in words[:at]):
        return Agent.UNKNOWN
    return found


def _subject(words: list[str], at: int, start: int, end: int, lex: _Words) -> Agent:
    """The agent of the active verb at `at` in the clause [start, end)."""
    for i in range(at - 1, start, -1):  # "Angst vor Papa der schlägt" (no comma)
        if _person(words[i], lex) is not None:
            break
        # "drei Jungs aus der Vierten, die hauen sich"; after a preposition the word is an
        # article ("wie die Mutter den Sohn an der Tür geschlagen hat": the mother hits)
        if words[i] in lex.relatives and words[i - 1] not in lex.prepositions:
            for j in range(i - 1, max(start, i - RELATIVE_REACH - 1), -1):
                if _person(words[j], lex) is not None:
                    return _person(words[j], lex) or Agent.UNKNOWN
    if (left := _left_out(words, start)) is not None:  # "… und hat seine Mutter geschubst"
        return left
    for i in range(start, at):
        word = words[i]
        if word in lex.pronouns:  # "er schlägt …": by its gender too (`agency_pronouns`)
            return _pronoun_agent(words, i, at, end)
        if i == start and word in lex.relatives and not any(
                _person(w, lex) for w in words[i + 1 : at]):  # "…, der schlägt"  # fmt: skip
            return _resolved(words, i, lex)
        found = _person(word, lex)
        if found is not None and words[i + 1] != "s":  # "daughter's father": the father
            return found
    if at == start:  # the verb opens the clause: its subject was left out
        return _antecedent(words, start, lex)
    for i in range(at + 1, end):  # "zuhause schlägt der Vater …": subject after the verb
        if words[i] in lex.pronouns and words[i - 1] not in lex.impersonal:  # not "gibt es"
            return _resolved(words, start, lex)
        found = _person(words[i], lex)
        if found is not None:
            return found
    return Agent.UNKNOWN


def _pronoun_agent(words: list[str], at: int, verb: int, end: int) -> Agent:
    from bot.understanding.agency_pronouns import pronoun_agent  # it reads persons of this one

    return pronoun_agent(words, at, verb, end)


def _alone_pronoun(words: list[str], at: int) -> Agent:
    from bot.understanding.agency_pronouns import alone_pronoun

    return alone_pronoun(words, at)


def _left_out(words: list[str], start: int) -> Agent | None:
    from bot.understanding.agency_pronouns import left_out_agent

    return left_out_agent(words, start)


def _passive_agent(words: list[str], at: int, start: int, end: int, lex: _Words) -> Agent:
    for i in range(start, end - 1):
        if words[i] in lex.by:
            for word in words[i + 1 : min(end, i + 4)]:
                found = _person(word, lex)
                if found is not None:
                    return found
    return Agent.UNKNOWN


@cache
def _peer_words() -> tuple[frozenset[str], frozenset[str]]:
    data = safety_lexicon()["agency"]
    return frozenset(data.get("peer_objects", ())), frozenset(data.get("indefinite", ()))


def _peer_hit(words: list[str], start: int, at: int) -> bool:
    """Tell whether the one hit is named as some smaller or younger child ("hat nen Kleineren
    verkloppt", "haben einen Jüngeren verprügelt"): an indefinite comparative picks one out of
    the children around, so whoever hits, with no subject named, is one of the young people
    (a parent's "hat den Älteren geschlagen" picks one of his own with the definite article)."""
    objects, indefinite = _peer_words()
    return any(words[i] in objects and words[i - 1] in indefinite
               for i in range(max(start, 1), at))


def violent_acts(words: list[str]) -> list[Act]:
    """Return every violent verb of the tokenised text with who does it."""
    lex = _words()
    return acts_of(words, lex.verbs, lex.participles | idiom_verbs())


def acts_of(words: list[str], verbs: frozenset[str], participles: frozenset[str],
            separable: frozenset[str] = frozenset(), closing: frozenset[str] = frozenset()
            ) -> list[Act]:  # fmt: skip
    """Return every act of these verbs with who does it: the violent ones, or touching
    (`bot.understanding.safety_touch`). A `separable` verb is the act only with one of
    `closing` ending its clause ("der Onkel fasst sie an"; "fasst Mut" is none)."""
    lex = _words()
    acts: list[Act] = []
    for at, word in enumerate(words):
        active, participle = word in verbs or word in separable, word in participles
        if not (active or participle):
            continue
        if word in lex.homonyms and at and words[at - 1] in lex.noun_markers:  # "die Haut"
            continue
        if at + 1 < len(words) and words[at + 1] in lex.phrasal:
            continue  # "gets kicked out of the club", "the match kicks off": no blow
        if at + 1 < len(words) and words[at + 1] in lex.negations and (
            at + 2 >= len(words) or words[at + 2] not in lex.only
        ):  # "Papa schlägt nicht", but "schlägt nicht nur die Mama"
            continue
        start, end = _clause(words, at, lex)
        particles = closing if word in separable else lex.particles
        closed = active and end - 1 > at and words[end - 1] in particles
        if closed != (word in separable):
            continue  # "haut ab", "schlägt vor", "tritt auf": another verb; "fasst Mut": none
        if not told_as_blow(words, at, start, end):
            continue  # "hat ihm die Jacke übergezogen", "hat sich den Arm gebrochen"
        if any(w in lex.idioms for w in words[start:end]):
            continue  # "in Kontakt treten", "ein Rad schlagen"
        if (word in lex.shut_verbs or (active and words[end - 1] == "zu")) and any(
                w in lex.shut_objects for w in words[start:end]):  # fmt: skip
            continue  # "hat die Tür zugeschlagen", "schlägt die Tür zu": a door shut
        passive = participle and any(w in lex.passive for w in words[start:end])
        if passive:
            act = Act(at, _passive_agent(words, at, start, end, lex), True)
        else:  # active, or a participle in a perfect tense: "hat das Kind geschlagen"
            agent = _subject(words, at, start, end, lex)
            if agent is Agent.UNKNOWN and _peer_hit(words, start, at):
                agent = Agent.CHILD  # "hat nen Kleineren verkloppt": one child hits another
            act = Act(at, agent, False)
        if word in lex.adult_only and act.agent is Agent.UNKNOWN:
            continue  # "von Abschiebung bedroht": a threat counts when a person makes it
        acts.append(act)
    return acts
