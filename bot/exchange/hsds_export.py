"""Write the catalogue as an HSDS 3.0 CSV data package (see hsds.py for the mapping).

Every table and column of the published `datapackage.json` is written, empty tables with their
header, and the descriptor is copied along, so any HSDS tool can validate and read the package.
Ids are the offer ids for services and stable UUIDs (uuid5) for everything else, so two exports
of the same catalogue are identical.
"""

from __future__ import annotations

import csv
import re
import shutil
import uuid
from collections import defaultdict
from pathlib import Path

from bot.catalogue.index import Catalogue
from bot.exchange.hsds import (
    ACCESS_TEXT,
    DATAPACKAGE,
    EXTENSION_FIELDS,
    FIELD_TAXONOMY,
    TOPIC_TAXONOMY,
    schema,
)
from bot.exchange.values import LANGUAGE_NAMES
from bot.models import Offer

NAMESPACE = uuid.UUID("6f2b8f86-5c1e-4d59-9d0e-3a1c2b7e4a10")


def _id(*parts: str) -> str:
    return str(uuid.uuid5(NAMESPACE, "|".join(parts)))


def _years(months: int | None, upper: bool) -> str:
    """Months to HSDS years: 36 → 3; an upper 47 ("until 3 inclusive") → 3; 18 → 1.5."""
    if months is None or months < 0:
        return ""
    if upper and (months + 1) % 12 == 0:
        return str((months + 1) // 12 - 1)
    value = round(months / 12, 2)
    return str(int(value)) if value == int(value) else str(value)


def _split_address(address: str) -> dict[str, str]:
    match = re.fullmatch(r"(.*?),\s*(\d{5})\s+(.+)", address.strip())
    if match:
        return {"address_1": match[1], "postal_code": match[2], "city": match[3]}
    return {"address_1": address.strip(), "postal_code": "", "city": ""}


def export_hsds(catalogue: Catalogue, folder: Path) -> dict[str, int]:
    """Write the catalogue as an HSDS 3.0 CSV package; return rows per table."""
    tables: dict[str, list[dict[str, object]]] = defaultdict(list)
    gazetteer = catalogue.gazetteer
    kreis = next((p.name for p in gazetteer.places.values() if p.kind == "kreis"), "")
    for code, name in (
        (TOPIC_TAXONOMY, "Präventionslotse: Themen"),
        (FIELD_TAXONOMY, "Präventionslotse: Felder ohne HSDS-Spalte"),
    ):
        tables["taxonomy"].append(
            {"id": _id("taxonomy", code), "name": name, "description": code, "version": "1"}
        )
    for topic in catalogue.topics.values():
        tables["taxonomy_term"].append(
            {
                "id": _id("topic", topic.key),
                "code": topic.key,
                "name": topic.label_de,
                "description": topic.label_en,
                "taxonomy": TOPIC_TAXONOMY,
                "language": "de",
                "taxonomy_id": _id("taxonomy", TOPIC_TAXONOMY),
            }
        )
    for code in EXTENSION_FIELDS:
        tables["taxonomy_term"].append(
            {
                "id": _id("field", code),
                "code": code,
                "name": code,
                "taxonomy": FIELD_TAXONOMY,
                "taxonomy_id": _id("taxonomy", FIELD_TAXONOMY),
            }
        )
    organisations: dict[str, str] = {}
    for offer in catalogue.offers:
        org = organisations.setdefault(offer.provider, _id("organization", offer.provider))
        if len(organisations) > len(tables["organization"]):
            tables["organization"].append({"id": org, "name": offer.provider})
        _export_offer(offer, org, catalogue, kreis, tables)
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    counts: dict[str, int] = {}
    for name, (path, columns) in schema().items():
        with (folder / path).open("w", encoding="utf-8", newline="") as handle:
            writer = csv.DictWriter(handle, columns, extrasaction="raise")
            writer.writeheader()
            for row in tables.get(name, []):
                writer.writerow({c: "" if row.get(c) is None else row.get(c, "") for c in columns})
        counts[name] = len(tables.get(name, []))
    shutil.copyfile(DATAPACKAGE, folder / "datapackage.json")
    return counts


def _export_offer(
    offer: Offer,
    org: str,
    catalogue: Catalogue,
    kreis: str,
    tables: dict[str, list[dict[str, object]]],
) -> None:
    sid = offer.id
    place = catalogue.gazetteer.get(offer.district or offer.municipality)
    eligibility = "Schwangerschaft" if offer.age_min is not None and offer.age_min < 0 else ""
    tables["service"].append(
        {
            "id": sid,
            "organization_id": org,
            "name": offer.name,
            "description": offer.description,
            "url": offer.website,
            "email": offer.email,
            "status": "active",
            "application_process": ACCESS_TEXT.get(offer.access, ""),
            "fees_description": offer.cost,
            "eligibility_description": eligibility,
            "minimum_age": _years(offer.age_min, False),
            "maximum_age": _years(offer.age_max, True),
            "assured_date": offer.last_checked,
        }
    )
    location = _id("location", sid)
    tables["location"].append(
        {
            "id": location,
            "location_type": "physical",
            "organization_id": org,
            "name": place.name if place else "",
            "latitude": offer.lat,
            "longitude": offer.lon,
        }
    )
    tables["address"].append(
        {
            "id": _id("address", sid),
            "location_id": location,
            **_split_address(offer.address),
            "region": kreis,
            "state_province": "Nordrhein-Westfalen",
            "country": "DE",
            "address_type": "physical",
        }
    )
    tables["service_at_location"].append(
        {"id": _id("service_at_location", sid), "service_id": sid, "location_id": location}
    )
    for key in offer.service_area:
        tables["service_area"].append(
            {
                "id": _id("service_area", sid, key),
                "service_id": sid,
                "name": catalogue.place_name(key),
                "description": key,
            }
        )
    for code in offer.languages:
        tables["language"].append(
            {
                "id": _id("language", sid, code),
                "service_id": sid,
                "name": LANGUAGE_NAMES.get(code, code),
                "code": code,
            }
        )
    if offer.phone:
        tables["phone"].append(
            {"id": _id("phone", sid), "service_id": sid, "number": offer.phone, "type": "voice"}
        )
    if offer.schedule:
        tables["schedule"].append(
            {"id": _id("schedule", sid), "service_id": sid, "description": offer.schedule}
        )
    for key in offer.topics:
        tables["attribute"].append(
            {
                "id": _id("attribute", sid, "topic", key),
                "link_id": sid,
                "taxonomy_term_id": _id("topic", key),
                "link_type": "topic",
                "link_entity": "service",
            }
        )
    ages = f"{'' if offer.age_min is None else offer.age_min}..{'' if offer.age_max is None else offer.age_max}"  # noqa: E501
    extension = {
        "age_months": ages,
        "audience": ";".join(offer.audience),
        "access": offer.access,
        "municipality": offer.municipality,
        "district": offer.district or "",
    }
    for code, value in extension.items():
        tables["attribute"].append(
            {
                "id": _id("attribute", sid, code),
                "link_id": sid,
                "taxonomy_term_id": _id("field", code),
                "link_type": code,
                "link_entity": "service",
                "value": value,
            }
        )
