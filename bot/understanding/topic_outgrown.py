"""A help named for one age passes to the help that serves the child's age (therapy52).

The taxonomy files a need under the topic of the age it mostly shows at, and the catalogue's
offers follow: giftedness (`hochbegabt`, `Hochbegabung`) is learning support
(`lernfoerderung`), whose offers start with school. Professionals use the same word for a child
of another age: parents of a three-year-old who reads and is bored in the Kita ask for
"Beratung zu Hochbegabung", which the psychological counselling centres give
(`erziehungsberatung`). Read as the named topic alone, such a request was an honest-looking gap
although the catalogue holds the help.

So while the whole asked age lies in a rule's span (`[[outgrown]]` in `topic_lexicon.toml`), each
credit of the rule's `topic` by one of its `terms` credits the rule's `to` topic as well, and the
topics are decided again; the named topic's credit stays. A rule without `to` says the words name
no need yet at that age: a child of three who is not yet dry is developing as most do (wetting
is a matter from five on), so its credits give way to what else the request names. Without an
age, or outside the span, the reading is kept. Rules are added only where the labelled requests
agree: a toddler's "Fütterberatung" and a two-year-old's "Kinderturnen" were tried (to child
health, to parent-child groups) and left out — the catalogue holds neither help for that age,
and the labelled sets call them honest gaps (dev d225, gaps7 g7-027, gaps55-007, places40-030 …).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from bot.models import AgeRange
from bot.text import fold
from bot.understanding.topic_choice import decided_again
from bot.understanding.topic_parts import Credit, TopicMatch
from bot.vocabulary.lexicon import topic_lexicon


@dataclass(frozen=True, slots=True)
class _Rule:
    topic: str
    to: str | None
    from_months: int
    below_months: int
    terms: frozenset[str]


@cache
def _rules() -> tuple[_Rule, ...]:
    return tuple(_Rule(str(r["topic"]), r.get("to"), int(r["from_months"]),
                       int(r["below_months"]), frozenset(fold(t) for t in r["terms"]))
                 for r in topic_lexicon().get("outgrown", ()))  # fmt: skip


def outgrown(found: TopicMatch, age: AgeRange | None,
             decide: Callable[[list[Credit], AgeRange | None], TopicMatch]) -> TopicMatch:
    """`found` with a help named for another age credited to the help of the child's age as
    well (module docstring); unchanged without an age or a rule that applies."""
    if age is None or not found.credits:
        return found
    added: list[Credit] = []
    gone: set[Credit] = set()
    for rule in _rules():
        if not rule.from_months <= age.low <= age.high < rule.below_months:
            continue
        held = {c.position for c in found.credits if c.topic == rule.to}
        for c in found.credits:
            if c.topic != rule.topic or c.term not in rule.terms:
                continue
            if rule.to is None:
                gone.add(c)  # no need yet at this age
            elif c.position not in held:
                held.add(c.position)
                added.append(dataclasses.replace(c, topic=rule.to))
    if not added and not gone:
        return found
    kept = [c for c in found.credits if c not in gone]
    if gone and not any(c.strong for c in kept):
        return found  # told alone, the words still say what the family asks about
    again = decided_again(found, [*kept, *added], age, decide)
    return again if again.topics else found


__all__ = ["outgrown"]
