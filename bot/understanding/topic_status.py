"""Who the child is — its legal and family status, or its condition — is context, not the need.

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

The same reading serves every kind of "who the child is": a table (`Told`) names its terms and
what makes them asked, and `told_context` drops the credits of terms told only as context. The
child's condition (`topic_condition`, a diagnosis, disability or illness told before the ask) is
the second table.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import cache

from bot.text import fold
from bot.understanding.topic_parts import Credit
from bot.vocabulary.lexicon import _load


@dataclass(frozen=True, slots=True)
class Told:
    """One kind of "who the child is" and the words that make it asked (see the tomls)."""

    terms: frozenset[str]
    heads: frozenset[str]  # helps whom a term says the help is for ("Beratung für Pflegeeltern")
    linkers: frozenset[str]  # small words between such a help and the term
    becoming: frozenset[str]  # verbs after the term that ask for it ("werden", "beantragen")
    leaving: frozenset[str] = frozenset()  # "aus": the care a young person leaves is asked …
    left_care: frozenset[str] = frozenset()  # … for these terms only
    reach: int = 4
    compound_heads: bool = False  # a help's head may end a compound ("Freizeitangebot für …")
    matter: tuple[str, ...] = ()  # word parts that make the told thing the matter ("diagnostik")
    done: frozenset[str] = frozenset()  # … unless its clause says it is done ("läuft schon")
    coordinators: frozenset[str] = frozenset()  # words that end a help's object ("oder")
    fresh: frozenset[str] = frozenset()  # "neu", "frisch" before a diagnosis: it is the matter
    fresh_targets: tuple[str, ...] = ()  # how the words of a diagnosis made begin ("diagnos")


def load_told(name: str, extra: Iterable[str] = ()) -> Told:
    """The table of `bot/data/<name>`, with `extra` terms (folded) beside its own."""
    data = _load(name)

    def words(key: str) -> frozenset[str]:
        return frozenset(fold(w) for w in data.get(key, ()))

    return Told(words("terms") | frozenset(extra), words("help_heads"), words("linkers"),
                words("becoming"), words("leaving"), words("left_care"), int(data["reach"]),
                bool(data.get("compound_heads", False)),
                tuple(fold(w) for w in data.get("matter", ())), words("matter_done"),
                words("coordinators"), words("fresh"),
                tuple(fold(w) for w in data.get("fresh_targets", ())))  # fmt: skip


@cache
def _data() -> Told:
    return load_told("topic_status.toml")


def _head(word: str, data: Told) -> bool:
    """Whether `word` is a help's head: one of the heads, or (where the table allows) a compound
    ending in one ("Freizeitangebot", "Elternberatung")."""
    return word in data.heads or (data.compound_heads and any(
        len(word) > len(head) + 2 and word.endswith(head) for head in data.heads))


def _asked_for(words: Sequence[str], clause: Sequence[int], credit: Credit, data: Told,
               needs: frozenset[int] = frozenset()) -> bool:  # fmt: skip
    """Tell whether the term `credit` names is what its clause asks: a compound headed by a
    help ("Pflegeelterngruppe"), a help's head before it joined by small words only ("Beratung
    für Pflegeeltern") — where the table allows, also by the words of another need (`needs`,
    positions: "Beratung bei Trinkschwierigkeiten von Frühgeborenen") —, or a verb of becoming
    or applying after it ("Pflegefamilie werden")."""
    at, word = credit.position, words[credit.position]
    if word != credit.term and word.startswith(credit.term[:4]) and any(
            word.endswith(head) for head in data.heads):  # fmt: skip
        return True
    if at + 1 < len(words) and clause[at + 1] == clause[at] and (
            words[at + 1] in data.heads or (data.compound_heads and any(
                words[at + 1].startswith(head) for head in data.heads if len(head) > 4))):
        return True  # "Pflegeeltern Gruppe", "Autismus Therapieplatz"
    for i in range(at - 1, max(-1, at - 1 - data.reach), -1):
        if clause[i] != clause[at]:
            break
        if _head(words[i], data) or (words[i] in data.leaving and credit.term in data.left_care):
            return True
        if words[i] in data.fresh:
            return True  # "neu manifestierter Diabetes"
        if words[i] not in data.linkers and not (data.compound_heads and (
                words[i].isdigit() or i in needs)):
            break  # an age between ("für Kind (2) mit Cerebralparese") joins
    after = range(at + 1, min(len(words), at + 1 + data.reach))
    return any(words[i] in data.becoming and clause[i] == clause[at] for i in after) or (
        at + 1 < len(words) and words[at + 1] in data.fresh)  # "Diabetes neu"


def _matter(words: Sequence[str], clause: Sequence[int], data: Told) -> bool:
    """Whether a word makes the told thing the matter ("Eltern wollen eine Diagnostik"), in a
    clause that does not say it is done or running ("Diagnostik läuft schon beim KiA")."""
    if any(w in data.fresh and any(v.startswith(data.fresh_targets)
                                   for v in words[max(0, i - 2) : i + 3])
           for i, w in enumerate(words) if data.fresh_targets):  # fmt: skip
        return True  # "frisch inne Diagnose", "neu diagnostiziert", "Diagnose ganz frisch"
    if not data.matter:
        return False
    return any(any(part in w for part in data.matter) and not any(
        clause[k] == clause[i] and words[k] in data.done for k in range(len(words)))
        for i, w in enumerate(words) if w)  # fmt: skip


def told_context(credits: list[Credit], words: Sequence[str], clause: Sequence[int],
                 asked: Sequence[bool], data: Told, is_term: Callable[[Credit], bool],
                 names_need: Callable[[Credit], bool] = lambda _c: True) -> list[Credit]:
    """Drop the credits of `data`'s terms (`is_term`) not asked for, when another need is named:
    a strong credit of another word, or any credit where the request asks (`names_need` may
    discount words that only describe). A word that makes the told thing the matter (`matter`:
    "Diagnostik") keeps them all."""
    if not credits or len(clause) != len(words):
        return credits
    if _matter(words, clause, data):
        return credits
    needs = frozenset(c.position for c in credits if not is_term(c))
    told = {i for i, c in enumerate(credits) if c.position < len(words) and is_term(c)
            and not _asked_for(words, clause, c, data, needs)}
    if not told:
        return credits
    left = [c for i, c in enumerate(credits) if i not in told]
    if not any(not is_term(c) and (c.strong or asked[c.position]) and names_need(c) for c in left
               if c.position < len(asked)):
        return credits  # the status is all the request tells: it stays the need
    # a topic another word names too (strongly, or where the text asks) was not raised by the
    # status alone: its credit stays, and with it where the text first names that topic ("in der
    # Wohngruppe, will mit 18 ausziehen, Care-Leaver-Beratung": the young adult's need leads)
    named = {c.topic for c in left if c.strong or (c.position < len(asked) and asked[c.position])}
    return [c for i, c in enumerate(credits) if i not in told or c.topic in named]


def status_told(credits: list[Credit], words: Sequence[str], clause: Sequence[int],
                asked: Sequence[bool]) -> list[Credit]:  # fmt: skip
    """Drop the credits of status words not asked for, when another need is named: a strong
    credit of another word, or any credit where the request asks."""
    data = _data()
    return told_context(credits, words, clause, asked, data, lambda c: (
        c.term in data.terms or words[c.position] in data.terms))


def told_terms(words: Sequence[str], terms: Iterable[str]) -> set[str]:
    """The terms of `terms` the words hold: a phrase, a word, or a longer term's start.

    Each word is looked up with its starts of five letters or more, so the cost follows the
    request's length, not the size of the table (it runs for every request)."""
    table = terms if isinstance(terms, (set, frozenset)) else frozenset(terms)
    joined = f" {' '.join(words)} "
    found = {term for term in table if " " in term and f" {term} " in joined}
    for word in set(words):
        if word in table:
            found.add(word)
        found.update(word[:end] for end in range(5, len(word)) if word[:end] in table)
    return found


def status_topics(words: Sequence[str], credited: Callable[[str], Iterable[str]],
                  credits: Iterable[Credit]) -> frozenset[str]:  # fmt: skip
    """The topics the status words of `words` name (`credited` gives a term's topics, alone or
    as a compound's first part: "Pflegekinderdienst") that no credit left names: the examples'
    guess must not bring back what the status alone raised ("Pflegekind … weint im Unterricht.
    Gibt es Schulsozialarbeit?" is no request for help with upbringing)."""
    raised = {topic for term in told_terms(words, _data().terms) for topic in credited(term)}
    return frozenset(raised - {c.topic for c in credits})
