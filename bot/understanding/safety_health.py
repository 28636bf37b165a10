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

from collections import defaultdict
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
    groups: tuple[tuple[int, ...], ...]  # pattern ids (`_Rules.patterns`), any of a group told
    unless: tuple[int, ...]


@dataclass(frozen=True, slots=True)
class _Rules:
    """The rules with every pattern indexed by its first word, so that a request's words are
    looked up once instead of every pattern being tried at every word (a few hundred patterns
    times each word made this reader the costliest of all)."""

    rules: tuple[_Rule, ...]
    patterns: tuple[Pattern, ...]
    gap: int
    negations: frozenset[str]
    exact: dict[str, tuple[int, ...]]  # a first word -> the patterns it may start
    prefixes: dict[str, tuple[int, ...]]
    prefix_lengths: tuple[int, ...]
    anywhere: tuple[int, ...]  # patterns whose first step no word look-up finds (suffix, number)

    def starts(self, words: list[str]) -> dict[int, list[int]]:
        """Where each pattern may start: a superset `_match_at` then checks word by word."""
        found: dict[int, list[int]] = defaultdict(list)
        for at, word in enumerate(words):
            for pid in self.exact.get(word, ()):
                found[pid].append(at)
            size = len(word)
            for length in self.prefix_lengths:  # ascending
                if length > size:
                    break
                for pid in self.prefixes.get(word[:length], ()):
                    found[pid].append(at)
        everywhere = list(range(len(words)))
        for pid in self.anywhere:
            found[pid] = everywhere
        return found


def _pattern(text: str) -> Pattern:
    return tuple(p if p in (GAP, NUMBER) else Words.of((p,)) for p in text.split())


@cache
def _rules() -> _Rules:
    data = _load("safety_health.toml")
    patterns: list[Pattern] = []

    def ids(texts: list[str]) -> tuple[int, ...]:
        patterns.extend(_pattern(t) for t in texts)
        return tuple(range(len(patterns) - len(texts), len(patterns)))

    rules = tuple(_Rule(r["name"], tuple(ids(g) for g in r["groups"]), ids(r.get("unless", [])))
                  for r in data["rule"])  # fmt: skip
    exact: dict[str, list[int]] = defaultdict(list)
    prefixes: dict[str, list[int]] = defaultdict(list)
    anywhere: list[int] = []
    for pid, pattern in enumerate(patterns):
        first = pattern[0]
        if isinstance(first, str) or first.suffixes or first.adult_age or first.minor_age:
            anywhere.append(pid)
            continue
        for word in first.exact:
            exact[word].append(pid)
        for prefix in first.prefixes:
            prefixes[prefix].append(pid)
    return _Rules(rules, tuple(patterns), int(data.get("gap", 5)),
                  frozenset(data.get("negations", ())),
                  {w: tuple(p) for w, p in exact.items()},
                  {w: tuple(p) for w, p in prefixes.items()},
                  tuple(sorted({len(w) for w in prefixes})), tuple(anywhere))  # fmt: skip


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


def health_signs(read: Signs, folded: str, age: AgeRange | None = None) -> Signs:
    """Add the sign of the first rule the folded text tells, when no other sign was read."""
    if read.names or (age is not None and age.low >= COMING_OF_AGE):
        return read
    rules = _rules()
    words = tokens(folded)
    starts = rules.starts(words)

    def told(pid: int, negations: frozenset[str]) -> bool:
        pattern = rules.patterns[pid]
        return any(_match_at(words, at, pattern, rules.gap)
                   and not (negations and negations & set(words[max(0, at - 2):at]))
                   for at in starts.get(pid, ()))  # fmt: skip

    present = starts.keys()
    for rule in rules.rules:
        if not all(present & set(group) for group in rule.groups):
            continue  # a group none of whose patterns can start anywhere: not told
        if any(told(pid, frozenset()) for pid in rule.unless):
            continue
        if all(any(told(pid, rules.negations) for pid in group) for group in rule.groups):
            return Signs((rule.name,), read.grown)
    return read
