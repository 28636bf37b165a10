"""Another child of the same family, named in a language other than German or English.

"i njen stariji sin, 7 godina, treba OGS" (Bosnian), "a, și băiatul ei de 2 ani – gibt's da eine
Krabbelgruppe?" (Romanian), "jej starsza córka, 9 lat" (Polish): a follow-up that names a child of
the parent already spoken of is about the same family, so its place stays and only the child
changes. German and English say this with the `[family]` patterns of `dialogue_turns.toml`; the
rewriting of foreign fragments (`bot/understanding/foreign.py`) turns child nouns into German but
leaves the possessive ("njen", "ei"), so the family's mark is lost there. The words are data
(`bot/data/family_kin.toml`), compiled once into one pattern over the folded text.
"""

from __future__ import annotations

import re
from functools import cache

from bot.text import fold
from bot.vocabulary.lexicon import _load as load_toml

__all__ = ["names_kin_abroad"]


def _words(words: set[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@cache
def _pattern() -> re.Pattern[str]:
    """Possessive and kin noun in either order (one adjective may stand between), or a sibling."""
    data = load_toml("family_kin.toml")
    parts: dict[str, set[str]] = {"possessives": set(), "adjectives": set(), "kin": set(),
                                  "siblings": set()}
    for section in data.values():
        for part, words in parts.items():
            words.update(fold(w) for w in section.get(part, ()))
    mine, adj = _words(parts["possessives"]), _words(parts["adjectives"])
    kin = _words(parts["kin"] | parts["siblings"])
    between = rf"(?:(?:{adj})\s+)?"
    return re.compile(
        rf"(?<!\w)(?:(?:{mine})\s+{between}(?:{kin})|(?:{kin})\s+{between}(?:{mine})"
        rf"|(?:{_words(parts['siblings'])}))(?!\w)")


def names_kin_abroad(folded: str) -> bool:
    """Tell a folded turn that names another child of the family in a foreign language."""
    return _pattern().search(folded) is not None
