"""A child's lasting condition told as who the child is, not as the need asked for (issue 8).

Professionals introduce a child by its condition — "Mädchen 12 im Rollstuhl", "Junge 14,
Asperger,", "Kind 6 mit Down-Syndrom", "ich begleite sie wegen Körperbehinderung" — and then say
what the child needs: it is bullied in the class chat, it has no friends and wants somewhere to
go, it wants a swimming course. The condition is context: the carers must know it, and inclusive
offers may be shown beside the others, but it is not what was asked. Ranked first, the
disability's offers pushed the help asked for out of the first three; it now follows the need
(which main needs it stays among is `main_need`'s to decide).

The terms are data (`[portrait]` in `topic_lexicon.toml`). This module only marks the credits of
such terms; `topic_choice.decide` lets them give way when a need of the child's own is named
beside them (a word of another topic that names a need, or a picture of one), and keeps them as
a need when nothing else is (“Kind 5, Autismus – was gibt es?”) or when the condition itself is
the matter (“Verdacht auf Autismus”, “Diagnostik”).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace
from functools import cache

from bot.text import fold
from bot.understanding.readings import is_diagnosis
from bot.understanding.topic_parts import Credit
from bot.vocabulary.lexicon import topic_lexicon

HINT = 0.4  # a condition that gives way weighs less than half a need named, and follows it
AUDIENCE_REACH = 3  # "für Jugendliche mit einer Autismus-Spektrum-Störung": words between


@cache
def _portrait() -> tuple[frozenset[str], tuple[str, ...]]:
    """The condition terms, and the word starts that make the condition itself the matter."""
    table = topic_lexicon().get("portrait", {})
    return (frozenset(fold(w) for w in table.get("words", ())),
            tuple(fold(w) for w in table.get("unless", ())))  # fmt: skip


@cache
def _audience() -> tuple[frozenset[str], frozenset[str]]:
    """The words of an offer's audience: "für <whom> mit <condition>"."""
    table = topic_lexicon().get("portrait", {}).get("audience", {})
    return (frozenset(fold(w) for w in table.get("for", ())),
            frozenset(fold(w) for w in table.get("with", ())))  # fmt: skip


def audience_at(words: list[str], at: int) -> bool:
    """Whether the condition at `at` says whom the help asked for is for ("Gruppe für
    Jugendliche mit Autismus", "Kita-Platz für Kind 2 mit Down-Syndrom"): then it is asked."""
    for_words, with_words = _audience()
    for i in range(at - 1, max(-1, at - 1 - AUDIENCE_REACH), -1):
        if words[i] in with_words:
            return any(words[j] in for_words for j in range(max(0, i - AUDIENCE_REACH - 1), i))
    return False


def marked(credits: Iterable[Credit], words: list[str], diagnosis_heads: tuple[str, ...],
           compounds: Iterable[int] = ()) -> list[Credit]:  # fmt: skip
    """Return the credits with those of a child's lasting condition marked as a portrait — none
    when a word asks about the condition itself ("Verdacht", "Diagnostik", "Abklärung") or the
    other needs are named only as parts of compounds (`compounds`, their positions), which may be
    the condition's own kind ("Gebärdensprachkurs" beside a cochlear implant); and not the
    condition that says for whom the help asked is ("Gruppe für Jugendliche mit Autismus")."""
    credits = list(credits)
    terms, unless = _portrait()
    if not terms or any(w.startswith(unless) for w in words if w):
        return credits
    inside = frozenset(compounds)
    others = [c for c in credits if c.strong and c.term not in terms]
    if others and all(c.position in inside for c in others):
        return credits
    return [replace(c, portrait=True)
            if (c.term in terms or is_diagnosis(c.term, diagnosis_heads))
            and not audience_at(words, c.position) else c
            for c in credits]  # fmt: skip




