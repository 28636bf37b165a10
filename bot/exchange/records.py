"""Turn the records of an open-data JSON export into table rows, however deeply they nest.

Portals publish offers as JSON shaped by their own database: a Landesportal nests the provider
with its contact (`"anbieter": {"kontakt": {"telefon": …}}`), lists categories as objects
(`"kategorien": [{"id": 3, "name": "Frühe Hilfen"}]`) and an offer's several locations as a list
(`"standorte": [{"adresse": {"ort": "Marl"}}, …]`); Schema.org JSON-LD nests the address in
`"address"` or in `"availableChannel" › "serviceLocation"`; CKAN wraps the records in
`{"result": {"records": […]}}` beside a list of field definitions.

A nested value becomes a column named by its path (`anbieter › kontakt › telefon`), shortened to
its last two steps so that the same thing nested in different places is one column
(`address › postalCode`). The header reader (`headers.py`) reads such a column by its last step,
or by the step above a generic one (`anbieter › name` is the Träger, `alter › von` the lower
age). A list of locations gives one row per location (the offer at each place); other lists of
objects are joined per field (`kategorien › name` = "Frühe Hilfen; Eltern-Kind-Gruppen").
"""

from __future__ import annotations

import re
from collections.abc import Callable

PATH = " › "
_SKIP = {"@context", "@type"}
_TIME = re.compile(r"\d{1,2}[:.]\d{2}(?::\d{2})?(?:\s*uhr)?", re.IGNORECASE)
_MONTHS = re.compile(r"(?i)monat|month")
_PLACE_FIELDS = {"municipality", "address", "postcode", "lat", "lon", "district", "point"}


def _leaves(value: object, path: tuple[str, ...]) -> list[tuple[tuple[str, ...], object]]:
    """Every scalar (or list of scalars) under `value`, with its path of keys."""
    if isinstance(value, dict):
        found: list[tuple[tuple[str, ...], object]] = []
        point = value.get("coordinates")
        if value.get("type") == "Point" and isinstance(point, list) and len(point) >= 2:
            return [((*path, "lat"), point[1]), ((*path, "lon"), point[0])]  # GeoJSON: lon, lat
        if _MONTHS.search(str(value.get("einheit") or value.get("unit") or "")):
            # `alter: {von: 6, bis: 36, einheit: "Monate"}`: each number says its unit, so
            # records in months and in years can share the column
            value = {k: f"{v} Monate" if re.fullmatch(r"-?\d+", _text(v)) else v
                     for k, v in value.items()}  # fmt: skip
        for key, inner in value.items():
            if str(key) not in _SKIP:
                found += _leaves(inner, (*path, str(key)))
        return found
    if isinstance(value, list) and any(isinstance(v, dict) for v in value):
        if _is_times(value):  # opening hours: each object is one text, "Montag 09:00–12:00"
            return [(path, "; ".join(_time_text(v) for v in value if isinstance(v, dict)))]
        joined: dict[tuple[str, ...], list[str]] = {}
        for item in value:
            for leaf, inner in _leaves(item, path):
                text = _text(inner)
                if text:
                    joined.setdefault(leaf, []).append(text)
        return [(leaf, "; ".join(texts)) for leaf, texts in joined.items()]
    return [(path, value)]


def _is_times(items: list[object]) -> bool:
    """A list of flat objects that hold clock times (`[{tag, von, bis}]`, Schema.org's
    `openingHoursSpecification`): read per object, not per key, so day and hours stay one."""
    flat = [v for v in items if isinstance(v, dict)]
    return all(not isinstance(x, dict | list) for v in flat for x in v.values()) and any(
        _TIME.fullmatch(_text(x)) for v in flat for x in v.values()
    )


def _time_text(item: dict[str, object]) -> str:
    texts = [
        _text(v).rsplit("/", 1)[-1]  # "https://schema.org/Monday"
        for k, v in item.items()
        if str(k) not in _SKIP and _text(v)
    ]
    if len(texts) >= 2 and all(_TIME.fullmatch(t) for t in texts[-2:]):
        texts[-2:] = [f"{texts[-2]}–{texts[-1]}"]
    return " ".join(texts)


def _text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return "; ".join(t for t in (_text(v) for v in value) if t)
    if isinstance(value, bool):
        return str(value).lower()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def column_name(path: tuple[str, ...]) -> str:
    """The column of a nested value: its last two keys ("adresse › ort")."""
    return PATH.join(path[-2:])


def _is_location_list(
    value: object, field_of: Callable[[list[str]], set[str]]
) -> bool:
    if not isinstance(value, list) or not value or not all(isinstance(v, dict) for v in value):
        return False
    names = [column_name(path) for item in value for path, _v in _leaves(item, ("x",))]
    return bool(field_of(names) & _PLACE_FIELDS)


