"""Coordinates in a projected grid (UTM/ETRS89, Gauß-Krüger) turned into latitude/longitude.

GIS departments export their layers as tables whose only position is the grid the Land keeps
its maps in: NRW's ETRS89/UTM zone 32N (EPSG:25832, `UTM_OST`/`UTM_NORD`, `Rechtswert`/
`Hochwert`, sometimes with the zone written before the easting, `32431086`), older exports
Gauß-Krüger (EPSG:31466/31467, a Rechtswert of seven digits whose first is the zone). The
gazetteer and the offers keep WGS84 degrees, so the two columns are converted on reading and
added as Breitengrad/Längengrad (accurate to about a metre for UTM; Gauß-Krüger without the
datum shift, to about 150 m, enough for a place's centre and "nearest first").
"""

from __future__ import annotations

import math
import re

from bot.exchange.tables import Table, cell_text

LAT, LON = "Breitengrad", "Längengrad"
_GRS80 = (6378137.0, 1 / 298.257222101)
_BESSEL = (6377397.155, 1 / 299.1528128)


def _number(text: str) -> float | None:
    text = text.strip().replace(" ", "")
    if "," in text:
        text = text.replace(".", "").replace(",", ".")  # "5.635.970,04" / "431086,63"
    try:
        return float(text)
    except ValueError:
        return None


def _inverse(easting: float, northing: float, meridian: float, ellipsoid: tuple[float, float],
             scale: float) -> tuple[float, float]:  # fmt: skip
    """Transverse Mercator to geographic degrees (Snyder's series, USGS PP 1395, p. 63)."""
    a, f = ellipsoid
    e2 = f * (2 - f)
    ep2 = e2 / (1 - e2)
    m = northing / scale
    mu = m / (a * (1 - e2 / 4 - 3 * e2**2 / 64 - 5 * e2**3 / 256))
    e1 = (1 - math.sqrt(1 - e2)) / (1 + math.sqrt(1 - e2))
    phi1 = (mu + (3 * e1 / 2 - 27 * e1**3 / 32) * math.sin(2 * mu)
            + (21 * e1**2 / 16 - 55 * e1**4 / 32) * math.sin(4 * mu)
            + (151 * e1**3 / 96) * math.sin(6 * mu))  # fmt: skip
    c1 = ep2 * math.cos(phi1) ** 2
    t1 = math.tan(phi1) ** 2
    n1 = a / math.sqrt(1 - e2 * math.sin(phi1) ** 2)
    r1 = a * (1 - e2) / (1 - e2 * math.sin(phi1) ** 2) ** 1.5
    d = easting / (n1 * scale)
    lat = phi1 - (n1 * math.tan(phi1) / r1) * (
        d**2 / 2 - (5 + 3 * t1 + 10 * c1 - 4 * c1**2 - 9 * ep2) * d**4 / 24
        + (61 + 90 * t1 + 298 * c1 + 45 * t1**2 - 252 * ep2 - 3 * c1**2) * d**6 / 720
    )  # fmt: skip
    lon = (d - (1 + 2 * t1 + c1) * d**3 / 6
           + (5 - 2 * c1 + 28 * t1 - 3 * c1**2 + 8 * ep2 + 24 * t1**2) * d**5 / 120
           ) / math.cos(phi1)  # fmt: skip
    return round(math.degrees(lat), 6), round(meridian + math.degrees(lon), 6)


def to_degrees(
    easting: float, northing: float, zone_hint: int | None = None
) -> tuple[float, float] | None:
    """Latitude and longitude of a grid position; None when it is no German grid position."""
    if not 5_000_000 <= northing <= 6_200_000:
        return None
    if 31_000_000 <= easting < 34_000_000:  # UTM with the zone written first: 32431086
        zone, easting = int(easting // 1_000_000), easting % 1_000_000
        return _inverse(easting - 500_000, northing, 6 * zone - 183, _GRS80, 0.9996)
    if 2_000_000 <= easting < 6_000_000:  # Gauß-Krüger: the first digit is the 3° zone
        zone = int(easting // 1_000_000)
        return _inverse(easting - zone * 1_000_000 - 500_000, northing, 3 * zone, _BESSEL, 1.0)
    if 100_000 <= easting < 900_000:
        zone = zone_hint or 32  # NRW and most of Germany lie in zone 32
        return _inverse(easting - 500_000, northing, 6 * zone - 183, _GRS80, 0.9996)
    return None


def _zone(title: str) -> int | None:
    found = re.search(r"(?i)utm\D{0,3}(3[123])|258(3[123])|epsg\D*258(3[123])", title)
    return int(next(g for g in found.groups() if g)) if found else None


def add_degrees(table: Table) -> Table:
    """Give a table whose only position is a grid one the columns Breitengrad/Längengrad."""
    from bot.exchange.headers import map_header

    columns = map_header(table.header)
    if not {"easting", "northing"} <= set(columns.index) or {"lat", "point"} & set(columns.index):
        return table
    east, north = columns.index["easting"], columns.index["northing"]
    hint = _zone(table.header[east]) or _zone(table.header[north])
    table.header = [*table.header, LAT, LON]
    width = len(table.header) - 2
    for number, (line, cells) in enumerate(table.rows):
        cells = [*cells, *[None] * (width - len(cells))][:width] if len(cells) < width else cells
        x = _number(cell_text(cells[east])) if east < len(cells) else None
        y = _number(cell_text(cells[north])) if north < len(cells) else None
        point = to_degrees(x, y, hint) if x is not None and y is not None else None
        table.rows[number] = (line, [*cells, *(point or (None, None))])
    return table
