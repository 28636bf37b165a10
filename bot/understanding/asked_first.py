"""The help a request asks for leads its needs; what its story only tells comes after.

A request often tells a story first — an incident, a diagnosis, the family's money — and then asks
for one help: "Junge 10 kann nicht schwimmen, Familie hat wenig Geld. Gibt es Zuschuss für den
Schwimmkurs?" asks for money, "Abschlussprüfung nicht bestanden … Bedarf: Prüfungsvorbereitung"
asks for tutoring. The earlier readers keep the story's needs as main needs (their offers may help
too), but they order them by evidence, and a strong word of the story can end up first. The first
need decides which offers lead the answer, so it must be one the asked clause names.

The reading is positional, not a list of phrases: the asked clause is what `asked_positions`
finds (the sentence that asks, the words after a request word, a form field such as "Frage:").
A need named there by a word that names it firmly — or the money asked for itself ("Zuschuss",
"Kostenübernahme", `money_asked`) — leads when the first need has no word in the asked clause;
among several asked needs the one named first leads ("Zuschuss für den Schwimmkurs": the money is
the head, the course what it is for). Nothing changes when no clause asks apart from the story,
when the first need is itself asked, or when danger to the child leads (not called then).
"""

from __future__ import annotations

from collections.abc import Iterable

from bot.understanding.main_need_cost import cost_topic, money_asked
from bot.understanding.main_need_positions import asked_positions
from bot.understanding.normalise import Words
from bot.understanding.topic_parts import Credit

FIRM = 1.0  # a word this heavy names its need alone (as `main_need_lead.FULL`)


def asked_first(words: Words, credits: Iterable[Credit], main: tuple[str, ...],
                ordered: tuple[str, ...], demoted: frozenset[str],
                unsure: frozenset[int] = frozenset()
                ) -> tuple[tuple[str, ...], tuple[str, ...]]:  # fmt: skip
    """`main` and `ordered` with the needs the asked clause names put first, in the order the
    clause names them, when the first main need is only told (see the module doc)."""
    if len(main) < 2:
        return main, ordered
    asked = asked_positions(words) - unsure
    if not asked or len(asked) == len(words.folded):
        return main, ordered  # nothing asked apart from a story
    credits = [c for c in credits if c.topic in main]
    at_ask = [c for c in credits if c.position in asked]
    if any(c.topic == main[0] for c in at_ask):
        return main, ordered  # the first need is asked already
    paying = cost_topic()
    named: dict[str, int] = {}
    for c in sorted(at_ask, key=lambda c: c.position):
        # only a word that names its need firmly: a word too common to name one alone ("Kita",
        # "Verein", "Entlastung") or a topic the earlier readers set aside as context moved up
        # here made more answers worse than better (stop 41 diff: 7 better, 9 worse)
        firm = c.strong and c.weight >= FIRM and c.term not in demoted
        if firm or (c.topic == paying and money_asked(words, asked)):
            named.setdefault(c.topic, c.position)
    if not named:
        return main, ordered
    lead = tuple(named)
    main = (*lead, *(t for t in main if t not in named))
    return main, (*main, *(t for t in ordered if t not in main))
