"""Find the place a request is about, as a gazetteer key.

Names, aliases and postcodes are matched on folded tokens, longest phrase first, with typos
forgiven for longer words. Words that name several places ("Mitte", "Stockum", "Westick") are
resolved by the rest of the message or the user's default place; several districts of one town
("Altlünen") collapse to the town; a district beats the town it lies in.
"""

from __future__ import annotations

import re
import weakref
from dataclasses import dataclass, replace
from functools import cached_property

from bot.catalogue.gazetteer import Gazetteer
from bot.text import fold, fold_plain
from bot.understanding import place_words as _names
from bot.understanding.place_choice import beside_town as _beside_town
from bot.understanding.place_choice import collapse as _collapse
from bot.understanding.place_choice import (
    destination,
    either_town,
    home,
    not_travelled,
    preferred,
)
from bot.understanding.place_choice import most_specific as _most_specific
from bot.understanding.place_choice import needs_context as _needs_context
from bot.understanding.place_lookup import NameLookups
from bot.understanding.place_outside import elsewhere, outside_home
from bot.understanding.place_words import (
    digits_of,
    folded_word,
    name_variants,
    plain_word,
    turned_down,
)
from bot.understanding.shortcuts import remembering
from bot.vocabulary.lexicon import _load, common_words, frequent_words

MAX_PHRASE = 5
_POSTCODE = re.compile(r"\b(\d{5})\b")
_WORD = re.compile(r"[A-Za-zÄÖÜäöüß0-9]+")
# what ends a clause between two words: punctuation, a dash, or a pictograph typed in its place
# ("was mit tieren oder kids 🐶 massen")
_BREAK = re.compile(r"[,.;:!?()\[\]/\n–—\u2600-\u27bf\U0001f000-\U0001faff]|\s-\s")
_CUT = re.compile(r"[,;!?]|\.\s")  # between two words, no one name goes on past it


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
    guessed: bool = False  # read from a misspelling, not the name as written
    turned_down: bool = False  # "nicht in Methler", "Flierich ist zu weit"


