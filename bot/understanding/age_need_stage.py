"""The child of the life stage a need belongs to, among several children told.

A family note tells every child ("Mutter allein mit Neugeborenem (3 Wo.) und Sohn (14) …
Willkommensbesuch") and then asks for help that only a child of one stage can take: a welcome
visit or a Familienhebamme is the baby's, a school registration the pre-schooler's, a Kita
place the child under six's, OGS the primary-school child's, an apprenticeship or a driving
licence the teenager's. Read as the span of all children, the age would show offers that fit
none of them. The stages and their words are data (`bot/data/age_need_stages.toml`).

The choice is made only when it is clear: the told children's ages differ, and one child (or
one group: twins) lies in the band of every stage-bound need asked. Needs for different
children ("Kita für die Kleine und Nachhilfe für den Großen") keep the span, as does help asked
for all of them ("für beide", `bot.understanding.age_focus.every_child_asked`). A stage-bound
need no told child fits is someone else's (the mother's "Ausbildung") and chooses nobody.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from bot.understanding.age_focus import every_child_asked
from bot.understanding.age_mentions import Mention

_DATA = Path(__file__).resolve().parent.parent / "data" / "age_need_stages.toml"


@dataclass(frozen=True, slots=True)
class _Stage:
    name: str
    low: int
    high: int
    words: re.Pattern[str]


@cache
def _stages() -> tuple[_Stage, ...]:
    data = tomllib.loads(_DATA.read_text(encoding="utf-8"))
    return tuple(_Stage(s["name"], s["band"][0], s["band"][1],
                        re.compile(r"\b(?:" + "|".join(s["words"]) + ")"))
                 for s in data["stage"])  # fmt: skip


# a stage word telling where a child already goes, not what is asked: "Sohn 7 geht in die OGS"
_ATTENDS = re.compile(r"\b(?:geht|gehen|ging|besucht|besuchen|goes|go|attends|attend)"
                      r"\s+(?:[a-z]+\s+){0,2}?(?:in|im|zur|zum|to|at)?\s*(?:die|der|den|das|the)?"
                      r"\s*$")
_REACH = 40  # characters before the stage word looked at for the verb


def _asked(stage: _Stage, text: str) -> bool:
    return any(not _ATTENDS.search(text[max(0, m.start() - _REACH) : m.start()])
               for m in stage.words.finditer(text))


def _fits(stage: _Stage, mention: Mention) -> bool:
    return mention.low <= stage.high and stage.low <= mention.high


def stage_child(text: str, chosen: list[Mention]) -> list[Mention]:
    """Keep the children in the life stage of every stage-bound need the folded text asks."""
    if len({(h.low, h.high) for h in chosen}) < 2 or every_child_asked(text):
        return chosen
    kept = set(range(len(chosen)))
    asked = False
    for stage in _stages():
        if not _asked(stage, text):
            continue
        fitting = {i for i, h in enumerate(chosen) if _fits(stage, h)}
        if fitting:  # a need no told child fits is another person's
            kept &= fitting
            asked = True
    if not asked or not kept or len(kept) == len(chosen):
        return chosen  # no stage asked, needs for different children, or every child fits
    return [h for i, h in enumerate(chosen) if i in kept]


__all__ = ["stage_child"]
