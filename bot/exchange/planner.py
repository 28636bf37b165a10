"""Import the offer lists Jugendhilfeplanung keeps: German headers, planners' own wording.

Columns are found by their headers (headers.py), values are normalised (ages.py, values.py,
vocabulary.py), and every cell that cannot be read becomes a `Problem` naming line, column,
value and reason, so that one dry run shows everything to fix.
"""

from __future__ import annotations

import contextlib
import hashlib
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field, replace

from bot.exchange.ages import parse_age_bound, parse_age_span, read_age
from bot.exchange.headers import FIELDS, REQUIRED, Columns, map_header
from bot.exchange.sources import Problem, Sources
from bot.exchange.tables import Table, cell_text
from bot.exchange.values import (
    ValueProblem,
    normalise_access,
    normalise_audience,
    normalise_cost,
    normalise_date,
    normalise_languages,
)
from bot.exchange.vocabulary import PlaceResolver, TopicResolver
from bot.i18n import _
from bot.models import Offer, Place, Topic
from bot.text import fold


def stable_id(prefix: str, *parts: str) -> str:
    """Derive an id that stays the same on every import of the same offer."""
    digest = hashlib.sha1("|".join(fold(p).strip() for p in parts).encode()).hexdigest()
    return f"{prefix}-{digest[:6].upper()}"


def id_prefixes(offers: Iterable[Offer]) -> dict[str, str]:
    """Learn the municipality codes (KAM, UNA …) from the ids of the current catalogue."""
    votes: dict[str, Counter[str]] = {}
    for offer in offers:
        prefix = offer.id.split("-")[0]
        if prefix.isalpha() and prefix.isupper():
            votes.setdefault(offer.municipality, Counter())[prefix] += 1
    return {m: c.most_common(1)[0][0] for m, c in votes.items()}


