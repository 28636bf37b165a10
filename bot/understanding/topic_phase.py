"""A help of one life phase passes to the phase of the person told: a young adult's upbringing.

The vocabulary credits the help for upbringing (`hilfen_zur_erziehung`) with the words of a
family at odds with its teenager: "will raus", "eskaliert", "Jugendamt", "Wohngruppe". Told of a
person of 19 or 20 ("Sohn der Mieterin, 20, keine Schule, keine Arbeit, Mutter will ihn „raus
haben“", "Tochter 20 will raus von zu Hause"), that help has ended with the 18th birthday in the
catalogue's offers, and the need goes on as the young adults' help (§ 41 SGB VIII,
`junge_volljaehrige`): read as the minor's topic alone, such a request was an honest-looking gap.
`topic_young.minor_home` does the reverse for a minor's lost home.

So while the whole asked age lies in `[grown_phase]` (18 up to 27) and the minor's topic is the
only one read, each credit of it credits the young adults' one as well (once a word), and the
topics are decided again; the minor's credit stays, since some of the youth office's
offers reach past the 18th birthday. A request that names no age, or a child beside the young
adult, keeps its reading.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from bot.models import AgeRange
from bot.understanding.topic_choice import decided_again
from bot.understanding.topic_parts import Credit, TopicMatch
from bot.vocabulary.lexicon import topic_lexicon


@dataclass(frozen=True, slots=True)
class _Phase:
    from_months: int
    below_months: int
    minor: str
    adult: str


@cache
def _rule() -> _Phase | None:
    data = topic_lexicon().get("grown_phase")
    if not data:
        return None
    return _Phase(int(data["from_months"]), int(data["below_months"]), str(data["minor"]),
                  str(data["adult"]))


def grown_phase(found: TopicMatch, age: AgeRange | None,
                decide: Callable[[list[Credit], AgeRange | None], TopicMatch]) -> TopicMatch:
    """`found` with the minor's help read as the young adults' too for a young adult (module
    docstring); unchanged without an age, outside the phase, or with no credit to pass."""
    rule = _rule()
    if rule is None or age is None:
        return found
    if not rule.from_months <= age.low <= age.high < rule.below_months:
        return found
    if found.topics != (rule.minor,):
        return found  # another need is read beside it ("will Ausbildung machen"): it answers
    held = {c.position for c in found.credits if c.topic == rule.adult}
    credits: list[Credit] = []
    for c in found.credits:
        credits.append(c)  # the youth office's offers that reach past 18 still serve
        if c.topic == rule.minor and c.position not in held:
            held.add(c.position)
            credits.append(dataclasses.replace(c, topic=rule.adult))
    again = decided_again(found, credits, age, decide)
    return again if again.topics else found


__all__ = ["grown_phase"]