class PlaceIndex(NameLookups):
    """Alias phrases and postcodes of one gazetteer, built once per catalogue."""

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gazetteer = gazetteer
        self._fuzzy = remembering(self._fuzzy)  # words recur: a misspelling is looked up once
        self._abbreviation = remembering(self._abbreviation)  # as is a clipped name
        self._fuzzy_short = remembering(self._fuzzy_short)
        lexicon = _load("lexicon.toml")["places"]
        self.weak = frozenset(fold(w) for w in lexicon["weak"]["words"])
        self.stop = frozenset(fold(w) for w in lexicon["stop"]["words"])
        self.context = frozenset(fold(w) for w in lexicon["context"]["words"])
        self.loose = frozenset(fold(w) for w in lexicon["context"]["loose"])
        self.at = frozenset(fold(w) for w in lexicon["context"]["at"])
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

    def _split_names(self, words: list[str], raw: list[str], breaks: list[bool],
                     found: list[_Mention], taken: list[bool]) -> None:
        """Find a place name dictated or typed as two words ("Holz wickede", "Berg kamen",
        "Königs Born", "Fröhnden Berg"): the two words joined are a name, exactly or with one
        slip. A slip counts only where one half is no ordinary word and neither half is a name
        already, so that two everyday words never make a town and "Lünen bitte" stays Lünen
        rather than a slip of "Lünen-Mitte"; a pair that is itself a name stays that name."""
        for i in range(len(words) - 1):
            first, second = words[i], words[i + 1]
            if taken[i] or taken[i + 1] or breaks[i + 1] or not (first + second).isalpha():
                continue
            if (first, second) in self.phrases or min(len(first), len(second)) < 3:
                continue
            joined = first + second
            keys = self.phrases.get((joined,)) if len(joined) >= 8 else None
            # "Lünen bitte" stays Lünen; "Lünenn Nord" is one slip from "Lünen Nord" (two
            # everyday words, the most common pair, are ruled out first: the cheapest test)
            if not keys and len(joined) >= 9 and not (
                    first in self._everyday and second in self._everyday) and not any(
                    (w,) in self.phrases and w not in self.weak for w in (first, second)):
                keys = self._fuzzy(joined, plain_word(raw[i] + raw[i + 1]))
            if keys:
                found.append(_Mention(i, i + 2, keys, False, True))
                taken[i] = taken[i + 1] = True

    def _of_town(self, words: list[str], start: int, end: int) -> bool:
        """Tell whether the span is linked to a town it has a district in: "Mitte von Werne"."""
        town = self.phrases.get(tuple(words[end + 1 : end + 2]), frozenset())
        keys = self.phrases.get(tuple(words[start:end]), ())
        mine = {self.gazetteer.municipality_of(k) for k in keys}
        return bool(town & mine)

    def mentions(self, text: str, uncased: bool = False) -> list[_Mention]:
        """Return the place names of a text; `uncased`: the writer typed no capital at all."""
        spans = list(_WORD.finditer(text))
        raw = [m.group() for m in spans]
        words = [folded_word(w) for w in raw]
        gaps = [""] + [text[spans[i - 1].end() : spans[i].start()] for i in range(1, len(spans))]
        # breaks[i]: a clause break before word i, [len] the end ("…, westick" alone is a place)
        breaks = [True] + [bool(_BREAK.search(gap)) for gap in gaps[1:]] + [True]
        cut = [bool(_CUT.search(gap)) for gap in gaps]  # "2 Jahre alt, Bönen" is no "Alt-Bönen"

        def placed(start: int, end: int, loose: bool = False) -> bool:
            """Tell whether the words around a span say that it names a place."""
            before = words[start - 1] if start > 0 else ""
            after = words[end] if end < len(words) else ""
            after_context = before in self.context or (loose and before in self.loose)
            # "59427 Massen": a postcode before a name says "place"
            after_context = after_context or (before.isdigit() and len(before) == 5)
            after_context = after_context or after in self.postpositions
            linked = after in self.links and self._of_town(words, start, end)
            after_context = after_context or linked  # "in der Mitte von Werne"
            # unpunctuated, a place is tagged on at the end ("… nicht zahlen können massen")
            after_context |= (end == len(words) and not any(breaks[1:end])
                              and not _as_verb(words, start, self))
            return after_context or (breaks[start] and (breaks[end] or after in self.closing))

        def lowercase(i: int) -> bool:
            """Tell whether word i stands in a clause without capitals: there a missing capital
            proves nothing ("Moin! kita platz holzen ab 1 jahr?", "Guten Tag, kita holzen"), nor
            in a message typed all in lower case whose rewriting added some ("3 klasse kamen")."""
            if uncased:
                return True
            start = max(text.rfind(c, 0, spans[i].start()) for c in ".!?\n,;:") + 1
            ends = [e for c in ".!?\n,;:" if (e := text.find(c, spans[i].end())) >= 0]
            return not any(ch.isupper() for ch in text[start : min(ends, default=len(text))])

        found: list[_Mention] = []
        taken = [False] * len(words)
        self._split_names(words, raw, breaks, found, taken)
        # a name is looked up only where one of its first words stands: found once, not per size
        starts = [i for i, word in enumerate(words) if word in self._heads]
        for size in range(MAX_PHRASE, 0, -1):
            for start in starts:
                if start + size > len(words):
                    break  # the positions rise: no phrase of this size fits any more
                if any(taken[start : start + size]):
                    continue
                phrase = tuple(words[start : start + size])
                keys = self.phrases.get(phrase)
                if not keys or any(cut[start + 1 : start + size]):
                    continue
                ordinary = size == 1 and (phrase[0] in self.ordinary or phrase[0] in self.stop)
                capitalised = raw[start][:1].isupper()
                weak = size == 1 and phrase[0] in self.weak
                if ordinary and not weak and not capitalised:
                    # a name that is also a lowercase word ("die Kinder kamen gestern") counts
                    # where it stands at a clause's edge, as a professional tags the place
                    weak = True
                    capitalised = breaks[start] or breaks[start + size] or (
                        phrase[0] not in self.stop and not _as_verb(words, start, self)
                        and lowercase(start))
                elif ordinary:  # "Mitte", "Kreis", "Massen": a capital letter proves nothing
                    capitalised = False
                if weak and placed(start, start + size, loose=True):
                    capitalised = True
                if size == 1 and phrase[0] in self.acronyms and not raw[start].isupper():
                    continue
                if weak and size == 1 and phrase[0] in self.own_names and lowercase(start):
                    capitalised = True  # "kita platz holzen ab 1 jahr?"
                found.append(_Mention(start, start + size, keys, weak, capitalised))
                for i in range(start, start + size):
                    taken[i] = True
        i = 0
        while i < len(words):
            end = self._postcode(words, i, taken, breaks) if not taken[i] else i
            if end > i:
                code = "".join(digits_of(w) for w in words[i:end])
                found.append(_Mention(i, end, self.postcodes[code], False, True))
                i = end
                continue
            i += 1
        for i, word in enumerate(words):
            if taken[i] or any(m.start <= i < m.end for m in found):
                continue
            if word.isdigit() and (code_keys := self._postcode_near(words, i)):
                found.append(_Mention(i, i + 1, code_keys, False, True))
                continue
            capitalised = raw[i][:1].isupper()
            if not word.isalpha():
                continue
            if word in self.ordinary or word in self.stop:
                continue  # a real German word is no typo ("im Rahmen" is not Gahmen)
            plain = plain_word(raw[i])
            keys = self.phrases.get((plain,)) if plain != word and len(plain) >= 4 else None
            exact = keys
            keys = keys or self._fuzzy(word, plain)  # "Ünna": an umlaut too many
            guessed = bool(keys) and not exact
            keys = keys or self._abbreviation(word)
            clipped = _names.clipped(text, spans[i].end(), raw[i],
                                     capitalised and placed(i, i + 1))
            if not keys and clipped:  # "aus Frö.", "FRÖ-Langschede", "in Wern"
                keys = self._clipped_town(word) or self._clipped_town(plain)
            if capitalised or placed(i, i + 1) or lowercase(i):  # also "königsbornban" typed lower
                keys = keys or self._inflected(word)
            if not keys and i > 0 and words[i - 1] in self.at and not breaks[i]:
                keys = guessed = self._fuzzy_short(word)  # "in Wrene", "in gamen"
            if keys:
                found.append(_Mention(i, i + 1, keys, False, capitalised, bool(guessed)))
        found = [m for m in found if not _names.names_a_person(words, breaks, m.start, m.end)
                 and not elsewhere(words, breaks, m.start, m.end)]
        found = [replace(m, turned_down=True) if turned_down(words, breaks, m.start, m.end) else m
                 for m in found]
        return sorted(found, key=lambda m: m.start)


