"""Which place, when the writer takes a place back or names the homes of two parents.

Professionals unsure of the family's place name more than one: a place left ("Wohnadresse jedoch
Fröndenberg-Langschede, nicht mehr Unna-Billmerich"), a move called off ("Der Umzug nach Kamen ist
abgesagt, die Familie bleibt in Rünthe"), or both parents' homes with the one the child is with
("Mutter in Kamen-Methler, Vater in Oberaden. Das Kind ist unter der Woche bei der Mama"). The
labellers take the place where the child lives now, or where help is asked; this module drops the
mentions the text itself sets aside, and only where another place remains. Its words are data in
`place_unsure.toml`.
"""

from __future__ import annotations

from functools import cache
from itertools import pairwise
from typing import Any

from bot.understanding.place_choice import M
from bot.understanding.place_words import folded_word
from bot.vocabulary.lexicon import _load

_CALL_OFF_REACH = 9  # words after a destination in which its calling off may stand
_PARENT_REACH = 3  # words before a place in which its parent may stand


@cache
def _data() -> dict[str, Any]:
    data = _load("place_unsure.toml")

    def fold(ws: list[str]) -> frozenset[str]:
        return frozenset(folded_word(w) for w in ws)

    def pairs(ps: list[list[str]]) -> tuple[tuple[str, str], ...]:
        return tuple((folded_word(a), folded_word(b)) for a, b in ps)

    return {
        "no_longer": pairs(data["no_longer"]), "towards": fold(data["towards"]),
        "called_off": fold(data["called_off"]), "called_off_pairs": pairs(data["called_off_pairs"]),
        "mother": fold(data["mother"]), "father": fold(data["father"]),
        "parent_to_place": fold(data["parent_to_place"]), "with_parent": fold(data["with_parent"]),
    } | {name: fold(data[name]) for name in (
        "registered_only", "registered_after", "living", "contrast", "for_now", "mostly",
        "school", "at_school")}


def _has_pair(words: list[str], pairs: tuple[tuple[str, str], ...]) -> bool:
    return any((a, b) in pairs for a, b in pairwise(words))


def _left(words: list[str], m: M) -> bool:
    """A place the family has left: "nicht mehr (in) X" just before it."""
    before = words[max(0, m.start - 3) : m.start]
    return _has_pair(before, _data()["no_longer"])


def _called_off(words: list[str], m: M) -> bool:
    """A destination whose move is called off: "Umzug nach X … abgesagt", "nach X … doch nicht"."""
    d = _data()
    if m.start == 0 or words[m.start - 1] not in d["towards"]:
        return False
    after = words[m.end : m.end + _CALL_OFF_REACH]
    return bool(d["called_off"] & set(after)) or _has_pair(after, d["called_off_pairs"])


def _side(word: str) -> str | None:
    d = _data()
    return "m" if word in d["mother"] else "f" if word in d["father"] else None


def _parent_of(words: list[str], m: M) -> str | None:
    """The parent whose home the place is: "Mutter in X", "KM wohnt in X", "beim Vater in X"."""
    d = _data()
    for i in range(m.start - 1, max(-1, m.start - 1 - _PARENT_REACH), -1):
        if side := _side(words[i]):
            return side
        if words[i] not in d["parent_to_place"]:
            return None
    return None


def _with_whom(words: list[str], placed: set[int]) -> set[str]:
    """The parents the child is said to be with, or help near, without a place beside them:
    "ist unter der Woche bei der Mama", "Beratung in der Nähe der Mutter"."""
    d = _data()
    sides: set[str] = set()
    for i, w in enumerate(words):
        side = _side(w)
        if not side or i in placed:
            continue
        before = words[max(0, i - 2) : i]
        if d["with_parent"] & set(before):
            sides.add(side)
    return sides


def _near(words: list[str], m: M, name: str, reach: int) -> bool:
    return bool(_data()[name] & set(words[max(0, m.start - reach) : m.start]))


def _registered_only(words: list[str], mentions: list[M]) -> list[M]:
    """Without the registered place where the text sets the place the child lives in against it:
    "in Selm-Bork gemeldet, wohnt … aber bei ihrer Mutter in Brambauer", "schlafen bei Freunden
    in Bergkamen, Meldeadresse noch Bönen"."""
    d = _data()
    if not d["contrast"] & set(words):
        return mentions
    reg = {m.keys for m in mentions if _near(words, m, "registered_only", 5)
           or (m.end < len(words) and words[m.end] in d["registered_after"])}
    lives = {m.keys for m in mentions if _near(words, m, "living", 10)
             and not _near(words, m, "registered_only", 5)} - reg
    if not reg or not lives:
        return mentions
    return [m for m in mentions if m.keys not in reg]


def _singled(words: list[str], mentions: list[M]) -> list[M]:
    """The places the text singles out as now or as where help is wanted: the home for now
    beside a planned move ("derzeit noch Cappenberg"), where the child mostly is ("meistens in
    Frömern"), the school's place when the help is wished there ("möglichst am Schulort")."""
    d = _data()
    now = [m for m in mentions if _near(words, m, "for_now", 3)]
    if now and any(words[m.start - 1] in d["towards"] for m in mentions if m.start
                   and m.keys not in {n.keys for n in now}):
        return [m for m in mentions if m.keys in {n.keys for n in now}]
    mostly = [m for m in mentions if _near(words, m, "mostly", 3)]
    if len({m.keys for m in mostly}) == 1:
        return [m for m in mentions if m.keys == mostly[0].keys]
    if d["at_school"] & set(words):
        school = [m for m in mentions if _near(words, m, "school", 2)]
        if len({m.keys for m in school}) == 1:
            return [m for m in mentions if m.keys == school[0].keys]
    return mentions


def set_aside(words: list[str], mentions: list[M]) -> list[M]:
    """Return the mentions without the places the text takes back (left, a move called off) and,
    where both parents' homes are named and the child is said to be with one, without the
    other's; unchanged where nothing would remain or the mentions name one place."""
    if len({m.keys for m in mentions}) < 2:
        return mentions
    kept = [m for m in mentions if not (_left(words, m) or _called_off(words, m))]
    if kept and len(kept) < len(mentions):
        mentions = kept
    mentions = _singled(words, _registered_only(words, mentions))
    parents = {id(m): _parent_of(words, m) for m in mentions}
    homes = {p for p in parents.values() if p}
    if homes != {"m", "f"}:
        return mentions
    placed = {i for m in mentions for i in range(max(0, m.start - _PARENT_REACH), m.start)}
    sides = _with_whom(words, placed)
    if len(sides) != 1:
        return mentions
    side = next(iter(sides))
    # the home of the parent the child is with; its other places ("am Wochenende in Bergkamen")
    # are the other parent's too
    return [m for m in mentions if parents[id(m)] == side]
