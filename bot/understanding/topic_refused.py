"""A help the family refuses, fears or distrusts is not the need; the help asked beside it is.

Professionals tell what the family will accept by naming what it will not: "Eltern lehnen die
Erziehungsberatung ab, würden aber einen Elternkurs machen", "Jgl. will 'nichts mit Jugendamt zu
tun haben' … Wohnen / Verselbständigung?", "Nicht Jugendamt bitte, da hat sie Angst". The refused
help's word credits its topic like any other, and the answer then offers the very help the family
turned down (or finds it in the Kreis and misses the honest gap of the help asked). So a credit
whose word names a help or an office (`helps` in `bot/data/topic_refused.toml`) gives way when a
refusal governs it in its clause: a word of refusal or fear before it ("Angst vor", "schlechte
Erfahrung mit", "nichts mit", "ohne", "lehnt … ab"), a will's negation before it ("will keine
Familienhilfe"), a bare negation with a plea ("Nicht Jugendamt bitte") or a refusal after it
("Familienhebamme abgelehnt", "nie wieder hin"). Only helps are refused: "will nicht in die Kita"
and "Angst vor dem Vater" keep their meaning. Alone, a refused help still names the topic (no
other need is told), and signs of danger are read by the safety reader, not here: a family that
refuses help for a neglected child still needs child protection.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cache

from bot.understanding.topic_parts import Credit
from bot.vocabulary.lexicon import _load


@dataclass(frozen=True, slots=True)
class _Refusal:
    helps: tuple[str, ...]
    before: tuple[tuple[str, ...], ...]
    wills: frozenset[str]
    negations: frozenset[str]
    pleas: frozenset[str]
    after: tuple[tuple[str, ...], ...]
    reach: int
    fears: frozenset[str]
    tight: frozenset[tuple[str, ...]]
    closers: frozenset[str]
    deniers: frozenset[str]
    before_reach: int
    named: dict[str, str]
    inferred: frozenset[str]
    compound_only: frozenset[str]
    identity_between: frozenset[str]
    softeners: frozenset[str]
    copulas: frozenset[str]


@cache
def _data() -> _Refusal:
    data = _load("topic_refused.toml")
    words = tuple(tuple(m.split()) for m in data["before"])
    return _Refusal(
        helps=tuple(data["helps"]), before=words, wills=frozenset(data["wills"]),
        negations=frozenset(data["negations"]), pleas=frozenset(data["pleas"]),
        after=tuple(tuple(m.split()) for m in data["after"]), reach=int(data["reach"]),
        fears=frozenset(data["fears"]), tight=frozenset(tuple(m.split()) for m in data["tight"]),
        closers=frozenset(data["closers"]), deniers=frozenset(data["deniers"]),
        before_reach=int(data["before_reach"]), named=dict(data.get("named", {})),
        inferred=frozenset(data.get("inferred", ())),
        compound_only=frozenset(data.get("compound_only", ())),
        identity_between=frozenset(data.get("identity_between", ())),
        softeners=frozenset(data.get("softeners", ())), copulas=frozenset(data.get("copulas", ())))


def _is_help(word: str, helps: tuple[str, ...]) -> bool:
    """Whether a word names a help or an office, alone or as a compound's head ("heim" only as
    a compound's: `compound_only`)."""
    return word not in _data().compound_only and any(word.endswith(h) for h in helps)


def names_help(word: str) -> bool:
    """Whether a folded word names a help or an office (`helps` in `topic_refused.toml`)."""
    return _is_help(word, _data().helps)


def _starts_at(words: list[str], at: int, marker: tuple[str, ...]) -> bool:
    return tuple(words[at : at + len(marker)]) == marker


def _refused(words: list[str], clause: tuple[int, ...], at: int, data: _Refusal) -> bool:
    """Whether the help at `at` is refused, feared or distrusted in its clause."""
    start = at
    while start > 0 and at - start < data.reach and clause[start - 1] == clause[at]:
        start -= 1
    before = words[start:at]
    for i in range(start, at):
        for m in data.before:
            gap = at - i - len(m)  # words between the marker and the help
            if _starts_at(words, i, m) and 0 <= gap <= (
                    1 if m in data.tight else data.before_reach):  # fmt: skip
                return True
    if data.wills & set(before) and data.negations & set(before):
        # "will keine Familienhilfe"; the will comes first ("dass sie nicht will, Therapie" is no
        # refusal of the therapy), and no word closes the negated doing before the help
        first_will = min(i for i, w in enumerate(before) if w in data.wills)
        nots = [i for i, w in enumerate(before) if w in data.negations and i > first_will]
        if nots and not data.closers & set(before[nots[-1] + 1 :]):
            return True
    end = at + 1
    while end < len(words) and end - at <= data.reach and clause[end] == clause[at]:
        end += 1
    near_before = words[max(start, at - 2) : at]
    beside = set(words[max(0, at - 2) : at + 3])
    if data.negations & set(near_before) and data.pleas & beside:
        return True  # "Nicht Jugendamt bitte", "nicht Familienhilfe, sondern …"
    if _not_this(words, clause, at, start, end, data):
        return True  # "Hilfe, die nicht gleich das Jugendamt ist"
    return any(_starts_at(words, i, m) and not data.deniers & set(words[at + 1 : i])
               for i in range(at + 1, end) for m in data.after)  # "von der Kasse abgelehnt"


