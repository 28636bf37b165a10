"""Words of the catalogue's own offers as evidence for a need.

The topic vocabulary can never list every word professionals use, but the offers themselves
describe what they are for: "Tanzgruppe" appears in leisure offers, "Wöchnerin" in a midwife's.
When no vocabulary word names a need, a word that the offers of one topic share is weak evidence
for that topic — so a request is not answered with the life phase's general offers, nor called a
gap, only because the lexicon lacks a word the catalogue itself uses. The index is built from the
catalogue (offer names and descriptions, topic labels), so a new catalogue brings its own words.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Collection, Iterable
from dataclasses import dataclass

from bot.text import fold
from bot.understanding.normalise import is_generic, modifier, stem, umlaut_singulars
from bot.understanding.topic_parts import Credit
from bot.understanding.topic_words import names_a_person

MIN_WORD = 5  # shorter words are function words, abbreviations or parts of too many words
MIN_INSIDE = 6  # a stem this long also counts inside a compound ("foerder" in "Lernförderung")
MAX_DOCUMENTS = 25  # a word in more offers than this says nothing about one need ("Familie")
MIN_SHARE = 0.5  # a topic must be named by at least this share of the offers using the word
_WORD = re.compile(r"[a-z]+")


@dataclass(frozen=True, slots=True)
class Evidence:
    """A topic and the share of the offers using a word that belong to it."""

    topic: str
    share: float


class OfferWords:
    """Which topics the offers using a word belong to, for words no vocabulary lists."""

    def __init__(self, documents: Iterable[tuple[str, tuple[str, ...]]],
                 stop: Iterable[str] = ()) -> None:  # fmt: skip
        self.topics: list[tuple[str, ...]] = []
        self.by_word: dict[str, set[int]] = defaultdict(set)
        for number, (text, topics) in enumerate(documents):
            self.topics.append(topics)
            for word in set(_WORD.findall(fold(text))):
                self.by_word[word].add(number)
        self.stop = frozenset(stop)
        # words by their first four letters (prefix search) and by every six-letter piece
        # (search inside compounds), so a look-up never scans the whole vocabulary
        self.by_prefix: dict[str, list[str]] = defaultdict(list)
        self.by_piece: dict[str, set[str]] = defaultdict(set)
        for word in self.by_word:
            flat = _flat(word)  # stems spell umlauts flat: "woechnerin" is found as "wochnerin"
            self.by_prefix[flat[:4]].append(word)
            for at in range(len(flat) - MIN_INSIDE + 1):
                self.by_piece[flat[at : at + MIN_INSIDE]].add(word)

    def documents(self, word: str) -> set[int]:
        """Return the documents using a word: by its stem at a word's start, or, for a long
        stem, inside a compound."""
        root = stem(word)
        if len(root) < 4:
            return set()
        found: set[int] = set()
        for candidate in self.by_prefix.get(root[:4], ()):
            if _flat(candidate).startswith(root):
                found |= self.by_word[candidate]
        if len(root) >= MIN_INSIDE:
            for candidate in self.by_piece.get(root[:MIN_INSIDE], ()):
                if root in _flat(candidate):
                    found |= self.by_word[candidate]
        return found

    def evidence(self, word: str, shortest: int = MIN_WORD) -> tuple[Evidence, ...]:
        """Return the topics most offers using `word` belong to, best first (`shortest`: the
        first part of a compound may be shorter, "Tanz" in "Tanzgruppe")."""
        if len(word) < shortest or not word.isalpha() or word in self.stop or any(
                singular in self.stop for singular in umlaut_singulars(word)):  # "Einsätze"
            return ()
        found = self.documents(word)
        if not found or len(found) > MAX_DOCUMENTS:
            return ()
        counts: Counter[str] = Counter(t for d in found for t in self.topics[d])
        ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
        return tuple(Evidence(topic, count / len(found)) for topic, count in ranked
                     if count / len(found) >= MIN_SHARE)  # fmt: skip


    def credits(self, words: list[str], matched: list[bool], weights: list[float],
                ignore: Collection[str], common: Collection[str], known: Collection[str],
                ) -> list[Credit]:  # fmt: skip
        """Weak credits from the offers' own texts for the words of a request no vocabulary
        lists ("Tanzgruppe", "Wöchnerin"); a compound with a generic head counts by its first
        part. `weights[i]` is what word i may weigh (more in the sentence that asks)."""
        found: list[Credit] = []
        for i, word in enumerate(words):
            if matched[i] or word in ignore or word in common or names_a_person(word):
                continue  # "Fußballtrainer" is a person of the story
            first = modifier(word)
            carrier = first or word
            if is_generic(carrier) or carrier in common:
                continue
            for evidence in self.evidence(carrier, 4 if first else 5):
                if evidence.topic in known:
                    found.append(Credit(i, carrier, evidence.topic, weights[i] * evidence.share,
                                        strong=False))  # fmt: skip
        return found


def _flat(word: str) -> str:
    """Spell umlauts as single letters, as `stem` does."""
    return word.replace("ae", "a").replace("oe", "o").replace("ue", "u")
