"""Place names as speech-to-text writes them: split at a seam or heard as a similar word.

A dictated "Eben Kamp" is Evenkamp, "Wett mar" is Wethmar, "Opper dicke" is Opherdicke,
"Berg Kamen Rünte" is Bergkamen-Rünthe: the recogniser knows everyday words, not the districts of
the Kreis, so it writes the nearest words it knows. Compared by spelling, such a name is often
two or three edits away; compared by sound it is the same or one sound away. So names are
compared by a sound key — folded, and with the spellings German uses for one sound made one (th
and t, v and f, ck and k, ph and f, a lengthening h, doubled letters) — and two or three
neighbouring words whose joined key is a name's key become that name, as it is written.

Two ordinary words that merely sit side by side must not become a town: a join that is one sound
away from a name counts only where one of its words is no ordinary word and none is a name
already ("Lünen bitte" stays Lünen); an exact sound key needs a long enough name.
"""

from __future__ import annotations

import itertools
import re
from functools import lru_cache

from bot.catalogue.gazetteer import Gazetteer
from bot.text import fold, fold_plain
from bot.understanding.letters import letter_tokens
from bot.understanding.shortcuts import kept
from bot.vocabulary.lexicon import common_words, frequent_words

_SOUNDS = (("sch", "S"), ("ch", "X"), ("ph", "f"), ("th", "t"), ("dt", "t"), ("ck", "k"),
           ("qu", "kv"), ("c", "k"), ("v", "f"), ("w", "v"), ("tz", "ts"), ("z", "ts"),
           ("ey", "ai"), ("ay", "ai"), ("ei", "ai"), ("ie", "i"), ("y", "i"))  # fmt: skip
_EXACT = 8  # shortest sound key any join may equal: "Holzwickede", "Bergkamen", "Horstmar"
_SHORT = 6  # shortest one a join with an unusual word may equal: "Meth ler", "Lenk lar"
_NEAR = 8  # shortest sound key a join may be one sound away from


@lru_cache(maxsize=65536)
def sound_key(words: str) -> str:
    """Return how `words` sound, as one key ("Wett mar" and "Wethmar" → "vetmar")."""
    key = re.sub(r"[^a-z]", "", fold_plain(words))
    for spelled, sound in _SOUNDS:
        key = key.replace(spelled, sound)
    key = re.sub(r"(?<=[aeiou])h", "", key)  # lengthening h: "Fröhnden" sounds like "Frönden"
    return re.sub(r"(.)\1+", r"\1", key)


def _deletions(key: str) -> set[str]:
    return {key[:i] + key[i + 1 :] for i in range(len(key))}


class SpokenNames:
    """The gazetteer's names by sound, built once per catalogue."""

    def __init__(self, gazetteer: Gazetteer) -> None:
        written: dict[str, dict[str, str]] = {}  # sound key → place key → name as written
        for place in gazetteer.places.values():
            for name in (place.name, *place.aliases):
                name = re.split(r"[(/]", name)[0].strip()
                key = sound_key(name)
                if len(key) >= _SHORT:
                    written.setdefault(key, {}).setdefault(place.key, name)  # its name first
        # a key that sounds like two places is no evidence for either — unless one is the town
        # whose Ortsteil bears its name ("Fröndenberg (Ortsteil)"): the town, as places reads it
        self.names: dict[str, str] = {}
        for key, places in written.items():
            towns = [p for p in places if all(
                o == p or gazetteer.places[o].parent == p for o in places)]  # fmt: skip
            if len(places) == 1 or towns:
                self.names[key] = places[towns[0] if towns else next(iter(places))]
        self.near: dict[str, set[str]] = {}
        for key in self.names:
            for deleted in _deletions(key) | {key}:
                self.near.setdefault(deleted, set()).add(key)
        single = {fold(n) for p in gazetteer.places.values() for n in (p.name, *p.aliases)}
        self.single = frozenset(n for n in single if n.isalpha())
        self.ordinary = frequent_words() | common_words()
        self.ends = frozenset((key[0], key[-1]) for key in self.names)
        parts = {w for n in single for w in re.findall(r"[a-z]+", n)}
        parts |= {w for p in gazetteer.places.values() for w in re.findall(r"[a-z]+", fold(p.name))}
        little = frozenset(w for w in self.ordinary if len(w) <= 3 and w not in parts)
        self._little = kept(lambda word: fold(word) in little)
        # the same words recur from message to message: each group is looked up once
        self._name = kept(self._name)  # type: ignore[method-assign]

    def is_place(self, word: str) -> bool:
        """Tell whether one word is a place name by itself ("Kamen", "Selm")."""
        return fold(word) in self.single

    def _name(self, *words: str) -> str | None:
        """Return the written name the words sound like, or None."""
        key = sound_key("".join(words))
        if key in self.names and len(key) >= _EXACT:
            return self.names[key]
        if len(key) < _SHORT or (key[0], key[-1]) not in self.ends:
            return None  # one slip inside a name keeps its first and last sound
        folded = [fold(w) for w in words]
        if set(folded) <= self.ordinary:
            return None
        if any(w in self.single for w in folded):
            return None  # "Lünen bitte" is Lünen, not one slip from "Lünen-Mitte"
        if key in self.names:
            return self.names[key]  # a short name, joined from a word nobody writes alone
        if len(key) < _NEAR:
            return None
        near = set(self.near.get(key, ())) | {
            k for d in _deletions(key) for k in self.near.get(d, ()) if len(k) >= _NEAR
        }
        near = {k for k in near if _one_apart(key, k)}
        return self.names[near.pop()] if len(near) == 1 else None

    def join(self, text: str) -> str:
        """Return `text` with split or misheard place names written as the gazetteer does.

        A group is words in a row with nothing but spaces between them, each of two letters or
        more, neither end a little word no name has ("in", "der", "und"): most groups stop at
        these flags, computed once a word."""
        words = list(letter_tokens(text))  # read once, shared with the other readers
        count = len(words)
        if count < 2:
            return text
        long = [len(word) >= 2 for _, _, word in words]
        edge = [ok and not self._little(word) for ok, (_, _, word) in zip(long, words, strict=True)]
        linked = [text[a[1] : b[0]].isspace() for a, b in itertools.pairwise(words)]
        sounds = [sound_key(word) or " " for _, _, word in words]  # first and last sound
        pieces: list[str] = []
        done = i = 0
        while i < count - 1:
            if not (edge[i] and linked[i]):
                i += 1
                continue
            for size in (3, 2):
                last = i + size - 1
                if (
                    last >= count
                    or not edge[last]
                    or (size == 3 and not (long[i + 1] and linked[i + 1]))
                ):
                    continue
                if (sounds[i][0], sounds[last][-1]) not in self.ends:
                    continue  # no name begins and ends with these sounds
                group = words[i : last + 1]
                name = self._name(*[word for _, _, word in group])
                if name is None or fold(name) == fold(" ".join(word for _, _, word in group)):
                    continue
                pieces += [text[done : group[0][0]], name]
                done = group[-1][1]
                i = last
                break
            i += 1
        if not pieces:
            return text
        return "".join(pieces) + text[done:]


def _one_apart(a: str, b: str) -> bool:
    """One insertion, deletion or substitution apart (the sound keys are short)."""
    if a == b or abs(len(a) - len(b)) > 1:
        return a == b
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) == 1
    short, long = (a, b) if len(a) < len(b) else (b, a)
    return any(long[:i] + long[i + 1 :] == short for i in range(len(long)))


__all__ = ["SpokenNames", "sound_key"]
