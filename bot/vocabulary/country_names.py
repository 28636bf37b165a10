"""Names of every country, from Babel's locale data, as the folded words people write.

Where a family comes from ("aus dem Irak", "from Nigeria", "irakische Familie") is read by
`bot.understanding.origins`; this module only provides the words. Babel's territory names give
each country's German and English name; its currency names give the German adjective
("Syrisches Pfund" → "syrisch", "Nigerianischer Naira" → "nigerianisch", and the historical
ones for countries that now pay in Euro: "Griechische Drachme" → "griechisch"), and so do its
language names for the language's own country ("Chinesisch" → CN). An adjective is kept only
when it names its country (its first letters stand in the country's name: "Ägyptisches Pfund"
is no Sudanese adjective; "Britisches Pfund" names no country by its letters, and the reviewed
`ADJECTIVES` add what CLDR lacks: "britisch", "kosovarisch", "somalisch").

Reading Babel's data takes a while, so the table is generated once into
`bot/data/country_names.tsv` (one `form<TAB>codes<TAB>kind` a line, kind `name` or `adjective`)
and read from there; `tests/test_understanding_origins.py` checks that it is what Babel gives
today. Regenerate with `python tests/tools/country_names.py` after changing the lists below or
upgrading Babel.
"""

from __future__ import annotations

import datetime
import re
from collections import defaultdict
from functools import cache
from pathlib import Path

from bot.text import fold

TABLE = Path(__file__).resolve().parent.parent / "data" / "country_names.tsv"

# Germany is no origin; codes that are no country (regions, unions, pseudo-locales)
EXCLUDED = frozenset({"DE", "AQ", "EU", "EZ", "UN", "QO", "XA", "XB", "ZZ"})
# what people say that CLDR spells otherwise (its names are the official short forms), reviewed
ALIASES: dict[str, tuple[str, ...]] = {
    "US": ("USA", "Amerika", "America", "United States of America"),
    "GB": ("England", "Großbritannien", "Schottland", "Wales", "UK", "Britain", "Great Britain"),
    "NL": ("Holland",),
    "MD": ("Moldau", "Moldawien", "Moldavia"),
    "BY": ("Weißrussland",),
    "CZ": ("Tschechei", "Czech Republic"),
    "TR": ("Turkey",),
    "CD": ("Kongo", "Congo"),
    "CI": ("Elfenbeinküste", "Ivory Coast"),
    "PS": ("Palästina", "Palestine"),
    "HK": ("Hongkong",),
    "MK": ("Mazedonien", "Macedonia"),
}
# adjectives no currency or language name gives, reviewed (stems, without ending)
ADJECTIVES: dict[str, tuple[str, ...]] = {
    "XK": ("kosovarisch", "kosovo-albanisch"),
    "MD": ("moldauisch", "moldawisch"),
    "SO": ("somalisch",),
    "KE": ("kenianisch",),
    "GB": ("britisch", "englisch"),
    "US": ("amerikanisch", "us-amerikanisch"),
    "PS": ("palästinensisch",),
    "LK": ("sri-lankisch", "srilankisch"),
    "CD": ("kongolesisch",),
    "BA": ("bosnisch",),
    "SA": ("saudisch", "saudi-arabisch"),
}
ENDINGS = ("e", "er", "en", "es", "em")  # an adjective before a noun is inflected
_ADJECTIVE = re.compile(r"^(\w+[iy]sch)(?:e|er|es|en|em)?$")


def words(text: str) -> tuple[str, ...]:
    """The folded words of a name, as understanding splits them ("Saudi-Arabien")."""
    return tuple(re.findall(r"[a-z0-9]+", fold(text)))


def _names(text: str) -> list[str]:
    """A Babel name and its parts in brackets or before " - ": "Congo - Kinshasa" gives both."""
    found = [text]
    for part in re.split(r"\s+-\s+|[()]", text):
        if part.strip() and part.strip() != text:
            found.append(part.strip())
    return found


def _stem(name: str) -> str | None:
    """The adjective a currency or language name starts with ("Syrisches Pfund" → "syrisch")."""
    first = name.split()[0].lower() if name.split() else ""
    match = _ADJECTIVE.match(first)
    return match.group(1) if match else None


def generate() -> list[tuple[str, str, str]]:
    """Return (form, codes, kind) rows from Babel, sorted; `codes` joins every country a form
    may name ("kongo" → "CD,CG"), since only that it is a country matters for the need."""
    from babel import Locale  # only the generator reads Babel's data
    from babel.core import get_global
    from babel.numbers import get_territory_currencies

    de, en = Locale("de"), Locale("en")
    codes = sorted(c for c in de.territories if len(c) == 2 and c.isalpha() and c not in EXCLUDED)
    names: dict[str, set[str]] = defaultdict(set)
    for code in codes:
        for locale in (de, en):
            for name in _names(locale.territories.get(code, "")):
                names[" ".join(words(name))].add(code)
        for alias in ALIASES.get(code, ()):
            names[" ".join(words(alias))].add(code)
    own = {code: " ".join(fold(n) for n in [de.territories[code], *ALIASES.get(code, ())])
           for code in codes}  # fmt: skip
    stems: dict[str, set[str]] = defaultdict(set)

    def offer(stem: str | None, code: str) -> None:
        if stem and fold(stem)[:4] in own[code]:  # "ägyptisch" names Egypt, not Sudan
            stems[fold(stem)].add(code)

    start, end = datetime.date(1945, 1, 1), datetime.date.today()
    for code in codes:
        for currency in get_territory_currencies(code, start_date=start, end_date=end):
            offer(_stem(de.currencies.get(currency, "")), code)
    likely = get_global("likely_subtags")
    for language, name in de.languages.items():
        territory = str(likely.get(language, "")).split("_")[-1]
        if len(language) == 2 and territory in own:
            offer(_stem(name), territory)
    for code, extra in ADJECTIVES.items():
        for stem in extra:
            stems[fold(stem)].add(code)
    rows = [(form, ",".join(sorted(found)), "name") for form, found in names.items() if form]
    rows += [(" ".join(words(stem + ending)), ",".join(sorted(found)), "adjective")
             for stem, found in stems.items() if "deutsch" not in stem
             for ending in ENDINGS]  # fmt: skip
    return sorted(set(rows))


def render(rows: list[tuple[str, str, str]]) -> str:
    header = "# generated by `python tests/tools/country_names.py` from Babel; do not edit\n"
    return header + "".join(f"{form}\t{codes}\t{kind}\n" for form, codes, kind in rows)


@cache
def country_names() -> tuple[dict[tuple[str, ...], str], dict[tuple[str, ...], str]]:
    """Return (names, adjectives): folded words → country codes, read once from the table."""
    names: dict[tuple[str, ...], str] = {}
    adjectives: dict[tuple[str, ...], str] = {}
    for line in TABLE.read_text("utf-8").splitlines():
        if line and not line.startswith("#"):
            form, codes, kind = line.split("\t")
            (adjectives if kind == "adjective" else names)[tuple(form.split())] = codes
    return names, adjectives
