"""Derive a gazetteer (places.csv) from a region's own list, for the planner to review.

Another Jugendamt's list already names Ort, Stadtteil, Bezirk and PLZ; writing a gazetteer by
hand first would keep it from starting. The levels follow the columns:

* with a Bezirk column (a city of boroughs, Hamburg): the Ort most rows name is the region
  (kind `kreis`), the Bezirke are its `municipality` places, the Stadtteile their `district`s;
* without one: a region place (`--region`; else a row's "Kreis Soest"; else "Kreis" and the most
  named Ort, so that the region and its biggest town keep apart) above the Orte as
  `municipality` places and their Stadtteile as `district`s. Rows for the whole region
  ("Kreis Soest", "kreisweit") belong to the region, not to one more town.
* each Stadtteil (and each Bezirk of a city) gets the alias people write: "Detmold-Hiddesen".

Postcodes are those of the rows, coordinates the centroid of the rows' coordinates (a place
without any takes its children's, else its parent's). Odd values (an Ort named by one row whose
Stadtteil lies elsewhere) are not turned into places but reported, so the review stays short.
"""

from __future__ import annotations

import csv
import io
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from bot.catalogue.contents import Problem
from bot.exchange.headers import map_header
from bot.exchange.sources import PLACE_COLUMNS
from bot.exchange.tables import Table, cell_text
from bot.exchange.values import town_of_address
from bot.exchange.wrapped import unwrap
from bot.i18n import _
from bot.models import Place
from bot.text import slug

SUFFIX = {"kreis": "region", "municipality": "ort", "district": "stadtteil"}
RARE_SHARE = 0.01  # an Ort named by fewer rows than this share, beside a known Stadtteil, is noise


@dataclass
class _Node:
    name: str
    kind: str
    parent: str | None
    rows: int = 0
    postcodes: Counter[str] = field(default_factory=Counter)
    points: list[tuple[float, float]] = field(default_factory=list)


@dataclass
class DerivedPlaces:
    places: list[Place]
    notes: list[Problem]


def _float(text: str) -> float | None:
    try:
        return float(text.replace(",", "."))
    except ValueError:
        return None


def _postcode(text: str) -> str:
    found = re.search(r"\b(\d{5})\b", text)
    return found[1] if found else ""


