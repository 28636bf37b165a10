""""in dem Alter" in a later turn: the age of the person a pregnancy case is about.

"kunde hat vajza 16, schwanger … beratung wo?" then "gibts auch was allgemein für mädchen in dem
alter, treff oder so": the case's age is the unborn child's, but "in dem Alter" cannot mean an
age before birth; it is the pregnant girl's, told in the case (16). The phrase is replaced by
that age, so the turn reads as "für mädchen 16" and asks for what fits a 16-year-old. In a case
about a born child the case's age is carried over anyway. Only a single plausible age of a
teenager or adult told in the case is taken; none or several leave the turn as it was. Words in
`dialogue.toml [that_age]`.
"""

from __future__ import annotations

import re
from functools import cache

from bot.models import Request
from bot.text import fold
from bot.vocabulary.lexicon import _load as load_toml

__all__ = ["with_that_age"]

# two digits, not of a decimal, date or time; then an ordinal dot ("22. SSW") and the next word
_NUMBER = re.compile(r"(?<![\d.,:/-])(\d{2})(?!\d|[.,:/]\d)(\.?)\s*(\w*)")


@cache
def _words() -> tuple[re.Pattern[str], frozenset[str]]:
    section = load_toml("dialogue.toml").get("that_age", {})
    phrases = sorted((fold(p) for p in section.get("phrases", ())), key=len, reverse=True)
    return (re.compile(rf"(?<!\w)(?:{'|'.join(map(re.escape, phrases))})(?!\w)"),
            frozenset(fold(w) for w in section.get("not_age", ())))  # fmt: skip


def _told_age(case_text: str) -> int | None:
    """The one age in years (12–49) told in the case's messages, or None."""
    _, not_age = _words()
    years = set()
    for m in _NUMBER.finditer(fold(case_text)):
        if m.group(2) or m.group(3) in not_age:
            continue  # "22. SSW", "7. Monat", "40 kilo"
        if 12 <= int(m.group(1)) <= 49:
            years.add(int(m.group(1)))
    return years.pop() if len(years) == 1 else None


def with_that_age(previous: Request | None, text: str) -> str:
    """The turn with "in dem Alter" replaced by the pregnant person's age, when that is meant."""
    if previous is None or previous.age is None or previous.age.high >= 0:
        return text
    phrase, _ = _words()
    found = phrase.search(text.lower())  # the phrases are plain letters: the spans are the text's
    if found is None:
        return text
    years = _told_age(previous.text)
    if years is None:
        return text
    return f"{text[:found.start()]} {years} {text[found.end():]}"
