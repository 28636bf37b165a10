"""Say which words of a request nothing explains, instead of pretending to have understood them.

A word is explained when the topic vocabulary, the age, place or language vocabulary, the
catalogue's places or its offers' own texts, or the list of ordinary words (`common_words.txt`)
know it — as typed or by its stem. What remains ("Kinderhospiz", "Gebärdensprachkurs") is named in
the answer („Zu „Kinderhospiz“ kenne ich kein Angebot“); when it carries the need, the request is
an honest gap rather than a list of offers that merely share a word.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from rapidfuzz.distance import OSA

from bot.catalogue import Catalogue
from bot.text import fold
from bot.understanding.language_names import language_names
from bot.understanding.normalise import is_generic, modifier, stem
from bot.understanding.spelt import is_spelt_number
from bot.vocabulary.lexicon import (
    DATA,
    frequent_words,
    language_lexicon,
    safety_lexicon,
    toml_strings,
    topic_lexicon,
)
from bot.vocabulary.lexicon import _load as load_toml

MIN_LENGTH = 5  # shorter words are abbreviations, names or function words: not worth naming
_WORD = re.compile(r"[a-z]+")
# endings that derive a noun from a term's verb or stem, with the Fugen-s ("Fütter-ungs-probleme")
_DERIVATIONS = ("ungs", "ung", "ens", "en", "es", "er", "s", "n", "e")


@cache
def _ordinary_stems() -> frozenset[str]:
    return frozenset(stem(w) for w in _vocabulary_words() | frequent_words())


def is_known_word(word: str) -> bool:
    """Tell whether a folded word is one of the project's own vocabulary or everyday German, as
    typed or by its stem — without a catalogue. A word nobody knows right after a number may be
    a unit in a language no section reads ("14 maasam"): not evidence of years."""
    return (word in _vocabulary_words() or word in frequent_words() or is_spelt_number(word)
            or stem(word) in _ordinary_stems())  # fmt: skip


def words_in(texts: Iterable[str]) -> frozenset[str]:
    """The folded words of vocabulary entries ("haematom*" gives "haematom")."""
    return frozenset(w for text in texts for w in _WORD.findall(fold(text).replace("*", "")))


@cache
def _vocabulary_words() -> frozenset[str]:
    """Words of the project's own vocabulary files and of the list of ordinary words."""
    texts = [*toml_strings(topic_lexicon()), *toml_strings(language_lexicon()),
             *toml_strings(safety_lexicon()), *toml_strings(load_toml("lexicon.toml"))]  # fmt: skip
    for name in ("common_words.txt", "first_names.txt", "not_names.txt"):
        path = DATA / name
        if path.exists():
            texts.extend(line for line in path.read_text("utf-8").splitlines()
                         if not line.startswith("#"))  # fmt: skip
    texts.extend(form for table in language_names() for form in table)  # every language's names
    return words_in(texts)


@cache
def context_words() -> frozenset[str]:
    """Words of the age, place and language vocabularies: they say who and where, never what;
    nor do a speaker's corrections and hesitations ("ne quatsch, das war falsch")."""
    spoken = load_toml("dictation.toml")
    texts = [*toml_strings(language_lexicon()), *toml_strings(load_toml("lexicon.toml")),
             *toml_strings(spoken["corrections"]), *toml_strings(spoken["fillers"])]
    return words_in(texts)


def catalogue_words(catalogue: Catalogue) -> frozenset[str]:
    """Words of a catalogue's place names and topic labels (offer texts come separately)."""
    names = [n for p in catalogue.gazetteer.places.values() for n in (p.name, p.key, *p.aliases)]
    names += [f"{t.label_de} {t.label_en}" for t in catalogue.topics.values()]
    return frozenset(w for name in names for w in _WORD.findall(fold(name)))


_KNOWN_LIMIT = 50_000  # words whose answer `Explainer.knows` keeps before it starts afresh


class Explainer:
    """Everything one catalogue and the vocabulary know, as words and stems."""

    def __init__(self, catalogue_words: Iterable[str]) -> None:
        words = set(_vocabulary_words()) | set(catalogue_words)
        self.words = frozenset(words)
        self.stems = frozenset(stem(w) for w in words)
        self.by_prefix: dict[str, list[str]] = {}
        self._known: dict[str, bool] = {}
        for w in words:
            if len(w) >= MIN_LENGTH:
                self.by_prefix.setdefault(w[:2], []).append(w)

    def knows(self, word: str) -> bool:
        """Tell whether a folded word, or a compound of known words, is explained. The answer
        depends on the word alone (the vocabulary is fixed once built), and the compound and
        typo tests cost microseconds per word: each word's answer is kept (bounded)."""
        found = self._known.get(word)
        if found is None:
            if len(self._known) >= _KNOWN_LIMIT:
                self._known.clear()
            found = self._known[word] = self._knows(word)
        return found

    def _knows(self, word: str) -> bool:
        if len(word) < MIN_LENGTH or not word.isalpha() or word in self.words:
            return True
        if stem(word) in self.stems or is_generic(word) or is_spelt_number(word):
            return True
        first = modifier(word)  # "Traumaambulanz": a known word and a generic head
        if first and (first in self.words or stem(first) in self.stems or is_generic(first)):
            return True
        return self._compound(word) or self._typo(word)

    def _typo(self, word: str) -> bool:
        """A misspelt known word ("Hausaufgabenhlife", "alkoholabhänig") is explained."""
        limit = 1 if len(word) < 9 else 2
        for candidate in self.by_prefix.get(word[:2], ()):
            if abs(len(candidate) - len(word)) <= limit and OSA.distance(
                word, candidate, score_cutoff=limit) <= limit:  # fmt: skip
                return True
        return False

    def _compound(self, word: str) -> bool:
        """A compound of two known words ("Elternabendtermin") explains itself."""
        for cut in range(3, len(word) - 2):
            head, tail = word[:cut], word[cut:]
            head_known = head in self.words or head.rstrip("s") in self.words
            if head_known and (tail in self.words or stem(tail) in self.stems):
                return True
        return False

    def unknown_parts(self, word: str, term: str) -> str | None:
        """Return what a compound adds to a vocabulary term it contains, if nothing explains it
        ("gebaerden" in "Gebärdensprachkurs"), else None."""
        if word in self.words or self._typo(word):
            return None
        if word.endswith(term):  # the term is the head word: what precedes it, without Fugen-s
            rest = word[: -len(term)].removesuffix("s")
        else:
            rest = word.replace(term, "", 1)
        if self._explains(rest):
            return None  # a generic part ("-ambulanz", "-problemen") never changes the need
        for suffix in _DERIVATIONS:  # "Fütterungsprobleme": "-ungs" only derives the term
            if rest.startswith(suffix) and self._explains(rest[len(suffix) :]):
                return None
        return None if self._compound(rest) or self._typo(rest) else rest

    def _explains(self, rest: str) -> bool:
        """Tell whether what a compound adds to a term is nothing new (short, known, generic)."""
        return len(rest) < 4 or rest in self.words or stem(rest) in self.stems or is_generic(rest)


def unexplained(raw: Iterable[str], folded: Iterable[str], explainer: Explainer,
                skip: Iterable[int] = ()) -> tuple[str, ...]:  # fmt: skip
    """Return the words as typed that nothing explains, each once, in order."""
    skipped = set(skip)
    found: dict[str, None] = {}
    for i, (typed, word) in enumerate(zip(raw, folded, strict=True)):
        if i not in skipped and not explainer.knows(word):
            found.setdefault(typed, None)
    return tuple(found)