def derive_places(table: Table, region: str | None = None) -> DerivedPlaces:
    """Build the places of a list from its place columns; notes name what was left out."""
    columns = map_header(table.header)
    unwrap(table, columns, [])  # a converted PDF's repeated header names no Stadtteil
    notes: list[Problem] = []

    def cell(cells: list, key: str) -> str:
        positions = [p for p in columns.positions(key) if p < len(cells)]
        if key == "municipality" and not positions:  # the town of "…, 33330 Gütersloh"
            return town_of_address(cell(cells, "address"))
        filled = [cell_text(cells[p]) for p in positions if cell_text(cells[p])]
        if not filled:
            return ""
        text = " ".join(filled[0].split())
        return re.sub(r"^\d{5}\s+", "", text) if key == "municipality" else text

    rows = [
        (line, {k: cell(cells, k) for k in ("municipality", "borough", "district", "postcode",
                                             "lat", "lon", "address", "service_area")}
         | {"code_in_town": _postcode(cell_text(cells[columns.index["municipality"]]))
            if columns.index.get("municipality", len(cells)) < len(cells) else ""})
        for line, cells in table.rows
        if any(cell_text(c) for c in cells)
    ]  # fmt: skip
    rows += _more_places(rows)
    whole = {r["municipality"] for _l, r in rows if _WHOLE_REGION.match(r["municipality"])}
    for _line, r in rows:  # "Kreis Soest", "kreisweit": the region itself, not one more town
        if r["municipality"] in whole:
            r["municipality"] = ""
    _split_qualified([r for _l, r in rows])
    city = _city_in(table.titles)
    if city and not any(r["municipality"] or r["borough"] for _l, r in rows):
        for _line, r in rows:  # "Familienwegweiser der Stadt Castrop-Rauxel" above Ortsteile
            r["municipality"] = city
    towns = Counter(r["municipality"] for _line, r in rows if r["municipality"])
    boroughs = "borough" in columns.index and any(r["borough"] for _l, r in rows)
    if not boroughs and not region and len(towns) == 1 and any(r["district"] for _l, r in rows):
        for _line, r in rows:  # one city: its Stadtteile are the places below it
            r["borough"], r["district"] = r["district"], ""
        boroughs = True
    areas = [part for _l, r in rows for part in split_places(r["service_area"])]
    named = sorted({n for n in (_region_in(w) for w in [*whole, *areas]) if n}, key=len)
    if not named and not boroughs:  # the list's title: "Kindertagesbetreuung im Kreis Höxter"
        named = [n for n in (_region_in(title) for title in table.titles) if n][:1]
    top_name = region or (named[0] if named else _region_name(towns, boroughs))
    nodes: dict[str, _Node] = {}
    compact: dict[tuple[str, str | None, str], str] = {}  # "Süd-Ost" and "Südost": one place

    def node(name: str, kind: str, parent: str | None) -> str:
        same = compact.get((_compact(name), parent, kind))
        if same:
            return same
        key = _new_node(name, kind, parent)
        compact[(_compact(name), parent, kind)] = key
        return key

    def _new_node(name: str, kind: str, parent: str | None) -> str:
        base = slug(name)
        above = slug(nodes[parent].name) if parent in nodes else kind
        for key in (base, f"{base}-{SUFFIX[kind]}", f"{base}-{above}-{SUFFIX[kind]}"):
            known = nodes.get(key)
            if known is None or (known.kind == kind and known.parent == parent):
                nodes.setdefault(key, _Node(name, kind, parent))
                return key
        raise AssertionError(key)  # pragma: no cover - three distinct keys cannot all clash

    top = node(top_name, "kreis", None)
    district_parent: dict[str, Counter[str]] = defaultdict(Counter)
    for _line, r in rows:
        if r["district"]:
            middle = r["borough"] if boroughs else r["municipality"]
            if middle:
                district_parent[r["district"]][middle] += 1
    for line, r in rows:
        town, borough, district = r["municipality"], r["borough"], r["district"]
        if (not (town or borough or district) and whole) or (
            town == top_name and not borough and not district
        ):
            nodes[top].rows += 1  # an offer for the whole region, or the whole city
            continue
        if boroughs:
            middle = borough
            if town and town != top_name and not borough and not district:
                middle = town  # a place outside the city, named only by its Ort
            elif town and town != top_name and towns[town] < RARE_SHARE * len(rows):
                notes.append(
                    Problem(
                        table.name,
                        line,
                        "Ort",
                        town,
                        _("not made a place: the row's Bezirk/Stadtteil decide"),
                    )
                )
        else:
            middle = town
        if not middle and district in district_parent:
            middle = district_parent[district].most_common(1)[0][0]
        if not middle:
            notes.append(Problem(table.name, line, "", "", _("the row names no place")))
            continue
        chain = [node(middle, "municipality", top)]
        if district:
            usual = district_parent[district].most_common(1)[0][0]
            if usual != middle:
                notes.append(Problem(table.name, line, "Stadtteil", district,
                                     _("also named in {town}; placed in {usual}")
                                     .format(town=middle, usual=usual)))  # fmt: skip
            chain.append(node(district, "district", node(usual, "municipality", top)))
        point = (_float(r["lat"]), _float(r["lon"]))
        code = r["postcode"] or _postcode(r["address"]) or r["code_in_town"]
        for key in (top, *chain):
            nodes[key].rows += 1
            if code:
                nodes[key].postcodes[code] += 1
            if None not in point:
                nodes[key].points.append(point)  # type: ignore[arg-type]
    known = {_compact(n.name) for n in nodes.values()}
    for part in areas:  # a town only a catchment area names ("Bornheim, Alfter, Swisttal")
        if _WHOLE_REGION.match(part) or _region_in(part) or _compact(part) in known:
            continue
        node(part, "municipality", top)
    return DerivedPlaces(_places(nodes, top, boroughs), notes)


