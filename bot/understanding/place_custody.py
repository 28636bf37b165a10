"""Which place, when a separated family names two: the child's registration and the help asked.

Parents apart live in two places, and a professional names both, often with the child's school
or a former home beside them: "sie lebt mal bei der Mutter in Unna-Massen, mal beim Vater in
Bönen, gemeldet ist sie in Bönen", "KM in Osterbönen und KV in Unna-Mitte, Schule in Bönen …
Bedarf: OGS-Platz in Bönen", "kinder aus lünen alstedde … krabbelgruppe in alstedde oder
wethmar". The request is for the place the text marks as the child's registered home or as where
the help is wanted; `place_roles` ranks the places, and this module reads the marks it needs for
that: a registration (`registered`), a field that asks for the help (`wanted_label`), and a list
of alternatives that repeats the family's district (`named_again`). The words are data in
`place_custody.toml`.
"""

from __future__ import annotations

from functools import cache
from itertools import pairwise
from typing import Any

from bot.understanding.place_choice import EITHER, M, _Named
from bot.understanding.place_words import folded_word
from bot.vocabulary.lexicon import _load

_REGISTERED_BEFORE = 5  # words before a place in which its registration may stand
_IN = frozenset({"in", "im", "aus"})  # between a list's word of choice and its place


def _folded(words: list[str]) -> frozenset[str]:
    return frozenset(folded_word(w) for w in words)


@cache
def _data() -> dict[str, Any]:
    return _load("place_custody.toml")


@cache
def _words() -> dict[str, frozenset[str]]:
    data = _data()
    return {name: _folded(data[name])
            for name in ("registered", "registered_not", "wanted_labels", "self")}


def more_roles() -> dict[str, list[str]]:
    """The words this class adds to the roles of lexicon.toml's [places.roles]."""
    return dict(_data()["roles"])


_HOST_REACH = 6  # words before "bei mir" in which the verb of living must stand


def writer_hosts(words: list[str], at: int, start: int, roles: dict[str, frozenset[str]]) -> bool:
    """Tell whether the word at `at` is the writer as the child's host: "wohnen die Kinder (9
    und 12) bei mir in Heeren" — "bei" before it and a verb of living a few words before that,
    with no school or workplace between: "Familie wohnt in Selm-Cappenberg Schule ist bei uns in
    Lünen" is the writer's school, not the family's home."""
    if words[at] not in _words()["self"] or at - 1 <= start or words[at - 1] not in roles[
            "resides_with"]:
        return False
    between = words[max(start, at - 1 - _HOST_REACH) : at - 1]
    verbs = [i for i, w in enumerate(between) if w in roles["resides_verbs"]]
    aside = roles["institution"] | roles["work"]
    return bool(verbs) and not aside & set(between[verbs[-1] :])


def registered(words: list[str], clause: tuple[int, int], m: _Named) -> bool:
    """Tell whether the child or family is registered at the place now: "gemeldet ist sie in
    Bönen", "in Holzwickede gemeldet", "Hauptwohnsitz bei der Mutter in Unna-Afferde". Not a
    past or merely formal registration ("bis Oktober in Lünen gemeldet", "ist noch in Lünen
    gemeldet"), nor a report ("die Kita in Schwerte hat gemeldet", "hat sich gemeldet")."""
    start, end = clause
    marks = _words()["registered"]
    after = m.end < end and words[m.end] in marks
    before = marks & set(words[max(start, m.start - _REGISTERED_BEFORE) : m.start])
    if not (after or before):
        return False
    return not _words()["registered_not"] & set(words[start : min(end, m.end + 2)])


def wanted_label(words: list[str], gaps: list[str], start: int) -> bool:
    """Tell whether a clause starting at word `start` is the value of a field that asks for the
    help ("Bedarf: OGS-Platz in Bönen", "Anliegen: Beratung in Kamen")."""
    return start > 0 and ":" in gaps[start] and words[start - 1] in _words()["wanted_labels"]


def named_again(words: list[str], mentions: list[M], homes: set[int]) -> list[M] | None:
    """Return the mentions without a list's other district where a district named before as the
    family's (`homes`: ids of the mentions whose words mark a home) is named again in a list of
    two districts: "kinder aus lünen alstedde … in alstedde oder wethmar" asks for Alstedde
    first, the family's own district, not for all of Lünen. None where no list repeats a home."""
    for a, b in pairwise(mentions):
        between = [w for w in words[a.end : b.start] if w not in _IN]
        if len(between) != 1 or between[0] not in EITHER or len(a.keys | b.keys) != 2:
            continue
        earlier = {c.keys for c in mentions if c.end <= a.start and id(c) in homes}
        repeated = [x for x in (a, b) if x.keys in earlier]
        if len(repeated) == 1:
            other = b if repeated[0] is a else a
            return [c for c in mentions if c.keys != other.keys]
    return None
