"""Synthetic catalogues of any size, grown from the shipped sample, for the benchmark.

Speed depends on how offers spread over topics, places, ages and languages and on how long their
texts are, so the synthetic offers recombine the real ones instead of inventing random words:
a real offer's name and topics, a provider and extra description sentences from offers that share
its main topic, and a place, age band and languages varied over the gazetteer and the sample.
The result is validated like an import and written with `write_catalogue`, so the benchmark
loads a real `catalogue.db` exactly as the bot does.
"""

from __future__ import annotations

import datetime as dt
import random
import re
from collections import defaultdict
from dataclasses import replace
from pathlib import Path

from bot.catalogue.store import write_catalogue
from bot.exchange.sources import Sources, read_directory
from bot.models import Offer, Place
from bot.vocabulary.units import AGE_MAX, AGE_MIN

SAMPLE_DIR = Path(__file__).resolve().parent.parent / "data" / "catalogue"
EXTRA_LANGUAGES = ("tr", "ar", "en", "ru", "uk", "bg", "fa", "ro", "ku", "pl", "ti", "so")
_SENTENCE = re.compile(r"(?<=[.!?])\s+")
OLDEST_CHECK = dt.date(2022, 1, 1)


def sample_sources(folder: Path = SAMPLE_DIR) -> Sources:
    """Read the shipped sample sources (the seed of every synthetic catalogue)."""
    sources = read_directory(folder)
    if sources.problems:
        raise ValueError(f"the sample catalogue has problems: {sources.problems[:3]}")
    return sources


class _Grower:
    """Recombines the sample's offers; one instance per catalogue, seeded for repeatable runs."""

    def __init__(self, sample: Sources, seed: int) -> None:
        self.random = random.Random(seed)
        self.offers = sample.offers
        self.places = {p.key: p for p in sample.places}
        self.kreis = next(p.key for p in sample.places if p.kind == "kreis")
        self.municipalities = [p for p in sample.places if p.kind == "municipality"]
        self.districts = [p for p in sample.places if p.kind == "district"]
        self.providers = sorted({o.provider for o in sample.offers if o.provider})
        self.topic_keys = [t.key for t in sample.topics]
        self.sentences: dict[str, list[str]] = defaultdict(list)
        for offer in sample.offers:
            for topic in offer.topics:
                self.sentences[topic].extend(_SENTENCE.split(offer.description))
        self.today = dt.date.today()

    def _place(self) -> tuple[Place, Place | None]:
        """Pick a municipality and (mostly) one of its districts, spread over the whole Kreis."""
        if self.random.random() < 0.85:
            district = self.random.choice(self.districts)
            return self.places[district.parent or self.kreis], district
        return self.random.choice(self.municipalities), None

    def _service_area(self, municipality: Place, district: Place | None) -> tuple[str, ...]:
        roll = self.random.random()
        if roll < 0.55:
            return (municipality.key,)
        if roll < 0.75 and district is not None:
            return (district.key,)
        if roll < 0.87:
            return (self.kreis,)
        others = self.random.sample(self.municipalities, k=self.random.randint(1, 3))
        return tuple(dict.fromkeys([municipality.key, *(p.key for p in others)]))

    def _ages(self, base: Offer) -> tuple[int | None, int | None]:
        shift = self.random.choice((-24, -12, 0, 0, 0, 12, 24))
        low = None if base.age_min is None else min(AGE_MAX, max(AGE_MIN, base.age_min + shift))
        high = None if base.age_max is None else min(AGE_MAX, max(AGE_MIN, base.age_max + shift))
        if low is not None and high is not None and low > high:
            low, high = high, low
        return low, high

    def _topics(self, base: Offer) -> tuple[str, ...]:
        if self.random.random() < 0.25:
            extra = self.random.choice(self.topic_keys)
            return tuple(dict.fromkeys([*base.topics, extra]))
        return base.topics

    def _languages(self, base: Offer) -> tuple[str, ...]:
        if self.random.random() < 0.2:
            return tuple(dict.fromkeys([*base.languages, self.random.choice(EXTRA_LANGUAGES)]))
        return base.languages

    def _description(self, base: Offer) -> str:
        pool = self.sentences.get(base.topics[0], [])
        extra = self.random.sample(pool, k=min(len(pool), self.random.randint(0, 2)))
        return " ".join([base.description, *extra]).strip()

    def _checked(self) -> str:
        span = (self.today - OLDEST_CHECK).days
        return (OLDEST_CHECK + dt.timedelta(days=self.random.randint(0, span))).isoformat()

    def offer(self, number: int) -> Offer:
        base = self.random.choice(self.offers)
        municipality, district = self._place()
        where = district or municipality
        low, high = self._ages(base)
        return replace(
            base,
            id=f"SYN-{number:06d}",
            name=f"{base.name} {where.name}",
            provider=self.random.choice(self.providers) if self.random.random() < 0.3
            else base.provider,
            description=self._description(base),
            topics=self._topics(base),
            age_min=low,
            age_max=high,
            municipality=municipality.key,
            district=district.key if district else None,
            service_area=self._service_area(municipality, district),
            lat=round(where.lat + self.random.uniform(-0.01, 0.01), 5),
            lon=round(where.lon + self.random.uniform(-0.01, 0.01), 5),
            languages=self._languages(base),
            last_checked=self._checked(),
        )


def synthetic_sources(size: int, sample: Sources | None = None, seed: int = 2024) -> Sources:
    """Return validated sources with `size` offers recombined from the sample."""
    sample = sample or sample_sources()
    grower = _Grower(sample, seed)
    offers = [grower.offer(number) for number in range(1, size + 1)]
    return Sources(places=list(sample.places), topics=list(sample.topics), offers=offers)


def build_catalogue(size: int, folder: Path, sample: Sources | None = None,
                    seed: int = 2024) -> Path:  # fmt: skip
    """Write a synthetic `catalogue-<size>.db` into `folder` and return its path."""
    sources = synthetic_sources(size, sample, seed)
    return write_catalogue(sources, Path(folder) / f"catalogue-{size}.db",
                           source_name=f"synthetic:{size}:{seed}")  # fmt: skip