@cache
def _settings() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """The setting terms, those of them that name a child, and the person words after a house
    that make it name one ("OGS-Kind")."""
    table = topic_lexicon().get("portrait", {})
    return (frozenset(fold(w) for w in table.get("settings", ())),
            frozenset(fold(w) for w in table.get("setting_portraits", ())),
            frozenset(fold(w) for w in table.get("setting_persons", ())))  # fmt: skip


def setting_terms() -> frozenset[str]:
    """The terms of a child's setting ("Krippe", "Vorschulkind")."""
    return _settings()[0]


def settled(credits: Iterable[Credit], words: list[str], asked: tuple[bool, ...]
            ) -> list[Credit]:  # fmt: skip
    """Return the credits with the child's setting marked as a portrait: "Neues Kind in der
    Krippe, weint jeden Morgen … Beratung für die Eltern?", "Vorschulkind … Ergotherapie",
    "OGS-Kind schlägt andere". Where the child is tells the carers something, but a need named
    beside it is what was asked (`topic_choice` lets the portrait give way, and keeps it as the
    need when nothing else is named). A house in the sentence that asks is the wish itself
    ("Krippenplatz gesucht", "Hort in Kamen?") — unless a child noun follows it —, and so may
    be a house in a message where no sentence asks ("papa fragt ob die ogs auch in den ferien
    betreut, einschulung war im august")."""
    terms, persons, after = _settings()
    asking = any(asked)  # without a sentence that asks, the house may be what is asked about
    out: list[Credit] = []
    for c in credits:
        if c.strong and not c.portrait and c.term in terms:
            following = words[c.position + 1] if c.position + 1 < len(words) else ""
            told = asking and not (c.position < len(asked) and asked[c.position])
            if c.term in persons or following in after or told:
                c = replace(c, portrait=True)
        out.append(c)
    return out


SUSPECTED = 1.5  # a condition suspected and to be assessed outweighs the signs told of it
SUSPICION_REACH = 3  # "Verdacht auf eine ADHS": words between the suspicion and the condition


@cache
def _suspicion() -> tuple[tuple[str, ...], ...]:
    """The words that say a condition is suspected (`[portrait] suspicion`), as the word
    sequences a message is read in ("V.a." is "v", "a")."""
    table = topic_lexicon().get("portrait", {}).get("suspicion", ())
    return tuple(tuple(re.findall(r"[a-z]+", fold(w))) for w in table)


@cache
def _suspicion_by_first() -> dict[str, tuple[tuple[str, ...], ...]]:
    """The suspicion phrases by their first word: one look-up a word, not every phrase tried
    at every position (only the set of positions they end at matters)."""
    table: dict[str, list[tuple[str, ...]]] = {}
    for phrase in _suspicion():
        if phrase:
            table.setdefault(phrase[0], []).append(phrase)
    return {word: tuple(phrases) for word, phrases in table.items()}


def suspected(credits: list[Credit], words: list[str]) -> list[Credit]:
    """Return the credits with a suspected condition weighed as the matter asked about:
    "Konzentrationsprobleme, Verdacht ADHS, Eltern wünschen Diagnostik" asks where the ADHD is
    assessed, and the concentration told is its sign, no learning support first. The condition
    is named strongly right after a word of suspicion; the suspicion word itself names no
    threat to the child there."""
    by_first = _suspicion_by_first()
    ends = [i + len(p) - 1 for i, word in enumerate(words) for p in by_first.get(word, ())
            if tuple(words[i : i + len(p)]) == p]
    return weighed_after(credits, ends)


def weighed_after(credits: list[Credit], ends: list[int]) -> list[Credit]:
    """The credits weighed for the suspicion phrases ending at `ends` (see `suspected`)."""
    if not ends:
        return credits
    reached = {j for i in ends for j in range(i + 1, i + 1 + SUSPICION_REACH)}
    named = {c.position for c in credits if c.strong and c.position in reached}
    if not named:
        return credits
    first = min(named)
    told = {i for i in ends if i < first}
    return [replace(c, weight=c.weight * SUSPECTED) if c.position == first
            else c for c in credits if not (c.position in told and not c.strong)]
