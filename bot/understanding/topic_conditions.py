"""A condition on the offer's form is how the help must come, not a need (conditions50).

"Kurs bitte online per Zoom", "Eltern wollen nur Onlineberatung", "lieber was Anonymes am
Telefon", "Rat, aber nur per Mail oder online": the channel qualifies the help asked for. Read as
a need word, "online" credited media prevention and put it before the help the family wants
(puberty, an eating disorder). A way word credits nothing where it is joined to a help noun — a
compound ("Onlineberatung", "Telefonsprechstunde") or a help noun close by in its clause
("Beratung online", "Kurs bitte online") — or follows "per", "via" or "über" across the fillers
of a list ("per Mail oder online"). Told of the child ("zockt online bis nachts") a way word
stays the need it names. The words are data (`topic_conditions.toml`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from bot.understanding.normalise import words_of
from bot.understanding.topic_parts import Credit
from bot.vocabulary.lexicon import _load as load_toml


@dataclass(frozen=True, slots=True)
class _Conditions:
    ways: tuple[str, ...]
    helps: tuple[str, ...]
    talk: tuple[str, ...]
    through: frozenset[str]
    fillers: frozenset[str]
    wish_verbs: frozenset[str]
    wish_fillers: frozenset[str]


@cache
def _conditions() -> _Conditions:
    """The way words, help nouns, prepositions and fillers (`topic_conditions.toml`)."""
    data = load_toml("topic_conditions.toml")
    return _Conditions(tuple(data["ways"]), tuple(data["helps"]), tuple(data["talk"]),
                       frozenset(data["through"]), frozenset(data["fillers"]),
                       frozenset(data.get("wish_verbs", ())),
                       frozenset(data.get("wish_fillers", ())))  # fmt: skip


def _way(word: str, table: _Conditions) -> str | None:
    """The way a word begins with ("onlineberatung" → "online"), if any."""
    return next((w for w in table.ways if word.startswith(w)), None)


def _help(word: str, table: _Conditions, after_way: bool = False) -> bool:
    """Whether a word is a help noun; after a way, not one where children talk ("Chatgruppe")."""
    return word.startswith(table.helps) and not (after_way and word.startswith(table.talk))


def _is_condition(position: int, words: Sequence[str], clause: Sequence[int],
                  table: _Conditions) -> bool:  # fmt: skip
    """Whether the way word at `position` says how the help asked for must come."""
    word = words[position]
    way = _way(word, table)
    if way is None:
        return False
    if _help(word[len(way):].lstrip("-"), table, after_way=True):
        return True  # "Onlineberatung", "Telefonsprechstunde"
    same = clause[position] if position < len(clause) else None

    def reached(j: int, step: int) -> str:
        """The first word from `j` on, in the way's clause, that is no filler or other way."""
        while 0 <= j < len(words) and (j >= len(clause) or clause[j] == same):
            if words[j] not in table.fillers and not _way(words[j], table):
                return words[j]
            j += step
        return ""

    ahead, behind = reached(position + 1, 1), reached(position - 1, -1)
    if _wished(position, words, clause, table):
        return True  # "online würd ich lernen", "will nur online reden"
    # "online Beratung", "Kurs bitte online", "per Zoom", "per Mail oder online"
    return _help(ahead, table, after_way=True) or _help(behind, table) or behind in table.through


def _wished(position: int, words: Sequence[str], clause: Sequence[int],
            table: _Conditions) -> bool:  # fmt: skip
    """Whether a way word is followed, over the words of a wish only, by the infinitive of
    learning or talking in its clause: the teen's condition on the help's form (fears58)."""
    j = position + 1
    while j < len(words) and j < len(clause) and clause[j] == clause[position]:
        if words[j] in table.wish_verbs:
            return True
        if words[j] not in table.wish_fillers:
            return False
        j += 1
    return False


def condition_positions(words: Sequence[str], clause: Sequence[int]) -> frozenset[int]:
    """The positions of the way words that are conditions on the offer."""
    table = _conditions()
    return frozenset(i for i, word in enumerate(words)
                     if _way(word, table) and _is_condition(i, words, clause, table))  # fmt: skip


def conditioned(credits: list[Credit], words: Sequence[str], clause: Sequence[int],
                matched: list[bool]) -> list[Credit]:  # fmt: skip
    """Return the credits without those of a way word that is a condition on the offer, and
    mark such words matched: the words the catalogue's offers share must not borrow them either
    ("Kurs bitte online" is no "online" of an offer's text)."""
    ways = condition_positions(words, clause)
    for i in ways:
        matched[i] = True
    return [c for c in credits if c.position not in ways]


def unconditioned(text: str) -> str:
    """The request's folded words without its conditions on the offer: what the examples'
    guess (`topic_model.guided`) reads, so that "Beratung bitte online" suggests no media."""
    words = words_of(text)
    ways = condition_positions(words.folded, words.clause)
    if not ways:
        return text  # the guess reads the request as written
    return " ".join(w for i, w in enumerate(words.folded) if i not in ways)
