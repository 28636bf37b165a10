"""A protective measure in force: the danger it met is history, the help asked now comes first.

A midwife who notes "KV hat seit 3 Wo. Kontaktverbot (häusl. Gewalt) … Familienhebamme +
Willkommensbesuch" tells why the family is alone; the police and the court have already acted,
and what she asks for is a midwife. So are "die Wegweisung ist erfolgt", "der Vater sitzt in
U-Haft", "die Mutter ist mit den Kindern im Frauenhaus", "nach der Inobhutnahme". Read alone,
"Kontaktverbot" and "häusliche Gewalt" are signs of a threat, and child protection would push the
midwife down.

A measure counts as in force unless (words in `bot/data/safety_measure.toml`):

- it is asked for or pending: an asking word shortly before it in its sentence ("braucht ein
  Kontaktverbot", "wie bekommt sie eine Schutzanordnung") or after it ("Kontaktverbot
  beantragen?");
- it is broken or ends: "trotz", "obwohl", "hält sich nicht dran", "kommt morgen aus der Haft".

`safety_history.told_as_history` takes a measure in force in place of its past frame and safe
state; its other checks (protection asked for, the child back with the danger, a violent act told
in the present, a sign that is never history) still keep the case.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from bot.understanding.safety_text import Words, matches, sentence_of
from bot.vocabulary.lexicon import _load


@dataclass(frozen=True, slots=True)
class _Measures:
    measures: Words
    asked: frozenset[str]
    asked_reach: int
    asked_after: frozenset[str]
    asked_after_reach: int
    broken: frozenset[str]
    keeping: frozenset[str]
    keeping_not: frozenset[str]
    met: frozenset[str]
    date_reach: int
    origin: frozenset[str] = frozenset()
    origin_reach: int = 0


@cache
def _measures() -> _Measures:
    data = _load("safety_measure.toml")
    return _Measures(
        Words.of(data["measures"]), frozenset(data["asked"]), int(data["asked_reach"]),
        frozenset(data["asked_after"]), int(data["asked_after_reach"]),
        frozenset(data["broken"]), frozenset(data["keeping"]), frozenset(data["keeping_not"]),
        frozenset(data["met"]), int(data["date_reach"]),
        frozenset(data.get("origin", ())), int(data.get("origin_reach", 0)),
    )  # fmt: skip


def is_measure(word: str) -> bool:
    """Whether a folded token names a protective measure."""
    return matches(word, _measures().measures)


def _asked(words: list[str], at: int, m: _Measures) -> bool:
    """Whether the measure at `at` is asked for, not in force: "braucht ein Kontaktverbot",
    "Frauenhaus?"; not one named as where someone comes from ("Frauen aus dem Frauenhaus")."""
    if m.origin & set(words[max(0, at - m.origin_reach) : at]):
        return False
    before = []
    for w in reversed(words[max(0, at - m.asked_reach) : at]):
        if w in ".?!;":
            break
        before.append(w)
    after = words[at + 1 : at + 1 + m.asked_after_reach]
    if after[:1] == ["?"]:
        return True  # "KV gewalttätig, Frauenhaus?": the shelter is asked about
    return bool(m.asked & set(before)) or bool(m.asked_after & set(after))


def _broken(words: list[str], m: _Measures) -> bool:
    """Whether a measure is told broken or ending: "trotz Kontaktverbot", "hält sich nicht dran",
    "kommt morgen aus der U-Haft"."""
    return bool(m.broken & set(words)) or any(
        w in m.keeping and m.keeping_not & set(words[i + 1 : i + 3]) for i, w in enumerate(words)
    )


def measure_in_force(words: list[str], names: tuple[str, ...] = ()) -> bool:
    """Whether the folded tokens tell a protective measure in force (see the module's
    docstring) that met every sign `names` read: a measure meets violence between the adults,
    not children nobody looks after."""
    m = _measures()
    if not set(names) <= m.met:
        return False
    found = [i for i, w in enumerate(words) if matches(w, m.measures)]
    if not found or _broken(words, m):
        return False
    return all(not _asked(words, i, m) for i in found)


def dates_measure(words: list[str], at: int) -> bool:
    """Whether the time word at `at` stands beside a measure, or in a sentence without one:
    "Inobhutnahme heute" tells the danger now; in "Neugeborenes (10 Tage) …, KV hat seit 3 Wo.
    Kontaktverbot" the days date the baby, not the measure."""
    reach = _measures().date_reach
    near = words[max(0, at - reach) : at + reach + 1]
    return any(is_measure(w) for w in near) or not any(
        is_measure(w) for w in sentence_of(words, at)
    )
