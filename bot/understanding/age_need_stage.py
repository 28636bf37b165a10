"""The child of the life stage a need belongs to, among several children told.

A family note tells every child ("Mutter allein mit Neugeborenem (3 Wo.) und Sohn (14) …
Willkommensbesuch") and then asks for help that only a child of one stage can take: a welcome
visit or a Familienhebamme is the baby's, a school registration the pre-schooler's, a Kita
place the child under six's, OGS the primary-school child's, an apprenticeship or a driving
licence the teenager's. Read as the span of all children, the age would show offers that fit
none of them. The stages and their words are data (`bot/data/age_need_stages.toml`).

The choice is made only when it is clear: the told children's ages differ, and one child (or
one group: twins) lies in the band of every stage-bound need asked. Needs for different
children ("Kita für die Kleine und Nachhilfe für den Großen", or Kita and OGS for a three- and a
six-year-old, where the six-year-old fits both bands) keep the span, as does help asked for all
of them ("für beide", "die Kinder brauchen", `bot.understanding.age_focus.every_child_asked`) or
for the whole family ("Familienpaten", "Entlastung"). A stage-bound
need no told child fits is someone else's (the mother's "Ausbildung") and chooses nobody.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from bot.understanding.age_focus import every_child_asked
from bot.understanding.age_mentions import Mention
from bot.vocabulary.lexicon import _load


@dataclass(frozen=True, slots=True)
class _Stage:
    name: str
    low: int
    high: int
    words: re.Pattern[str]
    mentions: re.Pattern[str] | None


@cache
def _family() -> re.Pattern[str]:
    return re.compile(r"\b(?:" + "|".join(_load("age_need_stages.toml")["family"]) + ")")


# the children as the plural subject of the need: "die Kinder brauchen Hausaufgabenhilfe", or of
# a relative clause after them: "3 kids, ages 5 9 and 12, who need homework help"
_CHILDREN_NEED = re.compile(r"\b(?:die|unsere|meine|ihre|beide|alle|the|my|our|both)\s+(?:kinder"
                            r"|kids|children)\s+(?:brauchen|benoetigen|suchen|need)\b"
                            r"|\b(?:kinder\w*|kids|children)\b[^.?!;]{0,40}?,\s*(?:who|die)\s+"
                            r"(?:[a-z]+\s+){0,3}?(?:need|brauchen|benoetigen)\b")


@cache
def _stages() -> tuple[_Stage, ...]:
    data = _load("age_need_stages.toml")
    return tuple(_Stage(s["name"], s["band"][0], s["band"][1],
                        re.compile(r"\b(?:" + "|".join(s["words"]) + ")"),
                        re.compile(r"\b(?:" + "|".join(s["mentions"]) + ")")
                        if s.get("mentions") else None)
                 for s in data["stage"])  # fmt: skip


# one child's age told as a choice ("Kind 6 oder eher 7"): no two children to choose between
_EITHER = re.compile(r"\b\d{1,2}\s*(?:j\.?|jahre?)?\s+(?:oder|or|bzw\.?)\s+(?:eher\s+|vielleicht\s+"
                     r"|maybe\s+)?\d{1,2}\b")
# a stage word telling where a child already goes, not what is asked: "Sohn 7 geht in die OGS"
_ATTENDS = re.compile(r"\b(?:geht|gehen|ging|besucht|besuchen|goes|go|attends|attend)"
                      r"\s+(?:[a-z]+\s+){0,2}?(?:in|im|zur|zum|to|at)?\s*(?:die|der|den|das|the)?"
                      r"\s*$")
_REACH = 40  # characters before the stage word looked at for the verb


@cache
def _money() -> re.Pattern[str]:
    return re.compile("|".join(_load("age_need_stages.toml")["money"]))


_MONEY_BEFORE, _MONEY_AFTER = 40, 20  # characters of the stage word's clause read for money


def _paid_for(text: str, m: re.Match[str]) -> bool:
    """Tell whether a stage word names what money is asked for ("Zuschuss Mittagessen OGS",
    "OGS-Beitrag"): a subsidy every child of the family may draw, not one child's place."""
    before = re.split(r"[.!?;]", text[max(0, m.start() - _MONEY_BEFORE) : m.start()])[-1]
    after = re.split(r"[.!?;,]", text[m.end() : m.end() + _MONEY_AFTER])[0]
    return bool(_money().search(before) or _money().search(after))


def _asked(words: re.Pattern[str] | None, text: str) -> bool:
    return words is not None and any(
        not _ATTENDS.search(text[max(0, m.start() - _REACH) : m.start()])
        and not _paid_for(text, m) for m in words.finditer(text))


def _fits(stage: _Stage, mention: Mention) -> bool:
    return mention.low <= stage.high and stage.low <= mention.high


def stage_child(text: str, chosen: list[Mention],
                told: list[Mention] | None = None) -> list[Mention]:
    """Keep the child (or group) that every stage-bound need the folded text asks fits alike.

    `told` are all the children told, before the focus (`age_focus`) chose `chosen`: when the
    focused child fits no stage asked while one told child does, the focus followed the story
    ("holt den Großen (4) ab"), and the need is the other child's ("… ihr Baby (10 Wochen)
    schreit stundenlang").
    """
    if told and len(told) > len(chosen) and _asked_stages(text) and not any(
            _fits(stage, h) for stage in _asked_stages(text) for h in chosen):
        picked = _choose(text, told)
        return picked if len(picked) < len(told) else chosen
    return _choose(text, chosen)


def _asked_stages(text: str) -> list[_Stage]:
    return [stage for stage in _stages() if _asked(stage.words, text)]


def _choose(text: str, chosen: list[Mention]) -> list[Mention]:
    if (len({(h.low, h.high) for h in chosen}) < 2 or every_child_asked(text)
            or _CHILDREN_NEED.search(text) or _family().search(text) or _EITHER.search(text)):
        return chosen
    groups: set[frozenset[int]] = set()
    named: set[frozenset[int]] = set()  # groups of a stage's place named bare
    for stage in _stages():
        fitting = frozenset(i for i, h in enumerate(chosen) if _fits(stage, h))
        if not fitting:  # a need no told child fits is another person's
            continue
        if _asked(stage.words, text):
            groups.add(fitting)
        elif _asked(stage.mentions, text):
            named.add(fitting)
    # one group fits every need; "Kita-Platz und OGS" for a three- and a six-year-old fits the
    # six-year-old both times, but the Kita place is the small one's: different groups, the span
    if len(groups) != 1 or len(kept := next(iter(groups))) == len(chosen):
        return chosen  # no stage asked, needs for different children, or every child fits
    if any(not group <= kept for group in named):
        return chosen  # "Kita und Schule", "Kita + OGS": a place named for another child too
    return [h for i, h in enumerate(chosen) if i in kept]


__all__ = ["stage_child"]
