"""Young carers: a child who cares for, interprets for or watches over a parent or sibling.

"Tochter 14 pflegt ihre Mutter seit dem Schlaganfall", "kız her yerde dolmetschen yapıyor",
"dat er nachts immer aufpasst wenn sein Vadder Krampfanfälle hat": the member's condition is
background, the child's care work is the matter, and what such a child needs is relief (and,
where the writer asks for it, someone to talk to). Topic finding credits the condition as if it
were the child's (a disability, a parent's illness as family burden, interpreting as migration).
When a verb of care and a family member stand in one clause, this module drops the condition's
credits outside the sentence that asks and credits the relief. A condition named in the asking
sentence ("Gebärdensprachdolmetscher kim öder?") stays. Words live in `young_carers.toml`.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from functools import cache
from typing import Any

from bot.models import AgeRange
from bot.understanding.topic_choice import decided_again
from bot.understanding.topic_parts import Credit, TopicMatch
from bot.vocabulary.lexicon import _load as load_toml

_WINDOW = 10  # words between a verb of care and the member it is for, across a comma


@dataclass(frozen=True, slots=True)
class _Rules:
    members: frozenset[str]
    owned: frozenset[str]
    askers: frozenset[str]  # the care is asked for, or an adult gives it: no child's care work
    verbs: frozenset[str]
    talk: frozenset[str]
    breaks: frozenset[str]
    separable: dict[str, str]
    conditions: frozenset[str]
    relief: str
    counsel: str
    burden: str


@cache
def _rules() -> _Rules:
    data = load_toml("young_carers.toml")
    return _Rules(frozenset(data["members"]), frozenset(data["owned"]),
                  frozenset((*data["askers"], *data["adult_carers"])),
                  frozenset(data["verbs"]), frozenset(data["talk"]),
                  frozenset(data["breaks"]), dict(data["separable"]),
                  frozenset(data["conditions"]), data["relief"], data["counsel"],
                  data["burden"])


def care_position(folded: tuple[str, ...], clause: tuple[int, ...]) -> int | None:
    """The position of a verb of care with a family member near it; else None."""
    rules = _rules()
    for i, word in enumerate(folded):
        if word not in rules.verbs or any(w in rules.askers for w in folded[max(0, i - 3):i]):
            continue
        after = folded[i + 1:i + _WINDOW + 1]
        particle = rules.separable.get(word)
        if particle and particle not in after:
            continue
        before = folded[max(0, i - _WINDOW):i]
        if any(w in rules.members or w in rules.owned for w in after) or any(
                w in rules.owned for w in before):  # fmt: skip
            return i
    return None


def young_carers(found: TopicMatch, words: Any, age: AgeRange | None, decide: Any) -> TopicMatch:
    """`found` with a young carer's member condition set aside and relief credited, decided
    again by `decide(credits, age)`; unchanged where no child's care work is told or the
    child is an adult."""
    if age is not None and age.low >= 18 * 12:
        return found
    folded = tuple(words.folded)
    at = care_position(folded, tuple(words.clause))
    if at is None:
        return found
    rules = _rules()
    asked = tuple(words.asked)
    kept = [c for c in found.credits if c.topic not in rules.conditions
            or (c.position < len(asked) and asked[c.position] and c.strong)]
    # a chore word read weakly as the family's relief ("einkaufen") is the relief asked here
    if rules.burden not in {c.topic for c in kept}:
        kept = [dataclasses.replace(c, strong=True) if c.topic == rules.relief else c
                for c in kept]  # fmt: skip
    told = {c.topic for c in kept}
    extra: list[Credit] = []
    asked_break = next((i for i, w in enumerate(folded) if w in rules.breaks and asked[i]), None)
    if rules.burden in told:
        pass  # a parent's illness as the family's burden: the offers for such children
    elif asked_break is not None:  # "Nachhilfe oder mal Auszeit für sie?": asked beside another
        extra.append(Credit(asked_break, folded[asked_break], rules.relief, 1.3, True))
    elif rules.relief not in told:
        extra.append(Credit(at, folded[at], rules.relief, 1.0, True))
    if rules.burden not in told and rules.counsel not in told and any(
            w in rules.talk for w in folded):  # fmt: skip
        extra.append(Credit(at, folded[at], rules.counsel, 1.0, True))
    credits = [*kept, *extra]
    if credits == list(found.credits):
        return found
    again = decided_again(found, credits, age, decide)
    return again if again.topics else found


__all__ = ["care_position", "young_carers"]
