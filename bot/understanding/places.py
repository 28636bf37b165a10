"""Find the place a request is about, as a gazetteer key.

Names, aliases and postcodes are matched on folded tokens, longest phrase first, with typos
forgiven for longer words. Words that name several places ("Mitte", "Stockum", "Westick") are
resolved by the rest of the message or the user's default place; several districts of one town
("Altlünen") collapse to the town; a district beats the town it lies in.
"""

from __future__ import annotations

import re
import weakref
from dataclasses import dataclass

from rapidfuzz import process
from rapidfuzz.distance import OSA

from bot.catalogue.gazetteer import Gazetteer
from bot.text import fold, fold_plain
from bot.vocabulary.lexicon import _load

MAX_PHRASE = 5
_POSTCODE = re.compile(r"\b(\d{5})\b")
_WORD = re.compile(r"[A-Za-zÄÖÜäöüß0-9]+")


@dataclass(frozen=True, slots=True)
class PlaceResult:
    place: str | None
    candidates: tuple[str, ...] = ()  # when ambiguous: the places the words could mean


@dataclass(frozen=True, slots=True)
class _Mention:
    start: int  # token index
    end: int
    keys: frozenset[str]
    weak: bool
    capitalised: bool


class PlaceIndex:
    """Alias phrases and postcodes of one gazetteer, built once per catalogue."""

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gazetteer = gazetteer
        lexicon = _load("lexicon.toml")["places"]
        self.weak = frozenset(fold(w) for w in lexicon["weak"]["words"])
        self.stop = frozenset(fold(w) for w in lexicon["stop"]["words"])
        phrases: dict[tuple[str, ...], set[str]] = {}

        def add(name: str, key: str) -> None:
            for variant in {fold(name), fold_plain(name)}:
                words = tuple(re.findall(r"[a-z0-9]+", variant))
                if words:
                    phrases.setdefault(words, set()).add(key)
                    if len(words) > 1:  # "Heeren-Werve" also as "heerenwerve"
                        phrases.setdefault(("".join(words),), set()).add(key)

        for place in gazetteer.places.values():
            add(place.name, place.key)
            add(place.name.split("(")[0], place.key)
            add(place.key.replace("-", " "), place.key)
            for alias in place.aliases:
                add(alias, place.key)
                add(alias.split("(")[0], place.key)
        for phrase, key in lexicon["aliases"].items():
            if key in gazetteer:
                add(phrase, key)
        adjectives: set[tuple[str, ...]] = set()
        for place in gazetteer.places.values():
            if place.kind == "municipality":  # "Kamener Innenstadt", "Lüner Familien"
                for name in {place.name.split("/")[0]}:
                    stem = fold(name).replace(" ", "")
                    adjective = stem + ("r" if stem.endswith("e") else "er")
                    if adjective.isalpha() and (adjective,) not in phrases:
                        add(adjective, place.key)
                        adjectives.add((adjective,))
            if any(fold(a) == "mitte" for a in place.aliases):  # every town centre
                for word in lexicon["centre"]["words"]:
                    add(word, place.key)
        self.phrases = {k: frozenset(v) for k, v in phrases.items()}
        self.weak = self.weak | {a[0] for a in adjectives}
        self.single = sorted(
            # adjectives are never guessed from a misspelling ("Schwester" is no "Schwerter")
            {p[0] for p in self.phrases if len(p) == 1 and len(p[0]) >= 6 and not p[0].isdigit()
             and p not in adjectives}
        )
        self.postcodes: dict[str, frozenset[str]] = {}
        for place in gazetteer.places.values():
            if place.kind == "municipality":
                for code in place.postcodes:
                    self.postcodes[code] = self.postcodes.get(code, frozenset()) | {place.key}

    def _fuzzy(self, word: str) -> frozenset[str] | None:
        """Return the places a misspelt word most likely means ("Bergkammen", "Langschedde")."""
        if len(word) < 6 or word in self.stop:
            return None
        limit = 1 if len(word) < 10 else 2
        found = process.extractOne(word, self.single, scorer=OSA.distance, score_cutoff=limit)
        if not found:
            return None
        return self.phrases[(found[0],)]

    def _abbreviation(self, word: str) -> frozenset[str] | None:
        """Return the one town a clipped name stands for ("Holzwi", "Fröndenb")."""
        if len(word) < 5 or word in self.stop:
            return None
        towns = {
            key for name in self.single if len(name) >= 8 and name.startswith(word)
            for key in self.phrases[(name,)] if self.gazetteer[key].kind != "district"
        }  # fmt: skip
        return frozenset(towns) if len(towns) == 1 else None

    def mentions(self, text: str) -> list[_Mention]:
        raw = _WORD.findall(text)
        words = [re.sub(r"[^a-z0-9]", "", fold(w)) for w in raw]
        found: list[_Mention] = []
        taken = [False] * len(words)
        for size in range(MAX_PHRASE, 0, -1):
            for start in range(len(words) - size + 1):
                if any(taken[start : start + size]):
                    continue
                phrase = tuple(words[start : start + size])
                keys = self.phrases.get(phrase)
                if not keys:
                    continue
                weak = size == 1 and phrase[0] in self.weak
                found.append(_Mention(start, start + size, keys, weak, raw[start][:1].isupper()))
                for i in range(start, start + size):
                    taken[i] = True
        for i, word in enumerate(words):
            if taken[i]:
                continue
            if word.isdigit() and len(word) == 5 and word in self.postcodes:
                found.append(_Mention(i, i + 1, self.postcodes[word], False, True))
                continue
            capitalised = raw[i][:1].isupper()
            if not word.isalpha():
                continue
            keys = self._fuzzy(word) if len(word) >= 8 or capitalised else None
            keys = keys or self._abbreviation(word)
            if keys:
                found.append(_Mention(i, i + 1, keys, False, capitalised))
        return sorted(found, key=lambda m: m.start)


