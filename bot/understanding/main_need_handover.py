"""A handover names the help that ends and, after it, the need that comes next: "Die SPFH wird
im Juni beendet, das Jugendamt zieht sich raus. Danach bräuchte die Mutter eine Entlastung",
"Abschluss der Hilfe zur Erziehung nach §31. Anschluss: Schulsozialarbeit".

`main_need_ended` sets an ended help aside when another main need is left beside it. In a
handover the ending help is often the only main need the words pick, since it is named first
and with the strongest words; the need stands after a form's field or a word of time ("Bedarf:",
"Anschluss:", "danach"). Where every main need is a help told as ended and such a field follows
the ended clause, the helps named from the field on, outside the ended clauses, are the need.
A handover's heading names its own help under a word of care ("Nachbetreuung nach Auszug: …
unsere Nachsorge endet"): a need only such a heading names is that help, set aside beside others.
"""

from __future__ import annotations

from functools import cache

from bot.text import fold
from bot.understanding.main_need_ended import ended_clauses, ended_topics
from bot.understanding.main_need_positions import asked_positions
from bot.understanding.normalise import Words
from bot.understanding.topic_parts import Credit
from bot.vocabulary.lexicon import _load


@cache
def _fields() -> tuple[frozenset[str], frozenset[str]]:
    """The words after which a handover names the next need, and the words of care that name
    the handover's own help (`help_ended.toml`)."""
    data = _load("help_ended.toml")
    return (frozenset(fold(w) for w in data.get("fields", ())),
            frozenset(fold(w) for w in data.get("heads", ())))  # fmt: skip


def _heads_dropped(words: Words, credits: list[Credit], main: tuple[str, ...],
                   ended: set[int]) -> tuple[str, ...]:  # fmt: skip
    """`main` without the needs only a word of care names outside any asking clause, where a
    clause tells a help ending ("Nachbetreuung nach Auszug: … unsere Nachsorge endet"): that
    word names the help that ends. Kept when nothing else is left."""
    heads = _fields()[1]
    asked = asked_positions(words)
    dropped = set()
    for topic in main:
        named = [c for c in credits if c.topic == topic]
        # the heading's clause: where a word of care names the topic ("nach Auszug" beside it)
        heading = {words.clause[c.position] for c in named if c.term in heads}
        if heading and all(words.clause[c.position] in heading and not words.asked[c.position]
                           and c.position not in asked for c in named):  # fmt: skip
            dropped.add(topic)
    if not dropped or not ended or set(main) <= dropped:
        return main
    return tuple(t for t in main if t not in dropped)


def handed_over(words: Words, credits: list[Credit], main: tuple[str, ...],
                ordered: tuple[str, ...]) -> tuple[tuple[str, ...], tuple[str, ...]]:  # fmt: skip
    """`main` and `ordered` with the need after a handover leading, when every main need is
    the help that ends; unchanged otherwise."""
    if not main:
        return main, ordered
    fields, heads = _fields()
    marks = [i for i, w in enumerate(words.folded) if w in fields]
    if not marks and not any(c.term in heads for c in credits):
        return main, ordered  # no field and no word of care: no handover to read
    ended = ended_clauses(words)
    if not ended:
        return main, ordered
    kept = _heads_dropped(words, credits, main, ended)
    if kept != main:
        main, ordered = kept, kept + tuple(t for t in ordered if t not in kept)
    if not marks:
        return main, ordered
    first_ended = min(i for i, n in enumerate(words.clause) if n in ended)
    after = [i for i in marks if i > first_ended and words.clause[i] not in ended]
    if not after:
        return main, ordered
    named = [c for c in credits if c.topic in main]
    if ended_topics(words, named, main) != set(main):
        return main, ordered
    start = after[0]
    nxt = {c.topic for c in credits
           if c.position > start and words.clause[c.position] not in ended}  # fmt: skip
    need = tuple(t for t in ordered if t in nxt and t not in main)
    if not need:
        return main, ordered
    return need, need + tuple(t for t in ordered if t not in need)
