"""The header row of a planner's list: which column is which field, whatever it is called.

Headers are matched case-, umlaut- and punctuation-insensitively against the synonyms in
`FIELDS` ("Träger", "Traeger", "TRÄGER", "Anbieter" …); text in brackets is ignored except that
"(Monate)" in an age header switches its numbers to months. The first header of the table in
FIELDS is what `catalogue export --xlsx` writes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from bot.exchange.header_fields import FIELDS
from bot.exchange.records import PATH
from bot.text import fold, fold_plain

# topics are not required: without a topic column they are recognised in the offer's own words
REQUIRED = ("name", "municipality")
# a list without an Ort column names the town in its addresses ("…, 33330 Gütersloh")
REQUIRED_ONE_OF: dict[str, tuple[str, ...]] = {"municipality": ("municipality", "address")}
# a key with its namespace (OpenStreetMap: `addr:postcode`, `contact:email`) is read like a
# nested JSON value by its last part
_NAMESPACED = re.compile(r"^[a-z_]+(?::[a-z_]+)+$")
_MONTH_HEADER = re.compile(r"monat|months|\(m\)|in m\b|\bmon\b")


def _compact(text: str) -> set[str]:
    base = re.sub(r"\(.*?\)", " ", str(text))
    return {re.sub(r"[^a-z0-9]", "", f(base)) for f in (fold, fold_plain)} - {""}


_SYNONYMS: dict[str, str] = {
    form: key
    for key, (label, words) in FIELDS.items()
    for word in (label, *words)
    for form in _compact(word)
}


@dataclass
class Columns:
    index: dict[str, int] = field(default_factory=dict)  # field -> column position
    months: set[str] = field(default_factory=set)  # age fields counted in months
    unknown: list[str] = field(default_factory=list)
    # further columns of a field, read where the first is empty (JSON: the phone of the record
    # or of its provider, `telephone` and `provider › telephone`)
    more: dict[str, list[int]] = field(default_factory=dict)
    # the names come from a plural "Angebote" column (one row per Träger): a cell may hold
    # several offers, one per line
    listed: bool = False

    def positions(self, key: str) -> list[int]:
        return [self.index[key], *self.more.get(key, [])] if key in self.index else []


_FILLER = {"des", "der", "die", "das", "dem", "den", "und", "in", "im", "zum", "zur", "für",
           "kontakt", "lfd", "laufende", "angaben", "zu", "von", "bis", "ab", "max", "min"}
_LOW_WORDS = {"von", "ab", "min", "minimum", "mindestens"}
_HIGH_WORDS = {"bis", "max", "maximum", "höchstens"}


def _words(title: str) -> list[str]:
    return re.findall(r"[a-zäöüß0-9]+", fold(str(title)).replace("_", " "))


def _by_words(title: str) -> str | None:
    """Read a header no synonym names by its words: "Titel des Angebots", "Kontakt Telefon",
    "Alter (von)", "aufnahmealter_bis", "Straße und Hausnummer" (the first known word wins)."""
    words = _words(title)
    # "Alter von", "Aufnahmealter bis", a Kita list's "Aufnahme ab (Mon.)": the age's bounds
    if any(w.endswith(("alter", "aufnahme")) for w in words):  # bracketed "(von)" counts here
        if _LOW_WORDS & set(words):
            return "age_min"
        if _HIGH_WORDS & set(words):
            return "age_max"
    keys = {_SYNONYMS.get(w) for w in words}
    if {"municipality", "postcode"} <= keys:  # "PLZ Ort", "PLZ/Ort": the town with its code
        return "municipality"
    for word in words:
        if word in _FILLER or len(word) < 2:
            continue
        key = next((_SYNONYMS[f] for f in _compact(word) if f in _SYNONYMS), None)
        if key and key not in ("age_min", "age_max"):
            return key
    return None


_GENERIC_LEAVES = {"name", "bezeichnung", "titel", "title", "label", "text", "wert", "value"}
_BOUND_LEAVES = {"von", "bis", "ab", "min", "max", "from", "to", "minimum", "maximum"}


def _exact(title: str) -> str | None:
    return next((_SYNONYMS[f] for f in _compact(title) if f in _SYNONYMS), None)


def _by_path(title: str) -> str | None:
    """Read a nested JSON value's column ("anbieter › kontakt › telefon") by its last key, or
    by the key above a generic one: `anbieter › name` is the Träger, `alter › von` the lower
    age, `kategorien › name` the topics; nested ids and types are no column of the offer."""
    steps = [step.strip() for step in title.split(PATH) if step.strip()]
    leaf = steps[-1].lstrip("@")
    parent = steps[-2].lstrip("@") if len(steps) > 1 else ""
    folded = fold(leaf)
    if folded in {"id", "type", "context", "einheit", "unit"}:
        return None
    if folded in _BOUND_LEAVES:
        return _exact(f"{parent} {leaf}") or _by_words(f"{parent} {leaf}")
    if folded in _GENERIC_LEAVES:
        return _exact(parent) or _by_words(parent)
    key = _exact(leaf) or _by_words(leaf)
    above = _exact(parent) or _by_words(parent)
    if key == above:  # an object named by its own kind: WordPress's `organizer › organizer`
        return key
    if key not in _CONTACT and above == "provider":
        return None  # the Träger's own kind (`traeger › art`, `anbieter › typ`), not the offer's
    return key


# what a provider's nested values may tell about the offer: how to reach it and where it is
_CONTACT = {"phone", "email", "website", "address", "house_number", "house_suffix", "postcode",
            "municipality", "district", "lat", "lon", "point"}


def _bilingual(title: str) -> str | None:
    """A welcome portal names each column in two languages ("Target group / Hedef grup",
    "Opening hours / Açılış saatleri"): the half that names a field names the column."""
    halves = [half for half in title.split(" / ") if half.strip()]
    if len(halves) != 2:
        return None
    return next((key for half in halves if (key := _exact(half) or _by_words(half))), None)


def map_header(header: list[str]) -> Columns:
    """Match each header cell to a field; the first column wins when two mean the same.

    A facility named beside its Träger ("Einrichtung;Träger;Angebot") is kept as the facility,
    and names the offer when the list has no offer column (a directory of Kitas).
    """
    columns = Columns()
    found: list[tuple[int, str | None, str]] = []
    for position, title in enumerate(header):
        if not title.strip():
            continue
        if PATH in title:
            found.append((position, _by_path(title), title))
            continue
        if _NAMESPACED.match(title):  # OpenStreetMap's keys: `addr:street`, `contact:phone`
            found.append((position, _by_path(title.replace(":", PATH)), title))
            continue
        key = _exact(title)
        if key == "age" and (_LOW_WORDS | _HIGH_WORDS) & set(_words(title)):
            key = _by_words(title)  # "Alter (von)": the bracket says which bound
        found.append((position, key, title))
    exact = {key for _p, key, _t in found if key}
    for number, (position, key, title) in enumerate(found):
        if key is None and PATH not in title:  # by its words only where no header is exact
            key = _by_words(title) or _bilingual(title)
            found[number] = (position, key if key not in exact else None, title)
    columns.unknown.extend(title for _p, key, title in found if key is None)
    found = [f for f in found if f[1] is not None]
    providers = [f for f in found if f[1] == "provider"]
    if len(providers) > 1:
        for position, _key, title in providers:
            if {"einrichtung"} & _compact(title):
                found[found.index((position, "provider", title))] = (position, "facility", title)
                break
    keys = {key for _p, key, _t in found}
    if "provider" not in keys and {"name", "facility"} <= keys:
        # "Einrichtung / Träger" beside an offer column: one column for both, and the name the
        # list gives there is the Träger's (a facility is only read apart from its Träger)
        for number, (position, key, title) in enumerate(found):
            if key == "facility" and "provider" in {_SYNONYMS.get(w) for w in _words(title)}:
                found[number] = (position, "provider", title)
                break
    for position, key, title in found:
        if key in columns.index:
            columns.more.setdefault(key, []).append(position)
            continue
        columns.index[key] = position
        if key.startswith("age") and (_MONTH_HEADER.search(fold(title)) or "months" in title):
            columns.months.add(key)
    if "name" not in columns.index and "facility" in columns.index:
        columns.index["name"] = columns.index.pop("facility")
    listed = columns.index.get("subtopics")
    if "name" not in columns.index and listed is not None and _compact(header[listed]) & _LISTED:
        columns.index["name"] = columns.index.pop("subtopics")  # "Träger;Angebote;Zielgruppe…"
        columns.listed = True
    return columns


# a column of several offers per row (its header in the plural), not a topic column
_LISTED = {"angebote", "kurse", "angebotedestraegers", "angebotedestragers", "unsereangebote"}


def header_score(header: list[str]) -> int:
    """Tell how much a row looks like an offers header (0: not at all)."""
    columns = map_header(header)
    if "name" not in columns.index:
        return 0
    return len(columns.index) if len(columns.index) >= 3 else 0
