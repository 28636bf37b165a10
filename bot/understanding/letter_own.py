"""When the writer's own place is the families': an institution asking for its own group.

`letter.family_text` cuts a mail's signature and sender lines off as the writer's, so that the
office's town is not taken for the family's home. But an institution also asks for its own
families as a group: "Elternabend für unsere OGS-Eltern … Holzwickede, Durchwahl OGS -214",
"an unserer Grundschule haben viele Kinder keinen Platz … Grundschule am Park, Lünen-Brambauer",
"bei uns im Jugendtreff fragen immer mehr Jugendliche …". The families of a Kita, a school or a
youth club live where it is, so the place its signature names is theirs, and only the
signature names it. A message about one family ("eine Mutter aus unserer Kita", "ein Schüler
unserer Schule") keeps the writer's town the writer's: that family may live anywhere.

The group is read from the family's text by its grammar: a first person plural possessive
before a plural noun of the people an institution serves ("für unsere Schüler", "unserer 4.
Klassen"), such a plural before the possessive ("Eltern unserer Kita", "Eltern in unserer
Krabbelgruppe"), or a quantified plural ("viele Kinder", "mehrere Eltern") where the writer
speaks as the institution ("an unserer Grundschule", "bei uns"). A person after an indefinite
article ("eine Mutter", "einen 16-Jährigen") makes it one family's message. The words are data
(`bot/data/letter_own.toml`).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache
from typing import NamedTuple, TypeVar

from bot.text import fold
from bot.understanding.letter import writer_spans
from bot.vocabulary.lexicon import _load

P = TypeVar("P")

_WORD = re.compile(r"[^\W_]+")
_GAP = 2  # words between a possessive and its plural ("unsere Kita-Eltern", "unserer 4. Klassen")
_BETWEEN = 3  # words between an article and its person ("einem 9 Monate alten Sohn")
_PREPOSITIONS = frozenset({"in", "an", "aus", "von", "bei", "im", "am", "vom", "of", "at"})


class _Words(NamedTuple):
    possessives: frozenset[str]
    at_us: tuple[tuple[str, ...], ...]
    groups: tuple[str, ...]
    quantifiers: frozenset[str]
    articles: frozenset[str]
    persons: tuple[str, ...]


@cache
def _words() -> _Words:
    data = _load("letter_own.toml")
    return _Words(frozenset(data["possessives"]), tuple(tuple(p.split()) for p in data["at_us"]),
                  tuple(data["group_endings"]), frozenset(data["quantifiers"]),
                  frozenset(data["articles"]), tuple(data["persons"]))


def speaks_for_group(text: str) -> bool:
    """Tell whether the text asks for the writer's institution's own families, children or
    pupils as a group, and for no single family."""
    words = _WORD.findall(fold(text))
    known = _words()
    if _one_family(words, known):
        return False
    is_group = [w.endswith(known.groups) for w in words]
    owned = [w in known.possessives for w in words]
    for i, own in enumerate(owned):
        # "für unsere Schüler", "unserer 4. Klassen", "viele unserer Familien"
        if own and any(is_group[i + 1 : i + 2 + _GAP]):
            return True
        # "Eltern unserer Kita", "Eltern in unserer Krabbelgruppe"
        if own and ((i >= 1 and is_group[i - 1])
                    or (i >= 2 and is_group[i - 2] and words[i - 1] in _PREPOSITIONS)):
            return True
    as_institution = any(owned) or _at_us(words, known)
    # "an unserer Grundschule haben viele Kinder …", "bei uns fragen immer mehr Jugendliche"
    return as_institution and any(
        w in known.quantifiers and any(is_group[i + 1 : i + 2 + _GAP])
        for i, w in enumerate(words))


def _one_family(words: list[str], known: _Words) -> bool:
    """A person after an indefinite article: "eine Mutter", "einen 16-Jährigen"."""
    return any(w in known.articles
               and any(n.endswith(known.persons) for n in words[i + 1 : i + 2 + _BETWEEN])
               for i, w in enumerate(words))


def _at_us(words: list[str], known: _Words) -> bool:
    return any(tuple(words[i : i + len(p)]) == p for p in known.at_us for i in range(len(words)))


def writer_text(text: str) -> str:
    """Return the writer's parts of the text (signature, sender lines), joined."""
    return " ".join(text[a:b] for a, b in writer_spans(text))


def own_place(text: str, family: str, read: Callable[[str], P]) -> P | None:
    """Return the place read from the writer's parts of `text` when the family's text `family`
    speaks for the institution's own group; None otherwise (no group, no signature)."""
    if family == text or not speaks_for_group(family):
        return None
    signed = writer_text(text)
    return read(signed) if signed.strip() else None
