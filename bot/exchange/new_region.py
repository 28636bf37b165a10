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
from bot.exchange.tables import cell_text, read_table
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
    if path.is_dir() or not path.exists():
        return None
    table = read_table(path, header_score, [], sheet)
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
