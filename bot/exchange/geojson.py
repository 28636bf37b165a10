"""Read a GeoJSON FeatureCollection or a JSON list of records (open-data portals) as a table.

Each point feature becomes a row: its properties are the columns (lists joined with "; ",
strings trimmed) and its coordinates the columns Breitengrad/Längengrad, so the planner list
reader (headers, values, services) treats it like any other list. Rows are numbered by feature
(the first feature is line 1) for the import report. A plain JSON export (a list of records, or
one wrapped as `{"meta": …, "daten": [ … ]}` or CKAN's `{"result": {"records": [ … ]}}`) is read
the same way; nested objects such as `"geo": {"lat": …, "lon": …}` give their own columns.
An XML export is read as the same nested data (`xml_records.py`), an iCalendar file's events
as records (`ical.py`).
"""

from __future__ import annotations

import json
from pathlib import Path

from bot.catalogue.contents import Problem
from bot.exchange.headers import header_score, map_header
from bot.exchange.ical import IcalError, read_ical
from bot.exchange.markup import plain
from bot.exchange.records import find_records, flatten
from bot.exchange.tables import Cell, Table
from bot.exchange.xml_records import XmlError, read_xml
from bot.i18n import _

LAT, LON = "Breitengrad", "Längengrad"


def _plain(text: str) -> str:
    """A CMS's JSON (WordPress, Drupal) keeps its HTML: read as the page shows it."""
    return plain(text)


def _cell(value: object) -> Cell:
    if isinstance(value, list):
        return "; ".join(str(v).strip() for v in value if v is not None and str(v).strip())
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, str):
        return _plain(value)
    if isinstance(value, bool):
        return str(value).lower()
    return value  # type: ignore[return-value]


def read_geojson(path: Path, problems: list[Problem]) -> Table | None:
    """Return the features of a FeatureCollection as a table; None with a problem if not one."""
    if Path(path).suffix.lower() == ".ics":
        try:
            data = read_ical(path)
        except (IcalError, UnicodeDecodeError) as error:
            why = _("not a readable iCalendar file: {error}").format(error=error)
            problems.append(Problem(path.name, getattr(error, "line", 0), "", "", why))
            return None
    elif Path(path).suffix.lower() == ".xml":
        try:
            data = read_xml(path)
        except XmlError as error:
            why = _("not a readable XML file: {error}").format(error=error)
            problems.append(Problem(path.name, error.line, "", "", why))
            return None
    else:
        try:
            data = json.loads(Path(path).read_bytes().decode("utf-8-sig"))
        except (UnicodeDecodeError, json.JSONDecodeError) as error:
            problems.append(Problem(path.name, 0, "", "", _("not a readable GeoJSON file: {error}")
                                    .format(error=error)))  # fmt: skip
            return None
    features = data.get("features") if isinstance(data, dict) else None
    if not isinstance(features, list):
        records = find_records(data, header_score)
        if records is None:
            problems.append(Problem(path.name, 0, "", "", _(
                "neither a GeoJSON FeatureCollection nor a list of records")))  # fmt: skip
            return None
        features = [{"properties": record} for record in records]
    header: list[str] = []
    records_read: list[tuple[int, dict[str, object], tuple[float, float] | None]] = []
    for number, feature in enumerate(features, start=1):
        geometry = (feature or {}).get("geometry") or {}
        point = None
        coordinates = geometry.get("coordinates")
        if geometry.get("type") == "Point" and isinstance(coordinates, list | tuple):
            point = (float(coordinates[1]), float(coordinates[0]))  # GeoJSON is lon, lat
        rows = flatten((feature or {}).get("properties") or {}, _fields)
        _number_ids(rows)
        for properties in rows:
            for key in properties:
                if key not in header:
                    header.append(key)
            records_read.append((number, properties, point))
    header += [LAT, LON]
    table_rows: list[tuple[int, list[Cell]]] = []
    for number, properties, point in records_read:
        cells = [_cell(properties.get(key)) for key in header[:-2]]
        cells += [point[0], point[1]] if point else [None, None]
        table_rows.append((number, cells))
    return Table(f"{path.name}", header, 0, table_rows)


def _fields(names: list[str]) -> set[str]:
    return set(map_header(names).index)


def _number_ids(rows: list[dict[str, object]]) -> None:
    """An offer at several locations: each location row gets its own id ("fp-1", "fp-1-2")."""
    if len(rows) < 2:
        return
    for key in [k for k in rows[0] if _fields([k]) == {"id"}]:
        for count, row in enumerate(rows[1:], start=2):
            if row.get(key) not in (None, ""):
                row[key] = f"{row[key]}-{count}"
