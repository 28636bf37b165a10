"""Idioms that look like a need but are none ("kriegt die Krise"), and school classes named like
a paragraph ("Schülerin 8b" is no § 8b): their words are taken out before topic finding reads the
rest. An idiom is looked up where its first word stands, not tried at every position.
"""

from __future__ import annotations

import functools

from bot.understanding.safety_text import school_classes


def mask_ignored(
    phrases: tuple[tuple[str, ...], ...], words: list[str], matched: list[bool]
) -> None:
    """Mark idioms that look like a need but are none ("kriegt die Krise"), and school classes
    named like a paragraph ("Schülerin 8b" is no § 8b)."""
    for i in school_classes(words):
        matched[i] = True
    firsts = _first_words(phrases)
    at: dict[str, list[int]] = {}  # an idiom is tried only where its first word stands
    for i, word in enumerate(words):
        if word in firsts:
            at.setdefault(word, []).append(i)
    if not at:
        return
    for phrase in phrases:
        size = len(phrase)
        for start in at.get(phrase[0], ()) if phrase else ():
            if start + size <= len(words) and tuple(words[start : start + size]) == phrase:
                for i in range(start, start + size):
                    matched[i] = True


@functools.cache
def _first_words(phrases: tuple[tuple[str, ...], ...]) -> frozenset[str]:
    return frozenset(phrase[0] for phrase in phrases if phrase)


__all__ = ["mask_ignored"]
