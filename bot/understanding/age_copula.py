"""A child's age told by a copula after the child: "der Jung is eineinhalb", "dat Mäken is drei",
"die Ella is 1,5", "vom Paul, der is anderthalb", "Tochter wird im Mai vier".

`bot.understanding.age_mentions` reads a number after "is"/"wird" as a loose number, since the
copula alone does not say whose age it is; beside another child named with its age ("zwei Wochen
alt", "Sohn ist sieben") a loose number loses to it, and one of two children of the family is
lost. The subject of the copula says whose it is: a child noun (also a dialect one), a rank ("die
Kleine"), or a first name after an article — then the number is that child's age, as with "Kind
3". An adult's noun, a brother's or sister's ("die Schwester is anderthalb"), or a name without
an article stay as they were.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from bot.privacy.redact import first_names
from bot.understanding.age_mentions import Mention
from bot.understanding.age_spans import child_word
from bot.vocabulary.lexicon import _load, age_vocabulary

_COPULA = frozenset({"is", "ist", "wird", "isse"})
_RELATIVE = frozenset({"der", "die", "dat", "das", "de"})  # "vom Paul, der is anderthalb"
_WORDS = re.compile(r"[a-z]+|[,;:.!?()–]")
_OF = frozenset({"von", "vonne", "vom", "vonner"})  # the family the child belongs to
# the copula left out for the next child of a list: ", dat Jüngsken eins", "und der Kleine 2"
_ELLIPSIS = re.compile(r"\s*(?:,|;|\bund\b|\bun\b)\s*(?:(?:der|die|das|dat|de|den)\s+)?[a-z]+\s+")
_REACH = 70  # characters before the number where its subject stands


@cache
def _data() -> dict[str, frozenset[str]]:
    return {key: frozenset(words) for key, words in _load("age_copula.toml").items()}


def _subject(words: list[str], named: frozenset[str] = frozenset()) -> str:
    """The child a copula at the end of `words` (the words before the number, punctuation as
    tokens) tells the age of, or ""."""
    data = _data()
    at = len(words) - 1
    while at >= 0 and words[at] in data["between"] and words[at] not in _COPULA:
        at -= 1
    if at < 1 or words[at] not in _COPULA:
        return ""
    at -= 1
    if words[at] in _RELATIVE and at >= 1:  # "vom Paul, der is anderthalb"
        at -= 2 if words[at - 1] == "," and at >= 2 else 1
    if child := _child_at(words, at, named):
        return child
    if at >= 2 and words[at - 1] in _RELATIVE and words[at - 2] in _OF:
        at -= 1  # "der Jung vonne Meiers", rewritten "von der Meiers"
    if at >= 2 and words[at - 1] in _OF:  # "dat Mäken von Schultens is drei": the family's
        return _child_at(words, at - 2, named)
    return ""


def _child_at(words: list[str], at: int, named: frozenset[str] = frozenset()) -> str:
    """The child word at `at`: a child noun, a dialect one, or a first name after an article
    (or one the text has named so before, `named`)."""
    data, vocab = _data(), age_vocabulary()
    head = words[at]
    before = words[at - 1] if at >= 1 else ""
    if head in vocab.other_person_nouns or head in vocab.adult_nouns:
        return ""  # "die Schwester is anderthalb", "Mama is 30": another person
    if head in data["dialect_children"] or child_word(head, vocab):
        return head
    if head in first_names() and (before in data["leading"] or head in named):
        return head  # "die Ella is 1,5", not "Horst is 40"
    return ""


_NAME_AFTER = re.compile(r"\b([a-z]+)\s+([a-z]+)\b")


def _names_told(text: str) -> frozenset[str]:
    """The first names the text tells after an article or as a parent's child ("die mama vom
    ben"): a bare "ben is fünf" later is that child's age, as "der Ben is fünf" would be."""
    leading = _data()["leading"]
    names = first_names()
    return frozenset(m.group(2) for m in _NAME_AFTER.finditer(text)
                     if m.group(1) in leading and m.group(2) in names)


def copula_told(text: str, found: list[Mention]) -> list[Mention]:
    """Make a loose number the child's age when a copula after the child tells it, and the next
    of a list that leaves the copula out ("dat Mäken is drei, dat Jüngsken eins")."""
    told: dict[int, Mention] = {}  # by position in `found`, which keeps its order
    copula_end = -1
    named: frozenset[str] | None = None  # read once, when a loose number asks for it
    for at, hit in sorted(enumerate(found), key=lambda pair: pair[1].start):
        if hit.kind != "loose":
            continue
        named = _names_told(text) if named is None else named
        words = _WORDS.findall(text[max(0, hit.start - _REACH) : hit.start])
        if noun := _subject(words, named):
            told[at] = replace(hit, kind="child", noun=hit.noun or noun)
            copula_end = hit.end
        elif copula_end >= 0 and _ELLIPSIS.fullmatch(text, copula_end, hit.start):
            told[at] = replace(hit, kind="child")
            copula_end = hit.end
    return [told.get(at, hit) for at, hit in enumerate(found)]


# a need for both or all of the children: "Beratung für beide Kinder", "wo se mit beide hin kann",
# "für alle beide", "ist ebenso betroffen und soll einbezogen werden" — not the parents ("beide
# Eltern") nor the pair among more ("die beiden Großen")
_ALL_ASKED = re.compile(r"\b(?:fuer|mit|for|with)\s+(?:die\s+|den\s+|alle\s+)?(?:beide|beiden|both)"
                        r"(?:\s+(?:kinder\w*|kids|children|geschwister\w*))?\b"
                        r"(?!\s+(?:eltern|elternteile|parents|grosse\w*|kleine\w*|aeltere\w*))"
                        r"|\balle\s+beide\b"
                        # "der Bruder (9) ist auch betroffen und soll einbezogen werden"
                        r"|\b(?:ebenso|ebenfalls|auch|genauso|gleichermassen|mit)\s+betroffen\b"
                        r"|\b(?:mit\s*)?(?:einbezogen|einbeziehen|einzubeziehen)\b")
_SIBLINGS = frozenset({"bruder", "bruders", "schwester", "brother", "sister", "geschwister",
                       "geschwisterkind", "stiefbruder", "stiefschwester", "halbbruder",
                       "halbschwester"})  # fmt: skip
ADULT = 216


def all_asked(text: str, found: list[Mention]) -> list[Mention]:
    """Make a brother's or sister's age the children's too when the need is for both ("ein
    15-Jähriger … Angst um seine Schwester (6) … Fachberatung für beide Kinder"): the sibling
    is one of the children asked about, not the story around one."""
    if not _ALL_ASKED.search(text) or not any(h.kind in ("child", "teller") for h in found):
        return found
    # the young person telling the worry is one of both too ("Junge 14 macht sich Sorgen um
    # seinen Bruder (7) … für beide Kinder")
    return [replace(h, kind="child") if h.low < ADULT and (
        (h.kind == "other" and h.noun in _SIBLINGS) or h.kind == "teller") else h for h in found]
