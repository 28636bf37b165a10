"""Exchange the catalogue with other directories in Open Referral's HSDS 3.0 (CSV data package).

Export (hsds_export.py) writes every table and column of the published `datapackage.json`
(hsds3/), so any HSDS tool reads it. What HSDS has no column for (ages in months, our topic
keys, audience, access, municipality and district) travels as `attributes` on the service,
linked to terms of two Präventionslotse taxonomies; an import of our own export is therefore
lossless, while a foreign package is read from its standard columns (ages in years,
service_areas and addresses matched to the gazetteer, taxonomy terms and otherwise the
description matched to our topics).
"""

from __future__ import annotations

import csv
import json
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from itertools import product
from pathlib import Path

from bot.exchange.ages import parse_age_span
from bot.exchange.offer_topics import OfferTopics
from bot.exchange.places import split_places
from bot.exchange.sources import Problem, Sources
from bot.exchange.tables import decode
from bot.exchange.values import (
    ValueProblem,
    normalise_cost,
    normalise_date,
    normalise_languages,
)
from bot.exchange.vocabulary import PlaceResolver, TopicResolver
from bot.i18n import _
from bot.models import Offer, Place, Topic
from bot.understanding.topics import TopicIndex
from bot.vocabulary.units import AGE_MAX

DATAPACKAGE = Path(__file__).resolve().parent / "hsds3" / "datapackage.json"
TOPIC_TAXONOMY = "praeventionslotse-themen"
FIELD_TAXONOMY = "praeventionslotse-felder"
EXTENSION_FIELDS = ("age_months", "audience", "access", "municipality", "district")
ACCESS_TEXT = {
    "offen": "Ohne Anmeldung, einfach kommen.",
    "anmeldung": "Mit Anmeldung.",
    "ueberweisung": "Nur mit Überweisung oder Vermittlung.",
}
INACTIVE = {"inactive", "defunct", "temporarily closed"}


@cache
def schema() -> dict[str, tuple[str, list[str]]]:
    """Return resource name -> (file name, column names) from the published descriptor."""
    package = json.loads(DATAPACKAGE.read_text(encoding="utf-8"))
    return {
        r["name"]: (r["path"], [f["name"] for f in r["schema"]["fields"]])
        for r in package["resources"]
    }


def is_hsds(folder: Path) -> bool:
    return (Path(folder) / "services.csv").exists()


def _table_path(folder: Path, standard: str) -> Path | None:
    """The table's file, also where an export names it in the singular or plural
    (`service_at_locations.csv`, `services_at_location.csv` of HSDS 2)."""
    path = Path(folder) / standard
    if path.exists():
        return path
    words = Path(standard).stem.split("_")
    forms = [{w, w + "s", w + "es", w.removesuffix("s"), w.removesuffix("es")} for w in words]
    wanted = {"_".join(combo) for combo in product(*forms)}
    return next((f for f in sorted(Path(folder).glob("*.csv")) if f.stem.lower() in wanted), None)


def _rows(folder: Path, name: str, problems: list[Problem]) -> list[dict[str, str]]:
    path = _table_path(folder, schema()[name][0])
    if path is None:
        return []
    text = decode(path.read_bytes(), path.name, problems)
    if text is None:
        return []
    return [
        {k: (v or "").strip() for k, v in row.items() if k}
        for row in csv.DictReader(text.splitlines())
    ]


@dataclass
class _Package:
    tables: dict[str, list[dict[str, str]]] = field(default_factory=dict)

    def by(self, name: str, column: str) -> dict[str, list[dict[str, str]]]:
        grouped: dict[str, list[dict[str, str]]] = defaultdict(list)
        for row in self.tables.get(name, []):
            grouped[row.get(column, "")].append(row)
        return grouped


def _years_to_months(value: str, upper: bool) -> int | None:
    if not value:
        return None
    years = float(value.replace(",", "."))
    if years < 0:
        raise ValueProblem(_("an age cannot be negative"))
    months = years * 12 + 11 if upper and years == int(years) else years * 12
    result = round(months)
    return None if upper and result > AGE_MAX else result


def read_hsds(
    folder: Path,
    places: Iterable[Place],
    topics: Iterable[Topic],
    default_place: str | None = None,
) -> tuple[Sources, list[Problem]]:
    """Read an HSDS 3.0 CSV package into sources; services outside the gazetteer need a default."""
    sources = Sources(places=list(places), topics=list(topics))
    notes: list[Problem] = []
    package = _Package({name: _rows(folder, name, sources.problems) for name in schema()})
    if not (Path(folder) / "services.csv").exists():
        sources.problems.append(Problem("services.csv", 0, "", "", _("file is missing")))
        return sources, notes
    reader = _HsdsReader(package, sources, notes, default_place)
    for line, service in enumerate(package.tables["service"], start=2):
        if service.get("status", "").lower() in INACTIVE:
            notes.append(
                Problem("services.csv", line, "status", service["status"], _("not active: skipped"))
            )
            continue
        offer = reader.offer(line, service)
        if offer is not None:
            sources.offers.append(offer)
    return sources, notes


