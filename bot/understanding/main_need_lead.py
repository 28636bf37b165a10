"""Which asked needs lead the main needs (issue 8): the help a request asks for comes before the
condition its story tells.

"Junge 6, schielt, Abklebepflaster … Elternberatung?" tells of a squint and asks for parents'
counselling; "9yo with T1D … Is there an integration helper?" tells of diabetes and asks for
school inclusion. The story's condition still names a need whose offers help, so it stays a main
need, but after the one asked for. Only a word that names its need firmly leads: a word that only
describes ("Antrag", "Kontakt", "Verdacht") or is too common to name a need alone ("Kita",
"Selbsthilfegruppe" beside an eating disorder) leaves the order to the evidence.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from bot.understanding.topic_parts import Credit

# A word weighed down to say who the help is for or who the family is ("Beratung für die
# Familie", "alleinerziehend": `topic_choice.SECONDARY`) names no need that leads: "Sohn zockt
# jede Nacht. Beratung für die Familie?" asks for help with the gaming.
FULL = 1.0


def asked_leads(credits: Iterable[Credit], asked: frozenset[int], demoted: frozenset[str],
                requested: Mapping[str, float], share: float) -> frozenset[str]:  # fmt: skip
    """Topics a strong word in the asked slot names, with at least `share` of the best asked
    topic's evidence. A phrase that only describes leads no more than a word: "Kontakt zu anderen
    Eltern" of a baby with a cleft palate asks for parents who share the condition."""
    first = max(requested.values(), default=0.0)
    return frozenset(c.topic for c in credits if c.strong and c.weight >= FULL
                     and c.position in asked and c.term not in demoted
                     and requested.get(c.topic, 0.0) >= share * first)
