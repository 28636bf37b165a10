"""One import for everything planners have: our three CSVs, a planner's CSV/XLSX, an HSDS package.

The import reads and validates first and writes only when nothing is wrong (store.py swaps the new
file in atomically and keeps the previous one), so a refused file leaves the catalogue
byte-identical. A single offers file keeps the places and topics of the current catalogue. When
the new catalogue changes an offer that users reported as outdated, that counts as the curator's
fix: its open reports are resolved.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from bot.catalogue.store import read_rows, write_catalogue
from bot.exchange import hsds
from bot.exchange.headers import header_score
from bot.exchange.planner import OPEN_AGE_NOTE, planner_sources
from bot.exchange.services import load_services
from bot.exchange.sources import (
    OFFER_COLUMNS,
    CatalogueError,
    Problem,
    Sources,
    read_directory,
    read_offers,
    read_places,
    read_topics,
)
from bot.exchange.tables import decode, read_table
from bot.i18n import _
from bot.models import Offer, Place, Topic

SAMPLE_DIR = Path(__file__).resolve().parent.parent / "data" / "catalogue"
TABLE_SUFFIXES = (".csv", ".xlsx", ".xlsm", ".geojson", ".xml", ".ics", ".html", ".htm")
VOCABULARY_FILES = ("places.csv", "topics.csv")


@dataclass
class Base:
    """The places, topics and offers an import builds on (the current catalogue, usually)."""

    places: list[Place]
    topics: list[Topic]
    offers: list[Offer] = field(default_factory=list)


@dataclass
class ImportResult:
    sources: Sources
    notes: list[Problem]
    kind: str  # "catalogue" | "planner" | "hsds"
    source: Path
    skipped: list[Problem] = field(default_factory=list)  # rows left out by skip_invalid()

    @property
    def problems(self) -> list[Problem]:
        return self.sources.problems

    @property
    def open_ages(self) -> list[Problem]:
        """Rows whose age text names no age: imported without an age limit, worth a check."""
        return [n for n in self.notes if n.why == _(OPEN_AGE_NOTE)]

    @property
    def skipped_rows(self) -> int:
        return len({(p.file, p.row) for p in self.skipped})

    def skip_invalid(self) -> None:
        """Leave out the rows that have problems of their own; file-wide problems still refuse.

        The readers never build an offer from a row with a problem, so moving the row problems
        aside leaves exactly the good rows to import.
        """
        self.skipped = [p for p in self.problems if p.row_only]
        self.sources.problems[:] = [p for p in self.problems if not p.row_only]


def load_base(
    catalogue: Path, places: Path | None = None, topics: Path | None = None
) -> tuple[Base, list[Problem]]:
    """Return the current catalogue (or the shipped sample) with optional new places/topics."""
    problems: list[Problem] = []
    if Path(catalogue).exists():
        base_places, base_topics, offers = read_rows(Path(catalogue))
    else:
        base_places = read_places(SAMPLE_DIR / "places.csv", problems)
        base_topics = read_topics(SAMPLE_DIR / "topics.csv", problems)
        offers = []
    if places:
        base_places = read_places(Path(places), problems)
    if topics:
        base_topics = read_topics(Path(topics), problems)
    return Base(base_places, base_topics, offers), problems


def _has_our_header(path: Path) -> bool:
    if path.suffix.lower() != ".csv":
        return False
    with path.open("rb") as handle:  # the header line only: a cut could split a character
        line = handle.readline(65536)
    text = decode(line, path.name, [])
    if text is None:
        return False
    first = next(csv.reader(io.StringIO(text)), [])
    return all(column in first for column in OFFER_COLUMNS)


def _offers_file(folder: Path) -> Path | None:
    named = [folder / "offers.csv", folder / "offers.xlsx"]
    for path in named:
        if path.exists():
            return path
    tables = sorted(
        p
        for p in folder.iterdir()
        if p.suffix.lower() in TABLE_SUFFIXES
        and p.name not in VOCABULARY_FILES
        and not p.name.startswith((".", "~$"))
    )
    return tables[0] if len(tables) == 1 else None


def read_source(
    source: Path,
    base: Base,
    default_place: str | None = None,
    sheet: str | None = None,
    services: Path | None = None,
) -> ImportResult:
    """Read any supported source into validated sources; nothing is written here.

    `sheet` names the sheet of a workbook to read (default: the one with known headers),
    `services` the mapping of service names to ages and topics (default: the shipped one).
    """
    source = Path(source)
    options = {"sheet": sheet, "services": services}
    if source.is_dir():
        if hsds.is_hsds(source):
            sources, notes = hsds.read_hsds(source, base.places, base.topics, default_place)
            return ImportResult(sources, notes, "hsds", source)
        places = (
            read_places(source / "places.csv", []) if (source / "places.csv").exists() else None
        )
        offers_path = _offers_file(source)
        if offers_path is None:
            sources = Sources(problems=[Problem(source.name, 0, "", "", _no_offers_file())])
            return ImportResult(sources, [], "catalogue", source)
        if places is not None and (source / "topics.csv").exists() and _has_our_header(offers_path):
            return ImportResult(read_directory(source), [], "catalogue", source)
        problems: list[Problem] = []
        if places is not None:
            base = Base(read_places(source / "places.csv", problems), base.topics, base.offers)
        if (source / "topics.csv").exists():
            base = Base(base.places, read_topics(source / "topics.csv", problems), base.offers)
        result = _read_file(offers_path, base, **options)
        result.sources.problems[:0] = problems
        return result
    return _read_file(source, base, **options)


def _read_file(
    path: Path, base: Base, sheet: str | None = None, services: Path | None = None
) -> ImportResult:
    if path.exists() and _has_our_header(path):
        sources = Sources(places=list(base.places), topics=list(base.topics))
        sources.offers = read_offers(
            path, {p.key: p for p in base.places}, {t.key for t in base.topics}, sources.problems
        )
        return ImportResult(sources, [], "catalogue", path)
    problems: list[Problem] = []
    table = read_table(path, header_score, problems, sheet)
    if table is None:
        return ImportResult(Sources(base.places, base.topics, [], problems), [], "planner", path)
    mapping = load_services(services, base.topics, problems)
    sources, notes = planner_sources(table, base.places, base.topics, base.offers, mapping)
    sources.problems[:0] = problems
    return ImportResult(sources, notes, "planner", path)


def _no_offers_file() -> str:
    return _("no offers file found: expected offers.csv, offers.xlsx or exactly one .csv/.xlsx")


def changed_offer_ids(old: list[Offer], new: list[Offer]) -> set[str]:
    """Return ids of offers whose row the import changes or removes."""
    fresh = {o.id: o for o in new}
    return {o.id for o in old if fresh.get(o.id) != o}


def apply_import(
    result: ImportResult, target: Path, state: Path | None = None, previous: Iterable[Offer] = ()
) -> dict[str, int]:
    """Write the catalogue (or raise CatalogueError) and resolve reports of changed offers."""
    if result.problems:
        raise CatalogueError(result.problems)
    write_catalogue(result.sources, Path(target), source_name=str(result.source))
    resolved: dict[str, int] = {}
    if state is not None and Path(state).exists():
        from bot.reports import open_reports, resolve_reports
        from bot.state import StateStore

        store = StateStore(state)
        try:
            reported = {str(r["offer_id"]) for r in open_reports(store)}
            new_ids = {o.id for o in result.sources.offers}
            for offer_id in sorted(
                reported & changed_offer_ids(list(previous), result.sources.offers)
            ):
                status = "fixed" if offer_id in new_ids else "removed"
                resolved[offer_id] = resolve_reports(store, offer_id, status=status)
        finally:
            store.close()
    return resolved


def merge_offers(current: Iterable[Offer], imported: Iterable[Offer]) -> list[Offer]:
    """Update the current offers with the imported ones by id; offers not in the file stay.

    For a planner who sends the list of one municipality or one Träger: its offers replace
    their old versions in place, new ones are appended, nobody else's offers disappear.
    """
    fresh = {o.id: o for o in imported}
    merged = [fresh.pop(o.id, o) for o in current]
    return merged + list(fresh.values())
