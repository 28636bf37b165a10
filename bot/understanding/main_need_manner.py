"""How a help is given is no need of its own (issue 8, `[manner]` in `main_need.toml`).

"Gibt es einen PEKiP-Kurs, zu dem sie mit Gebärdensprachdolmetscherin kann?" asks for PEKiP; the
interpreter is the way she takes part. "Hausbesuche oder Frühe Hilfen, gern mit
Sprachmittlung?" asks for Frühe Hilfen, with someone to mediate. Had the interpreter offers
stayed a main need, they would be shown as fitting in place of the asked help, and a request no
offer meets would not be called a gap. A manner topic stays the need when it is asked for as
the help itself (a mediation word not introduced by "mit") or when nothing else is asked. Where
the family comes from stays a need beside a language wish ("Familie aus Bulgarien … Beratung auf
Bulgarisch?" is labelled so in every set): only "mit" marks the manner.

Why help is sought is no need either: a need word after a reason marker in its clause
("Sportverein gesucht, Junge hängt sonst nur vorm Zocken") tells the reason (`[reason]`).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from bot.text import fold
from bot.understanding.languages import language_code
from bot.understanding.main_need_affairs import affairs_in_language
from bot.understanding.normalise import Words
from bot.understanding.topic_parts import Credit
from bot.vocabulary.lexicon import main_need_lexicon

SKIP_REACH = 1  # "mit einer Dolmetscherin": at most this many words between lead and manner word


@dataclass(frozen=True, slots=True)
class _Manner:
    topics: frozenset[str]
    leads: frozenset[str]
    skip: frozenset[str]
    reasons: frozenset[str]
    persons: frozenset[str]
    with_: frozenset[str]
    in_language: frozenset[str]
    reach: int
    entry: tuple[str, ...] = ()


@cache
def _manner() -> _Manner:
    data = main_need_lexicon()
    manner = data["manner"]
    return _Manner(topics=frozenset(manner["topics"]),
                   leads=frozenset(fold(w) for w in manner["leads"]),
                   skip=frozenset(fold(w) for w in manner["skip"]),
                   reasons=frozenset(fold(w) for w in data["reason"]["markers"]),
                   persons=frozenset(fold(w) for w in manner["persons"]),
                   with_=frozenset(fold(w) for w in manner["with"]),
                   in_language=frozenset(fold(w) for w in manner["in_language"]),
                   reach=int(manner["reach"]),
                   entry=tuple(fold(w) for w in manner.get("entry", ())))  # fmt: skip


def manner_topics() -> frozenset[str]:
    """The topics that can be the way another help is given (`[manner]` in main_need.toml)."""
    return _manner().topics


def _after_lead(words: Words, position: int) -> bool:
    """Whether the word at `position` follows a manner lead ("mit Dolmetscherin") in its clause."""
    manner = _manner()
    folded, clause = words.folded, words.clause
    k = position - 1
    skipped = 0
    while k >= 0 and clause[k] == clause[position] and folded[k] in manner.skip:
        k, skipped = k - 1, skipped + 1
    return (skipped <= SKIP_REACH and k >= 0 and clause[k] == clause[position]
            and folded[k] in manner.leads)  # fmt: skip


def manner_dropped(words: Words, credits: Iterable[Credit], main: tuple[str, ...],
                   ordered: tuple[str, ...]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Return `main` and `ordered` without the manner topics that only say how another main need
    is to be given: each word naming one follows "mit" ("mit Gebärdensprachdolmetscherin",
    "gern mit Sprachmittlung"). The topic stays in `ordered`, after the main needs, as context."""
    manner = _manner()
    if len(main) < 2 or not manner.topics & set(main):
        return main, ordered
    credits = list(credits)
    dropped = set()
    for topic in manner.topics & set(main):
        positions = [c.position for c in credits if c.topic == topic]
        if positions and all(_after_lead(words, p) for p in positions):
            dropped.add(topic)
    kept = tuple(t for t in main if t not in dropped)
    if not kept or kept == main:
        return main, ordered
    return kept, kept + tuple(t for t in ordered if t not in kept)


def reason_positions(words: Words) -> frozenset[int]:
    """Positions of the words after a reason marker in its clause ("Junge hängt sonst nur vorm
    Zocken", "damit er sich bewegt"): why help is sought, no need beside the one asked for
    (`[reason]` in `main_need.toml`)."""
    reasons = _manner().reasons
    folded, clause = words.folded, words.clause
    found: set[int] = set()
    for i, word in enumerate(folded):
        if word in reasons:
            found.update(j for j in range(i + 1, len(folded)) if clause[j] == clause[i])
    return frozenset(found)


def mediation_asked(words: Words) -> str | None:
    """The manner topic when the request asks for someone who goes through a matter with the
    family in a language ("braucht jemanden, der mit ihr auf Polnisch zum Jobcenter geht"), or
    help with its papers, offices or a parent's German beside a language (`main_need_affairs`):
    the mediation is the help asked for, beside the matter it is about."""
    manner = _manner()
    folded, clause = words.folded, words.clause
    for i, word in enumerate(folded):
        if word not in manner.persons:
            continue
        span = range(i + 1, min(len(folded), i + 1 + manner.reach))
        together = any(folded[j] in manner.with_ for j in span)
        spoken = any(folded[j] in manner.in_language and j + 1 < len(folded)
                     and clause[j + 1] == clause[j] and language_code(folded[j + 1])
                     for j in span)  # fmt: skip
        if together and spoken:
            return min(manner.topics)
    explained = _entry_explained(words) or affairs_in_language(words)
    return min(manner.topics) if explained else None


def _entry_explained(words: Words) -> bool:
    """Whether the request asks for the way into school or Kita in a language other than German
    ("zur Schulanmeldung auf Kurdisch beraten"): `[manner] entry` beside "auf" + a language."""
    manner = _manner()
    folded, clause = words.folded, words.clause
    spoken = any(word in manner.in_language and j + 1 < len(folded)
                 and clause[j + 1] == clause[j]
                 and language_code(folded[j + 1]) not in (None, "de")
                 for j, word in enumerate(folded))  # fmt: skip
    return spoken and any(word.startswith(manner.entry) for word in folded)
