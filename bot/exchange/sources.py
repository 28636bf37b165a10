"""Read and validate the catalogue's three CSV files in the documented schema.

Validation collects every problem (file, row, column, value, why) before anything is written, so
that a planner fixes a file in one go and a bad file never replaces a good catalogue.
"""

from __future__ import annotations

import csv
import datetime as dt
import re
from pathlib import Path

from bot.catalogue.contents import CatalogueError, Problem, Sources
from bot.catalogue.store import write_catalogue
from bot.i18n import _
from bot.models import Offer, Place, Topic
from bot.vocabulary.units import AGE_MAX, AGE_MIN

PLACE_COLUMNS = ("key", "name", "kind", "parent", "postcodes", "aliases", "lat", "lon")
TOPIC_COLUMNS = ("key", "label_de", "label_en", "phases", "synonyms_de")
OFFER_COLUMNS = (
    "id", "name", "provider", "description", "topics", "audience", "age_min_months",
    "age_max_months", "municipality", "district", "service_area", "address", "lat", "lon",
    "phone", "email", "website", "cost", "languages", "schedule", "access", "last_checked",
)  # fmt: skip
OFFER_REQUIRED = ("id", "name", "topics", "municipality", "service_area")
PLACE_KINDS = {"kreis", "municipality", "district"}
ACCESS = {"offen", "anmeldung", "ueberweisung", ""}
_LANG = re.compile(r"^[a-z]{2}$")
_PHASE = re.compile(r"^P([0-5])(?:-P([0-5]))?$")


def split_list(cell: str | None) -> tuple[str, ...]:
    return tuple(item.strip() for item in (cell or "").split(";") if item.strip())


def _read(path: Path, columns: tuple[str, ...], problems: list[Problem]) -> list[dict[str, str]]:
    if not path.exists():
        problems.append(Problem(path.name, 0, "", "", _("file is missing")))
        return []
    try:
        with path.open(encoding="utf-8-sig", newline="") as handle:
            reader = csv.DictReader(handle)
            header = list(reader.fieldnames or [])
            absent = [c for c in columns if c not in header]
            for column in absent:
                problems.append(Problem(path.name, 1, column, "", _("column is missing")))
            if absent:
                return []
            return list(reader)
    except UnicodeDecodeError as error:
        problems.append(
            Problem(path.name, 0, "", str(error.object[error.start : error.end]),
                    _("the file is not UTF-8 encoded"))
        )  # fmt: skip
    except csv.Error as error:
        problems.append(Problem(path.name, 0, "", "", _("not a readable CSV file: {error}").format(
            error=error)))  # fmt: skip
    return []


def _float(value: str) -> float | None:
    try:
        return float(value) if value.strip() else None
    except ValueError:
        return None


def _phases(value: str) -> tuple[str, ...] | None:
    match = _PHASE.match(value.strip())
    if not match:
        return None
    first = int(match.group(1))
    last = int(match.group(2) or first)
    return tuple(f"P{i}" for i in range(first, last + 1))


def read_places(path: Path, problems: list[Problem]) -> list[Place]:
    rows = _read(path, PLACE_COLUMNS, problems)
    places: list[Place] = []
    keys = {row["key"].strip() for row in rows}
    for line, row in enumerate(rows, start=2):
        def bad(column: str, why: str, row: dict[str, str] = row, line: int = line) -> None:
            problems.append(Problem(path.name, line, column, row.get(column, "") or "", why))

        key = row["key"].strip()
        if not key:
            bad("key", _("a key is required"))
        if row["kind"] not in PLACE_KINDS:
            bad("kind", _("must be one of kreis, municipality, district"))
        parent = row["parent"].strip() or None
        if parent and parent not in keys:
            bad("parent", _("unknown place key"))
        lat, lon = _float(row["lat"]), _float(row["lon"])
        if lat is None or lon is None:
            bad("lat", _("latitude and longitude must be numbers"))
        places.append(
            Place(key, row["name"].strip(), row["kind"], parent, split_list(row["postcodes"]),
                  split_list(row["aliases"]), lat or 0.0, lon or 0.0)
        )  # fmt: skip
    return places


def read_topics(path: Path, problems: list[Problem]) -> list[Topic]:
    rows = _read(path, TOPIC_COLUMNS, problems)
    topics: list[Topic] = []
    for line, row in enumerate(rows, start=2):
        phases = _phases(row["phases"])
        if not row["key"].strip():
            problems.append(Problem(path.name, line, "key", "", _("a key is required")))
        if phases is None:
            problems.append(Problem(path.name, line, "phases", row["phases"],
                                    _("expected a life phase such as P1 or P0-P3")))  # fmt: skip
        topics.append(
            Topic(row["key"].strip(), row["label_de"].strip(), row["label_en"].strip(),
                  phases or (), split_list(row["synonyms_de"]))
        )  # fmt: skip
    return topics


