"""School years told in a family's own language: "clasa a treia", "w trzeciej klasie",
"beşinci sınıfta", "во втором классе", "treći razred", "klasa e tretë", "terza elementare",
"fourth grade", "klasa IV", "lớp 3".

A school year is as good an age as the German "3. Klasse" (`age_school`), and families and the
professionals who quote them write it in the words of their language: an ordinal before or after
a class noun, or a number or Roman numeral beside it. The words are data
(`bot/data/age_school_words.toml`); this module composes them into one pattern, read once.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache

from bot.text import fold
from bot.understanding.gate import gated
from bot.vocabulary.lexicon import DATA

ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5, "vi": 6, "vii": 7, "viii": 8, "ix": 9,
         "x": 10, "xi": 11, "xii": 12, "xiii": 13}  # fmt: skip
MAX_YEAR = 13  # the last school year (Abitur after 13)


@dataclass(frozen=True, slots=True)
class _Words:
    """The vocabulary folded as `read_age` sees its text."""

    ordinals: dict[str, int]  # folded stem → school year; a stem with "*" takes any ending
    before: dict[str, int]  # class noun before its ordinal → the year its count starts after
    after: dict[str, int]
    digit_nouns: tuple[str, ...]
    joiners: tuple[str, ...]


def _alternatives(words: list[str] | dict[str, int]) -> str:
    """Compose word stems into one alternation, longest first; "*" lets an ending follow."""
    parts = sorted(words, key=len, reverse=True)
    return "|".join(re.escape(w[:-1]) + r"\w*" if w.endswith("*") else re.escape(w) + r"\b"
                    for w in parts)


def _value(table: dict[str, int], word: str) -> int | None:
    """The value of the stem a found word starts with (whole words first)."""
    if word in table:
        return table[word]
    stems = [(s, v) for s, v in table.items() if s.endswith("*") and word.startswith(s[:-1])]
    return max(stems, key=lambda sv: len(sv[0]))[1] if stems else None


@cache
def _words() -> _Words:
    data = tomllib.loads((DATA / "age_school_words.toml").read_text(encoding="utf-8"))

    def folded(table: dict[str, int]) -> dict[str, int]:
        return {fold(k): int(v) for k, v in table.items()}

    return _Words(folded(data["ordinals"]), folded(data["before"]), folded(data["after"]),
                  tuple(fold(w) for w in data["digits"]["nouns"]),
                  tuple(fold(w) for w in data["joiners"]))


@cache
def _pattern() -> re.Pattern[str]:
    w = _words()
    ordinal = _alternatives(w.ordinals)
    join = rf"(?:(?:{'|'.join(map(re.escape, w.joiners))})\s+)?"
    roman = "|".join(sorted(ROMAN, key=len, reverse=True))
    digit_nouns = _alternatives(list(w.digit_nouns))
    return gated(re.compile(
        rf"(?<!\w)(?P<o1>{ordinal})\s+{join}(?P<n1>{_alternatives(w.after)})"
        rf"|(?<!\w)(?P<n2>{_alternatives(w.before)})\s+{join}(?:(?P<o2>{ordinal})"
        # "klasa IV", "clasa a IV-a", "clasa a 3-a", "klasa 3"
        rf"|(?P<r>{roman})(?:-?a)?(?!\w)|(?P<d2>\d{{1,2}})(?:-?a)?(?![\w.,]\d|\w))"
        # "3 класс", "5. sınıf", "3-й класс"
        rf"|(?<![\w.,])(?P<d1>\d{{1,2}})\s*(?:\.|-?(?:й|ий|ый|ом|м|go|ej|a|e|ci|inci|uncu))?\s*"
        rf"(?P<n3>{digit_nouns})"))


@dataclass(frozen=True, slots=True)
class Grade:
    """A school year found: where it stands and which year (1 = first class)."""

    start: int
    end: int
    year: int


def foreign_grades(text: str) -> list[Grade]:
    """Return the school years a folded text names in a family language."""
    w = _words()
    found = []
    for m in _pattern().finditer(text):
        if m["o1"]:
            year = _value(w.ordinals, m["o1"])
            offset = _value(w.after, m["n1"]) or 0
        elif m["n2"]:
            offset = _value(w.before, m["n2"]) or 0
            if m["o2"]:
                year = _value(w.ordinals, m["o2"])
            elif m["r"]:
                if m["r"] in ("i", "v", "x") and not m.group(0).endswith("a"):
                    continue  # a lone letter is a word ("klasa i szkoła"), unless "a V-a"
                year = ROMAN[m["r"]]
            elif m["d2"] and _value({n: 0 for n in w.digit_nouns}, m["n2"]) is not None:
                year = int(m["d2"])
            else:
                continue
        else:
            year, offset = int(m["d1"]), 0
        if year and 1 <= year + offset <= MAX_YEAR:
            found.append(Grade(m.start(), m.end(), year + offset))
    return found


__all__ = ["Grade", "foreign_grades"]
