"""A pregnancy told by a bare week or a compound noun, not by "schwanger".

Midwives and counsellors dictate a pregnancy by its week, without the "in der" the week pattern
of `bot.understanding.pregnancy` needs: "frau k zweiunddreißigste woche erstes kind kein geld
für kinderwagen" (the spelt ordinal is "32. woche" once `numbers.normalise` has read it), and
they glue the pregnancy into a compound the word-start patterns miss: "Zwillingsschwangerschaft",
"Risikoschwangere", "Mehrlingsschwangerschaft".

* `split_compounds` writes such a compound as two words ("zwillings schwangerschaft"), so every
  pregnancy rule reads the pregnancy; a first part that takes it back ("Scheinschwangerschaft")
  or a word of its own ("hochschwanger") stays whole.
* `bare_week` finds an ordinal week ("28. woche") in a pregnancy's span with no time word before
  it ("seit der 8. Woche", "die 32. Woche"), no owner after it ("des Jahres", "der Therapie")
  and no ended pregnancy just before it ("nach dem Schwangerschaftsabbruch (10. Woche)").
* `coming_child_asked` tells whether what is asked is for the child still to come (the
  Erstausstattung, the pram, the midwife): beside it, children at home are context.
* `unranked` takes the child to come named by its rank ("zweites Kind", "mit dem dritten") out,
  so that it is not read as a born child.

Words are data (`bot/data/pregnancy_weeks.toml`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from bot.understanding.age_patterns import PREGNANCY_CARE
from bot.vocabulary.lexicon import _load


@dataclass(frozen=True, slots=True)
class _Words:
    compound: re.Pattern[str]
    week: re.Pattern[str]
    time_before: frozenset[str]
    ended: re.Pattern[str]
    needs: re.Pattern[str]
    rank: re.Pattern[str]
    low: int
    high: int


def _alternation(words: list[str]) -> str:
    return "|".join(sorted(map(re.escape, words), key=len, reverse=True))


@cache
def _words() -> _Words:
    data = _load("pregnancy_weeks.toml")
    not_compound = _alternation(data["not_compound"])
    return _Words(
        # a first part of three letters or more glued to a pregnancy noun
        compound=re.compile(rf"\b(?!(?:{not_compound})schwanger)([a-z]{{3,}}?)"
                            r"(schwangerschaft\w*|schwangere[nr]?\b)"),
        week=re.compile(rf"(?<![\w.,+])(\d{{1,2}})\.\s*(?P<w>woche)\b"
                        rf"(?!\s*(?:{_alternation(data['owner_after'])})\b)"),
        time_before=frozenset(data["time_before"]),
        ended=re.compile(rf"(?:{_alternation(data['ended_before'])})[^.;!?]*$"),
        needs=re.compile(rf"\b(?:{_alternation(data['coming_child_needs'])})"),
        rank=re.compile(rf"\b(?:(?:{_alternation(data['unborn_rank'])})|\d\.)\s+(?:kind|baby)\b"
                        r"|\bmit\s+dem\s+(?:\d\.|zweiten|dritten|vierten|fuenften)(?!\s*\w*kind)"),
        low=int(data["min_week"]),
        high=int(data["max_week"]),
    )


def split_compounds(text: str) -> str:
    """The folded text with a pregnancy compound written as two words:
    "zwillingsschwangerschaft" → "zwillings schwangerschaft"."""
    return _words().compound.sub(r"\1 \2", text)


def bare_week(text: str) -> re.Match[str] | None:
    """The first ordinal week of a normalised text that may be a pregnancy's: "28. woche", not
    "seit der 8. woche", "die 32. woche des jahres" nor "2. woche"."""
    words = _words()
    for m in words.week.finditer(text):
        before = re.findall(r"[a-z]+", text[max(0, m.start() - 12) : m.start()])
        if before and before[-1] in words.time_before and not re.search(
                r"[,;:]\s*$", text[: m.start()]):
            continue
        if words.ended.search(text, max(0, m.start() - 40), m.start()):
            continue  # "nach dem Schwangerschaftsabbruch (10. Woche)": the ended one's week
        if words.low <= int(m.group(1)) <= words.high:
            return m
    return None


def coming_child_asked(text: str) -> bool:
    """Tell whether a folded text asks for the child still to come: "Erstausstattung fehlt",
    "kein Geld für Kinderwagen", "sucht Hebamme"."""
    return bool(_words().needs.search(text))


def pregnancy_care_asked(text: str) -> bool:
    """Tell whether a folded text asks care for the pregnancy or for the child to come: beside
    it, children at home are the story's ("Kinder 3 und 5 zuhause, Erstausstattung fehlt")."""
    return bool(PREGNANCY_CARE.search(text)) or coming_child_asked(text)


def unranked(text: str) -> str:
    """The text without the child to come named by its rank ("zweites kind", "mit dem 3.")."""
    return _words().rank.sub(" ", text)


__all__ = ["bare_week", "coming_child_asked", "pregnancy_care_asked", "split_compounds", "unranked"]