_place_indexes: weakref.WeakKeyDictionary[Gazetteer, PlaceIndex] = weakref.WeakKeyDictionary()


def place_index(gazetteer: Gazetteer) -> PlaceIndex:
    """Return a gazetteer's index, built once and dropped with the gazetteer (hot reload)."""
    found = _place_indexes.get(gazetteer)
    if found is None:
        found = _place_indexes[gazetteer] = PlaceIndex(gazetteer)
    return found


def _most_specific(keys: list[str], gazetteer: Gazetteer) -> str | None:
    """Pick one place from resolved mentions: a district beats its town, towns collapse up."""
    unique = list(dict.fromkeys(keys))
    # drop every place that is an ancestor of another mentioned place
    leaves = [k for k in unique if not any(k in gazetteer.ancestors(o) for o in unique if o != k)]
    if len(leaves) == 1:
        return leaves[0]
    municipalities = {gazetteer.municipality_of(k) or k for k in leaves}
    if len(municipalities) == 1:  # two districts of one town: the town
        return gazetteer.common_ancestor(leaves)
    return leaves[-1]  # different towns: the last named is usually where the family lives


def _collapse(keys: frozenset[str], gazetteer: Gazetteer) -> str | None:
    """Return the one place an alias means, collapsing a town and its own districts."""
    if len(keys) == 1:
        return next(iter(keys))
    ancestor = gazetteer.common_ancestor(keys)
    if ancestor and gazetteer[ancestor].kind != "kreis":
        return ancestor
    return None


def resolve_place(
    text: str, gazetteer: Gazetteer, default: str | None = None, index: PlaceIndex | None = None
) -> PlaceResult:
    """Return the place the text names, or the candidates when it stays ambiguous."""
    index = index or place_index(gazetteer)
    mentions = index.mentions(text)
    strong = [m for m in mentions if not m.weak]
    weak = [m for m in mentions if m.weak and m.capitalised]
    resolved: list[str] = []
    ambiguous: list[frozenset[str]] = []
    for mention in strong:
        key = _collapse(mention.keys, gazetteer) if len(mention.keys) > 1 else None
        if len(mention.keys) == 1:
            resolved.append(next(iter(mention.keys)))
        elif key and not _needs_context(mention.keys, gazetteer):
            resolved.append(key)
        else:
            ambiguous.append(mention.keys)
    if any(gazetteer[k].kind == "district" for k in resolved):
        weak = []  # a district is named: generic words ("Innenstadt") must not move it
    # weak words naming one place first ("Kamener"), so that they give context to the others
    weak_keys = sorted((m.keys for m in weak), key=len)
    context = {gazetteer.municipality_of(k) for k in resolved} - {None}
    if not context and default:
        context = {gazetteer.municipality_of(default) or default}
    for keys in ambiguous + weak_keys:
        if len(keys) == 1 and keys not in ambiguous:
            context |= {gazetteer.municipality_of(next(iter(keys)))} - {None}
        inside = [k for k in keys if gazetteer.municipality_of(k) in context or k in context]
        if len(inside) == 1:
            resolved.append(inside[0])
        elif keys in ambiguous:
            collapsed = _collapse(keys, gazetteer)
            if collapsed:
                resolved.append(collapsed)
            elif not resolved:
                return PlaceResult(None, tuple(sorted(keys)))
        elif len(keys) == 1 and not resolved:
            resolved.append(next(iter(keys)))
        elif len(keys) > 1 and not resolved:
            return PlaceResult(None, tuple(sorted(keys)))
    if not resolved:
        return PlaceResult(None)
    return PlaceResult(_most_specific(resolved, gazetteer))


def _needs_context(keys: frozenset[str], gazetteer: Gazetteer) -> bool:
    """Tell whether an alias names places in several towns (and so needs the rest of the text)."""
    return len({gazetteer.municipality_of(k) for k in keys}) > 1
