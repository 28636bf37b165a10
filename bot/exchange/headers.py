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
            "schlagworte",
            "topics",
        ),
    ),
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
    "age": ("Alter", ("alter", "altersgruppe", "altersspanne", "altersbereich", "age")),
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
REQUIRED = ("name", "topics", "municipality")
# a list whose services say the topics (services.csv) needs no topics column
REQUIRED_ONE_OF = {"topics": ("topics", "services")}
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


def map_header(header: list[str]) -> Columns:
    """Match each header cell to a field; the first column wins when two mean the same."""
    columns = Columns()
    for position, title in enumerate(header):
        if not title.strip():
            continue
        key = next((_SYNONYMS[f] for f in _compact(title) if f in _SYNONYMS), None)
        if key is None:
            columns.unknown.append(title)
            continue
        columns.index.setdefault(key, position)
        if key.startswith("age") and (_MONTH_HEADER.search(fold(title)) or "months" in title):
            columns.months.add(key)
    return columns


def header_score(header: list[str]) -> int:
    """Tell how much a row looks like an offers header (0: not at all)."""
    columns = map_header(header)
    if "name" not in columns.index:
        return 0
    return len(columns.index) if len(columns.index) >= 3 else 0
