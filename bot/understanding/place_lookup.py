"""Look single words up among a gazetteer's names: typos, foreign case endings, clipped names
and dictated postcodes.

Kept apart from `places` (which walks a message and decides which words name a place) so that
each file has one job: these lookups answer "which place could this one word be?" and know
nothing of the words around it.
"""

from __future__ import annotations

import bisect

from rapidfuzz import process
from rapidfuzz.distance import OSA

from bot.catalogue.gazetteer import Gazetteer
from bot.understanding.place_words import digits_of

# words that say the number after them is a postcode, so a slip in it is forgiven
_POSTCODE_WORDS = frozenset(("plz", "postleitzahl", "postcode", "zip", "kod", "pk"))


class NameLookups:
    """Per-word lookups of `PlaceIndex`; the index fills these attributes when it is built."""

    gazetteer: Gazetteer
    phrases: dict[tuple[str, ...], frozenset[str]]
    weak: frozenset[str]
    stop: frozenset[str]
    ordinary: frozenset[str]
    suffixes: list[tuple[str, list[str]]]
    single: list[str]
    short: list[str]
    long_names: list[str]
    long_towns: list[frozenset[str]]
    town_names: list[tuple[str, str]]
    postcodes: dict[str, frozenset[str]]

    def _fuzzy(self, word: str, plain: str) -> frozenset[str] | None:
        """Return the places a misspelt word most likely means ("Bergkammen", "Langschedde").

        The umlaut-free spelling is tried too: "Rnüthe" is one swap from "Runthe", two from
        "Ruenthe"."""
        for variant in dict.fromkeys((word, plain or word)):
            if len(variant) < 6 or variant in self.stop:
                continue
            limit = 1 if len(variant) < 10 else 2
            found = process.extract(
                variant, self._near_length(len(variant), limit), scorer=OSA.distance,
                score_cutoff=limit, limit=8,
            )  # on a tie the name of the same length: "Lünren" swaps two letters of "Lünern"
            if found:
                best = min(found, key=lambda f: (f[1], abs(len(f[0]) - len(variant))))
                return self.phrases[(best[0],)]
        return None

    def _near_length(self, length: int, limit: int) -> list[str]:
        """The single names at most `limit` letters longer or shorter, in their order in
        `single`: no other name is within `limit` edits, so the look-up finds the same names
        (ties in the same order) while scoring a fraction of the gazetteer, per unseen word."""
        table: dict[tuple[int, int], list[str]] = self.__dict__.setdefault("_by_length", {})
        found = table.get((length, limit))
        if found is None:
            found = table[(length, limit)] = [n for n in self.single
                                              if abs(len(n) - length) <= limit]
        return found

    def _fuzzy_short(self, word: str) -> frozenset[str] | None:
        """Return the place a short word (4–5 letters) one slip from a short name means, where a
        preposition says "place" ("wohnt in Wrene", "in gamen", "in Slem"): the first letter
        must stand, and a slip that could mean places in two towns means none."""
        if not 4 <= len(word) <= 5:
            return None
        found = process.extract(word, self.short, scorer=OSA.distance, score_cutoff=1, limit=8)
        keys = {k for name, _, _ in found if name[0] == word[0] for k in self.phrases[(name,)]}
        towns = {self.gazetteer.municipality_of(k) or k for k in keys}
        return frozenset(keys) if keys and len(towns) == 1 else None

    def _inflected(self, word: str) -> frozenset[str] | None:
        """Return the place a name with a foreign case ending means ("Unnie", "Kamende")."""
        for ending, bare_endings in self.suffixes:
            if not word.endswith(ending) or len(word) - len(ending) < 3:
                continue
            for bare in bare_endings:
                keys = self.phrases.get((word[: -len(ending)] + bare,))
                stem = word[: -len(ending)] + bare
                if keys and len(stem) >= 4 and stem not in self.weak:
                    return keys
        return None

    def _postcode(self, words: list[str], start: int, taken: list[bool], breaks: list[bool]) -> int:
        """Return the end of a dictated postcode starting at `start` ("fünf neun eins neun
        zwei", "59 192"), or `start` when there is none: only a known postcode counts, and a
        list of ages ("Kinder 5, 9, 1, 9 und 2") is no postcode."""
        digits = ""
        end = start
        while end < len(words) and not taken[end] and len(digits) < 5:
            if end > start and breaks[end]:
                break
            value = digits_of(words[end])
            if not value:
                break
            digits += value
            end += 1
        if len(digits) == 5 and end - start > 1 and digits in self.postcodes:
            return end
        return start

    def _postcode_near(self, words: list[str], at: int) -> frozenset[str] | None:
        """Return the places of the postcode a number at `at` is, or is one slip from when a
        postcode word stands before it ("PLZ 5917", "plz 59147"): a digit lost, added, changed
        or two swapped. The likeliest slip wins (two digits swapped, then one lost or doubled,
        then one changed: "59432" is 59423 swapped, not 59439 changed), and it counts only when
        every postcode it may mean lies in one town (so "plz 5942" is Unna, "plz 5919" —
        Bergkamen or Bönen — none); no postcode word, no slip forgiven."""
        word = words[at]
        if len(word) == 5 and word in self.postcodes:
            return self.postcodes[word]
        if at == 0 or words[at - 1] not in _POSTCODE_WORDS or not 4 <= len(word) <= 6:
            return None
        slips = {c: _slip(word, c) for c in self.postcodes}
        likeliest = min((k for k in slips.values() if k is not None), default=None)
        codes = [c for c, kind in slips.items() if kind is not None and kind == likeliest]
        town_of = self.gazetteer.municipality_of
        towns = {town_of(k) for c in codes for k in self.postcodes[c]} - {None}
        if len(towns) != 1:
            return None
        return frozenset(k for c in codes for k in self.postcodes[c]
                         if town_of(k) in towns)

    def _abbreviation(self, word: str) -> frozenset[str] | None:
        """Return the one town a clipped name stands for ("Holzwi", "Fröndenb")."""
        if len(word) < 5 or word in self.stop:
            return None
        towns: set[str] = set()
        at = bisect.bisect_left(self.long_names, word)
        while at < len(self.long_names) and self.long_names[at].startswith(word):
            towns |= self.long_towns[at]
            at += 1
        return frozenset(towns) if len(towns) == 1 else None

    def _clipped_town(self, word: str) -> frozenset[str] | None:
        """Return the one town a short clipped name stands for ("Frö." → Fröndenberg, "in Wern"
        → Werne): the caller has seen an abbreviation dot, capitals or a place word before it."""
        if len(word) < 3 or word in self.stop or word in self.ordinary:
            return None
        at = bisect.bisect_left(self.town_names, (word,))
        towns = set()
        while at < len(self.town_names) and self.town_names[at][0].startswith(word):
            towns.add(self.town_names[at][1])
            at += 1
        return frozenset(towns) if len(towns) == 1 else None


def _slip(typed: str, code: str) -> int | None:
    """How a typed number slipped from a postcode: 0 two neighbouring digits swapped, 1 a digit
    lost or added, 2 a digit changed; None when it is further from it."""
    if OSA.distance(typed, code) != 1:
        return None
    if len(typed) != len(code):
        return 1
    return 0 if sum(a != b for a, b in zip(typed, code, strict=True)) == 2 else 2
