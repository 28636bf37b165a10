"""The header row of a planner's list: which column is which field, whatever it is called.

Headers are matched case-, umlaut- and punctuation-insensitively against the synonyms in
`FIELDS` ("Träger", "Traeger", "TRÄGER", "Anbieter" …); text in brackets is ignored except that
"(Monate)" in an age header switches its numbers to months. The first header of the table in
FIELDS is what `catalogue export --xlsx` writes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from bot.text import fold, fold_plain

# canonical field -> (header written by `export --xlsx`, accepted header synonyms)
FIELDS: dict[str, tuple[str, tuple[str, ...]]] = {
    "id": (
        "ID",
        (
            "id",
            "nr",
            "nummer",
            "angebots-id",
            "angebotsnummer",
            "angebotsnr",
            "kennung",
            "schlüssel",
            "key",
            "einrichtungsnummer",
            "einrichtungs-nr",
        ),
    ),
    "name": (
        "Angebot",
        (
            "angebot",
            "angebotsname",
            "name",
            "titel",
            "bezeichnung",
            "angebotsbezeichnung",
            "maßnahme",
            "projekt",
            "angebotstitel",
            "titel des angebots",
            "name des angebots",
            "veranstaltung",
            "kursname",
        ),
    ),
    "provider": (
        "Träger",
        (
            "träger",
            "trägerin",
            "anbieter",
            "anbieterin",
            "einrichtung",
            "organisation",
            "trägername",
            "anbieter/träger",
            "provider",
            "träger/einrichtung",
        ),
    ),
    "description": (
        "Beschreibung",
        (
            "beschreibung",
            "kurzbeschreibung",
            "inhalt",
            "inhalte",
            "angebotsbeschreibung",
            "description",
            "informationen",
            "info",
        ),
    ),
    "topics": (
        "Themen",
        (
            "themen",
            "thema",
            "themenfeld",
            "themenfelder",
            "handlungsfeld",
            "handlungsfelder",
            "kategorie",
            "kategorien",
            "schwerpunkt",
            "schwerpunkte",
            "themenbereich",
            "themenbereiche",
            "rubrik",
            "topics",
        ),
    ),
    # more topic words beside the main one ("Kategorie" + "Unterkategorie"): read together
    "subtopics": (
        "Schlagworte",
        ("schlagworte", "schlagwörter", "stichworte", "unterkategorie", "unterkategorien",
         "unterthema", "unterthemen", "tags", "zusatzangebote", "angebote",
         "weitere angebote", "angebotsschwerpunkte"),
    ),
    # the facility beside its Träger ("Einrichtung;Träger;Angebot"): part of the offer's name
    "facility": ("Einrichtung", ("einrichtungsname", "name der einrichtung", "standort")),
    "audience": ("Zielgruppe", ("zielgruppe", "zielgruppen", "für wen", "adressaten", "audience")),
    "age_min": (
        "Alter von",
        (
            "alter von",
            "alter ab",
            "ab alter",
            "mindestalter",
            "alter min",
            "age min",
            "age_min_months",
            "von alter",
        ),
    ),
    "age_max": (
        "Alter bis",
        (
            "alter bis",
            "bis alter",
            "höchstalter",
            "alter max",
            "age max",
            "age_max_months",
            "maximalalter",
        ),
    ),
    "age": (
        "Alter",
        ("alter", "aufnahmealter", "altersstufe", "altersstufen", "altersgruppe", "altersspanne",
         "altersbereich", "age"),
    ),
    "municipality": (
        "Ort/Kommune",
        (
            "ort/kommune",
            "kommune",
            "ort",
            "stadt",
            "gemeinde",
            "stadt/gemeinde",
            "municipality",
            "veranstaltungsort",
        ),
    ),
    "district": (
        "Stadtteil",
        ("stadtteil", "ortsteil", "sozialraum", "quartier", "district"),
    ),
    # a level between town and district (Hamburg's Bezirke); alone it is read as the district
    "borough": ("Bezirk", ("bezirk", "stadtbezirk", "borough")),
    "postcode": ("PLZ", ("plz", "postleitzahl", "postcode", "zip")),
    "service_area": (
        "Einzugsgebiet",
        (
            "einzugsgebiet",
            "versorgungsgebiet",
            "zuständigkeit",
            "zuständigkeitsgebiet",
            "gebiet",
            "für familien aus",
            "service_area",
            "service area",
        ),
    ),
    "address": ("Adresse", ("adresse", "anschrift", "straße", "address", "postanschrift")),
    "house_number": ("Hausnummer", ("hausnummer", "hausnr", "hnr")),
    "house_suffix": ("Hausnummernzusatz", ("hausnummernzusatz", "hausnrzusatz", "hausnr_alpha")),
    "lat": ("Breitengrad", ("breitengrad", "breite", "lat", "latitude", "geo breite")),
    "lon": ("Längengrad", ("längengrad", "länge", "lon", "lng", "longitude", "geo länge")),
    "phone": ("Telefon", ("telefon", "tel", "telefonnummer", "phone", "fon", "rufnummer")),
    "email": ("E-Mail", ("e-mail", "email", "mail", "e-mail-adresse", "emailadresse")),
    "website": (
        "Webseite",
        ("webseite", "website", "homepage", "internet", "internetseite", "url", "link", "web"),
    ),
    "cost": (
        "Kosten",
        (
            "kosten",
            "gebühr",
            "gebühren",
            "teilnahmegebühr",
            "beitrag",
            "preis",
            "cost",
            "kostenbeitrag",
        ),
    ),
    "languages": ("Sprachen", ("sprachen", "sprache", "angebotssprachen", "languages")),
    "schedule": (
        "Zeiten",
        (
            "zeiten",
            "öffnungszeiten",
            "termine",
            "termin",
            "sprechzeiten",
            "uhrzeit",
            "wann",
            "schedule",
            "zeit",
            "beginn",
            "kursbeginn",
        ),
    ),
    # what the offer is, in the region's own words; mapped to ages and topics by services.csv
    "services": (
        "Leistungen",
        (
            "leistungen",
            "leistung",
            "leistungsname",
            "angebotsart",
            "angebotsform",
            "angebotstyp",
            "betreuungsart",
            "betreuungsform",
            "betreuungsangebot",
            "einrichtungsart",
            "einrichtungstyp",
            "art der einrichtung",
            "services",
        ),
    ),
    "access": ("Zugang", ("zugang", "zugangsweg", "zugangsart", "anmeldung", "access")),
    "last_checked": (
        "Stand",
        (
            "stand",
            "aktualisiert",
            "letzte aktualisierung",
            "geprüft am",
            "zuletzt geprüft",
            "stand der angaben",
            "last_checked",
            "datum",
        ),
    ),
}
# topics are not required: without a topic column they are recognised in the offer's own words
REQUIRED = ("name", "municipality")
# a list without an Ort column names the town in its addresses ("…, 33330 Gütersloh")
REQUIRED_ONE_OF: dict[str, tuple[str, ...]] = {"municipality": ("municipality", "address")}
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
    if any(w.endswith("alter") for w in words):  # bracketed "(von)" counts here
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
        key = next((_SYNONYMS[f] for f in _compact(title) if f in _SYNONYMS), None)
        if key == "age" and (_LOW_WORDS | _HIGH_WORDS) & set(_words(title)):
            key = _by_words(title)  # "Alter (von)": the bracket says which bound
        found.append((position, key, title))
    exact = {key for _p, key, _t in found if key}
    for number, (position, key, title) in enumerate(found):
        if key is None:  # read by its words only where no header names that field exactly
            key = _by_words(title)
            found[number] = (position, key if key not in exact else None, title)
    columns.unknown.extend(title for _p, key, title in found if key is None)
    found = [f for f in found if f[1] is not None]
    providers = [f for f in found if f[1] == "provider"]
    if len(providers) > 1:
        for position, _key, title in providers:
            if {"einrichtung"} & _compact(title):
                found[found.index((position, "provider", title))] = (position, "facility", title)
                break
    for position, key, title in found:
        columns.index.setdefault(key, position)
        if key.startswith("age") and (_MONTH_HEADER.search(fold(title)) or "months" in title):
            columns.months.add(key)
    if "name" not in columns.index and "facility" in columns.index:
        columns.index["name"] = columns.index.pop("facility")
    return columns


def header_score(header: list[str]) -> int:
    """Tell how much a row looks like an offers header (0: not at all)."""
    columns = map_header(header)
    if "name" not in columns.index:
        return 0
    return len(columns.index) if len(columns.index) >= 3 else 0