def _more_places(rows: list[tuple[int, dict[str, str]]]) -> list[tuple[int, dict[str, str]]]:
    """A Bezirk or Stadtteil cell naming several places ("Wanne-Süd;Crange"): the row keeps the
    first, each further one becomes a place beside it (without the row's postcode or position,
    which belong to the first)."""
    extra: list[tuple[int, dict[str, str]]] = []
    for line, r in rows:
        for key in ("borough", "district"):
            parts = [p.strip() for p in r[key].split(";") if p.strip()]
            if len(parts) < 2:
                continue
            r[key] = parts[0]
            bare = {k: "" for k in ("postcode", "lat", "lon", "address", "code_in_town")}
            extra += [(line, r | bare | {key: part}) for part in parts[1:]]
    return extra


def _compact(name: str) -> str:
    """One form for the spellings of one place: "Süd-Ost"/"Südost", "St. Augustin"/"Sankt
    Augustin"."""
    return re.sub(r"[^a-z0-9]", "", re.sub(r"^st-", "sankt-", slug(name)))


def split_places(cell: str) -> list[str]:
    """The places of a catchment-area cell: "Bornheim, Alfter und Swisttal"."""
    return [p.strip() for p in re.split(r"[;,\n]| und | sowie ", cell) if p.strip()]


def _split_qualified(rows: list[dict[str, str]]) -> None:
    """"Bonn-Beuel", "Dortmund (Nordstadt)": a town the list also names alone, and a Stadtteil.

    Only a town named alone elsewhere is split off, so "Castrop-Rauxel" and "Hennef (Sieg)"
    stay whole.
    """
    alone = {r["municipality"] for r in rows if r["municipality"]}
    for r in rows:
        town = r["municipality"]
        bracket = re.fullmatch(r"(.+?)\s*\((.+)\)", town)
        if bracket and bracket[1] in alone:
            r["municipality"], rest = bracket[1], bracket[2]
        else:
            cut = next((i for i, c in enumerate(town) if c == "-" and town[:i] in alone), None)
            if cut is None:
                continue
            r["municipality"], rest = town[:cut], town[cut + 1 :].strip()
        r["district"] = r["district"] or rest


def _city_in(titles: list[str]) -> str | None:
    """The town a list's title names ("Familienwegweiser der Stadt Castrop-Rauxel",
    "Angebote der Gemeinde Wadersloh"): the town of a list whose rows name only Ortsteile."""
    for title in titles:
        found = re.search(r"\b(?:Stadt|Gemeinde|Hansestadt|Kreisstadt)\s+([A-ZÄÖÜ][\w.-]*\w)",
                          title)  # fmt: skip
        if found:
            return found[1]
    return None


def _region_in(text: str) -> str | None:
    """The region a cell names: "Kreis Coesfeld", "Rhein-Sieg-Kreis", "alle Kommunen des
    Hochsauerlandkreises", "Städteregion Aachen"."""
    found = re.search(r"(?i)\b((?:land)?kreis|städteregion|region)\s+([A-ZÄÖÜ][\w.-]*)", text)
    if found:
        return f"{found[1][0].upper()}{found[1][1:]} {found[2]}"
    found = re.search(r"\b([A-ZÄÖÜ][\w-]*?-?[kK]reis)(?:es|s)?\b", text)
    return found[1] if found and found[1].casefold() != "kreis" else None


_WHOLE_REGION = re.compile(
    r"(?i)^(?:(?:land)?kreis\b.*|kreisweit|kreisgebiet|gesamtes kreisgebiet|"
    r"(?:der )?(?:ganze[rs]?|gesamte[rs]?) kreis\w*\b.*|städteregion\b.*|[\w-]+-?kreis|"
    r"alle (?:kommunen|städte und gemeinden|städte|gemeinden|orte)\b.*|stadtweit|gesamtstadt)$"
)
_KREIS_NAME = re.compile(r"(?i)^(?:land)?kreis\s+\S")