@dataclass
class PlannerImport:
    places: list[Place]
    topics: list[Topic]
    prefixes: dict[str, str] = field(default_factory=dict)
    notes: list[Problem] = field(default_factory=list)  # worth a look, but no reason to refuse

    def __post_init__(self) -> None:
        self.place_resolver = PlaceResolver(self.places)
        self.topic_resolver = TopicResolver(self.topics)
        self.gazetteer = self.place_resolver.gazetteer

    def read(self, table: Table, problems: list[Problem]) -> list[Offer]:
        columns = map_header(table.header)
        for key in REQUIRED:
            if key not in columns.index:
                problems.append(
                    Problem(
                        table.name, table.header_line, FIELDS[key][0], "", _("column is missing")
                    )
                )
        if any(key not in columns.index for key in REQUIRED):
            return []
        for title in columns.unknown:
            self.notes.append(
                Problem(table.name, table.header_line, title, "", _("unknown column, ignored"))
            )
        offers: list[Offer] = []
        lines: list[int] = []
        for line, cells in table.rows:
            if not any(cell_text(c) for c in cells):
                continue
            extra = [cell_text(c) for c in cells[len(table.header) :] if cell_text(c)]
            if extra:
                problems.append(
                    Problem(
                        table.name,
                        line,
                        "",
                        "; ".join(extra)[:60],
                        _(
                            "more cells than columns: is the separator used "
                            "inside a cell without quotes?"
                        ),
                    )
                )
                continue
            offer = self._offer(table, columns, line, cells, problems)
            if offer is not None:
                offers.append(offer)
                lines.append(line)
        _disambiguate_ids(offers)
        seen: dict[str, int] = {}
        for offer, line in zip(offers, lines, strict=True):
            if offer.id in seen:
                problems.append(
                    Problem(
                        table.name,
                        line,
                        FIELDS["id"][0],
                        offer.id,
                        _("this id is used twice (also in line {line})").format(
                            line=seen[offer.id]
                        ),
                    )
                )
            seen.setdefault(offer.id, line)
        return offers

    def _offer(
        self, table: Table, columns: Columns, line: int, cells: list, problems: list[Problem]
    ) -> Offer | None:
        def raw(key: str) -> object:
            position = columns.index.get(key)
            return cells[position] if position is not None and position < len(cells) else None

        def text(key: str) -> str:
            return cell_text(raw(key))  # type: ignore[arg-type]

        def bad(key: str, why: str, value: str | None = None) -> None:
            column = table.header[columns.index[key]] if key in columns.index else FIELDS[key][0]
            problems.append(
                Problem(table.name, line, column, text(key) if value is None else value, why)
            )

        def note(key: str, why: str) -> None:
            column = table.header[columns.index[key]] if key in columns.index else FIELDS[key][0]
            self.notes.append(Problem(table.name, line, column, text(key), why))

        before = len(problems)
        name, provider = text("name"), text("provider")
        if not name:
            bad("name", _("a value is required"))
        topics, unknown, fuzzy = self.topic_resolver.resolve(text("topics"))
        for word in unknown:
            bad("topics", _("unknown topic '{topic}'").format(topic=word))
        if not topics and not unknown:
            bad("topics", _("a value is required"))
        for word in fuzzy:
            note("topics", _("read '{word}' as a similar topic name").format(word=word))
        municipality, district, area = self._places(text, bad, note)
        age_min, age_max = self._ages(columns, text, bad, note)
        audience, unknown_audience = normalise_audience(text("audience"))
        if unknown_audience:
            note(
                "audience",
                _("no known audience: {words}").format(words=", ".join(unknown_audience)),
            )
        values: dict[str, object] = {}
        for key, reader in (
            ("languages", normalise_languages),
            ("access", normalise_access),
            ("last_checked", normalise_date),
        ):
            try:
                values[key] = reader(raw(key) if key == "last_checked" else text(key))  # type: ignore[operator]
            except ValueProblem as error:
                bad(key, str(error))
                values[key] = ""
        position: list[float | None] = []
        for key in ("lat", "lon"):
            value = text(key).replace(",", ".")
            try:
                position.append(float(value) if value else None)
            except ValueError:
                bad(key, _("must be a number such as 51.59"))
                position.append(None)
        email = text("email")
        if email and not re.fullmatch(r"[^@\s]+@[^@\s]+\.[^@\s]+", email):
            bad("email", _("not an e-mail address"))
        phone = text("phone")
        if isinstance(raw("phone"), int | float):
            note("phone", _("the phone number is stored as a number: a leading 0 may be lost"))
        if len(problems) > before or not municipality:
            return None
        offer_id = text("id") or self._derive_id(name, provider, municipality, area)
        return Offer(
            id=offer_id,
            name=name,
            provider=provider,
            description=text("description"),
            topics=topics,
            audience=audience,
            age_min=age_min,
            age_max=age_max,
            municipality=municipality,
            district=district,
            service_area=area,
            address=text("address"),
            lat=position[0],
            lon=position[1],
            phone=phone,
            email=email,
            website=text("website"),
            cost=normalise_cost(text("cost")),
            languages=values["languages"] or ("de",),
            schedule=text("schedule"),  # type: ignore[arg-type]
            access=str(values["access"]),
            last_checked=str(values["last_checked"]),
        )

    def _places(self, text, bad, note) -> tuple[str, str | None, tuple[str, ...]]:  # type: ignore[no-untyped-def]
        """Resolve Ort/Kommune, Stadtteil and Einzugsgebiet; the town decides shared names."""
        gazetteer = self.gazetteer

        def resolve(key: str, value: str, context: str | None) -> str | None:
            found = self.place_resolver.resolve(value, context)
            if found.key is None:
                why = (
                    _("the name fits several places: {places}").format(
                        places=", ".join(found.candidates)
                    )
                    if found.candidates
                    else _("unknown place: not in the places of the catalogue")
                )
                bad(key, why, value)
            elif found.fuzzy:
                note(key, _("read as '{place}'").format(place=gazetteer[found.key].name))
            return found.key

        municipality = district = None
        if not text("municipality"):
            bad("municipality", _("a value is required"))
        else:
            found = resolve("municipality", text("municipality"), None)
            if found and gazetteer[found].kind == "district":  # "Methler" names the district
                municipality, district = gazetteer.municipality_of(found), found
            else:
                municipality = found
        if text("district"):
            found = resolve("district", text("district"), municipality)
            if found and municipality and gazetteer.municipality_of(found) != municipality:
                bad(
                    "district",
                    _("this district does not lie in {town}").format(
                        town=gazetteer[municipality].name
                    ),
                )
            district = found or district
        area: list[str] = []
        for part in _split_places(text("service_area")):
            found = self.place_resolver.resolve(part, municipality)
            if found.key is None and "/" in part:  # "Kamen/Bergkamen", but "Fröndenberg/Ruhr"
                keys = [resolve("service_area", p, municipality) for p in part.split("/")]
                area.extend(k for k in keys if k and k not in area)
                continue
            key = resolve("service_area", part, municipality)
            if key and key not in area:
                area.append(key)
        if not area and municipality:
            area = [municipality]
            if text("service_area") == "":
                note("service_area", _("no catchment area given: the municipality is assumed"))
        return municipality or "", district, tuple(area)

    def _ages(self, columns: Columns, text, bad, note) -> tuple[int | None, int | None]:  # type: ignore[no-untyped-def]
        """Read Alter von/bis, else a combined Alter column, else ages in the Zielgruppe."""
        low = high = None
        try:
            if text("age_min") or text("age_max"):
                for key in ("age_min", "age_max"):
                    if text(key):
                        try:
                            value = parse_age_bound(
                                text(key),
                                "low" if key == "age_min" else "high",
                                key in columns.months,
                            )
                        except ValueProblem as error:
                            bad(key, str(error))
                            continue
                        low, high = (value, high) if key == "age_min" else (low, value)
                if low is not None and high is not None and low > high:
                    bad("age_max", _("the upper age is below the lower age"))
            elif text("age"):
                reading = read_age(text("age"), "age" in columns.months)
                low, high = reading.low, reading.high
                if not reading.named:
                    note("age", _("no age named: imported as open to every age, please check"))
            elif text("audience"):
                with contextlib.suppress(ValueProblem):  # an audience without ages is fine
                    low, high = parse_age_span(text("audience"))
        except ValueProblem as error:
            bad("age", str(error))
        return low, high

    def _derive_id(self, name: str, provider: str, municipality: str, area: Iterable[str]) -> str:
        kreis = self.place_resolver.kreis
        prefix = (
            "KRS"
            if kreis in area
            else self.prefixes.get(
                municipality, re.sub(r"[^A-Z]", "", fold(municipality).upper())[:3] or "ANG"
            )
        )
        return stable_id(prefix, name, provider)


def _split_places(cell: str) -> list[str]:
    return [p.strip() for p in re.split(r"[;,\n]| und | sowie ", cell) if p.strip()]


def planner_sources(
    table: Table,
    places: list[Place],
    topics: list[Topic],
    known: Iterable[Offer] = (),
) -> tuple[Sources, list[Problem]]:
    """Read a planner table into validated sources (problems) plus notes for the report."""
    sources = Sources(places=list(places), topics=list(topics))
    importer = PlannerImport(sources.places, sources.topics, id_prefixes(known))
    sources.offers = importer.read(table, sources.problems)
    return sources, importer.notes


def _disambiguate_ids(offers: list[Offer]) -> None:
    """Derived ids of one name and provider in several places get the place in the hash."""
    counts = Counter(o.id for o in offers)
    for index, offer in enumerate(offers):
        if counts[offer.id] > 1 and re.fullmatch(r"[A-Z]+-[0-9A-F]{6}", offer.id):
            prefix = offer.id.split("-")[0]
            offers[index] = replace(
                offer,
                id=stable_id(
                    prefix,
                    offer.name,
                    offer.provider,
                    offer.district or offer.municipality,
                    offer.address,
                ),
            )
