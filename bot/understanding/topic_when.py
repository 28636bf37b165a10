"""A time of day told beside a need is when, not what (issue 8, topics42).

"suchen se noch wat am Nachmittag, Fußball oder so", "nach der Schule was mit Tanzen": the
afternoon says when the child would go, and the activity what it is. Read as a need of its own,
the afternoon put the afternoon care (OGS) first, before the sport asked for. Such words keep
half their weight beside a need another word names, so that need leads; alone they still name
the afternoon care ("nachmittags ist keiner da, Mutter arbeitet"). The words are data (`[when]`
in `topic_lexicon.toml`).
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import replace
from functools import cache

from bot.text import fold
from bot.understanding.topic_parts import Credit
from bot.vocabulary.lexicon import topic_lexicon

WHEN = 0.5  # a time beside a need weighs half of a word that names one


@cache
def when_terms() -> frozenset[str]:
    """The terms that say when (`[when] words`)."""
    return frozenset(fold(w) for w in topic_lexicon().get("when", {}).get("words", ()))


@cache
def _since_words() -> tuple[frozenset[str], frozenset[str]]:
    """The words that count a time from an event, and the articles between (`[when]`)."""
    table = topic_lexicon().get("when", {})
    return frozenset(table.get("since", ())), frozenset(table.get("articles", ()))


def _since(words: list[str], position: int) -> bool:
    """Whether the word at `position` is the event a time is counted from ("seit der
    Einschulung", "seit dem Schulwechsel", "since the move"): the start of what is told."""
    since, articles = _since_words()
    before = words[max(0, position - 3) : position]
    while before and before[-1] in articles:
        before = before[:-1]
    return bool(before) and before[-1] in since


def timed(credits: list[Credit], words: list[str] | None = None,
          plain: Collection[str] = ()) -> list[Credit]:  # fmt: skip
    """Return the credits with the time words halved — a time of day, or the event a time is
    counted from ("seit der Einschulung … Bauchweh") — where a word of another topic names a need
    (not one of `plain`, which say who the family is: "alleinerziehend, nachmittags")."""
    when = when_terms()
    told = words or []

    def timing_word(c: Credit) -> bool:
        return c.term in when or (c.position < len(told) and _since(told, c.position))

    timing = {c.topic for c in credits if timing_word(c)}
    if not timing:
        return credits
    other = any(not timing_word(c) and c.term not in plain and c.topic not in timing
                for c in credits)  # fmt: skip
    if not other:
        return credits
    return [replace(c, weight=c.weight * WHEN, strong=False) if timing_word(c) else c
            for c in credits]  # fmt: skip
