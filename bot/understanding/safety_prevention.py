"""Prevention asked is no alarm; the writer's own childhood is no danger now.

A mother who writes "Wie schütze ich meine Tochter (12) vor Cybergrooming?" and a Kita that asks
for a "Präventionsprojekt gegen sexualisierte Gewalt" name the danger as what is to be kept
away: what they need is prevention (media, violence prevention, sexual education), not the
alarm with the emergency numbers. So does a parent who writes "ich war als Kind selbst Opfer von
Missbrauch": that is her past, not her child's present. Read word by word, "Cybergrooming" and
"Missbrauch" are signs of a threat, and child protection would come first.

The grammar decides, not the sign words (data: `bot/data/safety_prevention.toml`):

- a verb of keeping away and its preposition ("vor … schützen", "sich gegen … wehren",
  "protect … from") govern the words after the preposition to the end of their clause;
- a prevention word ("Prävention", "Präventionskurs", "Aufklärung", "Selbstbehauptung")
  governs the words after it in its clause and the compound it ends ("Schütteltrauma-Prävention");
- a first-person clause with "als Kind" or "Kindheit" is the writer's own past.

The words a frame governs are set aside and the request is read again: a sign told outside
the frame stays ("ich will sie vor ihrem Stiefvater schützen, er missbraucht sie", "vor dem Mann
im Chat, der ihm Nacktbilder schickt"), and a frame whose object names a particular person
("vor ihrem Stiefvater", "vor dem Mann") is a danger told, not one kept away. Only a request in
which a sign fired is read this way, so the second reading costs nothing elsewhere.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from functools import cache

from bot.models import AgeRange
from bot.understanding.safety import Signs, read_signs
from bot.understanding.safety_text import Words, blanked, matches, tokens
from bot.vocabulary.lexicon import _load


@dataclass(frozen=True, slots=True)
class _Frames:
    protect_verbs: Words
    from_words: frozenset[str]
    prevention: Words
    object_reach: int
    verb_reach: int
    particular: frozenset[str]
    own_childhood: frozenset[str]
    as_child: tuple[tuple[str, ...], ...]
    first_person: frozenset[str]


@cache
def _frames() -> _Frames:
    data = _load("safety_prevention.toml")
    return _Frames(
        Words.of(data["protect_verbs"]), frozenset(data["from_words"]),
        Words.of(data["prevention"]), int(data["object_reach"]), int(data["verb_reach"]),
        frozenset(data["particular"]), frozenset(data["own_childhood"]),
        tuple(tuple(p) for p in data["as_child"]), frozenset(data["first_person"]),
    )  # fmt: skip


def _clause(words: list[str], at: int) -> tuple[int, int]:
    """The bounds (start, end exclusive) of the clause around `at`: punctuation ends it."""
    start = at
    while start > 0 and words[start - 1].isalnum():
        start -= 1
    end = at
    while end < len(words) and words[end].isalnum():
        end += 1
    return start, end


def _governed(words: list[str], start: int, f: _Frames) -> range | None:
    """The words from `start` to the end of their clause, at most `object_reach` of them; none
    when they name a particular person or thing ("vor ihrem Stiefvater")."""
    end = min(_clause(words, start)[1], start + f.object_reach)
    if f.particular & set(words[start:end]):
        return None
    return range(start, end)


def _kept_away(words: list[str], f: _Frames) -> set[int]:
    """Positions of words a verb of keeping away governs: "schütze ich meinen Sohn vor X"."""
    kept: set[int] = set()
    for i, word in enumerate(words):
        if word not in f.from_words:
            continue
        start, end = _clause(words, i)
        near = range(max(start, i - f.verb_reach), min(end, i + f.verb_reach + 1))
        if any(matches(words[j], f.protect_verbs) for j in near if j != i):
            kept.update(_governed(words, i + 1, f) or ())
    return kept


def _prevented(words: list[str], folded: str, f: _Frames) -> set[int]:
    """Positions of words a prevention word governs, and the compound it ends."""
    kept: set[int] = set()
    for i, word in enumerate(words):
        if not matches(word, f.prevention):
            continue
        kept.update(_governed(words, i + 1, f) or ())
        if i and f"{words[i - 1]}-{word}" in folded:
            kept.add(i - 1)  # "Schütteltrauma-Prävention"
    return kept


def _own_past(words: list[str], f: _Frames) -> set[int]:
    """Positions of a first-person clause that tells the writer's own childhood."""
    kept: set[int] = set()
    for i, word in enumerate(words):
        childhood = word in f.own_childhood or any(
            tuple(words[i : i + len(p)]) == p for p in f.as_child if p[0] == word)
        if not childhood:
            continue
        start, end = _clause(words, i)
        if f.first_person & set(words[start:end]):
            kept.update(range(start, end))
    return kept


def prevention_signs(read: Signs, folded: str, age: AgeRange | None) -> Signs:
    """`read` without its signs when every one of them stands in a frame of prevention or of
    the writer's own past (see the module's docstring)."""
    if not read.names:
        return read
    f = _frames()
    words = tokens(folded)
    kept = _kept_away(words, f) | _prevented(words, folded, f) | _own_past(words, f)
    if not kept:
        return read
    if read_signs(blanked(words, kept), age).names:
        return read
    return dataclasses.replace(read, names=())
