"""Recognise signs of a threat to a child's welfare, so that child protection always comes first.

A paediatrician who writes "kind erzählt, dass papa die mama schlägt" needs the ASD, the
child-protection hotline and the § 8a consultation at the top, with the emergency numbers, every
time — not whichever offers share most words. The signs are data (`bot/data/safety.toml`): groups
of words that must occur near each other in any order, so "Schläge zuhause" and "Gewalt in der
Familie" are one sign. A violent verb is a sign by who does it (`bot.understanding.agency`):
"Papa schlägt die Mama" and "wird geschlagen" are, "Kind 4, schlägt und beißt andere Kinder" is
not. A sign gives way in a sentence that tells it is over ("war früher im Frauenhaus, jetzt
stabil"), that negates or clears it ("keine Hinweise auf …", "KWG ausgeschlossen"), or that is
about training and concepts ("Fortbildung zu § 8a") — then it is a topic of work, not a case.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from bot.models import Emergency
from bot.understanding.agency import Agent, violent_acts
from bot.vocabulary.lexicon import safety_lexicon

_WORD = re.compile(r"[a-z0-9]+|[,.;:!?()]")  # punctuation ends the reach of a negation
# topics put first, in this order, when a sign is found (taxonomy keys of topics.csv)
PROTECTION_TOPICS = ("kinderschutz", "hilfen_zur_erziehung")


@dataclass(frozen=True, slots=True)
class _Signal:
    name: str
    groups: tuple[tuple[str, ...], ...]
    window: int
    unless: tuple[str, ...]
    negatable: bool
    kind: str = "words"  # "agency": a violent verb, decided by who does it
    professional: bool = False  # gives way in a sentence about training and concepts
    resolvable: bool = True  # gives way in a sentence that tells it is over


@dataclass(frozen=True, slots=True)
class _Context:
    """Words around a sign that make it no case: negations, the past, training."""

    negations: frozenset[str]
    past: tuple[str, ...]
    resolved: tuple[str, ...]
    professional: tuple[str, ...]
    cleared: frozenset[str]
    cleared_when_negated: frozenset[str]
    strong_negations: frozenset[str]


# compiled pattern tuples by identity: the tuples come from `_signals()` and live as long as it,
# and hashing a tuple of forty words on each of ~400 calls per request was the hot spot
_COMPILED: dict[int, tuple[tuple[str, ...], frozenset[str], tuple[str, ...]]] = {}


def _compiled(patterns: tuple[str, ...]) -> tuple[frozenset[str], tuple[str, ...]]:
    """Split word patterns into exact words and prefixes ("misshandl*")."""
    entry = _COMPILED.get(id(patterns))
    if entry is None or entry[0] is not patterns:  # the entry keeps its tuple alive: ids unique
        if len(_COMPILED) > 4096:
            _COMPILED.clear()
        exact = frozenset(p for p in patterns if not p.endswith("*"))
        entry = (patterns, exact, tuple(p[:-1] for p in patterns if p.endswith("*")))
        _COMPILED[id(patterns)] = entry
    return entry[1], entry[2]


def _matches(word: str, patterns: tuple[str, ...]) -> bool:
    exact, prefixes = _compiled(patterns)
    return word in exact or word.startswith(prefixes)


@cache
def _signals() -> tuple[tuple[_Signal, ...], _Context]:
    data = safety_lexicon()
    signals = tuple(
        _Signal(
            s["name"], tuple(tuple(g) for g in s["groups"]), int(s.get("window", 1)),
            tuple(s.get("unless", ())), bool(s.get("negatable", True)), s.get("kind", "words"),
            bool(s.get("professional", False)), bool(s.get("resolvable", True)),
        )
        for s in data["signal"]
    )  # fmt: skip
    context = _Context(
        frozenset(data.get("negations", ())), tuple(data.get("past", ())),
        tuple(data.get("resolved", ())), tuple(data.get("professional", ())),
        frozenset(data.get("cleared", ())), frozenset(data.get("cleared_when_negated", ())),
        frozenset(data.get("strong_negations", ())),
    )  # fmt: skip
    return signals, context


@cache
def emergency_numbers() -> tuple[Emergency, ...]:
    """Return the emergency numbers to show first when a child may be in danger."""
    return tuple(
        Emergency(e["label_de"], e["label_en"], e["number"])
        for e in safety_lexicon().get("emergency", ())
    )


def _negated(words: list[str], at: int, context: _Context) -> bool:
    """Tell whether a negation before `at` ("nicht" up to three words, "kein…" up to six), or a
    word clearing it up to five words after ("ausgeschlossen", not "nicht ausgeschlossen"; "nicht
    bestätigt"), in the same clause, negates it."""
    for back, word in enumerate(reversed(words[max(0, at - 6) : at]), start=1):
        if not word[0].isalnum():
            break
        if word in context.strong_negations or (back <= 3 and word in context.negations):
            return True
    for i in range(at + 1, min(len(words), at + 6)):
        if not words[i][0].isalnum():
            break
        negated = words[i - 1] in context.negations
        if (words[i] in context.cleared and not negated) or (
            words[i] in context.cleared_when_negated and negated
        ):
            return True
    return False


def _clause_tokens(words: list[str], clause: tuple[int, ...]) -> tuple[list[str], list[int]]:
    """Tokens with a comma between clauses, and where each word stands among them."""
    tokens: list[str] = []
    at: list[int] = []
    for i, word in enumerate(words):
        if i and clause[i] != clause[i - 1]:
            tokens.append(",")
        at.append(len(tokens))
        tokens.append(word or "x")
    return tokens, at


def negated_words(words: list[str], clause: tuple[int, ...]) -> frozenset[int]:
    """Return the positions of words a negation or clearing word in their clause negates
    ("keine Hinweise auf Kindeswohlgefährdung", "kriegen kein BuT"): the same rules as for signs,
    for words split into clauses without their punctuation."""
    _, context = _signals()
    tokens, at = _clause_tokens(words, clause)
    # only a word near a negating or clearing word can be negated: five before it to six after
    triggers = (context.negations | context.strong_negations | context.cleared
                | context.cleared_when_negated)  # fmt: skip
    near = {p for t, w in enumerate(tokens) if w in triggers for p in range(t - 5, t + 7)}
    return frozenset(i for i in range(len(words))
                     if at[i] in near and _negated(tokens, at[i], context))  # fmt: skip


def childs_violence(words: list[str], clause: tuple[int, ...]) -> frozenset[int]:
    """Return the positions of violent verbs a child does ("Kind 4, schlägt und beißt andere
    Kinder", "mein Sohn haut in der Kita"): the child's own aggression, a parenting need."""
    _, context = _signals()
    tokens, at = _clause_tokens(words, clause)
    acts = {a.at for a in violent_acts(tokens)
            if a.agent is Agent.CHILD and not _negated(tokens, a.at, context)}  # fmt: skip
    return frozenset(i for i in range(len(words)) if at[i] in acts)


def _anchors(signal: _Signal, words: list[str], context: _Context) -> list[int]:
    """Return where the signal fires: positions of its first group with all others near."""
    if signal.kind == "agency":
        return _acts(signal, words, context)
    hits: list[list[int]] = []
    for group in signal.groups:
        exact, prefixes = _compiled(group)
        at = [
            i for i, w in enumerate(words)
            if (w in exact or w.startswith(prefixes))
            and not (signal.negatable and _negated(words, i, context))
        ]  # fmt: skip
        if not at:
            return []
        hits.append(at)
    return [anchor for anchor in hits[0] if _near(signal, words, anchor, hits[1:])]


def _near(signal: _Signal, words: list[str], anchor: int, others: list[list[int]]) -> bool:
    low, high = anchor - signal.window, anchor + signal.window
    if all(any(low <= i <= high for i in at) for at in others):
        exact, prefixes = _compiled(signal.unless)
        return not any(w in exact or w.startswith(prefixes) for w in words[max(0, low) : high + 1])
    return False


def _acts(signal: _Signal, words: list[str], context: _Context) -> list[int]:
    """Violent acts that are signs: by an adult, or by nobody named to someone at home."""
    exact, prefixes = _compiled(signal.groups[1])
    context_words = [i for i, w in enumerate(words) if w in exact or w.startswith(prefixes)]
    fired = []
    for act in violent_acts(words):
        if act.agent is Agent.CHILD or _negated(words, act.at, context):
            continue
        if act.agent is Agent.ADULT or _near(
            signal, words, act.at, [context_words] if not act.passive else []
        ):
            fired.append(act.at)
    return fired


def _sentence(words: list[str], at: int) -> list[str]:
    """The words of the sentence around `at` ("2 J." and "V.a." do not end one)."""
    def ends(i: int) -> bool:
        return words[i] in ".!?" and not (i and words[i - 1].isalnum() and len(words[i - 1]) < 3)

    start = at
    while start > 0 and not ends(start - 1):
        start -= 1
    end = at
    while end < len(words) and not ends(end):
        end += 1
    return words[start:end]


def _a_case(signal: _Signal, words: list[str], at: int, context: _Context, over: bool) -> bool:
    """Tell whether the sign at `at` is a case now, not past or a topic of training."""
    sentence = _sentence(words, at)
    if signal.resolvable and over and any(_matches(w, context.past) for w in sentence):
        return False
    return not (signal.professional and any(_matches(w, context.professional) for w in sentence))


def protection_signs(folded: str) -> tuple[str, ...]:
    """Return the names of the signs of a threat to a child's welfare the folded text shows."""
    words = _WORD.findall(re.sub(r"\bz\.\s?n\.", "zn ", folded))
    signals, context = _signals()
    exact, prefixes = _compiled(context.resolved)
    over = any(w in exact or w.startswith(prefixes) for w in words)
    return tuple(
        s.name for s in signals
        if any(_a_case(s, words, at, context, over) for at in _anchors(s, words, context))
    )  # fmt: skip


def protection_first(topics: tuple[str, ...], known: object) -> tuple[str, ...]:
    """Put the child-protection topics first, then what else the request asked for."""
    first = tuple(t for t in PROTECTION_TOPICS if t in known)  # type: ignore[operator]
    return first + tuple(t for t in topics if t not in first)
