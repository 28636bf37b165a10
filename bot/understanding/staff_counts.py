"""A team's staff counted is no child's age: "Wir sind 5 Hebammen", "(9 Betreuerinnen)", "MA: 16".

Professionals asking for themselves tell the size of their team ("Nachbesprechung …, 14
Mitarbeitende", "Teamfortbildung | MA: 16", "Ferienspiele-Team (14 Ehrenamtliche)"). The
number reads as an age after a copula ("wir sind 5") or alone in a bracket; before a staff noun,
a plural of persons ("-innen") or after a form's staff field it counts people. The nouns live in
`writer_roles.toml [staff]`; `numbers.not_age_spans` blocks the spans this pattern finds.
"""

from __future__ import annotations

import re
from functools import cache

from bot.vocabulary.lexicon import _load

_INNEN = r"[a-z]{3,}[*:_]?innen\b"  # "Erzieherinnen", "Teamer*innen", "Kolleg:innen"
_CLOSED = r"\b(?=\s*(?:$|[),.;|/]))"  # an abbreviation closed by a mark: "(9 MA)"


def _words(words: list[str]) -> str:
    """Folded words as an alternation; a final "*" takes any ending."""
    return "|".join(re.escape(w[:-1]) + r"\w*" if w.endswith("*") else re.escape(w) + r"\b"
                    for w in words)  # fmt: skip


@cache
def staff_counts() -> str:
    """The pattern of a number that counts the writer's team, as a part of `not_age_spans`."""
    table = _load("writer_roles.toml")["staff"]
    short = "|".join(map(re.escape, table["short"]))
    nouns = rf"(?:{_INNEN}|{_words(table['nouns'])}|(?:{short}){_CLOSED})"
    fields = rf"\b(?:{_words(table['fields'])})\s*:\s*(?:ca\.?\s*)?\d{{1,3}}\b"
    return rf"\d{{1,3}}\s+{nouns}|{fields}"
