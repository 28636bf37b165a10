"""Danger to a child told through its health, its images or a marriage planned for it.

The sign readers (`safety.py`) look for a danger word near a child. Three kinds of danger are
told without one, by a sign and the failure beside it, and writers label them child protection:

- a child's body failing and carers who let its care go — underweight, caries, a festering
  wound, a failure to thrive, with check-ups missed, no appointment kept, a mother who shrugs, a
  third admission ("Gedeihstörung, 3. Aufnahme, KM ruft nie an");
- naked images of a young person sent, asked for or spread ("eine fremde Nummer schickt ihm
  Nacktbilder", "dm'd a 12yo asking for pics");
- a young person pressed into a marriage ("die Familie drängt zur Heirat", "Heiratsdruck").

Each rule is two word groups that must both be told (`bot/data/safety_health.toml`); a
prevention frame ("Karies-Prophylaxe in der Kita", "Workshop zu Sexting", "wie schütze ich sie")
or a check-up being caught up ("holen die U7 nach") takes the rule back. It reads only when no
other sign was found and the child is not of age: an adult's arranged marriage is no case.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from bot.models import AgeRange
from bot.understanding.safety import Signs
from bot.understanding.safety_text import Words, matches, tokens
from bot.vocabulary.lexicon import _load
from bot.vocabulary.units import COMING_OF_AGE

GAP = "…"
NUMBER = "#"
_ENDS = frozenset({".", "!", "?", "|", ";", ":"})  # a gap does not run past the clause

Pattern = tuple[str | Words, ...]


@dataclass(frozen=True, slots=True)
class _Rule:
    name: str
    groups: tuple[tuple[Pattern, ...], ...]
    unless: tuple[Pattern, ...]


def _pattern(text: str) -> Pattern:
    return tuple(p if p in (GAP, NUMBER) else Words.of((p,)) for p in text.split())


@cache
def _rules() -> tuple[tuple[_Rule, ...], int, frozenset[str]]:
    data = _load("safety_health.toml")
    rules = tuple(
        _Rule(r["name"], tuple(tuple(_pattern(p) for p in g) for g in r["groups"]),
              tuple(_pattern(p) for p in r.get("unless", ())))
        for r in data["rule"])  # fmt: skip
    return rules, int(data.get("gap", 5)), frozenset(data.get("negations", ()))


def _step(word: str, step: str | Words) -> bool:
    return word.isdigit() if step == NUMBER else matches(word, step)  # type: ignore[arg-type]


def _match_at(words: list[str], at: int, pattern: Pattern, gap: int) -> bool:
    """Whether `pattern` is told from word `at` on, each "…" spanning up to `gap` words of
    the clause."""
    i, k = at, 0
    while k < len(pattern):
        step = pattern[k]
        if step == GAP:
            target = pattern[k + 1]
            for j in range(i, min(i + gap + 1, len(words))):
                if words[j] in _ENDS:
                    return False
                if _step(words[j], target):
                    i, k = j + 1, k + 2
                    break
            else:
                return False
            continue
        if i >= len(words) or not _step(words[i], step):
            return False
        i, k = i + 1, k + 1
    return True


def _told(words: list[str], pattern: Pattern, gap: int, negations: frozenset[str]) -> bool:
    return any(_match_at(words, at, pattern, gap)
               and not (negations and negations & set(words[max(0, at - 2):at]))
               for at in range(len(words)))  # fmt: skip


def health_signs(read: Signs, folded: str, age: AgeRange | None = None) -> Signs:
    """Add the sign of the first rule the folded text tells, when no other sign was read."""
    if read.names or (age is not None and age.low >= COMING_OF_AGE):
        return read
    rules, gap, negations = _rules()
    words = tokens(folded)
    for rule in rules:
        if any(_told(words, p, gap, frozenset()) for p in rule.unless):
            continue
        if all(any(_told(words, p, gap, negations) for p in group) for group in rule.groups):
            return Signs((rule.name,), read.grown)
    return read
