"""A family's housing trouble, told of a child, asks for the family office and money help.

The vocabulary reads the words of a lost or threatened home ("Räumungsklage", "Mietrückstand",
"Wohnungssuche", "Notunterkunft") as a young adult's need first: a care leaver looking for a flat,
a 19-year-old thrown out. Said of a family with a child ("Räumungsklage … Kinder 6, 9 und 13. Wer
hilft, damit sie die Wohnung behalten?", "Pat. 4 J. … Umzug empfohlen … Stelle, die bei
Wohnungssuche und Anträgen begleitet"), every writer asks for the family office and its
navigators, who guide a family through flat hunting and forms, and — where rent is owed — for the
money help that pays it. So while the whole asked age lies before the young adults' life phase
(`until_phase` of `[family_housing]` in `topic_lexicon.toml`) and the youngest is younger than a
teenager (`low_end_phase`), the young adults' and the youth office's credits of those words go to
the navigators, and those of rent owed to the money topic. A young person's own roof
(`topic_young.minor_home`) and real signs of danger are read elsewhere and untouched.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from bot.models import PHASES, AgeRange
from bot.text import fold
from bot.understanding.topic_choice import decided_again
from bot.understanding.topic_parts import Credit, TopicMatch
from bot.vocabulary.lexicon import topic_lexicon


@dataclass(frozen=True, slots=True)
class _FamilyHousing:
    until_months: int  # the upper end of the asked age below which the home is the family's
    low_end_below: int  # … and the lower end below which the navigators serve the family
    topics: frozenset[str]  # the topics whose credits of the words move (young adults, ASD)
    to: str  # the navigators' topic they credit instead
    money: str  # the money topic rent owed credits instead
    words: frozenset[str]  # the words of a lost or threatened home, folded
    beside: frozenset[str]  # a bare home: it moves only beside one of `words`
    rent: frozenset[str]  # of them, those that tell rent owed


@cache
def _rule() -> _FamilyHousing | None:
    data = topic_lexicon().get("family_housing")
    if not data:
        return None
    rent = frozenset(fold(w) for w in data["rent"])
    return _FamilyHousing(_phase_start(data["until_phase"]), _phase_start(data["low_end_phase"]),
                          frozenset(data["topics"]), str(data["to"]),
                          str(data["money"]), frozenset(fold(w) for w in data["words"]) | rent,
                          frozenset(fold(w) for w in data["beside"]), rent)


def _phase_start(key: str) -> int:
    """The first month of the life phase `key`, so the bounds move with the chain's phases."""
    return next(low for phase, low, _high in PHASES if phase == key)


def _moved(credits: tuple[Credit, ...], rule: _FamilyHousing) -> list[Credit]:
    """The credits with the home's words crediting the navigators, and rent owed the money
    topic (once a position and topic)."""
    out: list[Credit] = []
    held = {(c.position, c.topic) for c in credits}
    for c in credits:
        if (c.term not in rule.words and c.term not in rule.beside) or c.topic not in rule.topics:
            out.append(c)
            continue
        topic = rule.money if c.term in rule.rent else rule.to
        if (c.position, topic) not in held:
            out.append(dataclasses.replace(c, topic=topic))
            held.add((c.position, topic))
    return out


def family_housing(found: TopicMatch, age: AgeRange | None,
                   decide: Callable[[list[Credit], AgeRange | None], TopicMatch]) -> TopicMatch:
    """`found` with a family's housing trouble read as the navigators' (and money help's) need
    when the child asked about is a child; unchanged when no age is known, when the age may be a
    young adult's, or when no such word credited a young adult's or youth-office topic."""
    rule = _rule()
    if rule is None or age is None or age.high >= rule.until_months:
        return found
    if age.low >= rule.low_end_below:  # a teenager's own roof ("Jugendl. 15 will nicht mit …")
        return found
    if not any(c.term in rule.words and c.topic in rule.topics for c in found.credits):
        return found
    return decided_again(found, _moved(found.credits, rule), age, decide)
