""""Gibt es für solche Kinder irgendwas?": the children of the situation told, not a new need.

A volunteer, a neighbour or a coach who does not know the offer's name tells what she saw of a
parent ("der Papa redet abends so komisch und trinkt ganz viele Flaschen Bier, die Mama weint",
"die Mama liegt tagelang im Bett") and points at the child with a hedge ("für solche Kinder",
"für Kinder wie ihn", "for kids like that"). The words she saw credit the parent's addiction
(beer as substance-use prevention) or nothing at all; what she asks for is the help for children
of burdened parents. So where a hedge stands and a parent of the story is told with a burden
within a few words of its clause (`writer_setting.toml [such]`), that help is credited at the
hedge, strongly. A burden in another clause ("Eltern trennen sich, sie weint") is the child's.
"""

from __future__ import annotations

from functools import cache

from bot.understanding.normalise import Words
from bot.understanding.topic_parts import Credit
from bot.vocabulary.lexicon import _load

WEIGHT = 1.5  # the asked help, above a burden word the story told


@cache
def _vocabulary() -> tuple[str, tuple[tuple[str, ...], ...], frozenset[str], frozenset[str], int]:
    """The topic, the hedges as word tuples, the parents, the burdens and their reach."""
    table = _load("writer_setting.toml")["such"]
    return (table["topic"], tuple(tuple(h.split()) for h in table["hedges"]),
            frozenset(table["parents"]), frozenset(table["troubles"]), int(table["reach"]))


def _hedge(folded: tuple[str, ...], hedges: tuple[tuple[str, ...], ...]) -> int | None:
    """The position of the first hedge's last word, if any stands."""
    firsts = {hedge[0] for hedge in hedges}  # most words start no hedge: one set look-up each
    for i, word in enumerate(folded):
        if word not in firsts:
            continue
        for hedge in hedges:
            if folded[i : i + len(hedge)] == hedge:
                return i + len(hedge) - 1
    return None


def such_children(credits: list[Credit], words: Words) -> list[Credit]:
    """Credit the help for children of burdened parents where the writer points at "such
    children" after telling a parent's burden."""
    topic, hedges, parents, troubles, reach = _vocabulary()
    folded = words.folded
    at = _hedge(folded, hedges)
    if at is None:
        return credits
    clause = words.clause
    burdened = any(word in parents and any(
        folded[j] in troubles and clause[j] == clause[i]  # "Eltern trennen sich, sie weint": hers
        for j in range(i + 1, min(i + 1 + reach, at))) for i, word in enumerate(folded[:at]))
    if not burdened:
        return credits
    return [*credits, Credit(at, folded[at], topic, WEIGHT, True)]
