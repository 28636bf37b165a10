"""Where a sign of `bot.understanding.safety` fires in the words of a text.

Kept apart from the signs module, which reads what a sign is and whether it is a case now: here
the groups of a sign found near each other (in order, or within a reach of their own), a violent
verb decided by who does it, touching decided by who touches whom ("der Stiefvater fasst ihre
kleine Schwester an" is a sign, "Junge (4) fasst alles an" and "wer sie anfassen darf" are not),
a young child alone — and a negation or clearing word that takes a sign back.
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from bot.understanding.agency import Act, Agent, acts_of, violent_acts
from bot.understanding.agency import _person_of as person_of
from bot.understanding.agency_alone import alone_children
from bot.understanding.agency_pronouns import unnamed_adult
from bot.understanding.safety_ages import alone_words
from bot.understanding.safety_checked import dealt_with
from bot.understanding.safety_fluids import fluid_intake
from bot.understanding.safety_text import Words, matches, sentence_of
from bot.understanding.safety_unless import taken_back
from bot.vocabulary.lexicon import safety_lexicon

if TYPE_CHECKING:
    from bot.understanding.safety import _Context, _Signal

CLAUSE_TAIL = 3  # words after an ordered sign where the verb closing its clause still counts


def negated(words: list[str], at: int, context: _Context) -> bool:
    """Tell whether a negation before `at` ("nicht" up to three words, "kein…" up to six), or a
    word clearing it up to five words after ("ausgeschlossen", not "nicht ausgeschlossen"; "nicht
    bestätigt"), in the same clause, negates it — or whether the writer has dealt with it already
    (a check with a negative finding, a court's order: `bot.understanding.safety_checked`)."""
    if dealt_with(words, at):
        return True
    for back, word in enumerate(reversed(words[max(0, at - 6) : at]), start=1):
        if not word[0].isalnum():
            break
        if word in context.strong_negations or (back <= 3 and word in context.negations):
            return True
    for i in range(at + 1, min(len(words), at + 6)):
        if not words[i][0].isalnum():
            break
        negated = words[i - 1] in context.negations
        if (words[i] in context.cleared and not negated) or (
            words[i] in context.cleared_when_negated and negated
        ):
            return True
    return False



def anchors(signal: _Signal, words: list[str], context: _Context,
             found: dict[Words, list[int]], named_young: bool = False) -> list[int]:  # fmt: skip
    """Return where the signal fires: positions of its first group with all others near
    (`named_young`: a child alone only when the words call it young)."""
    if signal.kind == "agency":
        return _acts(signal, words, context, found)
    if signal.kind == "touch":  # touching, decided by who touches whom
        return _touches(signal, words, context, found)
    if signal.kind == "alone":  # a young child alone, decided by who is alone
        near = found.get(signal.groups[1], [])
        return [at for at in alone_children(alone_words(words), named_young)
                if not negated(words, at, context) and _near(signal, words, at, [near])]
    hits: list[list[int]] = []
    for group, negatable in zip(signal.groups, signal.negatable, strict=True):
        at = [i for i in found.get(group, ())  # "trinkt kaum" is fluids, no drinking
              if not (negatable and negated(words, i, context)) and not fluid_intake(words, i)]
        if not at:
            return []
        hits.append(at)
    return [anchor for anchor in hits[0] if _near(signal, words, anchor, hits[1:])]


def _near(signal: _Signal, words: list[str], anchor: int, others: list[list[int]]) -> bool:
    low, high = anchor - signal.window, anchor + signal.window
    tail = high
    if signal.ordered:  # each group after the one before: "Angst vor … dem Vater"
        low = last = anchor
        for at in others:
            later = [i for i in at if last < i <= high]
            if not later:
                return False
            last = later[0]
        # the verb that closes the clause may take the sign back ("traut sich nicht, es zu
        # Hause zu sagen" is news to tell, not fear of home)
        tail = max(high, last + CLAUSE_TAIL)
        low = anchor - 1  # and the verb of its first word ("findet nicht nach Hause")
    elif signal.reach:  # "kümmern sich nicht" close together, a second sign further off
        if not all(any(_within(i, anchor, far) for i in at)
                   for at, far in zip(others, signal.reach[1:], strict=True)):  # fmt: skip
            return False
    elif not all(any(low <= i <= high for i in at) for at in others):
        return False
    return not taken_back(signal, words, low, tail, anchor)


def _within(at: int, anchor: int, reach: int) -> bool:
    """A word within `reach` of the anchor; a negative reach only before it ("die Eltern sind
    weg": the ones gone are named before "weg", not "… ist weg, die Mutter sagt")."""
    return anchor + reach <= at < anchor if reach < 0 else abs(at - anchor) <= reach


def _acts(signal: _Signal, words: list[str], context: _Context,
          found: dict[Words, list[int]]) -> list[int]:  # fmt: skip
    """Violent acts that are signs: by an adult, or by nobody named to someone at home."""
    context_words = found.get(signal.groups[1], [])
    fired = []
    for act in joined_acts(violent_acts(words), words):
        if act.agent is Agent.CHILD or negated(words, act.at, context):
            continue
        if _phrasal_apart(words, act.at):
            continue  # "OGS kicked him out last week": excluded, not kicked
        if _lashing_out(words, act.at):
            continue  # "schlägt in der Schule um sich": an outburst, nobody is hit
        if (act.agent is Agent.ADULT and (_adult_in_clause(words, act.at)
                                          or _unnamed_adult(signal, words, act.at))) or _near(
            signal, words, act.at, [context_words] if not act.passive else []
        ):
            fired.append(act.at)
    return fired


def _unnamed_adult(signal: _Signal, words: list[str], at: int) -> bool:
    """An adult the pronoun subject stands for, who cannot be the child named ("Tochter (5)
    erzählt, dass er sie schlägt"): one named before the child ("lebt beim Vater, erzählt, dass
    er sie schlägt"), or one not named where the sentence tells no peers' place ("er hat sie in
    der Pause geschubst": a boy at school may be meant)."""
    meant = unnamed_adult(words, at, SUBJECT_CLAUSE)
    return meant is Agent.ADULT or (meant is Agent.UNKNOWN and not any(
        matches(w, signal.unless) for w in sentence_of(words, at)))


def _adult_in_clause(words: list[str], at: int) -> bool:
    """Tell whether an adult is named in the clause of the verb at `at`, before it ("Papa hat
    ihn auf dem Spielplatz geschlagen"). An adult found further off ("trotzt extrem, haut Mama,
    beißt": the mother named in the clause before; "Der Mittlere, der 6jährige, haut seitdem
    in de Schule andere Kinder") is a guess at who does it, as uncertain as nobody named: the
    act is a sign only with the words of home near it and none of a child's own aggression."""
    # verbs joined by "und" share their subject: "wie der Mann seine Frau angebrüllt und gegen
    # die Wand geschubst hat"
    ends = _clause_words()[2]
    for word in reversed(words[max(0, at - SUBJECT_CLAUSE) : at]):
        if not word[0].isalnum() or word in ends:
            return False
        if person_of(word) is Agent.ADULT:
            return True
    return False


def joined_acts(acts: list[Act], words: list[str]) -> list[Act]:
    """Read verbs joined by "und"/"and" as one act: a passive verb without an agent takes the
    agent named with the verb joined to it ("being hit and pushed by older kids", "wird gehauen
    und von Älteren geschubst": both blows are the peers'; "is being hit and kicked by his
    stepdad": both are the stepfather's), and a participle joined to a passive one is passive
    too ("wird gehauen und geschubst", "wird von Mitschülerinnen ausgegrenzt und geschlagen":
    the girl is hit, she does not hit)."""
    data = safety_lexicon()["agency"]
    coordinators, by = frozenset(data["coordinators"]), frozenset(data["by"])
    passive = frozenset(data["passive"])
    verbs = {act.at for act in acts}
    shared = []
    for act in acts:
        if act.passive and act.agent is Agent.UNKNOWN:  # "von Älteren verprügelt"
            act = Act(act.at, _clause_agent(words, act.at, by), True)
        if act.passive or act.at < 2 or words[act.at - 1] not in coordinators:
            pass
        elif (act.at + 1 < len(words) and words[act.at + 1] in by) or _in_passive(
                words, act.at - 2, passive):  # fmt: skip
            act = Act(act.at, _clause_agent(words, act.at, by), True)
        if act.passive and act.agent is Agent.UNKNOWN and words[act.at + 1 : act.at + 2] and (
                words[act.at + 1] in coordinators):  # fmt: skip
            act = Act(act.at, _joined_agent(words, act.at + 2, verbs, by), True)
        shared.append(act)
    return shared


def _in_passive(words: list[str], at: int, passive: frozenset[str]) -> bool:
    """Tell whether the word at `at` is a participle ("ausgegrenzt", "gehauen", "pushed") closing
    a passive clause: an auxiliary ("wird", "was", "gets") stands before it in its clause."""
    word = words[at]
    if not (_PARTICIPLE.fullmatch(word) or word.endswith("ed")):
        return False
    for before in reversed(words[max(0, at - CLAUSE_BACK) : at]):
        if not before[0].isalnum():
            return False
        if before in passive:
            return True
    return False


def _clause_agent(words: list[str], at: int, by: frozenset[str]) -> Agent:
    """The agent named with "von"/"by" in the clause of the joined participle at `at`."""
    for i in range(at + 1, min(len(words), at + 2)):
        if words[i] in by:
            return _person_after(words, i)
    for i in range(at - 1, max(-1, at - CLAUSE_BACK - 2), -1):
        if not words[i][0].isalnum():
            break
        if words[i] in by:
            return _person_after(words, i)
    return Agent.UNKNOWN


def _person_after(words: list[str], at: int) -> Agent:
    """The person named after "von"/"by" at `at`; the older or bigger ones named alone are
    peers ("von Älteren verprügelt", "von Größeren in der Pause"), not when a person word
    follows them ("von der älteren Schwester", "by older men")."""
    data = safety_lexicon()["agency"]
    peers, alone = frozenset(data.get("peers_by", ())), frozenset(data.get("peers_alone", ()))
    for i, word in enumerate(words[at + 1 : at + 4], start=at + 1):
        found = person_of(word)
        if found is not None:
            return found
        if word in peers and i + 1 < len(words):
            after = words[i + 1]
            if person_of(after) is not None:
                return person_of(after) or Agent.UNKNOWN
            if after in alone or not after[0].isalnum() or _PARTICIPLE.fullmatch(after):
                return Agent.CHILD
    return Agent.UNKNOWN


CLAUSE_BACK = 8  # words back to a passive auxiliary ("wird in der Schule jeden Tag gehauen")
# a German past participle (folded), as `bot.understanding.agency` reads one
_PARTICIPLE = re.compile(r"(?:ab|an|auf|aus|ein|mit|nach|um|vor|weg|zu|zurueck|rum|herum)?"
                         r"ge[a-z]{2,}(?:t|en)")


def _joined_agent(words: list[str], at: int, verbs: set[int], by: frozenset[str]) -> Agent:
    """The agent named with "by"/"von" around the verb joined at `at`: just before it ("und von
    Älteren geschubst") or just after it ("and pushed by older kids")."""
    joined = next((i for i in range(at, at + JOINED_REACH) if i in verbs), None)
    if joined is None:
        return Agent.UNKNOWN
    for i in (*range(at, joined), joined + 1):
        if i < len(words) and words[i] in by:
            return _person_after(words, i)
    return Agent.UNKNOWN


JOINED_REACH = 4  # words from "und" to the verb it joins ("und von den Älteren geschubst")
PHRASAL_REACH = 3  # words an English object may take between a verb and its particle


@cache
def _phrasal_words() -> tuple[frozenset[str], frozenset[str]]:
    """The English particles that make another verb of a violent one ("kick out", "beat off"
    is none here: only `phrasal`), and the object words that may stand between them."""
    data = safety_lexicon()["agency"]
    return frozenset(data.get("phrasal", ())), frozenset(data.get("phrasal_objects", ()))


def _phrasal_apart(words: list[str], at: int) -> bool:
    """Tell whether an English particle closes the verb at `at` after its object: "kicked him
    out", "kicked my son out of OGS" tell an exclusion, not a blow (the particle right after
    the verb is read in `bot.understanding.agency`)."""
    particles, objects = _phrasal_words()
    for word in words[at + 1 : at + 2 + PHRASAL_REACH]:
        if word in particles:
            return True
        if word not in objects:
            return False
    return False


LASHING_REACH = 6  # words from the verb to "um sich" ("schlägt in der Pause wild um sich")
SUBJECT_BACK = 3  # words before the verb where its subject is named ("der Vater schlägt")
SUBJECT_CLAUSE = 15  # words back to the start of a blow's clause, over verbs joined by "und"


@cache
def _clause_words() -> tuple[frozenset[tuple[str, ...]], frozenset[str], frozenset[str]]:
    """The phrases of a blow flung about (`lashing_out`), the words that end a clause, and those
    that end it but for "und"/"oder" (verbs joined by them share their subject)."""
    data = safety_lexicon()["agency"]
    boundaries = frozenset(data["boundaries"])
    return (frozenset(tuple(p.split()) for p in data.get("lashing_out", ())), boundaries,
            boundaries - frozenset(data["coordinators"]))  # fmt: skip


def _lashing_out(words: list[str], at: int) -> bool:
    """Tell whether the violent verb at `at` is flung about, at nobody ("schlägt um sich", "haut
    in der Schule wild um sich"): the child's own outburst, a matter of violence prevention or
    counselling, not a blow anyone suffered. The phrase must stand in the verb's clause after it;
    an adult named as the one who does it ("Der Stiefvater schlägt wild um sich") stays a sign:
    a grown-up's rage at home endangers the children near him."""
    phrases, boundaries, _ = _clause_words()
    for word in reversed(words[max(0, at - SUBJECT_BACK) : at]):
        if not word[0].isalnum() or word in boundaries:
            break
        if person_of(word) is Agent.ADULT:
            return False
    end = at + 1
    while end < min(len(words), at + 1 + LASHING_REACH) and words[end][0].isalnum() and (
            words[end] not in boundaries):  # fmt: skip
        end += 1
    clause = tuple(words[at + 1 : end])
    return any(clause[i : i + len(p)] == p for p in phrases for i in range(len(clause)))


@cache
def _touch_verbs() -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    """The verbs of touching (`[agency.touch]` in safety.toml): joined forms, participles,
    separable forms and the particles that close their clause."""
    data = safety_lexicon()["agency"].get("touch", {})
    return tuple(frozenset(data.get(k, ())) for k in (
        "verbs", "participles", "separable", "closing"))  # type: ignore[return-value]


def touching_acts(words: list[str]) -> list[Act]:
    """Every act of touching in the tokenised text, with who touches."""
    verbs, participles, separable, closing = _touch_verbs()
    return acts_of(words, verbs, participles, separable, closing)


def _touches(signal: _Signal, words: list[str], context: _Context,
             found: dict[Words, list[int]]) -> list[int]:  # fmt: skip
    """Touching that is a sign: an adult who touches a person ("fasst sie an", "fasst ihre
    kleine Schwester an"), or someone touched by a person not named ("wurde angefasst"); a
    child who touches, a hand held ("fasst ihn an der Hand an") or a child who will not be
    touched (`unless`) is none."""
    persons = found.get(signal.groups[1], [])
    return [act.at for act in touching_acts(words)
            if (act.agent is Agent.ADULT or (act.passive and act.agent is Agent.UNKNOWN))
            and not negated(words, act.at, context)
            and _near(signal, words, act.at, [persons])]  # fmt: skip
