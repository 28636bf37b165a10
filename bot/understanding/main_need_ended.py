"""A help the story names as ended, broken off, refused or tried is context, not the need asked
now ("Hebamme ist fertig. Wo Stillberatung?", "Erziehungsbeistand endete 09/2026 … offener
Treff?", "Integrationskurs ist fertig, jetzt braucht das Kind eine Tagesmutter").

The settled clauses of `main_need_context` say a matter is taken care of or a help is running;
these clauses say the help is over or was no use. Both mean the same for the request: the help
named there is its history, and unless a clause outside asks for it again ("wir suchen eine neue
Hebamme"), its offers would stand in place of the help asked for and hide an honest gap. The
markers are data (`help_ended.toml`), indexed by their first word so a message is scanned once.
"""

from __future__ import annotations

from functools import cache

from bot.text import fold
from bot.understanding.main_need_positions import asked_positions
from bot.understanding.normalise import Words
from bot.understanding.topic_parts import Credit
from bot.vocabulary.lexicon import _load

GAP = 3  # words a `*` of a marker may stand for: "hört [nächsten Monat] auf"


@cache
def _markers() -> tuple[dict[str, tuple[tuple[str, ...], ...]], frozenset[str], frozenset[str]]:
    """The phrases by their first word, the words that undo them, and the courses of life and
    money whose end is an event of the story, no help ("Ausbildung abgebrochen")."""
    data = _load("help_ended.toml")
    starts: dict[str, list[tuple[str, ...]]] = {}
    for phrase in data["phrases"]:
        words = tuple(fold(phrase).split())
        starts.setdefault(words[0], []).append(words)
    return ({w: tuple(p) for w, p in starts.items()},
            frozenset(fold(w) for w in data["unless"]),
            frozenset(fold(w) for w in data["lives"]))  # fmt: skip


def ended_topics(words: Words, credits: list[Credit], main: tuple[str, ...]) -> set[str]:
    """The main needs a strong word names in a clause that says its help ended, was broken off,
    refused, of no use or is known or running, and nothing names again elsewhere. Named again
    in another clause by a strong word, or by a weak one in a clause that asks ("Kita-Platz
    wurde gekündigt. KM fragt Kita für den Großen", "Hebamme ist fertig, wir suchen eine neue
    Hebamme"), the help is asked again and stays a need; a weak word of the story elsewhere
    ("Fahrraddiebstahl … Erziehungsbeistand endete") tells, it does not ask again."""
    ended = ended_clauses(words)
    if not ended:
        return set()
    asked: frozenset[int] | None = None
    found = set()
    for topic in main:
        named = [c for c in credits if c.topic == topic]
        if not any(c.strong for c in named):
            continue
        outside = [c for c in named if words.clause[c.position] not in ended]
        if any(c.strong for c in outside):
            continue
        if outside and asked is None:
            asked = asked_positions(words)
        if not any(words.asked[c.position] or c.position in (asked or ()) for c in outside):
            found.add(topic)
    return found


def ended_clauses(words: Words) -> set[int]:
    """Clauses that say a help ended, was broken off, refused or of no use, without a word
    outside the marker that undoes it ("noch nicht beendet", "wenn die SPFH endet")."""
    starts, unless, lives = _markers()
    folded, clause = words.folded, words.clause
    found: set[int] = set()
    for i, word in enumerate(folded):
        for phrase in starts.get(word, ()):
            end = _matched(folded, clause, i, phrase)
            if end is None:
                continue
            n = clause[i]
            if not any(clause[k] == n and (folded[k] in unless or folded[k] in lives)
                       for k in range(len(folded)) if not i <= k < end):  # fmt: skip
                found.add(n)
    return found | _verdicts_reach(words, found)


@cache
def _verdicts() -> frozenset[tuple[str, ...]]:
    return frozenset(tuple(fold(p).split()) for p in _load("help_ended.toml").get("verdicts", ()))


def _verdicts_reach(words: Words, found: set[int]) -> set[int]:
    """The clauses before a bare verdict in its sentence ("SPFH seit 11/2023, Ziele erreicht,
    Beendigung."): a file lists the help and its end in commas, so the end is theirs too. A
    clause with any other word ("Kita endet, Hort beginnt") speaks only of itself."""
    if not found or not words.sentence:
        return set()
    verdicts, folded, clause = _verdicts(), words.folded, words.clause
    reach: set[int] = set()
    for n in found:
        own = tuple(folded[k] for k in range(len(folded)) if clause[k] == n)
        if own not in verdicts:
            continue
        first = clause.index(n)
        sentence = words.sentence[first]
        reach |= {clause[k] for k in range(first) if words.sentence[k] == sentence}
    return reach


def _matched(folded: tuple[str, ...], clause: tuple[int, ...], start: int,
             phrase: tuple[str, ...]) -> int | None:  # fmt: skip
    """The end of `phrase` matched at `start` word by word, a `*` standing for up to `GAP`
    words of the same clause ("hoert * auf": "hört nächsten Monat auf"), or None."""
    i = start
    for k, part in enumerate(phrase):
        if part != "*":
            if i >= len(folded) or folded[i] != part or clause[i] != clause[start]:
                return None
            i += 1
            continue
        rest = phrase[k + 1]  # a marker never ends with `*`
        for j in range(i, min(i + GAP + 1, len(folded))):
            if clause[j] != clause[start]:
                return None
            if folded[j] == rest:
                i = j
                break
        else:
            return None
    return i


@cache
def _again() -> dict[str, tuple[tuple[str, ...], ...]]:
    """The phrases asking who else can reach the family, by their first word."""
    starts: dict[str, list[tuple[str, ...]]] = {}
    for phrase in _load("help_ended.toml").get("again", ()):
        words = tuple(fold(phrase).split())
        starts.setdefault(words[0], []).append(words)
    return {w: tuple(p) for w, p in starts.items()}


def asked_again(words: Words, credits: list[Credit], main: tuple[str, ...],
                ordered: tuple[str, ...]) -> tuple[str, ...]:  # fmt: skip
    """`main` with the helps the story tells as ended or out of reach after it, where a clause
    asks who else can reach the family ("Schulsozialarbeit hat Kontakt verloren. Wer kann noch
    ran, Streetwork?"): the asker wants anyone who reaches the child, the same help's other
    workers among them. Without such a question the told help stays history."""
    if not main:
        return main
    starts, folded = _again(), words.folded
    if not any(folded[i:i + len(p)] == p for i, w in enumerate(folded)
               for p in starts.get(w, ())):  # fmt: skip
        return main
    ended = ended_clauses(words)
    back = tuple(t for t in ordered if t not in main and any(
        c.topic == t and c.strong and words.clause[c.position] in ended for c in credits))
    return (*main, *back)