def _region_name(towns: Counter[str], boroughs: bool) -> str:
    """The region above the towns: a city of boroughs is its Ort; several towns make a Kreis.

    Named "Kreis <most named Ort>" so that the region and its biggest town keep apart ("in
    Detmold" is the town, not the whole list); `--region` gives the real name.
    """
    if not towns:
        return _("whole area")
    first = towns.most_common(1)[0][0]
    return first if boroughs or len(towns) == 1 else f"Kreis {first}"


def _centre(node: _Node) -> tuple[float, float] | None:
    if not node.points:
        return None
    return (
        round(sum(p[0] for p in node.points) / len(node.points), 6),
        round(sum(p[1] for p in node.points) / len(node.points), 6),
    )


def _owners(nodes: dict[str, _Node], kind: str) -> dict[str, str]:
    """Give each postcode to the place of `kind` most of its rows lie in (one owner each)."""
    best: dict[str, tuple[int, str]] = {}
    for key, item in nodes.items():
        if item.kind == kind:
            for code, count in item.postcodes.items():
                if count > best.get(code, (0, ""))[0]:
                    best[code] = (count, key)
    return {code: key for code, (_count, key) in best.items()}


def _aliases(nodes: dict[str, _Node], key: str, top: str, boroughs: bool) -> tuple[str, ...]:
    """How people join a place to its town: "Bielefeld-Heepen", "Detmold-Hiddesen"."""
    item = nodes[key]
    # "Hamm (Westf.)", "Langenfeld (Rhld.)": the official name keeps its qualifier, people
    # write the town without it
    own = (_short(item.name),) if _short(item.name) != item.name else ()
    if item.kind == "kreis" or item.parent is None:
        return own
    if item.kind == "municipality":
        town = _short(nodes[top].name) if boroughs else ""
    else:
        town = _short(nodes[top].name if boroughs else nodes[item.parent].name)
    if not town or item.name.casefold().startswith(town.casefold()):
        return own
    return (*own, f"{town}-{_short(item.name)}")


def _short(name: str) -> str:
    """A place's name without the bracketed qualifier of its official form."""
    return re.sub(r"\s*\([^()]*\)$", "", name).strip() or name


def _places(nodes: dict[str, _Node], top: str, boroughs: bool = False) -> list[Place]:
    order = {"kreis": 0, "municipality": 1, "district": 2}
    owners = _owners(nodes, "municipality")
    district_owners = _owners(nodes, "district")
    keys = sorted(nodes, key=lambda k: (order[nodes[k].kind], nodes[k].name.casefold()))
    places: list[Place] = []
    for key in keys:
        item = nodes[key]
        centre = _centre(item) or (_centre(nodes[item.parent]) if item.parent else None)
        lat, lon = centre or (0.0, 0.0)
        # a postcode shared by several places (a street on the border) belongs to the one most
        # rows lie in, so that a postcode names one place; the region needs none of its own
        mine = owners if item.kind == "municipality" else district_owners
        codes = tuple(sorted(c for c in item.postcodes if mine.get(c) == key))
        aliases = _aliases(nodes, key, top, boroughs)
        places.append(Place(key, item.name, item.kind, item.parent, codes, aliases, lat, lon))
    return places


def places_csv(places: list[Place]) -> str:
    """Write places in the catalogue schema (places.csv), lists joined with ';'."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(PLACE_COLUMNS)
    for p in places:
        writer.writerow([p.key, p.name, p.kind, p.parent or "", ";".join(p.postcodes),
                         ";".join(p.aliases), p.lat, p.lon])  # fmt: skip
    return out.getvalue()


def write_places(places: list[Place], path: Path) -> Path:
    Path(path).write_text(places_csv(places), encoding="utf-8")
    return Path(path)
