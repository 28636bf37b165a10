"""Where in a list of words a word pattern (`safety_text.Words`) matches, in one pass.

The signs reader asks of every word of a request whether it is a "resolved" word, a placement
word, a past-tense marker … — a Python call of `matches` per word, ~55 per long request for each
scan. Here the test runs inside one comprehension (a set look-up and `str.startswith` with a tuple,
both in C), so a scan costs one call whatever the text's length. What matches is exactly what
`matches` says: the ages of `#adult`/`#minor` groups, rare and numeric, fall back to it.
"""

from __future__ import annotations

from collections.abc import Sequence

from bot.understanding.safety_text import Words, matches


def hits(words: Sequence[str], patterns: Words) -> list[int]:
    """The positions, in order, of the words that match the patterns (`matches`)."""
    if patterns.adult_age or patterns.minor_age:
        return [i for i, w in enumerate(words) if matches(w, patterns)]
    exact, prefixes, suffixes = patterns.exact, patterns.prefixes, patterns.suffixes
    if suffixes:
        return [i for i, w in enumerate(words)
                if w in exact or w.startswith(prefixes) or w.endswith(suffixes)]  # fmt: skip
    if prefixes:
        return [i for i, w in enumerate(words) if w in exact or w.startswith(prefixes)]
    return [i for i, w in enumerate(words) if w in exact]


def any_hit(words: Sequence[str], patterns: Words) -> bool:
    """Whether any of the words matches the patterns: `any(matches(w, patterns) for w in words)`."""
    if patterns.adult_age or patterns.minor_age:
        return any(matches(w, patterns) for w in words)
    if not patterns.exact.isdisjoint(words):
        return True
    prefixes, suffixes = patterns.prefixes, patterns.suffixes
    if prefixes:
        for word in words:
            if word.startswith(prefixes):
                return True
    if suffixes:
        for word in words:
            if word.endswith(suffixes):
                return True
    return False


__all__ = ["any_hit", "hits"]