def _unsure(words: list[str], mentions: list[_Mention], index: PlaceIndex) -> tuple[str, ...]:
    """Return the district a name that is also an ordinary word may mean, when nothing else
    names a place: "liebeskummer massen nach der entlassung", "Massen Geschwister 6 und 9".

    Its context did not prove it a place, but no other place is named either: the assistant asks
    ("Massen?") and until then calls fitting only offers that serve that place, which fit both
    readings (a request without a place fits every offer). A word used as the verb it also is
    ("sie kamen aus Syrien") is no such name, nor a word for the Kreis ("kreis", "un").
    """
    found = set()
    for m in mentions:
        if not m.weak or m.capitalised or m.turned_down or m.end - m.start != 1:
            continue
        if len(m.keys) != 1:
            continue
        if words[m.start] not in index.weak and _as_verb(words, m.start, index):
            continue  # a town that is also a verb; the weak names ("massen") are no verbs
        key = next(iter(m.keys))
        if index.gazetteer[key].kind != "kreis":
            found.add(key)
    return tuple(found) if len(found) == 1 else ()


def _as_verb(words: list[str], at: int, index: PlaceIndex) -> bool:
    """Tell whether the word at `at` stands as a verb would ("sie kamen", "kamen zu uns")."""
    before = words[at - 1] if at > 0 else ""
    after = words[at + 1] if at + 1 < len(words) else ""
    return before in index.verb_before or after in index.verb_after


_place_indexes: weakref.WeakKeyDictionary[Gazetteer, PlaceIndex] = weakref.WeakKeyDictionary()


def place_index(gazetteer: Gazetteer) -> PlaceIndex:
    """Return a gazetteer's index, built once and dropped with the gazetteer (hot reload)."""
    found = _place_indexes.get(gazetteer)
    if found is None:
        found = _place_indexes[gazetteer] = PlaceIndex(gazetteer)
    return found


def resolve_place(
    text: str, gazetteer: Gazetteer, default: str | None = None, index: PlaceIndex | None = None,
    uncased: bool = False,
) -> PlaceResult:
    """Return the place the text names, or the candidates when it stays ambiguous; `uncased`
    says the writer typed no capital (the text may be a rewriting that added some)."""
    index = index or place_index(gazetteer)
    words = [folded_word(m.group()) for m in _WORD.finditer(text)]  # as `mentions` counts them
    mentions = not_travelled(words, _beside_town(index.mentions(text, uncased), gazetteer))
    mentions = preferred(mentions, gazetteer)
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
    if not resolved:  # no place of the Kreis: a home outside it, or none
        return PlaceResult(outside_home(text), () if default else _unsure(words, mentions, index))
    if town := either_town(words, mentions, resolved, gazetteer):
        return PlaceResult(town)  # "in Heil oder Weddinghofen": anywhere in Bergkamen
    target = destination(text, words, strong, resolved)  # a move: where the family will live
    resolved = home(words, mentions, resolved, gazetteer)  # not the practice's, not the old one
    return PlaceResult(target or _most_specific(resolved, gazetteer))

