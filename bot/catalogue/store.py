"""The catalogue database: written whole and swapped in atomically, read once into memory.

`catalogue.db` is read-only while the bot runs. An import builds a complete new file beside the
old one and renames it into place, so a reader sees either the old or the new catalogue, never a
mix, and a failed import leaves the old file byte-identical. The replaced file is kept as
`<name>.previous` for a rollback.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import sqlite3
import tempfile
from pathlib import Path

import sqlite_utils

from bot.catalogue.contents import CatalogueError, Sources
from bot.models import Offer, Place, Topic, phases_for

SCHEMA_VERSION = 1


OFFER_TYPES: dict[str, type] = {
    "id": str, "name": str, "provider": str, "description": str, "topics": str, "audience": str,
    "age_min_months": int, "age_max_months": int, "municipality": str, "district": str,
    "service_area": str, "address": str, "lat": float, "lon": float, "phone": str, "email": str,
    "website": str, "cost": str, "languages": str, "schedule": str, "access": str,
    "last_checked": str, "phases": str,
}  # fmt: skip


def previous_path(path: Path) -> Path:
    return path.with_name(path.name + ".previous")


def _offer_row(offer: Offer) -> dict[str, object]:
    return {
        "id": offer.id, "name": offer.name, "provider": offer.provider,
        "description": offer.description, "topics": list(offer.topics),
        "audience": list(offer.audience), "age_min_months": offer.age_min,
        "age_max_months": offer.age_max, "municipality": offer.municipality,
        "district": offer.district, "service_area": list(offer.service_area),
        "address": offer.address, "lat": offer.lat, "lon": offer.lon, "phone": offer.phone,
        "email": offer.email, "website": offer.website, "cost": offer.cost,
        "languages": list(offer.languages), "schedule": offer.schedule, "access": offer.access,
        "last_checked": offer.last_checked,
    }  # fmt: skip


def _write(db: sqlite_utils.Database, sources: Sources, source_name: str) -> None:
    db["places"].insert_all(
        (
            {"key": p.key, "name": p.name, "kind": p.kind, "parent": p.parent,
             "postcodes": list(p.postcodes), "aliases": list(p.aliases), "lat": p.lat,
             "lon": p.lon}
            for p in sources.places
        ),
        pk="key",
    )  # fmt: skip
    db["topics"].insert_all(
        (
            {"key": t.key, "label_de": t.label_de, "label_en": t.label_en,
             "phases": list(t.phases), "synonyms_de": list(t.synonyms)}
            for t in sources.topics
        ),
        pk="key",
    )  # fmt: skip
    # `phases` and the foreign keys are for browsing (Datasette facets, place names as labels);
    # reading the catalogue back ignores them.
    db["offers"].create(OFFER_TYPES, pk="id")  # explicit, so that an empty catalogue has it
    db["offers"].insert_all(
        ({**_offer_row(o), "phases": list(phases_for(o.age_min, o.age_max))}
         for o in sources.offers),
        pk="id",
    )  # fmt: skip
    db["offers"].add_foreign_key("municipality", "places", "key")
    db["offers"].add_foreign_key("district", "places", "key")
    db["offers"].create_index(["municipality"])
    db["meta"].insert_all(
        [
            {"key": "schema_version", "value": str(SCHEMA_VERSION)},
            {"key": "source", "value": source_name},
            {"key": "built_at", "value": dt.datetime.now(dt.UTC).isoformat(timespec="seconds")},
            {"key": "offers", "value": str(len(sources.offers))},
        ],
        pk="key",
    )


def write_catalogue(sources: Sources, path: Path, source_name: str = "") -> Path:
    """Build a new database from validated sources and swap it in atomically."""
    if sources.problems:
        raise CatalogueError(sources.problems)
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    os.close(handle)
    tmp = Path(tmp_name)
    try:
        db = sqlite_utils.Database(tmp)
        _write(db, sources, source_name)
        db.conn.commit()
        db.conn.execute("VACUUM")
        db.close()
        if path.exists():
            shutil.copy2(path, previous_path(path))
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)
    return path


def _tuple(value: str | None) -> tuple[str, ...]:
    return tuple(json.loads(value)) if value else ()


def read_rows(path: Path) -> tuple[list[Place], list[Topic], list[Offer]]:
    """Read a catalogue database into model objects (read-only connection)."""
    path = Path(path)
    if not path.exists():
        raise FileNotFoundError(path)
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    conn.row_factory = sqlite3.Row
    try:
        places = [
            Place(r["key"], r["name"], r["kind"], r["parent"], _tuple(r["postcodes"]),
                  _tuple(r["aliases"]), r["lat"], r["lon"])
            for r in conn.execute("select * from places order by rowid")
        ]  # fmt: skip
        topics = [
            Topic(r["key"], r["label_de"], r["label_en"], _tuple(r["phases"]),
                  _tuple(r["synonyms_de"]))
            for r in conn.execute("select * from topics order by rowid")
        ]  # fmt: skip
        offers = [_offer(r) for r in conn.execute("select * from offers order by rowid")]
    finally:
        conn.close()
    return places, topics, offers


def _offer(r: sqlite3.Row) -> Offer:
    return Offer(
        id=r["id"], name=r["name"], provider=r["provider"], description=r["description"],
        topics=_tuple(r["topics"]), audience=_tuple(r["audience"]), age_min=r["age_min_months"],
        age_max=r["age_max_months"], municipality=r["municipality"], district=r["district"],
        service_area=_tuple(r["service_area"]), address=r["address"], lat=r["lat"],
        lon=r["lon"], phone=r["phone"], email=r["email"], website=r["website"], cost=r["cost"],
        languages=_tuple(r["languages"]), schedule=r["schedule"], access=r["access"],
        last_checked=r["last_checked"],
    )  # fmt: skip



def rollback(path: Path) -> Path:
    """Swap the catalogue with `<name>.previous`, so a second rollback undoes the first.

    Both files are first copied beside the catalogue and each copy is renamed into place, so a
    reader (the hot-reloading bot) only ever opens a complete file. The previous file is checked
    to be a readable catalogue before anything changes.
    """
    path = Path(path)
    previous = previous_path(path)
    if not previous.exists():
        raise FileNotFoundError(previous)
    read_rows(previous)  # refuses a broken file before anything is replaced
    copies = []
    try:
        for origin in (previous, path):
            handle, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".swap",
                                            dir=path.parent)  # fmt: skip
            os.close(handle)
            copies.append(Path(name))
            if origin.exists():
                shutil.copyfile(origin, name)
        os.replace(copies[0], path)
        if copies[1].stat().st_size:
            os.replace(copies[1], previous)
    finally:
        for copy in copies:
            copy.unlink(missing_ok=True)
    return path
