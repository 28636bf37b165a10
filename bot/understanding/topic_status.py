"""The child's legal and family status is context, not the need.

Professionals name where and under whose care a child lives before they ask: "Pflegekind in
Bereitschaftspflege, kommt aus Inobhutnahme nach § 42. Sie schläft nicht – gibt es jemand für
Schlaf?", "Mündel, Sorgerechtsentzug, Pflegemutter bittet um einen Kitaplatz", "Familie mit
Duldung, Tochter braucht Hilfe in Deutsch und Mathe". The status words ("Pflegekind", "Vormund",
"Wohngruppe", "Inobhutnahme", "Duldung", `terms` in `bot/data/topic_status.toml`) credited help
with upbringing, child protection, family counselling or migration like a need; those topics then
crowded out the ask, or filled its honest gap with offers for the status. So a status word's
credits give way when a credit of another need remains — unless the status is what is asked: the
people a help is for ("Beratung für Pflegeeltern"), what the family wants to become or apply for
("Pflegefamilie werden", "Verwandtenpflege beantragen"), or the only thing the request tells.
A procedure already done (Inobhutnahme, Sorgerechtsentzug) is status; a sign of danger is not a
status word and is read by the safety reader, so protection asked for a danger stays.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import cache

from bot.understanding.topic_parts import Credit
from bot.vocabulary.lexicon import _load


@dataclass(frozen=True, slots=True)
class _Status:
    terms: frozenset[str]
    heads: frozenset[str]
    linkers: frozenset[str]
    becoming: frozenset[str]
    leaving: frozenset[str]
    left_care: frozenset[str]
    reach: int


@cache
def _data() -> _Status:
    data = _load("topic_status.toml")
    return _Status(frozenset(data["terms"]), frozenset(data["help_heads"]),
                   frozenset(data["linkers"]), frozenset(data["becoming"]),
                   frozenset(data["leaving"]), frozenset(data["left_care"]),
                   int(data["reach"]))


def _asked_for(words: Sequence[str], clause: Sequence[int], credit: Credit,
               data: _Status) -> bool:  # fmt: skip
    """Tell whether the status `credit` names is what its clause asks: a compound headed by a
    help ("Pflegeelterngruppe"), a help's head before it joined by small words only ("Beratung
    für Pflegeeltern"), or a verb of becoming or applying after it ("Pflegefamilie werden")."""
    at, word = credit.position, words[credit.position]
    if word != credit.term and word.startswith(credit.term[:4]) and any(
            word.endswith(head) for head in data.heads):  # fmt: skip
        return True
    if at + 1 < len(words) and clause[at + 1] == clause[at] and words[at + 1] in data.heads:
        return True
    for i in range(at - 1, max(-1, at - 1 - data.reach), -1):
        if clause[i] != clause[at]:
            break
        if words[i] in data.heads or (words[i] in data.leaving and credit.term in data.left_care):
            return True
        if words[i] not in data.linkers:
            break
    after = range(at + 1, min(len(words), at + 1 + data.reach))
    return any(words[i] in data.becoming and clause[i] == clause[at] for i in after)


def status_told(credits: list[Credit], words: Sequence[str], clause: Sequence[int],
                asked: Sequence[bool]) -> list[Credit]:  # fmt: skip
    """Drop the credits of status words not asked for, when another need is named: a strong
    credit of another word, or any credit where the request asks."""
    if not credits or len(clause) != len(words):
        return credits
    data = _data()
    told = {i for i, c in enumerate(credits)
            if c.position < len(words) and (c.term in data.terms or words[c.position] in data.terms)
            and not _asked_for(words, clause, c, data)}
    if not told:
        return credits
    left = [c for i, c in enumerate(credits) if i not in told]
    if not any(c.term not in data.terms and (c.strong or asked[c.position]) for c in left
               if c.position < len(asked)):
        return credits  # the status is all the request tells: it stays the need
    # a topic another word names too (strongly, or where the text asks) was not raised by the
    # status alone: its credit stays, and with it where the text first names that topic ("in der
    # Wohngruppe, will mit 18 ausziehen, Care-Leaver-Beratung": the young adult's need leads)
    named = {c.topic for c in left if c.strong or (c.position < len(asked) and asked[c.position])}
    return [c for i, c in enumerate(credits) if i not in told or c.topic in named]


def status_topics(words: Sequence[str], credited: Callable[[str], Iterable[str]],
                  credits: Iterable[Credit]) -> frozenset[str]:  # fmt: skip
    """The topics the status words of `words` name (`credited` gives a term's topics, alone or
    as a compound's first part: "Pflegekinderdienst") that no credit left names: the examples'
    guess must not bring back what the status alone raised ("Pflegekind … weint im Unterricht.
    Gibt es Schulsozialarbeit?" is no request for help with upbringing)."""
    data = _data()
    joined = " ".join(words)
    told = {term for term in data.terms
            if (" " in term and f" {term} " in f" {joined} ")
            or any(w == term or (len(term) > 4 and w.startswith(term)) for w in words)}
    raised = {topic for term in told for topic in credited(term)}
    return frozenset(raised - {c.topic for c in credits})
