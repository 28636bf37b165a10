"""Read a GeoJSON FeatureCollection or a JSON list of records (open-data portals) as a table.

Each point feature becomes a row: its properties are the columns (lists joined with "; ",
strings trimmed) and its coordinates the columns Breitengrad/Längengrad, so the planner list
reader (headers, values, services) treats it like any other list. Rows are numbered by feature
(the first feature is line 1) for the import report. A plain JSON export (a list of records, or
one wrapped as `{"meta": …, "daten": [ … ]}` or CKAN's `{"result": {"records": [ … ]}}`) is read
the same way; nested objects such as `"geo": {"lat": …, "lon": …}` give their own columns.
"""

from __future__ import annotations

import json
from pathlib import Path

from bot.catalogue.contents import Problem
from bot.exchange.tables import Cell, Table
from bot.i18n import _

LAT, LON = "Breitengrad", "Längengrad"


def _cell(value: object) -> Cell:
    if isinstance(value, list):
        return "; ".join(str(v).strip() for v in value if v is not None and str(v).strip())
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, str):
        return value.strip()
    if isinstance(value, bool):
        return str(value).lower()
    return value  # type: ignore[return-value]


def read_geojson(path: Path, problems: list[Problem]) -> Table | None:
    """Return the features of a FeatureCollection as a table; None with a problem if not one."""
    try:
        data = json.loads(Path(path).read_bytes().decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        problems.append(Problem(path.name, 0, "", "", _("not a readable GeoJSON file: {error}")
                                .format(error=error)))  # fmt: skip
        return None
    features = data.get("features") if isinstance(data, dict) else None
    if not isinstance(features, list):
        records = _records(data)
        if records is None:
            problems.append(Problem(path.name, 0, "", "", _(
                "neither a GeoJSON FeatureCollection nor a list of records")))  # fmt: skip
            return None
        features = [{"properties": record} for record in records]
    header: list[str] = []
    records: list[tuple[dict[str, object], tuple[float, float] | None]] = []
    for feature in features:
        properties = _flat((feature or {}).get("properties") or {})
        geometry = (feature or {}).get("geometry") or {}
        point = None
        coordinates = geometry.get("coordinates")
        if geometry.get("type") == "Point" and isinstance(coordinates, list | tuple):
            point = (float(coordinates[1]), float(coordinates[0]))  # GeoJSON is lon, lat
        for key in properties:
            if key not in header:
                header.append(key)
        records.append((properties, point))
    header += [LAT, LON]
    rows: list[tuple[int, list[Cell]]] = []
    for number, (properties, point) in enumerate(records, start=1):
        cells = [_cell(properties.get(key)) for key in header[:-2]]
        cells += [point[0], point[1]] if point else [None, None]
        rows.append((number, cells))
    return Table(f"{path.name}", header, 0, rows)


def _records(data: object, depth: int = 0) -> list[dict[str, object]] | None:
    """The longest list of objects in a JSON export: the records, wherever they are wrapped."""
    if isinstance(data, list):
        objects = [r for r in data if isinstance(r, dict)]
        return objects if objects and len(objects) == len(data) else None
    if not isinstance(data, dict) or depth > 2:
        return None
    found = [r for r in (_records(v, depth + 1) for v in data.values()) if r]
    return max(found, key=len) if found else None


def _flat(record: dict[str, object]) -> dict[str, object]:
    """Lift the fields of nested objects ("geo": {"lat", "lon"}) beside the record's own."""
    flat: dict[str, object] = {}
    for key, value in record.items():
        if isinstance(value, dict) and value and not any(isinstance(v, dict | list)
                                                         for v in value.values()):  # fmt: skip
            for child, inner in value.items():
                flat[child if child not in record else f"{key} {child}"] = inner
        else:
            flat[key] = value
    return flat
