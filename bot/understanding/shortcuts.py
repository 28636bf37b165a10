"""Shortcuts through the vocabulary that change no answer, only how fast it comes.

The typo, compound, carrier and mending look-ups of `TopicIndex`, and the typo look-up of
`PlaceIndex`, depend on the word alone (an index is fixed once built) but cost microseconds to
milliseconds each (edit distances against hundreds of terms), and most words of a request were
seen in earlier ones: `remembering` keeps their results per index. The phrase search tried
every position for every phrase length; `phrase_starts` names the positions where a phrase can
start at all, and `phrase_windows` the phrases a window may find (every stem in the text).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache, wraps
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from bot.understanding.topics import TopicIndex

LIMIT = 50_000  # results remembered per look-up before the memory starts afresh
_UNSEEN = object()


def remembering(lookup: Callable[..., Any]) -> Callable[..., Any]:
    """Wrap a look-up that depends on its arguments alone with a bounded, thread-safe memory."""
    memory: dict[tuple[Any, ...], Any] = {}

    @wraps(lookup)
    def remembered(*words: Any) -> Any:
        found = memory.get(words, _UNSEEN)  # one step: another thread may clear the memory
        if found is _UNSEEN:
            if len(memory) >= LIMIT:
                memory.clear()
            found = memory[words] = lookup(*words)
            if isinstance(found, list):  # kept unchangeable, handed out as a fresh list
                found = memory[words] = tuple(found)
        return list(found) if isinstance(found, tuple) else found

    return remembered


def kept(lookup: Callable[..., Any]) -> Callable[..., Any]:
    """Keep the answers of a look-up that depends on its arguments alone and answers with an
    unchangeable value (a string, a flag, a frozenset, None). `remembering` hands a list out
    afresh and so runs Python on every call; a value nobody can change needs no copy, and the C
    memory of `lru_cache` (bounded, thread-safe) answers without a Python frame of its own: the
    place and topic readers ask a hundred and more per request, most of them seen before."""
    return lru_cache(maxsize=LIMIT)(lookup)


# the per-word look-ups of `TopicIndex`: those that answer with a list, and the others
_LISTED = ("_compound", "_split", "_word_terms")
_VALUED = ("_mend", "_fuzzy", "_carrier", "_root", "_spelt_right", "_doubled")


def remember_words(index: TopicIndex) -> TopicIndex:
    """Give the index remembering per-word look-ups (they shadow its methods)."""
    for name in _LISTED:
        setattr(index, name, remembering(getattr(index, name)))
    for name in _VALUED:
        setattr(index, name, kept(getattr(index, name)))
    return index


def phrase_starts(index: TopicIndex, words: list[str], stems: tuple[str, ...],
                  size: int) -> list[int]:  # fmt: skip
    """The positions where a phrase of `size` words may start: at a word, or a stem, that starts
    a phrase of two words or more (the search finds nothing anywhere else)."""
    first_words, first_stems = _phrase_sizes(index)
    return [i for i in range(len(words) - size + 1)
            if words[i] in first_words or stems[i] in first_stems]  # fmt: skip


def phrase_sizes(index: TopicIndex, words: list[str], stems: tuple[str, ...],
                 starts: list[int]) -> list[frozenset[int]]:  # fmt: skip
    """For each of `starts`, the lengths of the phrases that open with its word or its stem:
    the search tried every length from six words down at every start, and most starts open
    phrases of one or two lengths only; a length no phrase there has finds nothing."""
    first_words, first_stems = _phrase_sizes(index)
    none: frozenset[int] = frozenset()
    return [first_words.get(words[i], none) | first_stems.get(stems[i], none) for i in starts]


def _phrase_sizes(index: TopicIndex) -> tuple[dict[str, frozenset[int]], dict[str, frozenset[int]]]:
    """The lengths of the phrases (of two words or more) by their first word, and of the
    stemmed phrases by their first stem; built once per index."""
    sizes = index.__dict__.get("_phrase_sizes")
    if sizes is None:
        by_word: dict[str, set[int]] = {}
        by_stem: dict[str, set[int]] = {}
        for phrase in index.phrases:
            if len(phrase) > 1:
                by_word.setdefault(phrase[0], set()).add(len(phrase))
        for stemmed in index.stemmed:
            by_stem.setdefault(stemmed[0], set()).add(len(stemmed))
        sizes = index.__dict__["_phrase_sizes"] = (
            {w: frozenset(n) for w, n in by_word.items()},
            {s: frozenset(n) for s, n in by_stem.items()})
    return sizes


Window = tuple[tuple[str, ...], tuple[str, ...]]  # a phrase's stems, and the phrase


def phrase_windows(index: TopicIndex, stems: tuple[str, ...]) -> list[tuple[int, list[Window]]]:
    """The phrases a window may find at each position, in the index's order: those starting
    with the position's stem whose other stems the text has too (a window finds no other)."""
    present = set(stems)
    found = []
    for i, first in enumerate(stems):
        entries = index.windowed.get(first)  # most stems open no phrase: no comprehension run
        phrases = [e for e in entries if present.issuperset(e[0])] if entries else None
        if phrases:
            found.append((i, phrases))
    return found
