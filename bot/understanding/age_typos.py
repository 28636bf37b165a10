"""Mistyped age words, corrected before ages are read: "Jähirger", "Kalsse", "Suägling".

A word of six letters or more one typing slip from a word that carries an age (a unit, a stage,
a child or person noun, a number word) is that word; everyday words and inflected person nouns
stay as typed. Kept apart from `numbers` (which turns number words into digits and knows which
digit runs are no age) so that each file has one job: this one only mends spelling.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from rapidfuzz import process
from rapidfuzz.distance import OSA

from bot.understanding.numbers import _number_words
from bot.vocabulary.lexicon import age_vocabulary, common_words, frequent_words


@cache
def _age_words() -> dict[int, tuple[str, ...]]:
    """Return the words that carry an age, by length: units, stages, pregnancy, child nouns."""
    vocab = age_vocabulary()
    endings = ("jaehrig", "jaehrige", "jaehriger", "jaehrigen", "jaehrigem", "jaehriges")
    words = {"jahre", "jahren", "monate", "monaten", "wochen", "klasse", "klassen", "kinder",
             "kindern", "schwanger", "schwangere", "schwangeren", "schwangerschaft", *endings}
    words |= set(vocab.stages) | {w for w in vocab.child_nouns if len(w) >= 6}
    words |= {w for w in vocab.pregnancy if len(w) >= 6}
    words |= {"fruehchen", "fruehgeborene", "fruehgeborenes", "totgeburt", "fehlgeburt"}
    words |= {f"{o}klaessler{e}" for o in vocab.ordinals for e in ("", "in", "innen", "n")}
    words |= {f"{o}{e}" for o in vocab.ordinals if len(o) >= 5
              for e in ("e", "en", "er", "es", "em")}  # "vietren Klassen" → vierten; fmt: skip
    words |= {"junger", "junges", "junge"}  # "Junegr Mann, 18"
    words |= {"jahrgang", "jahrgangs", "jahrgaenge", "jahrgangsstufe"}  # "Jhargang 7"
    words |= set(vocab.adult_nouns) | {"geburt"}  # "Mutetr (22)" is the mother's age
    # the person asked about and the words that bound an age: "Probnad 19", "junge Faruen
    # 18-21", "ziwschen 1 und 2", "6 Wochen Kliink"
    words |= {*vocab.role_nouns, *vocab.young_adult_nouns, *vocab.other_person_nouns}
    words |= {"zwischen", "klinik", "familien", "geboren", "between", "trisomie", "sternenkind",
              "beiden", "krabbelgruppe", "tagesmutter", "tagespflege"}
    words |= {w + "n" for w in vocab.stages if w.endswith("e")}  # "an den Grundshculen"
    for word, value in _number_words().items():
        if value <= 21:
            words |= {word + ending for ending in endings}
            words.add(word)  # "sieebn jahre", "zwölf bis vierezhn"
    by_length: dict[int, list[str]] = {}
    for word in words:
        if len(word) >= 6:
            by_length.setdefault(len(word), []).append(word)
    return {length: tuple(sorted(found)) for length, found in by_length.items()}


@cache
def _ordinary() -> frozenset[str]:
    return frequent_words() | common_words()


@cache
def _persons() -> tuple[str, ...]:
    vocab = age_vocabulary()
    return tuple(w for w in {*vocab.child_nouns, *vocab.role_nouns} if len(w) >= 5)


def _squash(word: str) -> str:
    """Write a folded umlaut as one letter again, so that a slip across it ("Suägling",
    folded "suaegling") is one swap, as it was when typed."""
    return word.replace("ae", "ä").replace("oe", "ö").replace("ue", "ü")


@cache
def _squashed_words() -> dict[int, dict[str, str]]:
    """Return the age words by the length of their squashed form, squashed form to word."""
    found: dict[int, dict[str, str]] = {}
    for words in _age_words().values():
        for word in words:
            found.setdefault(len(_squash(word)), {})[_squash(word)] = word
    return found


@cache
def _plain_words() -> dict[int, dict[str, str]]:
    """Return the age words by length, each standing for itself."""
    return {length: {w: w for w in found} for length, found in _age_words().items()}


def _slip_allowed(token: str, candidate: str, distance: int) -> bool:
    """Tell whether a distance is a typing slip, not another word: two neighbouring letters
    swapped from six letters on, one wrong letter from seven, a missing or extra one from nine,
    two slips from ten — so "nichts" is no "Nichte", "extern" no "Eltern", "schwanken" no
    "schwanger"."""
    if distance == 1 and len(token) == len(candidate):
        return sorted(token) == sorted(candidate) or len(token) >= 7
    return len(token) >= (9 if distance == 1 else 10)


def _nearest(form: str, by_length: dict[int, dict[str, str]]) -> str | None:
    """Return the age word one typing slip from a form (see `_slip_allowed`), or None."""
    found = process.extractOne(form, by_length.get(len(form), {}).keys(),
                               scorer=OSA.distance, score_cutoff=2)  # fmt: skip
    if (found is None or found[1] > 1) and len(form) >= 9:  # one slip beats two
        neighbours = [*by_length.get(len(form) - 1, {}), *by_length.get(len(form) + 1, {})]
        found = process.extractOne(form, neighbours, scorer=OSA.distance,
                                   score_cutoff=1) or found  # fmt: skip
    if found is None or not _slip_allowed(form, found[0], int(found[1])):
        return None
    return by_length[len(found[0])][found[0]]


@lru_cache(maxsize=8192)
def _corrected(token: str) -> str:
    """Return the age word a mistyped token means ("Jähirger", "Kalsse", "Suägling"), or the
    token itself."""
    words = _age_words()
    if token in words.get(len(token), ()) or token in _ordinary():
        return token  # an everyday word is no typo: "Angeboten" is not "ungeboren"
    word = _nearest(token, _plain_words()) or _nearest(_squash(token), _squashed_words())
    if word is None:
        return token
    vocab = age_vocabulary()
    if word.startswith(token) and word in vocab.role_nouns and word not in vocab.child_nouns:
        return token  # an adjective is no misspelt noun: "Eltern minderjährig 15 und 16"
    if word in vocab.adult_nouns and any(
            stem.endswith(_persons()) for stem in (token[:-1], token[:-2], token[:-5])):
        return token  # an inflected person noun: "Careleaverin" is no "Lehrerin"
    return word


_LONG_WORD = re.compile(r"[a-z]{6,}")


def correct_typos(text: str) -> str:
    """Return folded text with mistyped age words corrected; other words stay as typed."""
    def fix(m: re.Match[str]) -> str:
        typed = m.group(0)
        word = _corrected(typed)
        if word == typed:
            return typed  # no head can make the typed word itself: the test below is moot
        head = re.search(r"([a-z]+)-$", text[max(0, m.start() - 12) : m.start()])
        if head and word == head.group(1) + typed:
            return typed  # "I-Dötzchen" is the word "idoetzchen" already, hyphenated
        return word

    # most texts hold no typo at all: their words are looked up once, and no text is rebuilt
    for typed in _LONG_WORD.findall(text):
        if _corrected(typed) != typed:
            return _LONG_WORD.sub(fix, text)
    return text
