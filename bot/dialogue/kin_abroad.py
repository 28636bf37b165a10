"""Another child of the same family, named in a language other than German or English.

"i njen stariji sin, 7 godina, treba OGS" (Bosnian), "a, și băiatul ei de 2 ani – gibt's da eine
Krabbelgruppe?" (Romanian), "jej starsza córka, 9 lat" (Polish): a follow-up that names a child of
the parent already spoken of is about the same family, so its place stays and only the child
changes. German and English say this with the `[family]` patterns of `dialogue_turns.toml`; the
rewriting of foreign fragments (`bot/understanding/foreign.py`) turns child nouns into German but
leaves the possessive ("njen", "ei"), so the family's mark is lost there. The words are data,
compiled once into one pattern over the folded text: the possessives, adjectives and siblings
in `bot/data/family_kin.toml`, the kin nouns and sibling nouns of the same languages where the
rewrite has them (`foreign.toml [xx.words]` turned into "Sohn", "Schwester", "großer Bruder" …:
one source of truth, for every language of the rewrite, with a section here or not: Finnish
"isoveli", Hausa "ɗan'uwanta"), and in `family_kin.toml` only the forms the rewrite lacks
("bratu", one swap from "Braut", is kept out of the rewrite).
"""

from __future__ import annotations

import re
from functools import cache

from bot.text import fold
from bot.understanding.foreign_scripts import data as foreign_tables
from bot.vocabulary.lexicon import _load as load_toml

# the German words of the rewrite that name a child, or a brother or sister
_GERMAN = {"kin": frozenset({"Sohn", "Tochter", "Kind", "Baby", "Junge", "Mädchen"}),
           "siblings": frozenset({"Bruder", "Schwester"})}

__all__ = ["names_kin_abroad"]


def _words(words: set[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@cache
def _pattern() -> re.Pattern[str]:
    """Possessive and kin noun of one language in either order (one adjective of that language
    may stand between), or a sibling. A possessive pairs only with its own language's nouns:
    Polish "ich" (their) is German "ich", Romanian "mai" (more) German "Mai", and no German
    sentence puts them before a Polish or Romanian kin noun."""
    data = load_toml("family_kin.toml")
    phrases: list[str] = []
    siblings: set[str] = set()
    for code in dict.fromkeys([*data, *foreign_tables()]):  # a language without possessives too
        section = data.get(code, {})
        words = {part: {fold(w) for w in section.get(part, ())}
                 for part in ("possessives", "adjectives", "kin", "siblings")}
        for part, german in _GERMAN.items():
            words[part] |= _rewritten_into(code, german)
        siblings |= words["siblings"]
        if not words["possessives"]:
            continue
        mine = _words(words["possessives"])
        kin = _words(words["kin"] | words["siblings"])
        between = rf"(?:(?:{_words(words['adjectives'])})\s+)?" if words["adjectives"] else ""
        phrases += [rf"(?:{mine})\s+{between}(?:{kin})", rf"(?:{kin})\s+{between}(?:{mine})"]
    return re.compile(rf"(?<!\w)(?:{'|'.join(phrases)}|(?:{_words(siblings)}))(?!\w)")


def _rewritten_into(code: str, german: frozenset[str]) -> set[str]:
    """The folded words of a language's `foreign.toml` rewrite that become one of `german`,
    an adjective before it or not ("isoveli" → "großer Bruder", "em gái" → "kleine Schwester")."""
    table = foreign_tables().get(code, {}).get("words", {})
    return {fold(word) for word, out in table.items()
            if out.split()[-1:] and out.split()[-1] in german and len(out.split()) <= 2
            and "{" not in word and "*" not in word}


def names_kin_abroad(folded: str) -> bool:
    """Tell a folded turn that names another child of the family in a foreign language."""
    return _pattern().search(folded) is not None
