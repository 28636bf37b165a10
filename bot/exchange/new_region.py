"""A new catalogue for another region: its places come from its own list.

`catalogue import LIST --catalogue NEW.db` is what a newcomer types first. Without `--places`
the new catalogue would start from the shipped gazetteer (the Kreis Unna), and a list from
Gütersloh or Münster would be refused row by row as "unknown place". When most of the list's
towns are unknown there, the gazetteer is derived from the list itself (exactly what
`catalogue places` writes) and the report says so, so the planner can review it later.
"""

from __future__ import annotations

from pathlib import Path

from bot.catalogue.contents import Problem
from bot.exchange.headers import header_score, map_header
from bot.exchange.places import derive_places
from bot.exchange.tables import Table, cell_text, read_table
from bot.exchange.values import town_of_address
from bot.exchange.vocabulary import PlaceResolver
from bot.i18n import _
from bot.models import Place

KNOWN_SHARE = 0.5  # at least this share of the named towns known: the list is of this region


def places_from_list(
    path: Path, places: list[Place], sheet: str | None = None
) -> tuple[list[Place], Problem] | None:
    """The list's own gazetteer when the given one knows too few of its towns, with a note."""
    path = Path(path)
    if not path.exists():
        return None
    table = hsds_place_table(path) if path.is_dir() else read_table(path, header_score, [], sheet)
    if table is None:
        return None
    columns = map_header(table.header)
    towns = [
        cell_text(cells[columns.index[key]])
        for _line, cells in table.rows
        for key in ("municipality", "borough", "district")
        if key in columns.index and columns.index[key] < len(cells)
        and cell_text(cells[columns.index[key]])
    ]  # fmt: skip
    if "municipality" not in columns.index and "address" in columns.index:
        towns += [town_of_address(cell_text(cells[columns.index["address"]]))
                  for _line, cells in table.rows if columns.index["address"] < len(cells)]
    towns = [t for t in towns if t]
    if not towns:
        return None
    resolver = PlaceResolver(places)
    known = sum(1 for town in set(towns) if resolver.resolve(town).key)
    if known >= KNOWN_SHARE * len(set(towns)):
        return None
    derived = derive_places(table)
    kinds = [p.kind for p in derived.places]
    note = Problem(
        path.name, table.header_line, "", "",
        _("new catalogue: its places were derived from the list ({municipalities} municipalities, "
          "{districts} districts); to review them: catalogue places {file} --out places.csv, "
          "then import with --places places.csv").format(
            municipalities=kinds.count("municipality"), districts=kinds.count("district"),
            file=path.name),
    )  # fmt: skip
    return derived.places, note


def hsds_place_table(folder: Path) -> Table | None:
    """An HSDS package's places as a list: one row per active service and location.

    HSDS keeps places in `addresses` (city, postal code), `locations` (coordinates) and
    `service_areas` (names such as "Kreis Kleve" or "Goch; Weeze; Uedem"); laid out like a
    planner's list (Ort, PLZ, coordinates, Einzugsgebiet) they give the region's gazetteer the
    same way, so an HSDS package needs no hand-made places file.
    """
    from bot.exchange.hsds import INACTIVE, _Package, _rows, is_hsds, schema

    if not is_hsds(folder):
        return None
    package = _Package({name: _rows(folder, name, []) for name in schema()})
    locations = {loc["id"]: loc for loc in package.tables.get("location", [])}
    at_location = package.by("service_at_location", "service_id")
    addresses = package.by("address", "location_id")
    areas = package.by("service_area", "service_id")
    header = ["Ort", "PLZ", "Breitengrad", "Längengrad", "Einzugsgebiet"]
    table = Table("services.csv", header, 1)
    for line, service in enumerate(package.tables.get("service", []), start=2):
        if service.get("status", "").lower() in INACTIVE:
            continue
        area = "; ".join(a.get("name", "") for a in areas.get(service.get("id", ""), []))
        places = [locations.get(s.get("location_id", ""), {})
                  for s in at_location.get(service.get("id", ""), [])] or [{}]  # fmt: skip
        for location in places:
            for address in addresses.get(location.get("id", ""), []) or [{}]:
                table.rows.append((line, [address.get("city", ""), address.get("postal_code", ""),
                                          location.get("latitude", ""),
                                          location.get("longitude", ""), area]))  # fmt: skip
    return table
