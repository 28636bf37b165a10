"""The word patterns and clause helpers the signs of `bot.understanding.safety` are read with.

Kept apart so that the signs module holds what a sign is, and this one how words are matched:
exact words, prefixes ("misshandl*"), compound heads ("*fraktur": "Rippenfraktur"), the age of
an adult ("#adult": "ein Freund, der 25 ist") and of a young person ("#minor": "Braut erst 16");
the words of a folded text with spoken spellings and dotted abbreviations read ("sacht",
"häusl.") and a quoted word read as a claim the writer doubts; clauses and sentences.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache, lru_cache
from itertools import pairwise
from typing import Any

from bot.text import fold
from bot.understanding.gate import gated
from bot.understanding.normalise import colloquial
from bot.vocabulary.lexicon import safety_lexicon, toml_strings

# an age typed without its hyphen ("17jährige", "30jaehrigen"): the number and the word apart
_YEARS_JOINED = gated(re.compile(r"\b(\d{1,2})(jaehrig)"))
WORD = re.compile(r"[a-z0-9]+|[,.;:!?()]")  # punctuation ends the reach of a negation
MINOR_YEARS = (10, 17)  # "#minor": the years of a young person, not of a small child or an adult
# one word in quotes ("'runtergefallen'", "„gestolpert“"), not an apostrophe in a word ("geht's")
_QUOTED = re.compile(r"(?<![a-z0-9])['‚‘’\"„“”»«›‹]([a-z]+)['‘’\"“”«»‹›](?![a-z0-9])")
_ZN = gated(re.compile(r"\bz\.\s?n\."))  # "Z. n." (a medical "Zustand nach"), one word
_KEPT_TEXTS = 8  # folded texts whose tokens are kept: a request reads one or two
# the patterns of `tokens` run over every request and most texts hold none of their words: a
# text without them skips the scan (`gate`)
_QUOTED = gated(_QUOTED)


@dataclass(frozen=True, slots=True, eq=False)
class Words:
    """Word patterns split once into exact words and prefixes ("misshandl*")."""

    exact: frozenset[str]
    prefixes: tuple[str, ...]
    suffixes: tuple[str, ...] = ()  # "*fraktur": the head of a compound ("Rippenfraktur")
    adult_age: bool = False  # "#adult": 18-99 or a decade ("der 25 ist", "(40s?)", "Mitte 30er")
    minor_age: bool = False  # "#minor": 10-17, a young person's years ("die Braut erst 16")

    @classmethod
    def of(cls, patterns: Iterable[str]) -> Words:
        listed = tuple(patterns)
        return cls(frozenset(p for p in listed if "*" not in p),
                   tuple(p[:-1] for p in listed if p.endswith("*")),
                   tuple(p[1:] for p in listed if p.startswith("*")),
                   "#adult" in listed, "#minor" in listed)  # fmt: skip


def matches(word: str, patterns: Words) -> bool:
    return (word in patterns.exact or word.startswith(patterns.prefixes)
            or (bool(patterns.suffixes) and word.endswith(patterns.suffixes))
            or (patterns.adult_age and _adult_number(word))
            or (patterns.minor_age and _minor_number(word)))  # fmt: skip


def _minor_number(word: str) -> bool:
    """A number of a young person's years: a bride "erst 16" is a child."""
    return word.isdigit() and MINOR_YEARS[0] <= int(word) <= MINOR_YEARS[1]


def _adult_number(word: str) -> bool:
    """A number of an adult's years, or a decade of them ("40s", "30er", "Mitte 20ern")."""
    digits = word.removesuffix("ern").removesuffix("er").removesuffix("s")
    return digits.isdigit() and 18 <= int(digits) < 100


def clause_tokens(words: list[str], clause: tuple[int, ...]) -> tuple[list[str], list[int]]:
    """Tokens with a comma between clauses, and where each word stands among them. The topic
    reader asks twice for the same words (negations, a child's own violence): read once."""
    tokens, at = _clause_tokens(tuple(words), tuple(clause))
    return list(tokens), list(at)


@lru_cache(maxsize=4)
def _clause_tokens(words: tuple[str, ...], clause: tuple[int, ...]
                   ) -> tuple[tuple[str, ...], tuple[int, ...]]:  # fmt: skip
    tokens: list[str] = []
    at: list[int] = []
    numbers = _number_clauses(words, clause)
    for i, word in enumerate(words):
        if i and clause[i] != clause[i - 1] and not ({clause[i], clause[i - 1]} & numbers):
            tokens.append(",")
        at.append(len(tokens))
        tokens.append(word or "x")
    return tuple(tokens), tuple(at)


def _number_clauses(words: tuple[str, ...], clause: tuple[int, ...]) -> set[int]:
    """Clauses of numbers only, an aside that ends no clause: "die Kinder (2 und 6) schlägt"."""
    spans: dict[int, list[str]] = {}
    for word, number in zip(words, clause, strict=False):
        spans.setdefault(number, []).append(word)
    return {n for n, span in spans.items()
            if all(w.isdigit() or w in ("und", "u", "and") for w in span) and span[0].isdigit()}


