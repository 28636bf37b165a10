"""Lists of ages before or after one unit: "Geschwister 5 und 12 Jahre", "4 Kinder (10 Monate,
3, 6, 9)", "(2 y 6)". Each child keeps its own age, so that a pointer ("um die Ältere") can pick
one; `age_mentions` reads them, the building blocks live in `age_patterns`.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from bot.understanding.age_values import number_value, years_range
from bot.vocabulary.lexicon import _load
from bot.vocabulary.units import AGE_MAX as MAX_MONTHS

_LIST = re.compile(r"\s*(?:,|und|u\.|u|&|and|ve|\+|oder)\s*")


# the children a list of their ages follows without commas ("Geschwister 4 6 und 7 Jahre")
_LISTING = (r"kinder\w*|kids|children|geschwister\w*|siblings|zwillinge\w*|drillinge\w*|jungs"
            r"|brueder|schwestern|enkel\w*|ages|alter")


def listed_ages(text: str, m: re.Match[str]) -> list[tuple[int, int, float]]:
    """Return the items of a list of ages before one unit ("Geschwister 5 und 12 Jahre",
    "Kinder 3, 5 und 9 Jahre") as start, end and value, or nothing for a range ("5-12 Jahre",
    "zwischen 15 und 18 Jahren"): each child keeps its own age, so that "um die Ältere geht es"
    can pick one."""
    if not m.group("b") or not _LIST.fullmatch(text[m.end("a") : m.start("b")]):
        return []
    if re.search(r"\b(?:zwischen|between|von|from)\s*$", text[max(0, m.start() - 12) : m.start()]):
        return []
    head = re.search(r"(?:(?<![\d,.])\d{1,2}\s*,\s*)+$", text[: m.start()])  # "3, 5 und 9"
    # dictated without commas after children: "bei drei geschwistern vier sechs und sieben jahre"
    head = head or re.search(rf"\b(?:{_LISTING})\s+((?:\d{{1,2}}\s+)+)$", text[: m.start()])
    items = head.group(head.lastindex or 0) if head else ""
    found = [(m.start() - len(items) + i.start(), m.start() - len(items) + i.end(),
              float(i.group(0))) for i in re.finditer(r"\d{1,2}", items)]  # fmt: skip
    values = [number_value(m.group("a")), number_value(m.group("b"))]
    if any(years_range(v) is None for v in values):
        return []
    return [*found, (m.start("a"), m.end("a"), values[0]), (m.start("b"), m.end(), values[1])]


_BARE_NEXT = re.compile(r"\s*(?:,|und|u\.|&|and|\+|y|e|et)\s*(\d{1,2})(?![\d,.]?\d)"
                        r"(?=\s*(?:[,;)]|$|\.$|und\b|u\.|&|and\b|\+|y\b|e\b|et\b))")


def years_after_months(text: str, end: int) -> list[tuple[int, int, float]]:
    """Return the bare numbers listed after a baby's age in months ("4 Kinder (10 Monate, 3, 6,
    9)", "zwei Kleine (8 Monate und 2)"): the unit names the baby's months only, the numbers after
    it are the older children's years."""
    items = []
    while (m := _BARE_NEXT.match(text, end)) and 0 < int(m.group(1)) <= 17:
        items.append((m.start(1), m.end(1), float(m.group(1))))
        end = m.end()
    return items


# "2 y 6", "2 J. 6 M.", "1 y 9 m": a year unit, then the months with a one-letter unit, or bare
# where the mention closes ("(2 y 6)"); not "3 J. 8 J." (two children) nor "10 J. 5 Kinder"
COMPACT_YEARS_MONTHS = re.compile(
    r"(?<![\d;,.])(\d{1,2})\s*(?:j(?![a-z])\.?|y(?![a-z])\.?|yrs?(?![a-z])\.?|jahre?\b)\s*"
    r"(\d{1,2})(?:\s*(?:m|mo|mon)\b\.?|(?=\s*(?:[),;:!?]|\.(?!\d|\s*[a-z])|\.\s*$|$))"
    r"|(?=\.\s+[a-z])(?!\.\s*(?:klasse|kl\b|schuljahr|lebensjahr|ssw|kind|monat|woche)))"
)


def compact_years_months(text: str) -> list[tuple[int, int, int]]:
    """Return (start, end, months) of each years-and-months note in short form ("(2 y 6)" is 30
    months); the months alone would say nothing, so only the pair is read."""
    found = []
    for m in COMPACT_YEARS_MONTHS.finditer(text):
        years, months = int(m.group(1)), int(m.group(2))
        opened = text.rfind("(", 0, m.start()) > text.rfind(")", 0, m.start())
        if text[m.end() :].lstrip().startswith(")") and not opened:
            continue  # "Kinder 5–6 J. 2) Eine Mutter fragt …": the next point of a list
        if months < 12 and years * 12 + months <= MAX_MONTHS:  # "27 J 0" is of no child
            found.append((m.start(), m.end(), years * 12 + months))
    return found


# a count of people, their noun, a short phrase without a number or a sentence end, then a list
# of as many numbers: "ihre 2 Enkel aufgenommen 4 und 7", "3 Seiteneinsteiger aus Syrien 9 10
# und 11" — each number is one of them's age, wherever the phrase puts it; not a number of a
# unit or an ordinal ("7. Klasse", "am 4. und 7. Mai": `age_ordinal_nouns.toml`), while a full
# stop before any other word ends the list's sentence ("4 und 7. Was gibt es?")
_COUNTED_LIST = (
    r"(?<![\d,.])(?P<n>[2-6])\s+(?:[a-z]+\s+)??(?P<noun>[a-z]{3,})\b"
    r"(?P<gap>[^\d.!?;:]{0,40}?)[\s,(]+"
    r"(?P<list>\d{1,2}(?:\s*(?:jahre?|years?)\b)?(?:\s*(?:,|und|u\.|&|and|\+)?\s*\d{1,2})+)"
    r"(?![\d,.]\d)(?!\s*(?:x|mal|uhr|euro|eur\b|€|%|std|h\b|km|m\b|kg|cm|tage|wochen|monat\w*"
    r"|\.\s*(?:{ordinal})))")


@cache
def _counted_list() -> re.Pattern[str]:
    """Compile the counted list with the nouns an ordinal counts, from their word table."""
    nouns = sorted(_load("age_ordinal_nouns.toml")["nouns"], key=len, reverse=True)
    return re.compile(_COUNTED_LIST.replace("{ordinal}", "|".join(map(re.escape, nouns))))


def counted_lists(text: str, person: Callable[[str], bool]) -> list[tuple[int, int, float]]:
    """Return the ages of a counted group given as a list further on ("hat ihre 2 Enkel
    aufgenommen 4 und 7"): as many numbers as people counted, each a child's years, after the
    count itself with the value 0 (no age). `person`
    tells whether the noun names people ("Enkel", "Seiteneinsteiger"), not things."""
    found: list[tuple[int, int, float]] = []
    for m in _counted_list().finditer(text):
        numbers = list(re.finditer(r"\d{1,2}", m.group("list")))
        if len(numbers) != int(m.group("n")) or not person(m.group("noun")):
            continue
        values = [float(n.group(0)) for n in numbers]
        if any(v < 1 or years_range(v) is None for v in values):
            continue
        found.append((m.start("n"), m.end("n"), 0.0))  # the count itself is no age
        found += [(m.start("list") + n.start(), m.start("list") + n.end(), v)
                  for n, v in zip(numbers, values, strict=True)]
    return found

