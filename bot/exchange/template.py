"""Write the catalogue as the Excel list planners keep: German headers, names instead of keys.

The file is both an export and the template for a planner's own list: sheet "Angebote" re-imports
unchanged (`catalogue import FILE`), "Themen" and "Orte" show the words the import understands,
"Hinweise" explains every column. Ages are written in months ("Alter von (Monate)") so that a
round trip is exact; planners may write years in their own lists.
"""

from __future__ import annotations

import datetime as dt
import os
import tempfile
from pathlib import Path

from bot.catalogue.index import Catalogue
from bot.exchange.headers import FIELDS
from bot.exchange.values import AUDIENCE_LABELS, LANGUAGE_NAMES
from bot.models import Offer

OFFER_SHEET = "Angebote"
ACCESS_LABELS = {"offen": "offen", "anmeldung": "Anmeldung", "ueberweisung": "Überweisung"}
COLUMNS = (
    "id",
    "name",
    "provider",
    "description",
    "topics",
    "audience",
    "age_min",
    "age_max",
    "municipality",
    "district",
    "service_area",
    "address",
    "lat",
    "lon",
    "phone",
    "email",
    "website",
    "cost",
    "languages",
    "schedule",
    "access",
    "last_checked",
)
MONTH_COLUMNS = {"age_min": "Alter von (Monate)", "age_max": "Alter bis (Monate)"}
HINTS = (
    ("ID", "Eigene Kennung (z. B. KAM-012). Leer: wird aus Kommune, Angebot und Träger gebildet."),
    ("Angebot", "Pflicht. Name des Angebots."),
    (
        "Themen",
        "Pflicht. Themen, Schlüssel oder Stichworte aus dem Blatt 'Themen', mit ; getrennt.",
    ),
    ("Zielgruppe", "Kinder, Jugendliche, Eltern, Schwangere, Familien, Fachkräfte."),
    (
        "Alter von / Alter bis",
        "Jahre (3, 2,5, 'unter 3') oder Monate, wenn die Überschrift "
        "'(Monate)' enthält. Schwangerschaft: 'Schwangerschaft' oder -9. Leer: keine Grenze.",
    ),
    ("Alter", "Statt von/bis: '0–3 J.', 'ab 6', 'bis 10 Jahre', 'unter 3 Jahren', 'Schwangere'."),
    ("Ort/Kommune", "Pflicht. Kommune (oder Stadtteil) aus dem Blatt 'Orte', auch PLZ."),
    ("Stadtteil", "Stadtteil der Kommune, leer wenn kommunenweit."),
    (
        "Einzugsgebiet",
        "Orte, deren Familien das Angebot nutzen können, mit ; getrennt; "
        "'Kreis Unna' für kreisweit. Leer: die Kommune.",
    ),
    ("Kosten", "'kostenlos' (auch 'frei', '0 €') oder ein kurzer Text."),
    ("Sprachen", "Deutsch, Türkisch, Arabisch … oder de;tr;ar."),
    ("Zugang", "offen, Anmeldung oder Überweisung."),
    ("Stand", "Datum der letzten Prüfung: 31.03.2026, 2026-03-31 oder 03/2026."),
)


def header() -> list[str]:
    return [MONTH_COLUMNS.get(c) or FIELDS[c][0] for c in COLUMNS]


def offer_cells(offer: Offer, catalogue: Catalogue) -> list[object]:
    """Return one offer as the planner sees it: names, labels and language names."""
    checked: object = offer.last_checked
    if offer.last_checked:
        checked = dt.date.fromisoformat(offer.last_checked)
    values = {
        "id": offer.id,
        "name": offer.name,
        "provider": offer.provider,
        "description": offer.description,
        "topics": "; ".join(catalogue.topic_label(t) for t in offer.topics),
        "audience": "; ".join(AUDIENCE_LABELS.get(a, a) for a in offer.audience),
        "age_min": offer.age_min,
        "age_max": offer.age_max,
        "municipality": catalogue.place_name(offer.municipality),
        "district": catalogue.place_name(offer.district) if offer.district else "",
        "service_area": "; ".join(catalogue.place_name(k) for k in offer.service_area),
        "address": offer.address,
        "lat": offer.lat,
        "lon": offer.lon,
        "phone": offer.phone,
        "email": offer.email,
        "website": offer.website,
        "cost": offer.cost,
        "languages": "; ".join(LANGUAGE_NAMES.get(c, c) for c in offer.languages),
        "schedule": offer.schedule,
        "access": ACCESS_LABELS.get(offer.access, offer.access),
        "last_checked": checked,
    }
    return [values[c] for c in COLUMNS]


def export_xlsx(catalogue: Catalogue, path: Path) -> int:
    """Write the offers (and the vocabulary sheets) to an .xlsx file; return the offer count."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    book = Workbook()
    sheet = book.active
    sheet.title = OFFER_SHEET
    sheet.append(header())
    for offer in catalogue.offers:
        sheet.append(offer_cells(offer, catalogue))
    for row in sheet.iter_rows(
        min_row=2,
        min_col=COLUMNS.index("last_checked") + 1,
        max_col=COLUMNS.index("last_checked") + 1,
    ):
        for cell in row:
            cell.number_format = "DD.MM.YYYY"
    topics = book.create_sheet("Themen")
    topics.append(["Schlüssel", "Thema", "Lebensphasen", "Stichworte (werden erkannt)"])
    for topic in catalogue.topics.values():
        topics.append(
            [topic.key, topic.label_de, ", ".join(topic.phases), "; ".join(topic.synonyms)]
        )
    places = book.create_sheet("Orte")
    places.append(["Schlüssel", "Ortsname", "Art", "gehört zu", "PLZ", "andere Schreibweisen"])
    for place in catalogue.gazetteer.places.values():
        places.append(
            [
                place.key,
                place.name,
                place.kind,
                catalogue.place_name(place.parent),
                "; ".join(place.postcodes),
                "; ".join(place.aliases),
            ]
        )
    hints = book.create_sheet("Hinweise")
    hints.append(["Spalte", "Was hineingehört"])
    for hint in HINTS:
        hints.append(list(hint))
    for each in book.worksheets:
        each.freeze_panes = "A2"
        for cell in each[1]:
            cell.font = Font(bold=True)
        for column in each.columns:
            width = max(len(str(c.value or "")) for c in list(column)[:50])
            each.column_dimensions[column[0].column_letter].width = min(max(width, 8) + 2, 60)
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    os.close(handle)
    try:
        book.save(tmp)
        os.replace(tmp, path)
    finally:
        Path(tmp).unlink(missing_ok=True)
    return len(catalogue.offers)