def sentence_of(words: list[str], at: int) -> list[str]:
    """The words of the sentence around `at` ("2 J." and "V.a." do not end one)."""
    def ends(i: int) -> bool:
        return words[i] in ".!?" and not (i and words[i - 1].isalnum() and len(words[i - 1]) < 3)

    start = at
    while start > 0 and not ends(start - 1):
        start -= 1
    end = at
    while end < len(words) and not ends(end):
        end += 1
    return words[start:end]


@cache
def _spoken() -> dict[str, tuple[str, ...]]:
    """Spoken, chat and dialect spellings and what they stand for: the needs' table ("nich",
    "nix", "nen") and the signs' own (`[colloquial]` in safety.toml: "watt", "dat", "lütten")."""
    table = dict(colloquial())
    for word, meaning in safety_lexicon().get("colloquial", {}).items():
        table[fold(word)] = tuple(fold(meaning).split())
    return table


@cache
def _kin() -> frozenset[str]:
    """The kin words a doubled consonant may stand in (`[dialect] kin`: "vater", "bruder")."""
    return frozenset(fold(w) for w in safety_lexicon().get("dialect", {}).get("kin", ()))


_DOUBLED = re.compile(r"(dd|tt)(?=ers?$|ern$)")


@lru_cache(maxsize=1 << 12)
def _dialect_kin(word: str) -> str:
    """A kin word spoken with a doubled consonant, as Ruhr, Low and Rhenish German say it
    ("Vadder", "Mudder", "Stiefvadder", "Brudder", "Vatter"): its standard form when reading
    the doubled consonant as the standard spelling's (one "t" or "d", or "tt") gives a kin
    word, so a grammar rule and not one entry per spelling reads every compound of them."""
    match = _DOUBLED.search(word)
    if match is None:
        return word
    for single in ("t", "d", "tt"):  # "Vadder" → "Vater", "Brudder" → "Bruder", "Mudder" → "Mutter"
        reading = word[: match.start()] + single + word[match.end() :]
        if reading in _kin():
            return reading
    return word


@cache
def _sign_participles() -> frozenset[str]:
    """The participles in "ge-" the signs and the agency table name ("geschuettelt",
    "geschlagen", "geschmiert" of "eine geschmiert"): the words an elided "ge-" may stand for."""
    lexicon = safety_lexicon()
    found = toml_strings([lexicon.get("signal", []), lexicon.get("agency", {})])
    return frozenset(w for w in found if w.startswith("ge") and w.isalpha() and len(w) > 5)


_ELIDED = re.compile(r"g[bdfhklmnprstwz][a-z]{3,}")


@lru_cache(maxsize=1 << 12)
def _elided_ge(word: str) -> str:
    """A participle spoken with its "ge-" cut to "g", as Bavarian, Swabian and Swiss German say
    it ("gschüttelt", "gschmiert", "gschlagn"): the sign's participle when restoring "ge-" (and
    the "-en" the dialect drops to "-n") gives one, so a grammar rule of the dialects, not one
    entry per spelling, reads every participle the signs know."""
    if not _ELIDED.fullmatch(word):
        return word
    restored = "ge" + word[1:]
    readings = [restored]
    if restored.endswith(("gn", "bn", "mn")):  # "gschlagn", "gschriebn": the "-en" cut to "-n"
        readings.append(restored[:-1] + "en")
    return next((r for r in readings if r in _sign_participles()), word)


@cache
def _age_aside() -> re.Pattern[str]:
    """Ages set aside in brackets or between commas ("Kinder (5 und 7)", "Kinder, ca. 5 und 7,")."""
    table = safety_lexicon()
    return gated(re.compile(f"{table['age_aside']}|{table['age_aside_commas']}"))


@cache
def _pregnancy_week() -> re.Pattern[str]:
    return gated(re.compile(safety_lexicon()["pregnancy_week"]))


@cache
def _school_class() -> re.Pattern[str]:
    return gated(re.compile(safety_lexicon()["school_class"]))


def school_classes(words: list[str]) -> list[int]:
    """Positions of folded words that name a school class ("Schülerin 8b", "aus der 8a"): a class
    named like a paragraph of the SGB VIII is no § 8a or § 8b."""
    joined, starts, at = " ".join(words), [], 0
    for word in words:
        starts.append(at)
        at += len(word) + 1
    found = []
    for match in _school_class().finditer(joined):
        group = 1 if match.group(1) else 2
        found += [i for i, start in enumerate(starts)
                  if match.start(group) <= start < match.end(group)]  # fmt: skip
    return found


