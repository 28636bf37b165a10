"""The subject of an event asked is a need named too: "Elternabend zu Medien".

A request that wants an event on a subject names both: "Sie will einen Elternabend zu Medien für
alle Eltern" asks for a parents' evening about media. The event's word ("Elternabend") is strong,
the subject's ("Medien") only describes, and the decision kept the evening alone — no offer on
media, a false gap. So a weak credit that follows a subject preposition (`prepositions` in
`bot/data/topic_subject.toml`: "zu", "zum Thema", "über") right after an event's strong word
(`events`: a parents' evening, a course, a talk) in the same clause is named as strongly as the
event. A help ("Beratung zur Integration") or a direction ("zu einer Spielgruppe") is no event, and
a life stage or a way of dealing ("Elternkurs zur Pubertät", "zum Umgang mit …": `ignored`) says
for whom or how, not what.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import cache

from bot.understanding.topic_parts import Credit
from bot.vocabulary.lexicon import _load


@dataclass(frozen=True, slots=True)
class _Subject:
    prepositions: tuple[tuple[str, ...], ...]
    events: tuple[str, ...]
    ignored: tuple[str, ...]
    reach: int


@cache
def _data() -> _Subject:
    data = _load("topic_subject.toml")
    return _Subject(tuple(tuple(p.split()) for p in data["prepositions"]), tuple(data["events"]),
                    tuple(data["ignored"]), int(data["reach"]))


def _subject_of(at: int, words: Sequence[str], clause: Sequence[int],
                events: dict[int, str], topic: str, credited: frozenset[int]) -> bool:  # fmt: skip
    """Whether the word at `at` is the first credited word after a preposition of subject right
    after an event's word ("Elternabend zum Thema Medien für Kita-Eltern": media, not Kita)."""
    data = _data()
    for p in data.prepositions:
        for start in range(max(1, at - len(p) - data.reach), at - len(p) + 1):
            if tuple(words[start : start + len(p)]) != p or any(
                    j in credited for j in range(start, at)):
                continue
            event = start - 1
            if (events.get(event) not in (None, topic)
                    and all(clause[j] == clause[at] for j in range(event, at + 1))):
                return True
    return False


def subjects(credits: list[Credit], words: Sequence[str], clause: Sequence[int]) -> list[Credit]:
    """Name the subject of an event's strong word as strongly as the event."""
    if len(clause) != len(words):
        return credits
    data = _data()
    events = {c.position: c.topic for c in credits
              if c.strong and c.term.endswith(data.events)}  # fmt: skip
    if not events:
        return credits
    credited = frozenset(c.position for c in credits)
    # the word itself names the subject ("Mediensucht"), not a part inside it
    # ("Erziehungskompetenz" holds no leisure need)
    return [replace(c, strong=True) if (
        not c.strong and c.position < len(words) and words[c.position].startswith(c.term)
        and not words[c.position].startswith(data.ignored)
        and _subject_of(c.position, words, clause, events, c.topic, credited)) else c
        for c in credits]  # fmt: skip