def _not_this(words: list[str], clause: tuple[int, ...], at: int, start: int, end: int,
              data: _Refusal) -> bool:
    """Whether the help at `at` is the one the help asked must not be: a negation before it
    with only articles or a "straight away" between ("nicht gleich das Jugendamt", "keine
    direkte Beratung"), and a copula right after it ("Hilfe, die nicht gleich das Jugendamt
    ist") — or, with the "straight away", nothing after it in its clause ("Unterstützung, aber
    nicht sofort das Amt"). "hat nicht gleich eine Beratung bekommen" tells a help not had."""
    nots = [i for i in range(start, at) if words[i] in data.negations]
    if not nots:
        return False
    between = words[nots[-1] + 1 : at]
    if not all(w in data.identity_between or w in data.softeners for w in between):
        return False
    after = at + 1 < len(words) and clause[at + 1] == clause[at]
    if after and words[at + 1] in data.copulas:
        return True
    return not after and any(w in data.softeners for w in between) and end == at + 1


def refused_positions(words: list[str] | tuple[str, ...],
                      clause: tuple[int, ...]) -> frozenset[int]:
    """The positions of help words the request refuses, fears or distrusts."""
    data = _data()
    words = list(words)
    clause = clause or (0,) * len(words)
    return frozenset(at for at, word in enumerate(words)
                     if _is_help(word, data.helps) and _refused(words, clause, at, data))


def kept_topics(credits: Iterable[Credit]) -> set[str]:
    """The topics credits name that a refusal does not take back: all but the helps readers
    infer from a behaviour (`inferred`), which only a word naming the help itself keeps."""
    data = _data()
    return {c.topic for c in credits
            if c.topic not in data.inferred or _is_help(c.term.split()[-1], data.helps)}


def turned_down(words: list[str] | tuple[str, ...], clause: tuple[int, ...], kept: set[str],
                topics_of: Callable[[str], tuple[str, ...]]) -> frozenset[str]:
    """The topics only refused helps name (`topics_of` a word, none that a kept credit names):
    a later reader must not bring them back ("Eltern lehnen die Erziehungsberatung ab" is no
    parents' wish for counselling; a minor who wants "nichts mit Jugendamt zu tun haben" asks
    no youth-office help for his housing)."""
    named = _data().named
    return frozenset(t for at in refused_positions(words, clause)
                     for t in ((named[words[at]],) if words[at] in named else topics_of(words[at]))
                     if t not in kept)


def without_turned_down(topics: tuple[str, ...], gone: frozenset[str],
                        keep: frozenset[str] = frozenset()) -> tuple[str, ...]:
    """`topics` without the turned-down ones (but those in `keep`), unless none would be left."""
    left = tuple(t for t in topics if t not in gone or t in keep)
    return left or topics


def refused(credits: list[Credit], words: list[str], clause: tuple[int, ...]) -> list[Credit]:
    """Drop the credits of helps the family refuses (a phrase's credit by its help word: "will
    keine Hilfe"), fears or distrusts, when another need is
    told ("weint viel … Nicht Jugendamt bitte"); alone, the refused help still names the topic.
    `words` are the request's folded words as written, not mended towards the vocabulary
    ("lehnen" is no slip of "lernen")."""
    data = _data()
    gone = {c.position for c in credits if any(
        _is_help(words[at], data.helps) and _refused(words, clause, at, data)
        for at in range(c.position, min(len(words), c.position + len(c.term.split()))))}
    if not gone:
        return credits
    # the fear of the refused help goes with it ("Angst vor dem Jugendamt")
    gone |= {i for i, w in enumerate(words) if w in data.fears
             and any(abs(i - at) <= data.reach for at in gone)}  # fmt: skip
    kept = [c for c in credits if c.position not in gone]
    return kept or credits


__all__ = ["kept_topics", "refused", "refused_positions", "turned_down", "without_turned_down"]
