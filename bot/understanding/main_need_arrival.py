"""Where a family comes from, beside a help asked for firmly, tells its story (issue 8).

"We just moved to Werne from Dublin, our son is 2. Is there a toddler group in English?" asks
for a toddler group; the arrival is why the family asks in English. Beside such a help its
migration offers are marked alternatives, not "passend" in place of the group. A help noun that
names no need, asked for alone ("Suche Beratung auf Dari"), asks for help with what the story
tells, and there the arrival stays a need (`[arrival]` in `main_need.toml`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import cache

from bot.text import fold
from bot.understanding.normalise import Words, is_generic, modifier
from bot.understanding.topic_parts import Credit
from bot.vocabulary.lexicon import main_need_lexicon


@cache
def arrival_terms() -> frozenset[str]:
    """Terms that tell where a family comes from or that it has just come."""
    return frozenset(fold(t) for t in main_need_lexicon()["arrival"]["terms"])


def only_help(word: str) -> bool:
    """A word made only of generic service words ("Beratungsstelle", "Anlaufstelle") names no
    need; "Entlastungsangebote" names one."""
    if is_generic(word):
        return True
    first = modifier(word)
    return first is not None and is_generic(first)


def bare_help_asked(words: Words, credits: Iterable[Credit], asked: Iterable[int],
                    helps: Callable[[str], int], leads: frozenset[str], reach: int) -> bool:
    """Whether a help noun that names no need is asked for with no need word beside it ("Suche
    Beratung auf Dari und Hilfe beim Kita-Einstieg"): it asks for help with the story."""
    folded, clause = words.folded, words.clause
    # a need named by several words ("Eltern-Kind-Gruppe") names its help noun too
    named = {c.position + k for c in credits for k in range(len(c.term.split()))}
    for i in asked:
        if not helps(folded[i]) or not only_help(folded[i]) or i in named:
            continue
        near = {i - 1} if i > 0 and clause[i - 1] == clause[i] else set()
        if i + 1 < len(folded) and folded[i + 1] in leads:
            near.update(range(i + 2, min(len(folded), i + 2 + reach)))
        if not near & named:
            return True
    return False


def arrivals_told(words: Words, credits: Iterable[Credit], requested: dict[str, float],
                  asked: Iterable[int], helps: Callable[[str], int], leads: frozenset[str],
                  reach: int) -> dict[str, float]:  # fmt: skip
    """`requested` without the topics only arrival terms put there, when another need is asked
    beside them: "employee from Wrocław moved to Kamen, son 8 needs care after school (OGS?)"
    tells the move in the sentence that asks, but asks for the after-school care. Where the
    family comes from is its story, not a help asked; a bare help noun ("Hilfe beim Einstieg")
    still asks for help with the story, and the arrival alone still names the need."""
    credits, asked = list(credits), frozenset(asked)
    terms = arrival_terms()
    story = {t for t in requested
             if all(c.term in terms for c in credits if c.topic == t and c.position in asked)}
    if not story or not set(requested) - story:
        return requested
    if bare_help_asked(words, credits, asked, helps, leads, reach):
        return requested
    return {t: w for t, w in requested.items() if t not in story}
