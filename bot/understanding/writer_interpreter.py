"""The writer who interprets: her language is no wish, her job no need.

Interpreters and language mediators write for the families they accompany and say so: "Dolmetscher
Farsi bin ich, also Deutsch ist ok", "Als Sprachmittlerin für Arabisch begleite ich eine Mutter",
"Bin Dolmetscher für Türkisch und war heute beim Elterngespräch", "Dolmetschtermin heute im
Jobcenter". The language named there is the one she already bridges — no condition on the offer —
and the interpreter words tell who writes, not that the family needs migration advice. A request
that asks for an interpreter ("Dolmetscher für Tigrinya gesucht", "mit Dolmetscherin") is no
self-presentation: only the writer's own role words count (`writer_roles.toml [interpreter]`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache

from bot.text import fold
from bot.vocabulary.lexicon import _load

MAX_FILLERS = 2  # "ich bin hier die Dolmetscherin": words between the presenting word and the noun
_CLAUSE_MARK = re.compile(r"[,.;:!?()\n–]")  # punctuation between two tokens starts a clause
MAX_LINKED = 3  # "Dolmetscherin für Arabisch und Kurdisch": words from the noun to its languages


@dataclass(frozen=True)
class _Roles:
    stems: tuple[str, ...]
    before: frozenset[str]
    fillers: frozenset[str]
    after: tuple[tuple[str, ...], ...]
    verbs: frozenset[str]
    occasions: tuple[str, ...]
    links: frozenset[str]
    speaks: frozenset[str]


@dataclass(frozen=True)
class Interpreting:
    """Where the writer says she interprets: the role words and the languages that are hers."""

    roles: frozenset[int] = frozenset()
    languages: frozenset[int] = frozenset()


@cache
def _roles() -> _Roles:
    table = _load("writer_roles.toml")["interpreter"]
    words = {key: tuple(fold(w) for w in table[key]) for key in table}
    return _Roles(words["stems"], frozenset(words["before"]), frozenset(words["fillers"]),
                  tuple(tuple(p.split()) for p in words["after"]), frozenset(words["verbs"]),
                  words["occasions"], frozenset(words["links"]), frozenset(words["speaks"]))


def _interpreting(word: str, roles: _Roles) -> bool:
    return word.startswith(roles.stems) and not word.endswith("ung")  # "Übersetzung" is a text


def _presented(words: Sequence[str], clauses: Sequence[int], i: int, roles: _Roles,
               is_language: Callable[[str], bool]) -> bool:  # fmt: skip
    """Is the interpreter word at `i` the writer's own role?"""
    word = words[i]
    if word in roles.verbs or (word.startswith(roles.stems) and word.endswith(roles.occasions)):
        return True
    j = i - 1
    while j >= 0 and i - j <= MAX_FILLERS + 1 and clauses[j] == clauses[i]:
        if words[j] in roles.before:
            return True
        if words[j] not in roles.fillers and not is_language(words[j]):
            break
        j -= 1
    tail = [w for k, w in enumerate(words[i + 1 :], i + 1) if clauses[k] == clauses[i]]
    return any(tuple(tail[k : k + len(p)]) == p for p in roles.after for k in range(len(tail)))


def interpreting(words: Sequence[str],
                 clauses: Sequence[int] | Callable[[], Sequence[int]],
                 is_language: Callable[[str], bool]) -> Interpreting:  # fmt: skip
    """Read where the writer presents herself as the family's interpreter (folded words, the
    clause number of each, and the reader of a language's name: `languages` reads this module,
    so it hands its own in). `clauses` may be a function that counts them: it is called only
    past the first pass, so that most requests never count their clauses for this reader."""
    roles = _roles()
    stems = roles.stems  # most requests hold no interpreter word: one plain pass says so
    for word in words:  # a plain loop: no generator resumed per word
        if word.startswith(stems) and not word.endswith("ung"):
            break
    else:
        return Interpreting()
    if callable(clauses):
        clauses = clauses()
    own: set[int] = set()
    spoken: set[int] = set()
    for i, word in enumerate(words):
        if not _interpreting(word, roles) or not _presented(words, clauses, i, roles, is_language):
            continue
        own.add(i)
        if i > 0 and clauses[i - 1] == clauses[i] and is_language(words[i - 1]):
            spoken.add(i - 1)  # "als arabische Sprachmittlerin"
        for k in range(i + 1, min(len(words), i + 1 + MAX_LINKED)):
            if clauses[k] != clauses[i] or not (is_language(words[k]) or words[k] in roles.links):
                break
            if is_language(words[k]):
                spoken.add(k)
    if own:  # "(ich spreche Dari mit ihnen)": the languages she speaks are hers
        for i, word in enumerate(words[:-1]):
            if word.startswith(tuple(roles.speaks)) and is_language(words[i + 1]):
                spoken.add(i + 1)
    return Interpreting(frozenset(own), frozenset(spoken))


def clause_numbers(text: str, tokens: Sequence[tuple[int, int, str]]) -> tuple[int, ...]:
    """The clause number of each token of `text`: punctuation between two tokens starts a new
    clause (the tokens of `letters.letter_tokens`)."""
    numbers: list[int] = []
    clause, previous = 0, 0
    for start, end, _word in tokens:
        if _CLAUSE_MARK.search(text, previous, start):
            clause += 1
        numbers.append(clause)
        previous = end
    return tuple(numbers)
