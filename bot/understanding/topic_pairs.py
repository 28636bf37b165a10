"""Two written words that are one compound: German written apart ("Eltern Kind Gruppe"), and an
English noun phrase whose head only says what kind of service it is ("addiction counselling").

English puts the kind of service last, as German does in one word: "addiction counselling" is a
Suchtberatung, "grief counselling" a Trauerberatung, "feeding clinic" a Fütterambulanz. The head
alone ("counselling") names family counselling; with a need word before it, the word before it is
the need and the head only the kind of help — the way `normalise.modifier` reads a German
compound. The English heads and their German generic words are data (`[generic] english` in
`topic_lexicon.toml`).
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterator
from functools import cache

from bot.text import fold
from bot.understanding.topic_words import MIN_COMPOUND
from bot.vocabulary.lexicon import topic_lexicon


@cache
def english_heads() -> dict[str, str]:
    """English words of a kind of service, with the German generic word a compound ends in."""
    table = topic_lexicon().get("generic", {}).get("english", {})
    return {fold(word): fold(head) for word, head in table.items()}


def joined_pairs(
    words: list[str], raw: list[str], clause: list[int], matched: list[bool],
    single: dict[str, object], ignored: Callable[[int], bool],
    carrier: Callable[[str], str | None],
) -> Iterator[tuple[int, str, bool]]:  # fmt: skip
    """Yield (position, term, headed) for each pair of neighbouring words that is one compound:
    the term of the joined word, and whether an English head was read as a German one (then the
    head's own credit is the kind of help, no need of its own)."""
    heads = english_heads()
    for i, (first, second) in enumerate(itertools.pairwise(words)):
        if matched[i] or matched[i + 1] or clause[i] != clause[i + 1]:
            continue
        joined = first + second  # "Eltern Kind Gruppe" written apart
        if (len(joined) >= MIN_COMPOUND and joined in single
                # a small word before a noun is no compound's first part ("nach Hilfe")
                and not (raw[i][:1].islower() and raw[i + 1][:1].isupper())
                # an ignored verb starts no compound: "sucht Beratung" is no Suchtberatung
                and not ignored(i)):
            yield i, joined, False
            continue
        head = heads.get(second)
        if head is None or not first.isalpha() or ignored(i):
            continue
        german = first + head  # "Sucht counselling" → "suchtberatung"
        if german in single:
            yield i, german, True
            continue
        term = carrier(german)  # "grief counselling" → "grief"
        if term:
            yield i, term, True
