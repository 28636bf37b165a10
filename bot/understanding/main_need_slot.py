"""The needs the asking words name themselves, when they name no kind of help.

"Meine Tochter ist alkoholkrank, Jannik wohnt jetzt bei mir. Gibt es eine Gruppe für Kinder von
suchtkranken Eltern?" asks for the children's group; the mother's drinking is why. No word of the
asked sentence is a help named by its need ("Nachhilfe"), yet a need word stands in it, and the
other need is only told in sentences that ask nothing. Then the asked need decides what fits
(`main_need_asked`, `Request.asked_topics`): where nothing meets it here, the request is a gap,
and the told need's offers become marked alternatives — not "passend".

Only a need named firmly (a strong credit, not a word too common to name a need alone) in the
asking words counts, and only when every other main need is told outside them: a need the asking
words also name ("Beratung und eine Gruppe für Alleinerziehende") is asked too.
"""

from __future__ import annotations

from collections import defaultdict

from bot.understanding.main_need_positions import COMPOUND, help_noun, need_vocabulary
from bot.understanding.normalise import Words
from bot.understanding.topic_parts import Credit


def asked_needs(words: Words, credits: list[Credit], main: tuple[str, ...],
                demoted: frozenset[str], slot: frozenset[int]) -> dict[str, float]:
    """Evidence per main need named firmly at the asking positions (`slot`), or {} when the
    asking words name none, name every main need (nothing told apart), or ask for help with what
    the story tells: counselling, therapy, support (`[story] open`: "Any counselling for teens?")
    or a help noun standing alone ("Schulsozialarbeit oder Projekt?"). A told need that says how
    the asked help must be held (`[story] qualifies`: a disability, where the family comes from,
    the youth office's help) stays asked with it."""
    if _open(words, slot):
        return {}
    weight: dict[str, float] = defaultdict(float)
    for c in credits:
        if c.position in slot and c.topic in main and c.strong and c.term not in demoted:
            weight[c.topic] += c.weight
    if not weight:
        return {}
    qualifies = need_vocabulary().qualifies
    for topic in main:
        if topic in qualifies and topic not in weight:
            weight[topic] = min(weight.values())
    return {} if set(weight) >= set(main) else dict(weight)


def named_alone(words: Words, credits: list[Credit], main: tuple[str, ...],
                demoted: frozenset[str], slot: frozenset[int],
                guessed: tuple[str, ...] = ()) -> tuple[str, ...]:  # fmt: skip
    """The lone main need when the asking words (`slot`) name it firmly ("wo er sich zu
    Verhütung informieren kann", "gibt es dort Schulsozialarbeit?", "Logopädie … any
    alternative?"), else ().

    Such a need was asked for, not read from a story: where it has no offer here, that is the
    gap, and the examples' guess of a neighbouring need must not stand in for it
    (`topic_model.guess_may_fill`), just as when a help word names it. Not so when the asking
    words ask for help with the story (`_open`: counselling, support, a help noun alone), nor when
    a word of the request names the guessed need, however weakly: then the guess confirms what
    the rules half read ("will eine Ausbildung beginnen, braucht dafür Betreuung": the care asked
    for; "kommt ohne Frühstück … Schulsozialarbeit?": a sign of neglect) rather than invent a
    neighbour. Nor when the asking words half name another need beside it ("möchte ihren
    Abschluss machen. Wer kann auf das Baby aufpassen?"): what they ask for is unsure, and the
    guess may read it. A first contact that guides on ("sich informieren") names no other need."""
    if len(main) != 1 or _open(words, slot) or any(c.topic in guessed for c in credits):
        return ()
    asked = [c for c in credits if c.position in slot]
    guides = need_vocabulary().guides
    if any(not c.strong and c.topic not in main and c.topic not in guides for c in asked):
        return ()
    firm = any(c.topic == main[0] and c.strong and c.term not in demoted for c in asked)
    return main if firm else ()


def _open(words: Words, slot: frozenset[int]) -> bool:
    """Whether the asking words ask for help with the story's matter: a word of counselling or
    support, or a help noun with nothing after it that says what it is for."""
    vocabulary = need_vocabulary()
    folded = words.folded
    for i in slot:
        if folded[i].startswith(vocabulary.open_help):
            return True
        if help_noun(folded[i]) and help_noun(folded[i]) != COMPOUND:
            after = folded[i + 1] if i + 1 < len(folded) else ""
            if words.clause[i] != words.clause[min(i + 1, len(folded) - 1)] or i + 1 == len(
                    folded) or after not in vocabulary.leads:
                return True
    return False
