"""A place name with a locative prefix glued onto it: Xhosa and Zulu "eKamen", "eUnna".

Nguni languages say "in" by a prefix written onto the name, the name keeping its capital
("uhlala eKamen", she lives in Kamen; "eUnna" as the whole answer to "Wo wohnt die Familie?").
The place reader compares whole words, so "ekamen" was no name and the place was lost. Here such
a word becomes "in Kamen" before places, needs and languages are read, where the rest is the
first word of a name of the gazetteer or a town around the Kreis ("eDortmund" is a home outside).
Only a prefix in lower case before a capital counts, so "eBay", "eRezept" or "Ehe" never do: the
rest must be a place. The prefixes are data (`place_prefixes` of a `bot/data/foreign.toml`
section).
"""

from __future__ import annotations

import re
from collections.abc import Collection
from functools import cache

from bot.understanding.foreign_scripts import data as _data
from bot.understanding.place_words import folded_word
from bot.vocabulary.lexicon import _load


@cache
def _pattern() -> re.Pattern[str] | None:
    prefixes = {p for section in _data().values() if isinstance(section, dict)
                for p in section.get("place_prefixes", ())}
    if not prefixes:
        return None
    alternatives = "|".join(sorted(map(re.escape, prefixes), key=len, reverse=True))
    return re.compile(rf"(?<![\w'’-])(?:{alternatives})-?(?=([A-ZÄÖÜ][A-Za-zÄÖÜäöüß]+))")


@cache
def _towns_around() -> frozenset[str]:
    return frozenset(_load("lexicon.toml")["places"]["outside"]["towns"])


def unprefixed(text: str, heads: Collection[str]) -> str:
    """Return `text` with each prefixed place name written "in <Name>"; `heads` are the folded
    first words of the gazetteer's names."""
    pattern = _pattern()
    if pattern is None or not any(ch.isupper() for ch in text):
        return text

    def place(found: re.Match[str]) -> str:
        name = folded_word(found.group(1))
        known = len(name) >= 3 and (name in heads or name in _towns_around())
        return "in " if known else found.group(0)

    return pattern.sub(place, text)


__all__ = ["unprefixed"]
