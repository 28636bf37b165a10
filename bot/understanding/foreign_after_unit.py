"""What the families' languages tell after an age's number and unit: tens, a second guess, months.

One job: the words after "N unit" that still belong to the same age. Three kinds:

- tens told after the unit (`[xx.unit_tails]`): Welsh "tair blwydd ar ddeg" (13), Scottish Gaelic
  "aon bhliadhna deug" (11) and "dà bhliadhna dheug" (12) carry the noun inside the number;
- a second, hedged number after the unit (`[xx] hedges`): a writer unsure of the age gives two —
  Gaelic "ochd mìosan, no naoi", "sia seachdainean, 's dòcha seachd", "aon bhliadhna deug no dà
  bhliadhna dheug", Sesotho "dilemo tse leshome, mohlomong leshome le motso o mong", Kashmiri
  "ژور ؤری، شاید پانٛژ". German reads "8 oder 9 Monate" as the span of both, but "8 Monate, oder
  9" as eight alone, so the rule reads the second number with the first and writes the German
  order (`hedged`). The second number must close its phrase (or carry the unit again): "4
  bliadhna, no 2 Geschwister" counts something else;
- months after years joined by a foreign "and" ("2 godine i 4 meseca"), once the rules wrote
  German units (`join_years_and_months`).
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from bot.understanding.foreign_fold import fold_foreign
from bot.understanding.foreign_scripts import data as _data

_SEP = r"[\s\-]+"
# where a hedged second number ends its phrase: a mark of punctuation, a dash, or the text's end
_CLOSES = r"(?=\s*(?:[.,;:!?…)\]\"'»«“”–—/،؟|]|$))"


def hedge_pattern(data: dict[str, Any], alternatives: Any, number: str, units: str,
                  tail: str, units_first: str = "") -> str:
    """The optional regex part of a section's age rule after its unit: a hedge word
    (`[xx] hedges`), the second number (with its unit again, before or after it, and its tail)
    closing its phrase. Empty for a section without hedges."""
    hedges = alternatives(data.get("hedges", []))
    if not hedges:
        return ""
    second_tail = tail.replace("?P<tail>", "?P<tail2>")
    before = rf"(?:(?:{units_first}){_SEP})?" if units_first else ""
    # the unit again makes the second number an age; without it, it must close its phrase
    again = rf"\s*-?\s*(?P<unit2>{units}){second_tail}(?!\w)|" if units else ""
    return rf"(?:[\s,.…،;]*(?:{hedges}){_SEP}{before}(?P<h>{number})(?:{again}{_CLOSES}))?"


@cache
def _hedges() -> dict[str, frozenset[str]]:
    """Each section's `hedges`, folded: the words that join a writer's two guesses."""
    return {code: frozenset(fold_foreign(w) for w in section.get("hedges", ()))
            for code, section in _data().items() if isinstance(section, dict)}  # fmt: skip


def is_hedge(code: str, between: str) -> bool:
    """Whether the words between two numbers of section `code` are one of its hedges ("no",
    "kapa", "یا", "'s dòcha"): two guesses at one age, which German writes "4 oder 5"."""
    return fold_foreign(between.strip(" ,.…،;")) in _hedges().get(code, frozenset())


def add_tens(code: str, number: str, tail: str) -> str:
    """The number of an age whose tens follow its unit: Welsh counts "tair blwydd ar ddeg" (three
    years on ten, 13) and "un mis ar ddeg" (11 months) with the noun inside the number, so the
    rule reads "tair" before the unit and adds the tail's value (`[xx.unit_tails]`)."""
    tails = {re.sub(r"[\s\-]+", " ", fold_foreign(word)): value
             for word, value in _data()[code].get("unit_tails", {}).items()}
    value = tails.get(re.sub(r"[\s\-]+", " ", tail))
    return str(int(number) + int(value)) if value and number.isdigit() else number


@cache
def _years_and_months() -> re.Pattern[str]:
    """Years, a foreign "and", months: one age written in two units ("2 godine i 4 meseca", "2
    saal aur 4 mahine", "2 yaş ve 3 aylık"), once the rules made German units of them; or years
    and years, two children each with the unit before its number (Hausa "shekara biyu da shekara
    huɗu")."""
    # as typed and folded: the text keeps marks a fold drops (Romanian "2 ani și 3 luni")
    words = {f for s in _data().values() for w in s.get("conjunctions", ())
             for f in (w, fold_foreign(w))}  # fmt: skip
    conjunction = "|".join(sorted((re.escape(w) for w in words if w.isalpha()), key=len,
                                  reverse=True))  # fmt: skip
    return re.compile(
        rf"(\d+(?:,5)? Jahre?)(?: alt)? (?i:{conjunction}) (\d+ Monate|\d+(?:,5)? Jahre)")


def join_years_and_months(text: str) -> str:
    """The German parser reads "2 Jahre und 4 Monate" as one child of 28 months, "2 Jahre und 4
    Jahre" as two children; with the foreign "and" left between, the first was two ages and the
    second one (Hausa "da" is also German "da")."""
    return _years_and_months().sub(r"\1 und \2", text)


def warm() -> None:
    """Compile the years-and-months pattern now, at start."""
    _years_and_months()


__all__ = ["add_tens", "hedge_pattern", "is_hedge", "join_years_and_months", "warm"]
