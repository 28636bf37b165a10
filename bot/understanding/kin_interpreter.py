"""Someone already there who interprets: no interpreter asked, no migration advice needed.

"Sohn ist Dolmetscher bis jetzt und das geht nicht mehr", "Nachbarin dolmetscht für die
Familie", "ich übersetze für sie": the interpreter word says who bridges the language now — a
son, a neighbour, the writer. Topic finding would read it as a need (language mediation, migration
advice), and the reader of a parent's only language would read it as an interpreter asked for. An
interpreter word whose subject is such a person (`kin_interpreter.toml persons`, across a few
filler words) is neither. "Wir brauchen einen Dolmetscher" keeps its need: "brauchen" is no
filler, so "wir" is not the interpreter there.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from bot.vocabulary.lexicon import _load

_TOKEN = re.compile(r"[^\W\d_]+")


@dataclass(frozen=True, slots=True)
class _Rules:
    gate: re.Pattern[str]  # any interpreter word in a text: most texts have none
    stems: tuple[str, ...]
    persons: frozenset[str]
    between: frozenset[str]
    window: int


@cache
def _rules() -> _Rules:
    data = _load("kin_interpreter.toml")
    stems = tuple(data["stems"])
    return _Rules(re.compile("|".join(stems)), stems, frozenset(data["persons"]),
                  frozenset(data["between"]), int(data["window"]))


def kin_interpreting(words: list[str]) -> frozenset[int]:
    """The positions of the interpreter words said of someone already there ("Sohn ist
    Dolmetscher", "ich übersetze")."""
    rules = _rules()
    if not rules.gate.search(" ".join(words)):
        return frozenset()
    found = set()
    for i, word in enumerate(words):
        if not word.startswith(rules.stems) or word.endswith("ung"):
            continue
        for j in range(i - 1, max(-1, i - rules.window - 2), -1):
            if words[j] in rules.persons:
                found.add(i)
                break
            if words[j] not in rules.between:
                break
    return frozenset(found)


def only_kin_interpret(folded: str) -> bool:
    """Tell whether a text names interpreting only as done by someone already there: then no
    interpreter is asked for ("Mutter spricht nur Türkisch, ich übersetze für sie")."""
    rules = _rules()
    if not rules.gate.search(folded):
        return False
    words = _TOKEN.findall(folded)
    kin = kin_interpreting(words)
    said = [i for i, w in enumerate(words) if w.startswith(rules.stems) and not w.endswith("ung")]
    return bool(kin) and all(i in kin for i in said)
