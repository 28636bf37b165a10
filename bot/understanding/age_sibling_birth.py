"""A brother or sister born lately is the background of the asked child, not its age.

Parents and practices tell an older child's trouble by the birth that started it: "Sohn 4 J.,
Wutanfälle, seit die Zwillinge vor 6 Wo. geboren sind", "mein Kleiner ist 2, seine Schwester
wurde letzten Mittwoch geboren". The newborn's weeks or days are read as an age by the mention
and birth readers; beside the older child's own age they are the sibling's, told as a time since
("seit", "since") or as whose sibling it is ("seine Schwester"). Such a mention is set aside
(kind `past`, as an age of then) when an older age outside the clause remains to be the child's.
Words are data (`bot/data/age_sibling_birth.toml`).
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from bot.text import fold
from bot.understanding.age_mentions import Mention
from bot.vocabulary.lexicon import _load

_GATE = re.compile(r"geb|born|welt|\bda\s+(?:ist|sind)\b")


def _alt(words: list[str]) -> str:
    return "|".join(re.escape(fold(w)).replace(r"\ ", r"\s+") for w in sorted(
        words, key=len, reverse=True))  # fmt: skip


@cache
def _clause() -> re.Pattern[str]:
    """The clause of a sibling's birth, up to its birth word, within one sentence."""
    data = _load("age_sibling_birth.toml")
    sib, born = _alt(data["siblings"]), _alt(data["born"])
    # within the sentence; an abbreviation's dot right before the birth word ends none
    words = rf"(?:[^.;!?]|\.(?=\s*(?:{born})\b)){{0,60}}?"
    since, owner = _alt(data["since"]), _alt(data["possessive"])
    noun = rf"(?:{sib}|{_alt(data['since_nouns'])})"
    return re.compile(
        rf"\b(?:{since})\s+(?:\w+\s+){{0,2}}?{noun}\b{words}\b(?:{born})\b"
        rf"(?:\s+(?:sind|ist|wurden|wurde|war|waren|is|was|were))?"
        rf"|\b(?:{owner})\s+(?:\w+\s+)?(?:{sib})\b{words}\b(?:{born})\b")


def sibling_born(text: str, found: list[Mention]) -> list[Mention]:
    """Return the mentions with a lately born sibling's age set aside when an older age of
    another child stands outside the clause of its birth."""
    if not found or not _GATE.search(text):
        return found
    spans = [m.span() for m in _clause().finditer(text)]
    if not spans:
        return found
    inside = [h for h in found if any(a <= h.start < b for a, b in spans)]
    outside = [h for h in found if h not in inside and h.kind in ("child", "loose")]
    if not inside or not outside or min(h.low for h in outside) <= max(h.high for h in inside):
        return found
    return [replace(h, kind="past") if h in inside else h for h in found]
