"""Readings that change what a need word means: a negation takes it back ("keine Hinweise auf
Kindeswohlgefährdung"), a child's own violence makes it a parenting need ("schlägt und beißt andere
Kinder").
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import replace
from functools import cache

from bot.understanding.normalise import is_generic, modifier
from bot.understanding.safety import childs_violence
from bot.understanding.topic_parts import Credit
from bot.vocabulary.lexicon import topic_lexicon

NEGATION_REACH = 6  # a need word this close after another is not the one a negation takes back
AGGRESSION = 1.5  # a child's own violence: the need, before the place it happens ("in der Kita")


def without_negated(credits: list[Credit], negated: frozenset[int]) -> list[Credit]:
    """Drop the words a negation takes back ("keine Hinweise auf Kindeswohlgefährdung", "kriegen
    kein BuT") when another word names a need. A negation takes back the need words after it up
    to one that names another need ("keine Wohnung, Care-Leaver-Beratung" asks for the second);
    alone, a negated need
    word stays ("hat keinen Kitaplatz" still asks for one)."""
    named: dict[int, set[str]] = defaultdict(set)
    for c in credits:
        named[c.position].add(c.topic)
    taken = {p for p in named.keys() & negated  # not past a word that names another need
             if not any(named.get(q, named[p]) - named[p] for q in range(p - NEGATION_REACH, p))}
    kept = [c for c in credits if c.position not in taken]
    return kept if taken and any(c.strong for c in kept) else credits


def aggression(topics: tuple[str, ...], words: list[str], clause: tuple[int, ...],
               asked: tuple[bool, ...], credits: list[Credit]) -> list[Credit]:
    """A child who hits, bites or kicks needs parenting advice first, then courses and
    violence prevention (`topics`, from `[aggression]`), whatever else the verb's words would
    suggest; when the request asks for a particular help ("Elternkurs auf Türkisch?"), or names
    one of these itself, the aggression only tells why."""
    acts = childs_violence(words, clause) if topics else frozenset()
    if not acts:
        return credits
    credits = [c for c in credits if c.position not in acts]
    named = not any(c.strong and (asked[c.position] or c.topic in topics) for c in credits)
    asked_for = {c.topic for c in credits if c.strong}
    for at in sorted(acts):
        for rank, topic in enumerate(topics):
            if not named and topic in asked_for:
                continue  # the help asked for is met by its own words, not by the aggression
            credits.append(Credit(at, words[at], topic, AGGRESSION - rank * 0.1, named))
    return credits


def is_diagnosis(word: str, heads: tuple[str, ...]) -> bool:
    """Tell whether a word is a diagnosis by its head ("Alkoholsyndrom", "Alkoholembryopathie"):
    it names the child's condition, whatever its first part says."""
    return bool(heads) and word.isalpha() and word.endswith(heads)


REASON_REACH = 3  # "wegen seines starken Übergewichts": the reason's words after the word


def as_reason(credits: list[Credit], words: list[str], clause: tuple[int, ...],
              reasons: frozenset[str]) -> list[Credit]:  # fmt: skip
    """A need word after "wegen" that tells why something else happens is the reason, not the
    need ("wird wegen Übergewicht gehänselt": the teasing is the need): it stays a hint when a
    need word follows it in its clause. After a help noun it is what the help is for
    ("Beratung wegen Schulden"), and stays."""
    turned: set[int] = set()
    for at, word in enumerate(words):
        if word not in reasons or (at and (is_generic(words[at - 1]) or modifier(words[at - 1]))):
            continue
        span = [p for p in range(at + 1, min(len(words), at + 1 + REASON_REACH))
                if clause[p] == clause[at]]  # fmt: skip
        told = min((c.position for c in credits if c.position in span), default=None)
        if told is not None and any(c.position > told and clause[c.position] == clause[at]
                                    for c in credits):  # fmt: skip
            turned.add(told)
    if not turned:
        return credits
    return [replace(c, strong=False) if c.position in turned else c for c in credits]


AVOID_REACH = 5  # "nicht nur vorm Handy sitzt": the words a marker of what to avoid reaches
ADDITIVE_REACH = 8  # "nicht nur Mobbing, sondern auch …" adds a need, it avoids none


@cache
def _avoid() -> tuple[tuple[tuple[str, ...], ...], frozenset[str]]:
    table = topic_lexicon().get("avoid", {})
    markers = tuple(tuple(m.split()) for m in table.get("markers", ()))
    return markers, frozenset(table.get("additive", ()))


def avoided(credits: list[Credit], words: list[str], clause: tuple[int, ...]) -> list[Credit]:
    """What a child should get away from is no need when the request names another: "wo er nicht
    nur vorm Handy sitzt, am liebsten mit Sport", "statt zu zocken … gerne Sport" ask for leisure,
    the screen only says what to avoid (`[avoid]` in `topic_lexicon.toml`). "Nicht nur …, sondern
    auch …" adds a need and avoids none; alone, the avoided word still names the need."""
    markers, additive = _avoid()
    firsts = {marker[0] for marker in markers}
    spans: set[int] = set()
    for at in (i for i, word in enumerate(words) if word in firsts):
        for marker in markers:
            end = at + len(marker)
            if tuple(words[at:end]) != marker:
                continue
            if additive & set(words[end : end + ADDITIVE_REACH]):
                continue
            spans.update(p for p in range(end, min(len(words), end + AVOID_REACH))
                         if clause[p] == clause[at])  # fmt: skip
    if not spans:
        return credits
    kept = [c for c in credits if c.position not in spans]
    avoided_topics = {c.topic for c in credits if c.position in spans}
    return kept if any(c.topic not in avoided_topics for c in kept) else credits