@cache
def _abbreviations() -> tuple[re.Pattern[str], dict[str, str]]:
    """Dotted abbreviations of the trade ("häusl. Gewalt") and the words they stand for."""
    table = {fold(k): fold(v) for k, v in safety_lexicon().get("abbreviations", {}).items()}
    keys = "|".join(map(re.escape, sorted(table, key=len, reverse=True))) or "(?!)"
    return gated(re.compile(rf"(?<![a-z0-9])(?:{keys})")), table


def tokens(folded: str) -> list[str]:
    """The words and punctuation of a folded text, spoken spellings and dotted abbreviations
    expanded; brackets are dropped, an aside as "den Kleinen (3) den ganzen Tag" reads on without
    them; the number of a pregnancy week ("ca. 20. SSW") is dropped, no adult's age. Six
    readers ask this of one request's text: it is read once and each gets its own list."""
    return list(_tokens(folded))


@lru_cache(maxsize=_KEPT_TEXTS)
def _tokens(folded: str) -> tuple[str, ...]:
    table = _spoken()
    pattern, short = _abbreviations()
    folded = pattern.sub(lambda m: short[m.group()] + " ", folded)
    folded = _school_class().sub(" klasse ", _age_aside().sub(" ", folded))
    folded = _pregnancy_week().sub(" ssw ", folded)  # "20. SSW" is no one's age
    folded = _YEARS_JOINED.sub(r"\1 \2", folded)  # "30jährigen" is "30-jährigen"
    doubt = safety_lexicon().get("quoted_doubt")
    if doubt:  # "Brille 'runtergefallen'": the writer doubts the word she quotes
        folded = _QUOTED.sub(rf" {doubt} \1 ", folded)
    words = WORD.findall(_ZN.sub("zn ", folded))
    read: list[str] = []  # a plain loop: a generator step per word cost more than the reading
    for word in words:
        if word == "(" or word == ")":
            continue
        spoken = table.get(word)
        if spoken is None:
            read.append(_dialect_kin(_elided_ge(word)))
        else:
            read.extend(spoken)
    return tuple(read)


NEUTRAL = "etwas"  # a word no sign or frame knows, in place of a word set aside


def blanked(words: list[str], aside: set[int]) -> str:
    """The tokens joined again with those at the positions `aside` replaced by a neutral word:
    readers that set a frame or an incident aside read the signs of the rest once more."""
    return " ".join(NEUTRAL if i in aside else w for i, w in enumerate(words))


def told_ago(sentence: list[str], ago: frozenset[str], markers: frozenset[str]) -> bool:
    """A time ago places a sign in the past: "vor zwei Jahren", "letztes Jahr", "two years ago"."""
    def before(i: int) -> bool:
        after = sentence[i + 1] if i + 1 < len(sentence) else ""
        return after == "ago" or bool(markers & set(sentence[max(0, i - 3) : i]))

    return any(before(i) for i, w in enumerate(sentence) if w in ago)


def childless(words: list[str], phrases: frozenset[str]) -> bool:
    """An adult who says she has no children ("Frau 45, ohne Kinder, wird geschlagen") needs
    help against violence, not child protection."""
    pairs = {f"{a} {b}" for a, b in pairwise(words)}
    return bool(phrases & (pairs | set(words)))


def possible(signal: Any, found: Mapping[Any, list[int]]) -> bool:
    """Whether each group the signal needs has a word in the text; `_anchors` finds nothing
    otherwise, so a signal that cannot fire costs no search for negations and windows."""
    if signal.kind == "agency":  # decided by the violent verbs, not by its groups
        return True
    needed = signal.groups[1:2] if signal.kind in ("alone", "touch") else signal.groups
    return all(map(found.__contains__, needed))  # no generator step per group


SignalIndex = tuple[tuple[int, ...], dict[Any, tuple[int, ...]]]


def first_group_index(signals: tuple[Any, ...]) -> SignalIndex:
    """The signals that are always possible, and the others by the first group they need: a
    request's words open few groups, so only their signals are tested (`possible`), not every
    signal of the lexicon. Built once, where the lexicon's signals are loaded."""
    always: list[int] = []
    by_group: dict[Any, list[int]] = {}
    for n, signal in enumerate(signals):
        needed = signal.groups[1:2] if signal.kind in ("alone", "touch") else signal.groups
        if signal.kind == "agency" or not needed:
            always.append(n)
        else:
            by_group.setdefault(needed[0], []).append(n)
    return tuple(always), {group: tuple(ns) for group, ns in by_group.items()}


def possible_signals(signals: tuple[Any, ...], index: SignalIndex,
                     found: Mapping[Any, list[int]]) -> tuple[Any, ...]:
    """The signals `possible` allows, in the lexicon's order (`index` is `signals`' own)."""
    always, by_group = index
    candidates = sorted({*always, *(n for g in found for n in by_group.get(g, ()))})
    return tuple(signals[n] for n in candidates if possible(signals[n], found))
