"""A relayed note's shorthand: the facts in a bracket after a name belong to that person.

Shelter handovers, answering-machine notes and forwarded mails pack a young person's facts into a
bracket: "Lea (14, Zi. 3)", "Mateo (9, 3. Klasse, Zi. 4)", "(Frau L., Paul 6, Dellwig)",
"(Defne 4)", "junger Mann (19)". The number after a room word is a room, not a second child; a
first name with a number in such a bracket is that child's age; an adult noun made young by its
adjective ("junger Mann (19)") is the young person the note is about, not a parent. Kept apart
from the mention reader, which reads each number on its own: this reads a bracket's items
against each other. Words are data (`bot/data/age_relay.toml`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache

from bot.privacy.redact import first_names
from bot.text import fold
from bot.understanding.age_mentions import Mention
from bot.vocabulary.lexicon import _load

YOUNG_YEARS = (14, 27)  # the ages a "junger Mann" or "junge Frau" of a youth service has
_BRACKET = re.compile(r"\(([^()]{1,80})\)")
_NAME_AGE = re.compile(r"\s*([a-z]{3,})\s+(\d{1,2})\s*")  # one item: "paul 6", "defne 4"


@dataclass(frozen=True)
class RelayWords:
    young: re.Pattern[str]


@cache
def relay_words() -> RelayWords:
    data = _load("age_relay.toml")
    adjectives = "|".join(re.escape(fold(w)) for w in data["young_adjectives"])
    nouns = "|".join(re.escape(fold(w)) for w in data["young_person_nouns"])
    return RelayWords(
        young=re.compile(rf"\b(?:{adjectives})\s+(?:{nouns})\s*(?:\(\s*|,\s*)$"),
    )


def _bracket_names(text: str) -> list[tuple[int, int]]:
    """The numbers a first name owns inside a bracket of facts: "(Defne 4)", "(Frau L., Paul 6,
    Dellwig)"; a word that is no first name ("(Klasse 3)", "(Raum 2)") owns none."""
    names = first_names()
    spans = []
    for bracket in _BRACKET.finditer(text):
        offset = bracket.start(1)
        for item in re.finditer(r"[^,;/]+", bracket.group(1)):
            m = _NAME_AGE.fullmatch(item.group(0))
            if m and m.group(1) in names:
                spans.append((offset + item.start() + m.start(2), offset + item.start() + m.end(2)))
    return spans


def relayed(text: str, found: list[Mention]) -> list[Mention]:
    """Read a relayed note's brackets: take a name's number in a bracket as that child's age,
    and a young adult's own number as the age the note is about (a room's number, "Zi. 3", is
    never an age: `numbers.not_age_spans`)."""
    words = relay_words()
    named = _bracket_names(text)
    kept = []
    for hit in found:
        if (hit.start, hit.end) in named and hit.kind in ("loose", "unexplained"):
            hit = replace(hit, kind="child")  # "(Frau L., Paul 6, Dellwig)": Paul is six
        elif (hit.kind == "adult" and YOUNG_YEARS[0] * 12 <= hit.low <= YOUNG_YEARS[1] * 12
              and words.young.search(text, 0, hit.start)):  # fmt: skip
            hit = replace(hit, kind="role")  # "junger Mann (19), Ausbildung abgebrochen"
        kept.append(hit)
    return kept


__all__ = ["relayed"]
