"""The children of a case by the kin word they were named with ("der Sohn", "die Tochter").

A family's children are named once with their age ("Sohn geht in die 2b", "Tochter, 5") and
later only by that word ("Und Zuschuss fürs Mittagessen für den Sohn?"): the age of the one
named then is the one said with that word before, not the age of the child spoken of last.
The conversation remembers each kin word with its age (`Session.children`). A child named by
its place among the children ("der jüngere ist 9", "die Große (11)") is remembered the same way,
as the youngest or the oldest: "und für den Kleinen?" later is that child, not the one the first
turn was about.
"""

from __future__ import annotations

import re

from bot.dialogue.case_ages import a_child_age
from bot.dialogue.connectives import in_german
from bot.dialogue.referents import named_ends
from bot.models import AgeRange
from bot.text import fold
from bot.understanding.age import read_age

__all__ = ["each_named_age", "recalled", "remember", "with_family_ends"]

# Words naming one child of the family by kinship, with their inflections, as one key each.
_KIN = {
    "sohn": "sohn", "sohnes": "sohn", "son": "sohn",
    "tochter": "tochter", "daughter": "tochter",
    "bruder": "bruder", "bruders": "bruder", "brother": "bruder",
    "schwester": "schwester", "sister": "schwester",
}  # fmt: skip

_PLACES = frozenset(("youngest", "oldest"))
YEAR = 12  # months: an age span this wide covers several children

Children = tuple[tuple[str, int, int], ...]


def _kin(text: str) -> set[str]:
    """The kin words a message names ("die Tochter", "his son"), as their keys, and the place
    among the children it names one by ("für den Kleinen": "youngest")."""
    folded = fold(text)
    kin = {_KIN[w] for w in re.findall(r"\w+", folded) if w in _KIN}
    # "y para el pequeño", "и для младшего": the end word of another language, as in German
    return kin | {end for _found, end in named_ends(in_german(folded))}


def remember(children: Children, text: str, age: AgeRange | None) -> Children:
    """The children known after a message: each kin word with the age said right at it ("Sohn 9
    und Tochter 12", "der 17jährige Bruder", "ihr Bruder (15)"), else one kin word with the
    message's one child's age ("für ihren Sohn der ist neun").

    "kind 8, … sagt der 17jährige bruder hat ihm was gegeben" is about the 8-year-old; the
    brother asked for later ("und für den bruder?") is 17.
    """
    named = _kin(text)
    attached = _each_with_age(text)
    for word, said in attached:
        children = _with(children, word, said)
    if age is not None and age.high < 0:
        # "die Mama vom Emir (3) kriegt im Februar dat nächste", then "für den Großen": the one
        # child born is the older of the two
        born = {said for _word, said in attached} | set(_named_ages(text))
        if len(born) == 1:
            children = _with(children, "oldest", next(iter(born)))
    if len(named) == 1 and not attached and a_child_age(age):
        assert age is not None
        return _with(children, next(iter(named)), age)
    return children


def with_family_ends(children: Children, said: AgeRange | None) -> Children:
    """The children known after a message that tells several children's ages at once.

    "Mädchen 12 und Jungen 4", "Die Kinder sind 2 und 5": the span's youngest and oldest year
    are remembered as the youngest and the oldest child, so that after a turn about one of them
    ("Für die Große …") the other ("Und für den Kleinen?") is still known — the case's age then
    holds only the one child spoken of last, and its span is gone.
    """
    if said is None or said.high - said.low < YEAR or len(children) >= 2:
        return children  # children named with their own ages ("Sohn 0, Tochter 6") say more
    youngest = AgeRange(said.low, said.low + YEAR - 1)
    oldest = AgeRange(said.high - YEAR + 1, said.high)
    return _with(_with(children, "youngest", youngest), "oldest", oldest)


# a child named by its first name with its years in brackets: "Emir (3)", "Lena (10 Mon.)"
_NAME_AGED = re.compile(r"\b[A-ZÄÖÜ][a-zäöüß]+\s*(\([^()]{1,12}\))")


def _named_ages(text: str) -> list[AgeRange]:
    """The ages said in brackets after first names."""
    ages = [read_age(fold(m.group(1)), expecting=True).age for m in _NAME_AGED.finditer(text)]
    return [age for age in ages if age is not None and a_child_age(age)]


def _with(children: Children, word: str, age: AgeRange) -> Children:
    return (*(c for c in children if c[0] != word), (word, age.low, age.high))


# An age said as an attribute right before the kin word: "der 17jährige Bruder", "her 15-year-old
# sister", "die 4 jährige Schwester".
_AGED_BEFORE = re.compile(r"(?:\d{1,2}\s*-?\s*(?:jaehrig\w*|years?[- ]old)|[a-z]+jaehrig\w*)"
                          r"\s+(?:(?:kleine|grosse|aeltere|juengere|little|older|younger|big)\w*\s+)?$")


def _each_with_age(text: str) -> list[tuple[str, AgeRange]]:
    """Each kin word with the one child's age said as its attribute or after it, up to the next
    kin word."""
    folded = fold(text)
    marks = [(m.start(), m.start(), _KIN[m.group(0)]) for m in re.finditer(r"\w+", folded)
             if m.group(0) in _KIN]
    # "der jüngere ist 9": the age follows the end word; the article is no attribute before it
    marks += [(m.start("article"), m.end("article"), e) for m, e in named_ends(folded)]
    marks.sort()
    found: list[tuple[str, AgeRange]] = []
    if not marks:
        return found
    for (start, read_from, key), following in zip(marks, [*marks[1:], None], strict=True):
        end = following[0] if following else len(folded)
        segment = re.split(r"[.;!?,]" if key in _PLACES else r"[.;!?]", folded[read_from:end])[0]
        before = _AGED_BEFORE.search(folded[max(0, start - 40):start])
        age = read_age(before.group(0) if before else segment).age
        if a_child_age(age):
            assert age is not None
            found.append((key, age))
    return found


def each_named_age(text: str) -> AgeRange | None:
    """The span of the ages a message says each at its own child ("die Große 5, der Kleine 3",
    "Sohn 9, Tochter 12"), when it names two or more; else None.

    Answering "Wie alt ist das Kind?" so, the writer means all of them: the case's age is the
    family's span, as when the first message names them ("Kinder 3 und 5").
    """
    ages = [age for _word, age in _each_with_age(text)]
    if len(ages) < 2:
        return None
    return AgeRange(min(a.low for a in ages), max(a.high for a in ages))


def recalled(children: Children, text: str) -> AgeRange | None:
    """The age of the one child a follow-up names by its kin word ("für den Sohn"); the caller
    asks only for a message without an age of its own (a stage such as "OGS" is none)."""
    named = _kin(text)
    if len(named) != 1:
        return None
    (word,) = named
    said = next((AgeRange(low, high) for w, low, high in children if w == word), None)
    if said is not None or word not in _PLACES or len(children) < 2:
        return said
    # "Sohn gestern geboren, Tochter 5", then "für den Kleinen": the youngest of those named
    pick = min if word == "youngest" else max
    _w, low, high = pick(children, key=lambda child: (child[1], child[2]))
    return AgeRange(low, high)