def flatten(
    record: dict[str, object], field_of: Callable[[list[str]], set[str]]
) -> list[dict[str, object]]:
    """One row per location of the record (one row when it has no list of locations).

    `field_of` tells which fields a set of column names holds (the header reader), so that
    a list is recognised as locations by what its objects contain, whatever it is called.
    """
    own: dict[str, object] = {}
    locations: list[dict[str, object]] = []
    for key, value in record.items():
        if str(key) in _SKIP:
            continue
        if not locations and _is_location_list(value, field_of):
            locations = [
                {column_name(path): inner for path, inner in _leaves(item, (str(key),))}
                for item in value  # type: ignore[union-attr]
            ]
            continue
        for path, inner in _leaves(value, (str(key),)):
            own.setdefault(column_name(path), inner)
    if not locations:
        return [own]
    return [own | {k: v for k, v in place.items() if k not in own} for place in locations]


def _wrapped(objects: list[dict[str, object]]) -> list[list[dict[str, object]]]:
    """The records inside wrappers: Schema.org's `ItemList` holds each offer as the `item` of
    a `ListItem` beside its `position`; every key that holds an object in each wrapper offers
    those objects as a list of records of their own."""
    keys = [k for k in objects[0] if all(isinstance(o.get(k), dict) for o in objects)]
    return [[o[k] for o in objects] for k in keys]  # type: ignore[misc]


def _resource(value: object) -> bool:
    return isinstance(value, dict) and "type" in value and "id" in value


def json_api_records(data: object) -> list[dict[str, object]] | None:
    """The resources of a JSON:API page with their relationships filled in.

    A JSON:API portal (`{"data": [{type, id, attributes, relationships}], "included": […],
    "meta", "links"}`) gives each offer's fields under `attributes` and its provider and
    locations only as references (`{"type": "standorte", "id": "s1"}`) to resources listed
    once in `included`: read alone, no offer has a place. Each reference is replaced by the
    referenced resource's attributes (a list of locations stays a list: one row per location).
    """
    if not isinstance(data, dict):
        return None
    resources = data.get("data")
    if not isinstance(resources, list) or not resources or not all(
        _resource(r) and isinstance(r.get("attributes"), dict) for r in resources
    ):
        return None
    included = [r for r in data.get("included") or [] if _resource(r)]
    by_ref = {(str(r["type"]), str(r["id"])): r for r in [*resources, *included]}

    def attributes(resource: dict[str, object]) -> dict[str, object]:
        return dict(resource.get("attributes") or {})  # type: ignore[call-overload]

    def target(ref: object) -> dict[str, object] | None:
        found = by_ref.get((str(ref["type"]), str(ref["id"]))) if _resource(ref) else None
        return attributes(found) if found else None  # type: ignore[index]

    records = []
    for resource in resources:
        record: dict[str, object] = {"id": resource["id"], **attributes(resource)}
        relationships = resource.get("relationships")
        for name, relation in (relationships if isinstance(relationships, dict) else {}).items():
            ref = relation.get("data") if isinstance(relation, dict) else None
            if isinstance(ref, list):
                targets = [t for t in (target(r) for r in ref) if t]
                if targets:
                    record.setdefault(str(name), targets)
            elif (one := target(ref)) is not None:
                record.setdefault(str(name), one)
        records.append(record)
    return records


def find_records(
    data: object, score: Callable[[list[str]], int], depth: int = 0
) -> list[dict[str, object]] | None:
    """The list of objects in a JSON export whose fields look most like offers.

    CKAN puts its field definitions (`"fields": [{"id", "type"}]`) beside the records, and a
    portal may add lists of categories or towns: the list whose keys the header reader knows
    best wins, the longest on a tie. A JSON:API page is read with its references resolved.
    """
    if (resolved := json_api_records(data)) is not None:
        return resolved
    candidates: list[list[dict[str, object]]] = []

    def walk(value: object, level: int) -> None:
        if isinstance(value, list):
            objects = [v for v in value if isinstance(v, dict)]
            if objects and len(objects) == len(value):
                candidates.append(objects)
                candidates.extend(_wrapped(objects))
            return
        if isinstance(value, dict) and level <= 3:
            for inner in value.values():
                walk(inner, level + 1)

    walk(data, depth)
    if not candidates:
        return None

    def rank(objects: list[dict[str, object]]) -> tuple[int, int]:
        names: list[str] = []
        for record in objects[:20]:
            for path, _v in _leaves(record, ()):
                name = column_name(path)
                if name not in names:
                    names.append(name)
        return score(names), len(objects)

    return max(candidates, key=rank)
