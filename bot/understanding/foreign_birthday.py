"""A birthday just passed, told in a family language: the number is the age in years now.

"ela fez treze mês passado" (she turned thirteen last month), "Ќерката наполни 13 минатиот
месец", "turned 6 last week", "múlt hónapban lett 13 éves": the word rules of
`bot.understanding.foreign` read a number before "mês" as months, so "treze mês passado" would be
a baby of 13 months. This pass runs before them and rewrites the whole frame — verb, number,
optional year word, just-past time — into the German the age readers know ("ist jetzt 13 Jahre";
the time is dropped: the age needs none, and "Tochter ist letzte Woche …" is how the German
readers hear a baby's arrival). One
pattern per text, compiled once from `bot/data/foreign_birthday.toml` (a foreign table of
`bot.vocabulary.lexicon`, read through its `_load`); the verb must stand right before the number
and the time right after it (or, where the language puts it first, right before the verb), so a
"fez" of any other sentence is left alone.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

from bot.understanding.foreign_rules import fold_foreign, vocabulary
from bot.vocabulary.lexicon import _load

_NUMBER = r"(?P<n>\d{1,2}|[^\W\d_]+)"


def _spellings(words: list[str]) -> list[str]:
    """Each word as written and without its Latin marks (phones often drop them), longest first."""
    forms: set[str] = set()
    for word in words:
        forms.add(word)
        marks = unicodedata.normalize("NFD", word)
        bare = "".join(c for c in marks if not unicodedata.combining(c))
        forms.add(unicodedata.normalize("NFC", bare))
    return sorted(forms, key=len, reverse=True)


def _alternation(words: list[str]) -> str:
    return "|".join(r"\s+".join(map(re.escape, w.split())) for w in _spellings(words))


@cache
def _frame() -> re.Pattern[str] | None:
    """One pattern for every language's frames: birthdays just past and birthdays to come."""
    sections = _load("foreign_birthday.toml")
    branches: list[str] = []
    for section in sections.values():
        years_words = _alternation(section["years"])
        years = rf"(?:\s+(?:{years_words}))?"
        if section.get("turned"):
            turned, when = _alternation(section["turned"]), _alternation(section["periods"])
            at = len(branches)  # group names must differ between the branches
            number, period = _NUMBER.replace("n>", f"n{at}>"), f"(?:{when})"
            if section.get("before"):
                branches.append(rf"{period}\s+(?:{turned})\s+{number}{years}")
            else:
                branches.append(rf"(?:{turned})\s+{number}{years}\s+{period}")
        if section.get("turns"):
            branches.append(_coming(section, years_words, len(branches)))
    if not branches:
        return None
    return re.compile(r"(?<!\w)(?:" + "|".join(branches) + r")(?!\w)", re.IGNORECASE)


def _coming(section: dict, years_words: str, at: int) -> str:
    """A birthday to come: "împlinește 3 ani în martie", "навършва 4 години през май". The
    verb, the number and a year word or a time to come (or both): the child is one younger now,
    which the German readers hear in "wird bald 3" (group "c…": `_german` writes the future)."""
    turns, coming = _alternation(section["turns"]), _alternation(section.get("coming", []))
    number = _NUMBER.replace("n>", f"c{at}>")
    later = rf"(?:\s+(?:{coming}))" if coming else ""
    tail = rf"\s+(?:{years_words}){later}?" + (rf"|{later}" if later else "")
    return rf"(?:{turns})\s+{number}(?:{tail})"


def _key(text: str) -> str:
    return " ".join(fold_foreign(text).split())


def _german(found: re.Match[str]) -> str:
    groups = {k: v for k, v in found.groupdict().items() if v is not None}
    name, number = next((k, v) for k, v in groups.items() if k[0] in "nc")
    if not number.isdigit():
        value = vocabulary().numbers.get(_key(number))
        if value is None or value != int(value):
            return found.group()  # "fez tudo ontem": no number, no birthday
        number = str(int(value))
    return f"wird bald {number}" if name[0] == "c" else f"ist jetzt {number} Jahre"


def birthdays(text: str) -> str:
    """`text` with each just-passed birthday rewritten in German ("ist jetzt 13 Jahre") and each
    birthday to come as the German future ("wird bald 3")."""
    pattern = _frame()
    if pattern is None:
        return text
    return pattern.sub(_german, text)


__all__ = ["birthdays"]
