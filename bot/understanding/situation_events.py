"""Events a need follows from though no word names it, and places of work that are no stay.

"die Kleine (7 Monate) is inne 26. Woche gekommen, jetz sitzt se immer noch nich": a premature
birth and a milestone not reached tell early intervention; "2jähriger, zweimal mit Verbrennungen
gekommen, Mutter sagt jedes Mal Herd" tells child protection. No topic word stands in either.
The events (`[[event]]` of `bot/data/situations.toml`) add a credit for their topic (descriptive,
or strong where the event is a case by itself),
for a child young enough and, where the event is an everyday accident as well, only with a word
of its coming back.

"Mama arbeitet im Krankenhaus Spätschicht" names a workplace, not a parent in hospital: a credit
right after a work verb and a preposition (`[workplace]`) is dropped.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from bot.models import AgeRange
from bot.text import fold
from bot.understanding.normalise import Words
from bot.understanding.situation_data import situations
from bot.understanding.topic_parts import Credit

SLACK = 2  # words that may stand between an event phrase's words ("sitzt se immer noch nich")
EVENT_WEIGHT = 1.0


@dataclass(frozen=True, slots=True)
class _Event:
    name: str
    topic: str
    until_months: int
    phrases: tuple[tuple[str, ...], ...]
    requires: frozenset[str]
    strong: bool


@cache
def _events() -> tuple[_Event, ...]:
    return tuple(
        _Event(e["name"], e["topic"], int(e["until_months"]),
               tuple(tuple(fold(p).split()) for p in e["phrases"]),
               frozenset(fold(w) for w in e.get("requires", ())), bool(e.get("strong", False)))
        for e in situations().get("event", ()))  # fmt: skip


@cache
def _by_first_word() -> dict[str, tuple[tuple[int, int], ...]]:
    """The (event, phrase) pairs by the phrase's first word: a phrase whose first word the text
    lacks is found nowhere, so a request tries only the phrases its words open."""
    found: dict[str, list[tuple[int, int]]] = {}
    for e, event in enumerate(_events()):
        for p, phrase in enumerate(event.phrases):
            found.setdefault(phrase[0], []).append((e, p))
    return {word: tuple(pairs) for word, pairs in found.items()}


@cache
def _workplace() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    data = situations().get("workplace", {})
    return (frozenset(fold(w) for w in data.get("verbs", ())),
            frozenset(fold(w) for w in data.get("joins", ())),
            frozenset(data.get("topics", ())))  # fmt: skip


def _found_at(words: Words, phrase: tuple[str, ...]) -> int | None:
    """Where `phrase` starts, its words in order, at most `SLACK` between each, in one clause."""
    folded, clause = words.folded, words.clause
    for start, word in enumerate(folded):
        if word != phrase[0]:
            continue
        at = start
        for part in phrase[1:]:
            nxt = next((j for j in range(at + 1, min(len(folded), at + 2 + SLACK))
                        if folded[j] == part and clause[j] == clause[start]), None)  # fmt: skip
            if nxt is None:
                break
            at = nxt
        else:
            return start
    return None


def event_credits(words: Words, age: AgeRange | None) -> list[Credit]:
    """A descriptive credit for each event the request tells (see the module's docstring)."""
    present = set(words.folded)
    credits: list[Credit] = []
    index, events = _by_first_word(), _events()
    opened: dict[int, list[int]] = {}  # per event, the phrases whose first word stands here
    for e, p in sorted(pair for word in present for pair in index.get(word, ())):
        opened.setdefault(e, []).append(p)
    for e, phrases in opened.items():  # in the events' order, as `sorted` left them
        event = events[e]
        if age is not None and age.low > event.until_months:
            continue
        if event.requires and not present & event.requires:
            continue
        for phrase in (event.phrases[p] for p in phrases):
            if not present.issuperset(phrase):
                continue  # a word of it is missing: no scan of the text finds it
            at = _found_at(words, phrase)
            if at is not None:
                credits.append(Credit(at, " ".join(phrase), event.topic, EVENT_WEIGHT,
                                      event.strong))
                break
    return credits


def at_work(credit: Credit, words: Words) -> bool:
    """Whether `credit` names the place where someone works ("arbeitet im Krankenhaus")."""
    verbs, joins, topics = _workplace()
    if credit.topic not in topics or credit.position >= len(words.folded):
        return False
    folded, clause = words.folded, words.clause
    back = credit.position - 1
    while back >= 0 and folded[back] in joins and clause[back] == clause[credit.position]:
        back -= 1
    return back >= 0 and back < credit.position - 1 and folded[back] in verbs
