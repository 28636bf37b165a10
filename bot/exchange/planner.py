"""Import the offer lists Jugendhilfeplanung keeps: German headers, planners' own wording.

Columns are found by their headers (headers.py), values are normalised (ages.py, values.py,
vocabulary.py), and every cell that cannot be read becomes a `Problem` naming line, column,
value and reason, so that one dry run shows everything to fix.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from bot.exchange.ages import parse_age_bound, parse_age_span, read_age
from bot.exchange.continued import continued
from bot.exchange.described_audience import audience_from_description
from bot.exchange.headers import FIELDS, REQUIRED, REQUIRED_ONE_OF, Columns, map_header
from bot.exchange.ids import id_prefixes, stable_id, unique_ids
from bot.exchange.offer_lines import split_offer_lines
from bot.exchange.offer_topics import OfferTopics
from bot.exchange.places import split_places
from bot.exchange.row_status import drop_inactive
from bot.exchange.section_rows import read_sections
from bot.exchange.services import ServiceMap
from bot.exchange.shared_cells import join_weekdays, split_contact
from bot.exchange.sources import Problem, Sources
from bot.exchange.tables import Table, cell_text
from bot.exchange.values import (
    ValueProblem,
    normalise_access,
    normalise_audience,
    normalise_cost,
    normalise_date,
    normalise_languages,
    town_of_address,
)
from bot.exchange.vocabulary import PlaceResolver
from bot.exchange.wrapped import unwrap
from bot.i18n import _
from bot.models import Offer, Place, Topic
from bot.text import fold

OPEN_AGE_NOTE = "no age named: imported as open to every age, please check"


FINER = ("borough", "district")  # the place columns below the town


@dataclass
class PlannerImport:
    places: list[Place]
    topics: list[Topic]
    prefixes: dict[str, str] = field(default_factory=dict)
    notes: list[Problem] = field(default_factory=list)  # worth a look, but no reason to refuse
    services: ServiceMap | None = None
    _columns: Columns = field(default_factory=Columns, init=False, repr=False)

    def __post_init__(self) -> None:
        self.place_resolver = PlaceResolver(self.places)
        self.topic_reader = OfferTopics(self.topics)
        self.gazetteer = self.place_resolver.gazetteer

    def read(self, table: Table, problems: list[Problem]) -> list[Offer]:
        join_weekdays(table)
        split_contact(table)
        audience_from_description(table)
        read_sections(table, self.notes, self.topic_reader.names_help)
        columns = map_header(table.header)
        missing = [
            key for key in REQUIRED
            if not any(k in columns.index for k in REQUIRED_ONE_OF.get(key, (key,)))
        ]  # fmt: skip
        for key in missing:
            problems.append(
                Problem(table.name, table.header_line, FIELDS[key][0], "", _("column is missing"))
            )
        if missing:
            return []
        self._columns = columns
        if "service_area" not in columns.index:
            self.notes.append(Problem(table.name, table.header_line, FIELDS["service_area"][0], "",
                                      _("no catchment area column: each offer serves its "
                                        "municipality")))  # fmt: skip
        for title in columns.unknown:
            self.notes.append(
                Problem(table.name, table.header_line, title, "", _("unknown column, ignored"))
            )
        unwrap(table, columns, self.notes)
        drop_inactive(table, columns, self.notes)
        split_offer_lines(table, columns, self.notes)
        offers: list[Offer] = []
        lines: list[int] = []
        names: list[str] = []
        previous: list | None = None
        for index, (line, cells) in enumerate(table.rows):
            where = table.row_name(index)
            filled = [cell_text(c) for c in cells if cell_text(c)]
            if not filled:
                continue
            if len(filled) == 1 and len(columns.index) > 2:  # "--- Bergkamen ---", "Stand: …"
                self.notes.append(Problem(where, line, "", filled[0][:60],
                                          _("only one cell filled: read as a heading or "
                                            "comment, not as an offer")))  # fmt: skip
                continue
            extra = [cell_text(c) for c in cells[len(table.header) :] if cell_text(c)]
            if extra:
                problems.append(
                    Problem(
                        where,
                        line,
                        "",
                        "; ".join(extra)[:60],
                        _(
                            "more cells than columns: is the separator used "
                            "inside a cell without quotes?"
                        ),
                        row_only=True,
                    )
                )
                continue
            cells = continued(table, columns, line, cells, previous, where, self.notes)
            if cell_text(cells[columns.index["name"]] if columns.index.get("name", len(cells))
                         < len(cells) else None):  # fmt: skip
                previous = cells
            offer = self._offer(table, columns, line, cells, problems, where)
            if offer is not None:
                offers.append(offer)
                lines.append(line)
                names.append(where)
        # an offer at several places (one JSON record, several rows) is noted once per line
        self.notes[:] = list(dict.fromkeys(self.notes))
        return unique_ids(offers, lines, names, self.notes, problems)

    def _offer(
        self, table: Table, columns: Columns, line: int, cells: list, problems: list[Problem],
        where: str,
    ) -> Offer | None:
        def raw(key: str) -> object:
            for position in columns.positions(key):  # the first filled column of the field
                if position < len(cells) and cell_text(cells[position]):
                    return cells[position]
            return None

        def text(key: str) -> str:
            if key == "municipality" and key not in columns.index:
                return town_of_address(cell_text(raw("address")))  # type: ignore[arg-type]
            return cell_text(raw(key))  # type: ignore[arg-type]

        def bad(key: str, why: str, value: str | None = None) -> None:
            column = table.header[columns.index[key]] if key in columns.index else FIELDS[key][0]
            problems.append(
                Problem(where, line, column, text(key) if value is None else value, why,
                        row_only=True)
            )  # fmt: skip

        def note(key: str, why: str) -> None:
            column = table.header[columns.index[key]] if key in columns.index else FIELDS[key][0]
            self.notes.append(Problem(where, line, column, text(key), why))

        before = len(problems)
        name, provider = text("name"), text("provider")
        if not name:
            bad("name", _("a value is required"))
        if text("facility") and name and fold(text("facility")) not in fold(name):
            name = f"{name} – {text('facility')}"  # "Elterncafé – Familienzentrum Sonnenschein"
        name = name or text("facility")
        service = self.services.read(text("services")) if self.services else None
        if service is not None:
            for part in service.unknown:
                note("services", _("no meaning known for '{service}' (services.csv)").format(
                    service=part))  # fmt: skip
        topics = self.topic_reader.for_row(text, note, bad, service,
                                           "topics" in self._columns.index)
        municipality, district, area = self._places(text, bad, note)
        age_min, age_max = self._ages(columns, text, bad, note, service)
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
        pair = re.findall(r"-?\d+(?:\.\d+)?", text("point"))  # "50.9497, 6.9166"
        for number, key in enumerate(("lat", "lon")):
            value = text(key).replace(",", ".") or (pair[number] if len(pair) == 2 else "")
            try:
                # to 1 cm, so that an Excel round trip (15 digits) changes nothing
                position.append(round(float(value), 7) if value else None)
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
            description="" if _is_url(text("description")) else text("description"),
            topics=topics,
            audience=audience,
            age_min=age_min,
            age_max=age_max,
            municipality=municipality,
            district=district,
            service_area=area,
            address=_address(text("address"), text("house_number") + text("house_suffix"),
                              text("postcode"), text("municipality")),
            lat=position[0],
            lon=position[1],
            phone=phone,
            email=email,
            website=text("website") or (text("description") if _is_url(text("description"))
                                        else ""),
            cost=normalise_cost(text("cost")),
            languages=values["languages"] or ("de",),
            schedule=text("schedule"),  # type: ignore[arg-type]
            access=str(values["access"]),
            last_checked=str(values["last_checked"]),
        )

    def _places(self, text, bad, note) -> tuple[str, str | None, tuple[str, ...]]:  # type: ignore[no-untyped-def]
        """Resolve Ort/Kommune, Stadtteil and Einzugsgebiet; the town decides shared names."""
        gazetteer = self.gazetteer

        def resolve(
            key: str, value: str, context: str | None, prefer: str | None = None
        ) -> str | None:
            found = self.place_resolver.resolve(value, context, prefer)
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
        top: str | None = None  # the cell named the whole region (Hamburg above its Bezirke)
        # "Wanne-Süd;Crange", an open-data portal's multi-value cell: the offer's own place,
        # then further places it serves
        more = {k: [p.strip() for p in text(k).split(";") if p.strip()] for k in FINER}
        finer_text = {k: parts[0] if parts else "" for k, parts in more.items()}
        finer = finer_text["district"] or finer_text["borough"]
        if not text("municipality"):
            if not finer:
                bad("municipality", _("a value is required"))
        else:
            found = (
                self.place_resolver.resolve(text("municipality")).key
                if finer else resolve("municipality", text("municipality"), None)
            )  # fmt: skip
            if found is None and finer:  # "aa" above a known Stadtteil: the Stadtteil decides
                note("municipality", _("unknown place: taken from the district"))
            elif found and gazetteer[found].kind == "district":  # "Methler" names the district
                municipality, district = gazetteer.municipality_of(found), found
            elif found and gazetteer[found].kind == "kreis" and finer:
                top = found
            else:
                municipality = found
        if finer_text["borough"]:
            found = resolve("borough", finer_text["borough"], municipality)
            if found and gazetteer[found].kind == "district":
                district = district or found
                municipality = municipality or gazetteer.municipality_of(found)
            elif found and gazetteer[found].kind == "municipality":
                municipality = municipality or found
        if finer_text["district"]:
            found = resolve("district", finer_text["district"], municipality, prefer="district")
            town = gazetteer.municipality_of(found)
            if found and municipality and town != municipality:
                bad(
                    "district",
                    _("this district does not lie in {town}").format(
                        town=gazetteer[municipality].name
                    ),
                )
            district = found or district
            municipality = municipality or town
        municipality = municipality or top
        area: list[str] = []
        for part in split_places(text("service_area")):
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
            for key, parts in more.items():
                for part in parts[1:]:
                    found_key = resolve(key, part, municipality, prefer="district")
                    if found_key and found_key not in area:
                        area.append(found_key)
            if text("service_area") == "" and "service_area" in self._columns.index:
                note("service_area", _("no catchment area given: the municipality is assumed"))
        return municipality or "", district, tuple(area)

    def _ages(self, columns: Columns, text, bad, note, service) -> tuple[int | None, int | None]:  # type: ignore[no-untyped-def]
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
                    note("age", _(OPEN_AGE_NOTE))
            elif service is not None and service.has_age:
                low, high = service.low, service.high
            elif text("audience"):
                try:  # an audience without ages is fine; one with unreadable ages is noted
                    low, high = parse_age_span(text("audience"))
                except ValueProblem as error:
                    note("audience", str(error))
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


def _is_url(text: str) -> bool:
    """A description that is only a link is the website (Hamburg's "Informationen")."""
    return bool(re.fullmatch(r"(?:https?://|www\.)\S+", text.strip()))


def _address(street: str, number: str, postcode: str, town: str) -> str:
    """Join the address parts that lists keep in separate columns ("Straße", "Hausnummer")."""
    line = " ".join(part for part in (street, number) if part)
    if postcode and postcode not in line:
        place = " ".join(p for p in (postcode, town) if p)
        return f"{line}, {place}" if line else place
    return line


def planner_sources(
    table: Table,
    places: list[Place],
    topics: list[Topic],
    known: Iterable[Offer] = (),
    services: ServiceMap | None = None,
) -> tuple[Sources, list[Problem]]:
    """Read a planner table into validated sources (problems) plus notes for the report."""
    sources = Sources(places=list(places), topics=list(topics))
    importer = PlannerImport(sources.places, sources.topics, id_prefixes(known), services=services)
    sources.offers = importer.read(table, sources.problems)
    return sources, importer.notes