class _HsdsReader:
    def __init__(
        self, package: _Package, sources: Sources, notes: list[Problem], default: str | None
    ) -> None:
        self.sources, self.notes, self.default = sources, notes, default
        self.places = PlaceResolver(sources.places)
        self.topic_words = TopicResolver(sources.topics)
        self.topic_keys = {t.key for t in sources.topics}
        self.topic_index = TopicIndex({t.key: t for t in sources.topics})
        self.term_reader = OfferTopics(sources.topics)
        self.organisations = {o["id"]: o for o in package.tables.get("organization", [])}
        self.terms = {t["id"]: t for t in package.tables.get("taxonomy_term", [])}
        self.locations = {loc["id"]: loc for loc in package.tables.get("location", [])}
        self.attributes = package.by("attribute", "link_id")
        self.at_location = package.by("service_at_location", "service_id")
        self.addresses = package.by("address", "location_id")
        self.areas = package.by("service_area", "service_id")
        self.languages = package.by("language", "service_id")
        self.phones = package.by("phone", "service_id")
        self.location_phones = package.by("phone", "location_id")
        self.schedules = package.by("schedule", "service_id")

    def offer(self, line: int, service: dict[str, str]) -> Offer | None:
        problems = self.sources.problems
        before = len(problems)

        def bad(column: str, value: str, why: str) -> None:
            problems.append(Problem("services.csv", line, column, value, why))

        sid, name = service.get("id", ""), service.get("name", "")
        if not sid or not name:
            bad("id" if not sid else "name", "", _("a value is required"))
        extension, topics = self._attributes(sid)
        if not topics:
            text = f"{name}. {service.get('description', '')}"
            topics = self.topic_index.find(text, None).topics
            if topics:
                self.notes.append(
                    Problem(
                        "services.csv",
                        line,
                        "description",
                        name,
                        _(
                            "no known taxonomy term: topics guessed from the description: {topics}"
                        ).format(topics=", ".join(topics)),
                    )
                )
            else:
                bad(
                    "attributes",
                    name,
                    _(
                        "no topic: neither a taxonomy term nor the description "
                        "names one of our topics"
                    ),
                )
        age_min = age_max = None
        try:
            if "age_months" in extension:
                low, _sep, high = extension["age_months"].partition("..")
                age_min, age_max = (int(low) if low else None), (int(high) if high else None)
            else:
                age_min = _years_to_months(service.get("minimum_age", ""), upper=False)
                age_max = _years_to_months(service.get("maximum_age", ""), upper=True)
                if None in (age_min, age_max) and service.get("eligibility_description"):
                    # "Kinder von 1 bis 3 Jahren", "Schwangere und …": ages said in words fill
                    # the bounds the numbers leave open; words nothing reads change nothing
                    try:
                        low, high = parse_age_span(service["eligibility_description"])
                    except ValueProblem:
                        low = high = None
                    age_min = age_min if age_min is not None else low
                    age_max = age_max if age_max is not None else high
        except ValueError as error:
            bad(
                "minimum_age",
                f"{service.get('minimum_age')}–{service.get('maximum_age')}",
                str(error) if isinstance(error, ValueProblem) else _("ages must be numbers"),
            )
        locations = [
            self.locations[s["location_id"]]
            for s in self.at_location.get(sid, [])
            if s.get("location_id") in self.locations
        ]
        municipality, district, area = self._places(line, sid, extension, locations, bad)
        organisation = self.organisations.get(service.get("organization_id", ""), {})
        try:
            languages = normalise_languages(
                ";".join(r.get("code") or r.get("name", "") for r in self.languages.get(sid, []))
            )
        except ValueProblem as error:
            bad("languages", "", str(error))
            languages = ()
        try:
            checked = normalise_date(
                service.get("assured_date") or service.get("last_modified", "")[:10]
            )
        except ValueProblem as error:
            bad("assured_date", service.get("assured_date", ""), str(error))
            checked = ""
        if len(problems) > before:
            return None
        location = locations[0] if locations else {}
        lat = _coordinate(location.get("latitude", ""), 90)
        lon = _coordinate(location.get("longitude", ""), 180) if lat is not None else None
        phones = self.phones.get(sid) or self.location_phones.get(location.get("id", ""), [])
        return Offer(
            id=sid,
            name=name,
            provider=organisation.get("name", ""),
            description=service.get("description", ""),
            topics=tuple(topics),
            audience=tuple(a for a in extension.get("audience", "").split(";") if a),
            age_min=age_min,
            age_max=age_max,
            municipality=municipality,
            district=district,
            service_area=area,
            address=self.address_of(location),
            lat=lat,
            lon=lon,
            phone=phones[0].get("number", "").strip('"') if phones else "",
            email=service.get("email") or organisation.get("email", ""),
            website=service.get("url") or organisation.get("website", ""),
            cost=normalise_cost(service.get("fees_description") or service.get("fees", "")),
            languages=languages or ("de",),
            schedule="; ".join(
                _schedule_text(s) for s in self.schedules.get(sid, []) if _schedule_text(s)
            ),
            access=extension.get("access", ""),
            last_checked=checked,
        )

    def _attributes(self, sid: str) -> tuple[dict[str, str], list[str]]:
        extension: dict[str, str] = {}
        topics: list[str] = []
        for attribute in self.attributes.get(sid, []):
            term = self.terms.get(attribute.get("taxonomy_term_id", ""))
            if term is None:
                continue
            if term.get("taxonomy") == FIELD_TAXONOMY and term.get("code") in EXTENSION_FIELDS:
                extension[term["code"]] = attribute.get("value", "")
                continue
            if term.get("code") in self.topic_keys:
                keys: Iterable[str] = (term["code"],)
            else:
                # a foreign portal's own term ("Zuwanderung") is read as a family's words are
                keys = self.topic_words.resolve(term.get("name", ""))[0] or (
                    self.term_reader.read(term.get("name", ""), "", "", "", "").topics
                )
            topics.extend(k for k in keys if k not in topics)
        return extension, topics

    def _places(self, line, sid, extension, locations, bad):  # type: ignore[no-untyped-def]
        """Our own attributes first, then service areas and addresses, then the default place."""
        gazetteer = self.places.gazetteer
        municipality = extension.get("municipality") or None
        district = extension.get("district") or None
        area: list[str] = []
        unmatched: list[str] = []
        for row in self.areas.get(sid, []):
            key = row.get("description") if row.get("description") in gazetteer else None
            found = key or self.places.resolve(row.get("name", ""), municipality).key
            parts = [found] if found else [  # "Moers; Neukirchen-Vluyn": one area, several places
                self.places.resolve(p, municipality).key for p in split_places(row.get("name", ""))
            ]  # fmt: skip
            for found in parts:
                if found and found not in area:
                    area.append(found)
            if not all(parts):
                unmatched.append(row.get("name", "")[:60])
        if municipality is None:
            for location in locations:
                for address in self.addresses.get(location["id"], []):
                    found = self.places.resolve(
                        f"{address.get('postal_code', '')} {address.get('city', '')}"
                    ).key
                    if found:
                        municipality = gazetteer.municipality_of(found) or found
                        break
        if municipality is None and area:
            municipality = gazetteer.municipality_of(area[0]) or area[0]
        if municipality is None or (unmatched and not area):
            if self.default in gazetteer:
                self.notes.append(
                    Problem(
                        "services.csv",
                        line,
                        "service_areas",
                        "; ".join(unmatched),
                        _("not in the gazetteer: assigned to the default place {place}").format(
                            place=self.default
                        ),
                    )
                )
                municipality = (
                    municipality or gazetteer.municipality_of(self.default) or self.default
                )
                area = area or [self.default]
            else:
                bad(
                    "service_areas",
                    "; ".join(unmatched),
                    _(
                        "no place of the gazetteer found "
                        "in service areas or addresses: name a default place with --place"
                    ),
                )
        if not area and municipality:
            area = [district or municipality]
        for key in (municipality, district, *area):
            if key and key not in gazetteer:
                bad("service_areas", key, _("unknown place key"))
        return municipality or "", district, tuple(area)

    def address_of(self, location: dict[str, str]) -> str:
        rows = self.addresses.get(location.get("id", ""), [])
        if not rows:
            return ""
        row = rows[0]
        street = ", ".join(p for p in (row.get("address_1", ""), row.get("address_2", "")) if p)
        town = " ".join(p for p in (row.get("postal_code", ""), row.get("city", "")) if p)
        return ", ".join(p for p in (street, town) if p)


def _coordinate(value: str, limit: float) -> float | None:
    try:
        number = float(value)
    except ValueError:
        return None
    return number if -limit <= number <= limit else None


def _schedule_text(row: dict[str, str]) -> str:
    if row.get("description"):
        return row["description"]
    hours = "–".join(h[:5] for h in (row.get("opens_at", ""), row.get("closes_at", "")) if h)
    return " ".join(p for p in (row.get("byday", ""), hours) if p)
