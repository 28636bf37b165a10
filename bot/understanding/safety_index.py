"""Indexes over word patterns, so that a word never seen before is not tested against every one.

Real requests always bring new words, and each new word used to be checked against every signal
group of the signs (`bot.understanding.safety`), every opening of a neglect cue
(`bot.understanding.safety_cues`) and every adult and child word of `bot.understanding.agency`
— thousands of `startswith` calls for one word, a good part of a request's time. Here exact words
are looked up in a dict, prefixes in buckets by their first letters and suffixes ("*fraktur") by
their last letters, so only the few patterns that can match are tested. The indexes only narrow
the search: what matches, and in which order, stays exactly what the plain scan found.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from bot.understanding.safety_text import Words, matches

KEY = 3  # letters a prefix (or suffix) is bucketed by; shorter ones are always tested


class Prefixes:
    """Whether a word starts with any of many prefixes, testing only those that share its first
    letters: a prefix of `KEY` letters or more can only match a word with the same first `KEY`."""

    __slots__ = ("_buckets", "_short")

    def __init__(self, prefixes: Iterable[str]) -> None:
        buckets: dict[str, list[str]] = {}
        short: list[str] = []
        for prefix in prefixes:
            if len(prefix) < KEY:
                short.append(prefix)
            else:
                buckets.setdefault(prefix[:KEY], []).append(prefix)
        self._buckets = {key: tuple(found) for key, found in buckets.items()}
        self._short = tuple(short)

    def any_of(self, word: str) -> bool:
        """Tell whether the word starts with one of the prefixes (`str.startswith(tuple)`)."""
        bucket = self._buckets.get(word[:KEY])
        return bool(bucket and word.startswith(bucket)) or (
            bool(self._short) and word.startswith(self._short))


class Patterns:
    """Exact words and prefixes written "word*" (the lists of `bot.understanding.agency`): the
    test of `any(word.startswith(p[:-1]) if p.endswith("*") else word == p for p in patterns)`
    by one lookup and one bucket."""

    __slots__ = ("_exact", "_prefixes")

    def __init__(self, patterns: Iterable[str]) -> None:
        listed = tuple(patterns)
        self._exact = frozenset(p for p in listed if not p.endswith("*"))
        self._prefixes = Prefixes(p[:-1] for p in listed if p.endswith("*"))

    def __contains__(self, word: str) -> bool:
        return word in self._exact or self._prefixes.any_of(word)


class WordIndex:
    """Which of many `Words` a word matches, in their order, without testing each of them."""

    __slots__ = ("_always", "_exact", "_groups", "_prefixes", "_short_prefixes",
                 "_short_suffixes", "_suffixes")  # fmt: skip

    def __init__(self, groups: Sequence[Words]) -> None:
        self._groups = tuple(groups)
        exact: dict[str, list[int]] = {}
        prefixes: dict[str, list[tuple[str, int]]] = {}
        suffixes: dict[str, list[tuple[str, int]]] = {}
        short_prefixes: list[tuple[str, int]] = []
        short_suffixes: list[tuple[str, int]] = []
        always: list[int] = []  # ages of an adult or a young person: numbers, tested always
        for i, group in enumerate(self._groups):
            for word in group.exact:
                exact.setdefault(word, []).append(i)
            for prefix in group.prefixes:
                if len(prefix) < KEY:
                    short_prefixes.append((prefix, i))
                else:
                    prefixes.setdefault(prefix[:KEY], []).append((prefix, i))
            for suffix in group.suffixes:
                if len(suffix) < KEY:
                    short_suffixes.append((suffix, i))
                else:
                    suffixes.setdefault(suffix[-KEY:], []).append((suffix, i))
            if group.adult_age or group.minor_age:
                always.append(i)
        self._exact = {word: tuple(found) for word, found in exact.items()}
        self._prefixes = {key: tuple(found) for key, found in prefixes.items()}
        self._suffixes = {key: tuple(found) for key, found in suffixes.items()}
        self._short_prefixes = tuple(short_prefixes)
        self._short_suffixes = tuple(short_suffixes)
        self._always = tuple(always)

    def _candidates(self, word: str) -> set[int]:
        """The groups that may match: every group that does, and no more than a few others."""
        found = set(self._exact.get(word, ()))
        found.update(i for prefix, i in self._prefixes.get(word[:KEY], ())
                     if word.startswith(prefix))  # fmt: skip
        found.update(i for suffix, i in self._suffixes.get(word[-KEY:], ())
                     if word.endswith(suffix))  # fmt: skip
        found.update(i for prefix, i in self._short_prefixes if word.startswith(prefix))
        found.update(i for suffix, i in self._short_suffixes if word.endswith(suffix))
        found.update(self._always)
        return found

    def positions(self, word: str) -> list[int]:
        """The positions of the groups the word matches (`matches`), in the groups' order."""
        return [i for i in sorted(self._candidates(word)) if matches(word, self._groups[i])]

    def groups_of(self, word: str) -> tuple[Words, ...]:
        """The groups the word matches, in their order, each as often as it is listed."""
        return tuple(self._groups[i] for i in self.positions(word))