def _age(value: str) -> tuple[int | None, bool]:
    text = value.strip()
    if not text:
        return None, True
    try:
        number = int(text)
    except ValueError:
        return None, False
    return number, AGE_MIN <= number <= AGE_MAX


def read_offers(
    path: Path, places: dict[str, Place], topics: set[str], problems: list[Problem]
) -> list[Offer]:
    rows = _read(path, OFFER_COLUMNS, problems)
    offers: list[Offer] = []
    seen: set[str] = set()
    today = dt.date.today()
    for line, row in enumerate(rows, start=2):
        def bad(column: str, why: str, row: dict[str, str] = row, line: int = line) -> None:
            problems.append(
                Problem(path.name, line, column, row.get(column, "") or "", why, row_only=True)
            )

        before = len(problems)
        for column in OFFER_REQUIRED:
            if not (row.get(column) or "").strip():
                bad(column, _("a value is required"))
        offer_id = row["id"].strip()
        if offer_id in seen:
            bad("id", _("this id is used twice"))
        seen.add(offer_id)
        offer_topics = split_list(row["topics"])
        for topic in offer_topics:
            if topic not in topics:
                bad("topics", _("unknown topic '{topic}'").format(topic=topic))
        age_min, ok_min = _age(row["age_min_months"])
        age_max, ok_max = _age(row["age_max_months"])
        if not ok_min:
            bad("age_min_months", _("must be a whole number of months from -9 to 323"))
        if not ok_max:
            bad("age_max_months", _("must be a whole number of months from -9 to 323"))
        if age_min is not None and age_max is not None and age_min > age_max:
            bad("age_max_months", _("the upper age is below the lower age"))
        municipality = row["municipality"].strip()
        if municipality and municipality not in places:
            bad("municipality", _("unknown place key"))
        district = row["district"].strip() or None
        if district and district not in places:
            bad("district", _("unknown place key"))
        area = split_list(row["service_area"])
        for key in area:
            if key not in places:
                bad("service_area", _("unknown place key '{key}'").format(key=key))
        languages = tuple(code.lower() for code in split_list(row["languages"])) or ("de",)
        if not all(_LANG.match(code) for code in languages):
            bad("languages", _("expected two-letter language codes such as de;tr"))
        if row["access"].strip() not in ACCESS:
            bad("access", _("must be one of offen, anmeldung, ueberweisung"))
        checked = row["last_checked"].strip()
        if checked:
            try:
                if dt.date.fromisoformat(checked) > today:
                    bad("last_checked", _("the date lies in the future"))
            except ValueError:
                bad("last_checked", _("expected a date such as 2026-03-31"))
        if len(problems) > before:
            continue  # the row is refused; with --skip-invalid it is left out
        offers.append(
            Offer(
                id=offer_id, name=row["name"].strip(), provider=row["provider"].strip(),
                description=row["description"].strip(), topics=offer_topics,
                audience=split_list(row["audience"]), age_min=age_min, age_max=age_max,
                municipality=municipality, district=district, service_area=area,
                address=row["address"].strip(), lat=_float(row["lat"]), lon=_float(row["lon"]),
                phone=row["phone"].strip(), email=row["email"].strip(),
                website=row["website"].strip(), cost=row["cost"].strip(), languages=languages,
                schedule=row["schedule"].strip(), access=row["access"].strip(),
                last_checked=checked,
            )
        )  # fmt: skip
    return offers


def read_directory(folder: Path) -> Sources:
    """Read places.csv, topics.csv and offers.csv from a folder, collecting every problem."""
    sources = Sources()
    sources.places = read_places(folder / "places.csv", sources.problems)
    sources.topics = read_topics(folder / "topics.csv", sources.problems)
    by_key = {p.key: p for p in sources.places}
    sources.offers = read_offers(
        folder / "offers.csv", by_key, {t.key for t in sources.topics}, sources.problems
    )
    return sources


def import_directory(folder: Path, path: Path) -> Sources:
    """Validate the three CSVs of `folder` and replace the catalogue at `path` with them."""
    sources = read_directory(Path(folder))
    write_catalogue(sources, path, source_name=str(folder))
    return sources


__all__ = ["CatalogueError", "Problem", "Sources", "import_directory", "read_directory"]
