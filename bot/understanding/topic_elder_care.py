"""A household that cares for an elder: the carers' load asks for relief.

"Vater pflegt seine demente Mutter … Sohn 14 schwänzt", "Mädchen 13 kümmert sich um ihre
pflegebedürftige Oma", "Kollegin pflegt ihren Schwiegervater (Pflegegrad 4)": topic finding reads
the elder's dementia or care grade as a parent's illness (the offers for children of ill
parents), the grandparent's name as kinship care (a grandmother raising the child), a care grade
as the child's disability. The one cared for is the child's grandparent, and what the household
carries is a care load: its need is relief (`alleinerziehende_entlastung`), beside whatever the
child's own need is. So when a word of care stands near an elder in its sentence, or an adult cares
for their own parent, the credits of those words to the misread topics go to relief — weak, so a
need named for the child still leads; a help for young carers asked by name keeps its strength.
A parent's own dementia ("Mutter ist dement") tells no elder and is untouched, and so are signs
of danger, which `safety` reads apart. Words live in `elder_care.toml`.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from bot.models import AgeRange
from bot.understanding.normalise import Words
from bot.understanding.topic_choice import decided_again
from bot.understanding.topic_parts import Credit, TopicMatch
from bot.vocabulary.lexicon import _load as load_toml

OBJECT_REACH = 4  # words from the verb of care to the possessive of the parent it cares for
NEAR = 5  # words between an elder and a word of care said of them


@dataclass(frozen=True, slots=True)
class _Rules:
    elders: frozenset[str]
    care: frozenset[str]
    verbs: frozenset[str]
    possessives: frozenset[str]
    members: frozenset[str]
    adults: frozenset[str]
    children: frozenset[str]
    reach: int
    conditions: frozenset[str]
    relief: str
    named: frozenset[str]


@cache
def _rules() -> _Rules:
    data = load_toml("elder_care.toml")
    return _Rules(frozenset(data["elders"]), frozenset(data["care"]), frozenset(data["verbs"]),
                  frozenset(data["possessives"]), frozenset(data["members"]),
                  frozenset(data["adults"]), frozenset(data["children"]), int(data["reach"]),
                  frozenset(data["conditions"]),
                  str(data["relief"]), frozenset(data["named"]))


def _near_elders(folded: tuple[str, ...], sentence: tuple[int, ...], elders: set[int],
                 rules: _Rules) -> set[int]:  # fmt: skip
    """The positions of the elders and of the words of care that stand near one, in its sentence
    ("pflegebedürftige Oma", "kümmert sich nachmittags um Opa"); a care grade far off in a long
    sentence is someone else's ("eine Großmutter … Ihr Enkel … wo man einen Pflegegrad
    beantrage": the grandchild's)."""
    spots: set[int] = set()
    for i, word in enumerate(folded):
        if word not in rules.care:
            continue
        close = {e for e in elders if abs(e - i) <= NEAR and sentence[e] == sentence[i]}
        if close:
            spots |= close | {i}
    return spots


def _adult_subject(before: tuple[str, ...], rules: _Rules) -> bool:
    """Whether the nearest person before a verb is an adult, not a child ("Tochter pflegt ihre
    Mutter" is a young carer's care, read by `topic_carers`)."""
    for word in reversed(before):
        if word in rules.children:
            return False
        if word in rules.adults:
            return True
    return False


def _own_parent(folded: tuple[str, ...], rules: _Rules) -> set[int]:
    """The positions from an adult's verb of care to their own parent it cares for ("Vater pflegt
    [nebenbei] seine [demente] Mutter"); that parent is an elder."""
    spans: set[int] = set()
    for i, word in enumerate(folded):
        if word not in rules.verbs:
            continue
        if not _adult_subject(folded[max(0, i - rules.reach):i], rules):
            continue
        for j in range(i + 1, min(len(folded), i + OBJECT_REACH + 1)):
            if folded[j] in rules.possessives:
                end = next((k for k in range(j + 1, min(len(folded), j + 3))
                            if folded[k] in rules.members), None)  # fmt: skip
                if end is not None:
                    spans |= set(range(i, end + 1))
                break
    return spans


def elder_care(found: TopicMatch, words: Words, age: AgeRange | None,
               decide: Callable[[list[Credit], AgeRange | None], TopicMatch]) -> TopicMatch:
    """`found` with an elder's care told read as the household's need for relief; unchanged
    where no elder is cared for or no credit was misread."""
    rules = _rules()
    folded = tuple(words.folded)
    sentence = tuple(words.sentence) or (0,) * len(folded)
    own = _own_parent(folded, rules)
    elders = {i for i, w in enumerate(folded) if w in rules.elders} | {
        i for i in own if folded[i] in rules.members}
    spots = own | _near_elders(folded, sentence, elders, rules)
    if not spots - elders:  # an elder alone ("lebt bei der Oma") is no care told
        return found

    def told(c: Credit) -> bool:  # the help for young carers asked by name, anywhere
        return c.position in spots or c.term in rules.named

    moved = [c for c in found.credits if c.topic in rules.conditions and told(c)]
    if not moved:
        return found
    # the load is one need, however many words told it: one credit, at the first of them
    credits = [c for c in found.credits if c not in moved]
    first = min(moved, key=lambda c: c.position)
    if not any(c.topic == rules.relief and c.position == first.position for c in credits):
        named = any(c.strong and c.term in rules.named for c in moved)
        credits.append(dataclasses.replace(first, topic=rules.relief, weight=1.0, strong=named))
    again = decided_again(found, credits, age, decide)
    return again if again.topics else found


__all__ = ["elder_care"]
