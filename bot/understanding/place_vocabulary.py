"""The names, aliases and postcodes of one gazetteer, compiled once into the tables that
place finding reads.

Every name and alias in every spelling (folded, without umlauts, joined), the towns' adjectives
("Kamener"), centre names, acronyms, district names of their own, the names a typo or a clipped
name may mean, and the postcodes per town. Kept apart from `places` (which walks a message and
decides which words name a place, and which place is meant) so that each file has one job: this
one knows nothing of a message, only of the gazetteer.
"""

from __future__ import annotations

import re
from functools import cached_property

from bot.catalogue.gazetteer import Gazetteer
from bot.text import fold, fold_plain
from bot.understanding import place_words as _names
from bot.understanding.place_choice import needs_context as _needs_context
from bot.understanding.place_lookup import NameLookups
from bot.understanding.place_words import name_variants
from bot.understanding.shortcuts import kept
from bot.vocabulary.lexicon import _load, common_words, frequent_words

COMPOUND_TAIL = 6  # a context word this long also ends a compound: "übergangswohnheim"


class PlaceVocabulary(NameLookups):
    """Alias phrases and postcodes of one gazetteer, built once per catalogue; `PlaceIndex`
    reads messages with them."""

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gazetteer = gazetteer
        self._fuzzy = kept(self._fuzzy)  # words recur: a misspelling is looked up once
        self._abbreviation = kept(self._abbreviation)  # as is a clipped name
        self._fuzzy_short = kept(self._fuzzy_short)
        self._inflected = kept(self._inflected)  # a foreign case ending, tried per suffix
        lexicon = _load("lexicon.toml")["places"]
        self.weak = frozenset(fold(w) for w in lexicon["weak"]["words"])
        self.stop = frozenset(fold(w) for w in lexicon["stop"]["words"])
        self.context = frozenset(fold(w) for w in lexicon["context"]["words"])
        # the longer of them also end a compound before a place: "Übergangswohnheim Massen",
        # "Flüchtlingsunterkunft Massen", "Hauptbahnhof Kamen"
        self.context_tails = tuple(w for w in self.context if len(w) >= COMPOUND_TAIL)
        self.loose = frozenset(fold(w) for w in lexicon["context"]["loose"])
        self.at = frozenset(fold(w) for w in lexicon["context"]["at"])
        self.articles = frozenset(fold(w) for w in lexicon["context"].get("articles", ()))
        self.postpositions = frozenset(fold(w) for w in lexicon["context"]["after"])
        self.closing = frozenset(fold(w) for w in lexicon["context"]["closing"])
        self.links = frozenset(fold(w) for w in lexicon["centre"].get("links", ()))
        self.verb_before = frozenset(fold(w) for w in lexicon["context"].get("verb_before", ()))
        self.verb_after = frozenset(fold(w) for w in lexicon["context"].get("verb_after", ()))
        self.suffixes = sorted(lexicon["suffixes"].items(), key=lambda s: -len(s[0]))
        # ordinary German words: a typo of a place only where the words around say "place"
        self.ordinary = frequent_words() | common_words()
        self._everyday = self.ordinary | self.stop  # built once, not for every pair of words
        phrases: dict[tuple[str, ...], set[str]] = {}

        def add(name: str, key: str) -> None:
            for variant in {fold(name), fold_plain(name)}:
                words = tuple(re.findall(r"[a-z0-9]+", variant))
                if words:
                    phrases.setdefault(words, set()).add(key)
                    if len(words) > 1:  # "Heeren-Werve" also as "heerenwerve"
                        phrases.setdefault(("".join(words),), set()).add(key)

        for place in gazetteer.places.values():
            for name in (place.name, *place.aliases):
                for variant in name_variants(name, self.context):
                    add(variant, place.key)
            add(place.key.replace("-", " "), place.key)
        for phrase, key in lexicon["aliases"].items():
            if key in gazetteer:
                add(phrase, key)
        adjectives: set[tuple[str, ...]] = set()
        for place in gazetteer.places.values():
            if place.kind == "municipality":  # "Kamener Innenstadt", "Lüner Familien"
                stem = fold(place.name.split("/")[0]).replace(" ", "")
                adjective = stem + ("r" if stem.endswith("e") else "er")
                if adjective.isalpha() and (adjective,) not in phrases:
                    add(adjective, place.key)
                    adjectives.add((adjective,))
            for name, key in _names.centre_names(place, gazetteer, lexicon["centre"]):
                add(name, key)
        self.phrases = {k: frozenset(v) for k, v in phrases.items()}
        # an acronym ("UN") is a place only in capitals: "Un de lütte" is Low German "and"
        self.acronyms = frozenset(fold(a) for p in gazetteer.places.values() for a in p.aliases
                                  if a.isupper() and a.isalpha() and len(a) <= 3)
        # a weak word that is a district's own name ("holzen", "wessel"), not an ordinary word:
        # in a message without capitals its missing capital proves nothing
        self.own_names = frozenset(
            w for w in self.weak if len(w) >= 5 and w not in self.ordinary and w not in self.stop
            and len(self.phrases.get((w,), ())) == 1
            and next(iter(self.phrases[(w,)])).endswith("-" + w))
        self.weak = self.weak | {a[0] for a in adjectives}
        self.single = sorted(
            # adjectives are never guessed from a misspelling ("Schwester" is no "Schwerter")
            {p[0] for p in self.phrases if len(p) == 1 and len(p[0]) >= 6 and not p[0].isdigit()
             and p not in adjectives  # nor a generic word of many towns ("Zetnrum" is no centre)
             and not (p[0] in self.weak and _needs_context(self.phrases[p], gazetteer))}
        )
        # short names a short slip may mean ("Wrene", "gamen"): never a weak or generic word
        self.short = sorted({p[0] for p in self.phrases if len(p) == 1 and 4 <= len(p[0]) <= 6
                             and p[0].isalpha() and p[0] not in self.weak and p not in adjectives})
        # long names with the towns they name, sorted: a clipped name is a prefix range in it
        self.long_names = [n for n in self.single if len(n) >= 8]
        self.long_towns = [
            frozenset(k for k in self.phrases[(n,)] if gazetteer[k].kind != "district")
            for n in self.long_names
        ]
        # town names as typed and without umlauts: a clipped one ("Frö.", "Wern") is their prefix
        self.town_names = sorted(
            {(variant, place.key) for place in gazetteer.places.values()
             if place.kind == "municipality"
             for variant in (fold(place.name.split("/")[0]), fold_plain(place.name.split("/")[0]))})
        self.postcodes: dict[str, frozenset[str]] = {}
        for place in gazetteer.places.values():
            if place.kind == "municipality":
                for code in place.postcodes:
                    self.postcodes[code] = self.postcodes.get(code, frozenset()) | {place.key}

    @cached_property
    def _heads(self) -> frozenset[str]:
        """The first words of all names: a phrase is looked up only where one stands."""
        return frozenset(phrase[0] for phrase in self.phrases)

    @property
    def heads(self) -> frozenset[str]:
        """The first words of all names, for readers of a message before places are found
        (`place_prefixes`: "eKamen" is "in Kamen" only where "Kamen" opens a name)."""
        return self._heads

    def _of_town(self, words: list[str], start: int, end: int) -> bool:
        """Tell whether the span is linked to a town it has a district in: "Mitte von Werne"."""
        town = self.phrases.get(tuple(words[end + 1 : end + 2]), frozenset())
        keys = self.phrases.get(tuple(words[start:end]), ())
        mine = {self.gazetteer.municipality_of(k) for k in keys}
        return bool(town & mine)
