"""A deterministic, realistic gap log for tests, benchmarks and the README screenshot.

Five gaps are planted with clearly different sizes above a thin background spread over every
topic, place and life phase, so a test can check that the report finds exactly these five, in
order. Texts carry made-up personal data ("Kind Leon", phone numbers) like real requests do; they
pass through the same redaction as live requests before they are stored.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

from bot.catalogue import Catalogue
from bot.gaps.log import TABLE, _row
from bot.models import AgeRange, GapReason, Request
from bot.state import StateStore
from bot.vocabulary.units import PREGNANCY


@dataclass(frozen=True, slots=True)
class Hotspot:
    phase: str
    place: str
    topic: str
    count: int
    ages: tuple[int, int]  # months, inclusive, all inside `phase`
    reasons: tuple[GapReason, ...]
    texts: tuple[str, ...]  # templates with {age} and {place}
    languages: tuple[str, ...] = ()


HOTSPOTS: tuple[Hotspot, ...] = (
    Hotspot(
        "P1",
        "selm",
        "schreibaby_schlaf",
        150,
        (1, 11),
        (GapReason.NOT_HERE,),
        (
            "Schreiambulanz in {place} für Baby {age} Monate gesucht, Mutter am Ende",
            "Gibt es eine Schreiambulanz in {place}? Säugling {age} Monate schreit stundenlang",
            "Baby {age} Monate weint viel, Schreiambulanz oder Beratung in {place}?",
        ),
    ),
    Hotspot(
        "P2",
        "kamen-methler",
        "sprachfoerderung",
        120,
        (48, 59),
        (GapReason.AGE, GapReason.NOT_HERE),
        (
            "Sprachförderung für Kind 4 J. in Kamen-Methler, spricht kaum Deutsch",
            "Kita-Kind 4 Jahre aus {place}, braucht Sprachförderung vor der Einschulung",
            "Sprachförderung {place} für Vierjährigen, Kita hat keinen Platz",
        ),
    ),
    Hotspot(
        "P4",
        "luenen-brambauer",
        "psychische_gesundheit",
        100,
        (132, 143),
        (GapReason.NOT_HERE, GapReason.NO_OFFER),
        (
            "Schülerin 11 aus {place} verletzt sich selbst, Therapieplatz dringend",
            "11-Jähriger in {place} mit Angststörung, Psychotherapie für Kinder gesucht",
            "Psychologische Hilfe für Kind 11 in {place}, Wartezeit zu lang",
        ),
    ),
    Hotspot(
        "P3",
        "bergkamen-oberaden",
        "ogs_ganztag",
        85,
        (84, 95),
        (GapReason.NOT_HERE,),
        (
            "OGS-Platz in {place} für Kind 7 gesucht, Mutter arbeitet Vollzeit",
            "Betreuung nach der Schule in {place}, Grundschüler 7 Jahre",
        ),
    ),
    Hotspot(
        "P0",
        "werne",
        "schwangerschaft_geburt",
        70,
        PREGNANCY,
        (GapReason.LANGUAGE,),
        (
            "Schwangere in {place} sucht Hebamme, spricht nur Arabisch",
            "Hebamme mit Arabisch in {place} für Schwangere im 6. Monat",
        ),
        ("ar",),
    ),
)
UNCLEAR_TEXTS = (
    "Wer hilft bei Schulden und Stromsperre? Familie in {place}",
    "Stromsperre droht, Familie mit Kindern in {place}, wer hilft bei Schulden?",
    "Familie in {place} hat Schulden, Strom wird abgestellt – wer hilft?",
    "Hilfe, weiß nicht weiter mit der Familie in {place}",
    "Was kann ich tun? {place}",
)
BACKGROUND_TEXTS = (
    "{topic} für Kind {years} in {place} gesucht",
    "Kind {name}, {years} J., {place}: gibt es {topic}?",
    "Suche {topic} in {place}, Kind {years} Jahre. Rückruf an 0171 {phone}",
    "Frau {surname} aus {place} fragt nach {topic} für ihr Kind ({years})",
)
NAMES = ("Leon", "Mia", "Elif", "Yusuf", "Amira", "Oskar", "Zofia", "Taras", "Mila", "Emir")
SURNAMES = ("Yilmaz", "Kowalski", "Schmidt", "Haddad", "Shevchenko", "Öztürk", "Nowak")


def _age_in(rng: random.Random, low: int, high: int) -> AgeRange:
    if high < 0:
        return AgeRange(*PREGNANCY)
    if high < 24:
        months = rng.randint(low, high)
        return AgeRange(months, months)
    years = rng.randint(low // 12, high // 12)
    return AgeRange(years * 12, years * 12 + 11)


def _moment(rng: random.Random, today: dt.date, days: int, trend: bool) -> dt.datetime:
    """A random time within `days` before `today`; with `trend`, later times are likelier."""
    back = int(days * (rng.random() ** (1.6 if trend else 1.0)))
    day = today - dt.timedelta(days=max(0, min(days - 1, back)))
    return dt.datetime(
        day.year, day.month, day.day, rng.randint(7, 18), rng.randint(0, 59), tzinfo=dt.UTC
    )


def generate(
    store: StateStore,
    catalogue: Catalogue,
    *,
    total: int = 2000,
    seed: int = 7,
    today: dt.date = dt.date(2026, 6, 30),
    days: int = 365,
) -> tuple[Hotspot, ...]:
    """Fill the gap log with `total` entries; return the planted hotspots, largest first."""
    rng = random.Random(seed)
    gazetteer = catalogue.gazetteer
    rows: list[dict[str, object]] = []

    def add(request: Request, reason: GapReason, when: dt.datetime) -> None:
        user = f"u_synthetic{rng.randint(1, 400):04d}"
        rows.append(_row(request, reason, gazetteer, rng.choice(("telegram", "cli")), user, when))

    for spot in HOTSPOTS:
        name = catalogue.place_name(spot.place)
        for _ in range(spot.count):
            age = _age_in(rng, *spot.ages)
            text = rng.choice(spot.texts).format(age=age.low, place=name)
            request = Request(
                text=text, age=age, place=spot.place, topics=(spot.topic,), languages=spot.languages
            )
            add(request, rng.choice(spot.reasons), _moment(rng, today, days, trend=True))

    places = [k for k, p in gazetteer.places.items() if p.kind != "kreis"]
    topics = list(catalogue.topics.values())
    reasons = (
        GapReason.NO_OFFER,
        GapReason.NOT_HERE,
        GapReason.NOT_HERE,
        GapReason.AGE,
        GapReason.LANGUAGE,
        GapReason.NOT_HELPFUL,
    )
    while len(rows) < total:
        place = rng.choice(places) if rng.random() > 0.05 else None
        place_name = catalogue.place_name(place) if place else "Kreis Unna"
        when = _moment(rng, today, days, trend=False)
        if rng.random() < 0.08:
            text = rng.choice(UNCLEAR_TEXTS).format(place=place_name)
            add(Request(text=text, place=place), GapReason.UNCLEAR, when)
            continue
        topic = rng.choice(topics)
        low, high = rng.choice([PREGNANCY, (0, 35), (36, 71), (72, 119), (120, 191), (192, 251)])
        age = _age_in(rng, low, high) if rng.random() > 0.07 else None
        years = "schwanger" if age and age.high < 0 else (age.low // 12 if age else "?")
        text = rng.choice(BACKGROUND_TEXTS).format(
            topic=rng.choice(topic.synonyms or (topic.label_de,)),
            years=years,
            place=place_name,
            name=rng.choice(NAMES),
            surname=rng.choice(SURNAMES),
            phone=rng.randint(1000000, 9999999),
        )
        request = Request(text=text, age=age, place=place, topics=(topic.key,))
        add(request, rng.choice(reasons), when)

    rng.shuffle(rows)
    with store.write() as db:
        db[TABLE].insert_all(rows, batch_size=500)
    return HOTSPOTS
