"""Media education asked for the parents: a parenting course on screens, not only media prevention.

"Eltern eines 7-Jährigen wünschen sich Infos, wie sie die Bildschirmzeit begrenzen", "Großeltern
wollen einen Kurs, wie man Kindersicherungen einstellt", "Elternberatung zur altersgerechten
Mediennutzung", "medienpädagogische Beratung der Eltern": the parents ask to learn how to handle
the child's screens. Topic finding credits media prevention for the screen words, and the plain
"Beratung"/"Elternberatung" beside them becomes family counselling (`main_need_counsel`) — while
what the family needs is the parents' course on media that the catalogue files under both
`medien_sucht` and `elternkurse`, and, for a young child, the parenting course alone. So where a
word of handling screens (`education` in `bot/data/topic_media.toml`) stands beside a parent and a
help asked, and no addiction is told ("Suchtberatung", "süchtig": media prevention's alone), the
parenting course is credited as strongly as the media word, and `media_taught` tells
`bot.understanding.needs` that the parents' counselling is that course.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from bot.understanding.topic_parts import Credit
from bot.vocabulary.lexicon import _load

MEDIA = "medien_sucht"
COURSE = "elternkurse"
PART = 6  # a word this long names its matter as a compound's part too ("Bildschirmzeitregeln")


@dataclass(frozen=True, slots=True)
class _Media:
    education: frozenset[str]
    phrases: tuple[tuple[str, ...], ...]
    parents: frozenset[str]
    asking: frozenset[str]
    addiction: frozenset[str]
    children: frozenset[str]
    reach: int


@cache
def _data() -> _Media:
    data = _load("topic_media.toml")
    education = frozenset(data["education"])
    return _Media(education, tuple(tuple(e.split()) for e in education if " " in e),
                  frozenset(data["parents"]), frozenset(data["asking"]),
                  frozenset(data["addiction"]), frozenset(data["children"]), int(data["reach"]))


def _educating(word: str, data: _Media) -> bool:
    return word in data.education or any(
        len(e) >= PART and " " not in e and (word.startswith(e) or word.endswith(e))
        for e in data.education)


def _education_at(words: Sequence[str], data: _Media) -> int | None:
    """The position of the first word (or phrase) of handling screens, if any."""
    for i, word in enumerate(words):
        if _educating(word, data):
            return i
        if any(tuple(words[i : i + len(p)]) == p for p in data.phrases):
            return i
    return None


def _addicted(credits: Sequence[Credit], data: _Media) -> bool:
    """Whether a media credit names an addiction ("Handysucht", "ist süchtig"); the bare verb
    "sucht" is mostly someone looking for something ("Mutter sucht einen Kurs")."""
    return any(c.topic == MEDIA and c.term != "sucht" and any(a in c.term for a in data.addiction)
               for c in credits)  # fmt: skip


def _for_child(words: Sequence[str], data: _Media) -> bool:
    """Whether the help is asked for the child ("Kurs … für ihre achtjährige Tochter")."""
    return any(word in ("fuer", "for") and data.children & set(words[i + 1 : i + 1 + data.reach])
               for i, word in enumerate(words))


def taught_position(words: Sequence[str], credits: Sequence[Credit]) -> int | None:
    """Where the parents' media education is told: a word of handling screens beside a parent
    and a help asked, with a media credit and no addiction; else None."""
    if not any(c.topic == MEDIA for c in credits):
        return None
    data = _data()
    told = set(words)
    if not (told & data.parents or any(w.startswith("eltern") for w in words)):
        return None
    if not (told & data.asking or any(w.endswith(("beratung", "kurs", "abend")) for w in words)):
        return None
    at = _education_at(words, data)
    if at is None or _addicted(credits, data) or _for_child(words, data):
        return None
    return at


def media_education(credits: list[Credit], words: Sequence[str]) -> list[Credit]:
    """The credits with the parenting course beside the media words of the parents' education."""
    at = taught_position(words, credits)
    if at is None or any(c.topic == COURSE and c.strong for c in credits):
        return credits
    weight = max(c.weight for c in credits if c.topic == MEDIA)
    return [*credits, Credit(at, words[at], COURSE, weight, True)]


def media_taught(words: Sequence[str], credits: Sequence[Credit]) -> bool:
    """Whether the parents' counselling the request asks is their media education."""
    return taught_position(words, credits) is not None
