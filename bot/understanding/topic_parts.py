"""The plain data of topic finding: what a match found, a word's credit, and the lexicon's rules.

Kept apart from `topics.py` so that the index there holds only the finding itself.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class TopicMatch:
    topics: tuple[str, ...]
    # the folded words that carried the need, for text similarity in ranking
    evidence: tuple[str, ...]
    # no need was named: these are the general offers for the child's life phase
    general: bool = False
    # some word named a need directly (not only a description of the situation)
    strong: bool = False
    # positions of the words that carried a need, and compounds matched through a part only
    positions: frozenset[int] = frozenset()
    compounds: tuple[tuple[int, str], ...] = ()
    # the topics with most of the evidence: what was asked for, not what describes the family
    main: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Credit:
    position: int
    term: str
    topic: str
    weight: float
    strong: bool


@dataclass(frozen=True, slots=True)
class Implication:
    when: frozenset[str]
    phases: frozenset[str]
    add: str


@dataclass(frozen=True, slots=True)
class Rule:
    topic: str
    near: frozenset[str]
    words: frozenset[str]
    window: int
    any_order: bool = False
    keep: bool = False


def mask_ignored(
    phrases: tuple[tuple[str, ...], ...], words: list[str], matched: list[bool]
) -> None:
    """Mark idioms that look like a need but are none ("kriegt die Krise")."""
    starts: dict[str, list[int]] = {}  # an idiom is tried only where its first word stands
    for i, word in enumerate(words):
        starts.setdefault(word, []).append(i)
    for phrase in phrases:
        size = len(phrase)
        for start in starts.get(phrase[0], ()) if phrase else ():
            if start + size <= len(words) and tuple(words[start : start + size]) == phrase:
                for i in range(start, start + size):
                    matched[i] = True


def cooccurrences(rules: tuple[Rule, ...], words: list[str], credits: list[Credit]) -> list[Credit]:
    """Credit words near a trigger to another topic ("Mutter … depressiv": the parent's)."""
    for rule in rules:
        near = [i for i, w in enumerate(words) if w in rule.near]
        if not near:
            continue
        hits = [
            c for c in credits
            if (c.term in rule.words or words[c.position] in rule.words)
            and any(
                0 < c.position - n <= rule.window
                or (rule.any_order and 0 < n - c.position <= rule.window)
                for n in near
            )
        ]  # fmt: skip
        if not hits:
            continue
        positions = {c.position for c in hits}
        if not rule.keep:  # the words meant the parent, not the child: take them back
            credits = [c for c in credits if c.position not in positions]
        for position in sorted(positions):
            credits.append(Credit(position, words[position], rule.topic, 2.5, True))
    return credits
