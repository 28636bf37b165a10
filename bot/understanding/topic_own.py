"""Whose strain: a young person's own state told with no parent in the story is their own.

"total durch", "am Ende", "psychisch", "hört Stimmen" are read as a carer's strain or a parent's
illness ("Mutter total durch", "Papa psychisch krank"): Frühe Hilfen, relief for single parents,
help for children of burdened parents. Said of a young person with no parent in the request
("Probant 19, psychisch total durch, hört Stimmen", "Jugendliche 16 ist psychisch am Ende") they
describe the young person, whose own need is named beside them (therapy, a place to live); the
parents' offers then pushed it past the third place or filled an honest gap.

So while the asked age's lower end is a young person's (`[young_own] from_months`) and no word of
the request names a parent, a carer or a writer who speaks as one (`[kinship]` parents, carers and
the kin words, `[young_own] speakers`), the weak credits of the parents' topics (`topics`) are
dropped and the topics decided again. A need named directly ("Kinder psychisch kranker Eltern",
"alleinerziehend") is strong and keeps its credit.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

from bot.models import AgeRange
from bot.understanding.normalise import Words
from bot.understanding.topic_choice import decided_again
from bot.understanding.topic_parts import Credit, TopicMatch
from bot.vocabulary.lexicon import topic_lexicon


@cache
def _rule() -> tuple[int, frozenset[str], frozenset[str]] | None:
    data = topic_lexicon().get("young_own")
    kinship = topic_lexicon().get("kinship")
    if not data or not kinship:
        return None
    people = frozenset(w for key in ("parents", "carers", "kin_parents") for w in kinship[key])
    return (int(data["from_months"]), frozenset(data["topics"]),
            people | frozenset(data["speakers"]))


def young_own(found: TopicMatch, words: Words, age: AgeRange | None,
              decide: Callable[[list[Credit], AgeRange | None], TopicMatch]) -> TopicMatch:
    """`found` without the parents' weak credits where a young person's state is told and no
    parent is in the story; unchanged for a child, when no age is known, when a parent or carer
    is named, or when nothing else would be left to name a need."""
    rule = _rule()
    if rule is None or age is None or age.low < rule[0]:
        return found
    _from, topics, people = rule
    if any(w in people for w in words.folded):
        return found
    credits = [c for c in found.credits if c.strong or c.topic not in topics]
    if len(credits) == len(found.credits) or not credits:
        return found
    again = decided_again(found, credits, age, decide)
    return again if again.topics else found
