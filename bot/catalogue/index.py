"""The catalogue in memory, with the indexes that keep a request in the millisecond range."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Iterator
from functools import cached_property
from pathlib import Path

from bot.catalogue.gazetteer import Gazetteer
from bot.catalogue.store import read_rows
from bot.i18n import _
from bot.models import OUTSIDE, Offer, Place, Topic
from bot.text import fold
from bot.vocabulary.units import AGE_MAX, AGE_MIN


class Catalogue:
    """Offers, places and topics, immutable once built; swap the whole object to update."""

    def __init__(
        self, places: Iterable[Place], topics: Iterable[Topic], offers: Iterable[Offer],
        source: Path | None = None,
    ) -> None:  # fmt: skip
        self.source = source
        self.gazetteer = Gazetteer(places)
        self.topics: dict[str, Topic] = {t.key: t for t in topics}
        self.offers: tuple[Offer, ...] = tuple(offers)
        self.by_id: dict[str, Offer] = {o.id: o for o in self.offers}
        by_topic: dict[str, list[int]] = defaultdict(list)
        for index, offer in enumerate(self.offers):
            for topic in offer.topics:
                by_topic[topic].append(index)
        self.by_topic: dict[str, tuple[int, ...]] = {k: tuple(v) for k, v in by_topic.items()}
        # Folded text per offer for similarity ranking, computed once instead of per request.
        self.search_text: tuple[str, ...] = tuple(
            fold(f"{o.name} {o.provider} {o.description}") for o in self.offers
        )
        self.name_text: tuple[str, ...] = tuple(fold(o.name) for o in self.offers)

    @cached_property
    def offer_index(self) -> OfferIndex:
        """The bit-mask index matching filters with, built on first use (once per catalogue)."""
        return OfferIndex(self.offers, self.gazetteer, self.search_text, self.name_text)

    @classmethod
    def load(cls, path: Path) -> Catalogue:
        places, topics, offers = read_rows(path)
        return cls(places, topics, offers, source=Path(path))

    def __len__(self) -> int:
        return len(self.offers)

    def topic_label(self, key: str, locale: str = "de") -> str:
        topic = self.topics.get(key)
        if topic is None:
            return key
        return topic.label_en if locale == "en" and topic.label_en else topic.label_de

    def place_name(self, key: str | None) -> str:
        if key == OUTSIDE:  # the region a catalogue covers is its Kreis, whichever it is
            region = next((p.name for p in self.gazetteer.places.values() if p.kind == "kreis"),
                          None)  # fmt: skip
            return (_("outside {region}").format(region=region) if region
                    else _("outside the area of the catalogue"))
        place = self.gazetteer.get(key)
        return place.name if place else (key or "")


_NONZERO_BYTE = re.compile(rb"[^\x00]")
# The positions of the set bits of every byte value, lowest first.
_BITS: tuple[tuple[int, ...], ...] = tuple(
    tuple(bit for bit in range(8) if value >> bit & 1) for value in range(256)
)


def _mask(slots: Iterable[int], size: int) -> int:
    """Return an int with the bits of `slots` set (built in a bytearray: linear, not quadratic)."""
    data = bytearray((size + 7) // 8)
    for slot in slots:
        data[slot >> 3] |= 1 << (slot & 7)
    return int.from_bytes(data, "little")


def _masks(groups: dict[str, list[int]], size: int) -> dict[str, int]:
    return {key: _mask(slots, size) for key, slots in groups.items()}


class OfferIndex:
    """Offer sets as bit masks, so filtering a request is a few big-integer ANDs.

    Bit `slot` stands for `offers[slot]`, the offers sorted by id: reading the set bits lowest
    first yields offers in id order, which is the tie-break of every ranking. At 100,000 offers a
    mask is 12.5 kB and an AND takes microseconds, where a Python loop over the candidates took
    tens of milliseconds.
    """

    def __init__(self, offers: tuple[Offer, ...], gazetteer: Gazetteer,
                 search_text: tuple[str, ...], name_text: tuple[str, ...]) -> None:  # fmt: skip
        order = sorted(range(len(offers)), key=lambda i: offers[i].id)
        size = len(order)
        self.size = size
        self.gazetteer = gazetteer
        self.offers: tuple[Offer, ...] = tuple(offers[i] for i in order)
        self.search_text: tuple[str, ...] = tuple(search_text[i] for i in order)
        self.name_text: tuple[str, ...] = tuple(name_text[i] for i in order)
        self.slot_of: dict[str, int] = {o.id: slot for slot, o in enumerate(self.offers)}
        self.position: tuple[int, ...] = tuple(order)  # slot -> index in `Catalogue.offers`
        # Derived masks that depend on more than the catalogue (e.g. today's date) live here.
        self.cache: dict[str, object] = {}
        self.all = (1 << size) - 1
        topic, area, district, municipality, language = (defaultdict(list) for _ in range(5))
        for slot, offer in enumerate(self.offers):
            for key in offer.topics:
                topic[key].append(slot)
            for key in set(offer.service_area):
                area[key].append(slot)
            if offer.district:
                district[offer.district].append(slot)
            municipality[offer.municipality].append(slot)
            for code in set(offer.languages):
                language[code].append(slot)
        self.topic = _masks(topic, size)
        self.area = _masks(area, size)
        self.district = _masks(district, size)
        self.municipality = _masks(municipality, size)
        self.language = _masks(language, size)
        self._build_age_masks()
        self._served: dict[str, int] = {}

    def _build_age_masks(self) -> None:
        """Prefix masks: offers starting at or before month m, offers ending at or after m."""
        mins = [o.age_min for o in self.offers if o.age_min is not None]
        maxs = [o.age_max for o in self.offers if o.age_max is not None]
        self.age_low = min([AGE_MIN, *mins, *maxs])
        self.age_high = max([AGE_MAX, *mins, *maxs])
        starting: dict[int, list[int]] = defaultdict(list)
        ending: dict[int, list[int]] = defaultdict(list)
        open_start, open_end = [], []
        for slot, offer in enumerate(self.offers):
            (open_start if offer.age_min is None else starting[offer.age_min]).append(slot)
            (open_end if offer.age_max is None else ending[offer.age_max]).append(slot)
        months = range(self.age_low, self.age_high + 1)
        self.open_start = current = _mask(open_start, self.size)
        self.starts_by: list[int] = []
        for month in months:
            if month in starting:
                current |= _mask(starting[month], self.size)
            self.starts_by.append(current)
        self.open_end = current = _mask(open_end, self.size)
        ends_from: list[int] = []
        for month in reversed(months):
            if month in ending:
                current |= _mask(ending[month], self.size)
            ends_from.append(current)
        self.ends_from = ends_from[::-1]

    def mask(self, slots: Iterable[int]) -> int:
        return _mask(slots, self.size)

    def starting_by(self, month: int) -> int:
        """Offers whose age range starts at or before `month` (or is open below)."""
        if month < self.age_low:
            return self.open_start
        return self.starts_by[min(month, self.age_high) - self.age_low]

    def ending_from(self, month: int) -> int:
        """Offers whose age range ends at or after `month` (or is open above)."""
        if month > self.age_high:
            return self.open_end
        return self.ends_from[max(month, self.age_low) - self.age_low]

    def age(self, low: int, high: int) -> int:
        """Offers whose age range overlaps [low, high] (`AgeRange.overlaps`)."""
        return self.starting_by(high) & self.ending_from(low)

    def any_of(self, masks: dict[str, int], keys: Iterable[str]) -> int:
        result = 0
        for key in keys:
            result |= masks.get(key, 0)
        return result

    def served(self, place: str | None) -> int:
        """Offers whose service area serves `place` (`Gazetteer.serves`), cached per place."""
        if not place:
            return self.all
        found = self._served.get(place)
        if found is None:
            gazetteer = self.gazetteer
            keys = {place, *gazetteer.ancestors(place)}
            if gazetteer.is_whole(place):
                keys.update(k for k in self.area if place in gazetteer.ancestors(k))
            found = self._served[place] = self.any_of(self.area, keys)
        return found

    def naming(self, word: str, names_only: bool = False) -> int:
        """Offers whose own text — or, `names_only`, whose name — names a word ("Babyschwimmen",
        "Spielgruppe"), also written together, cached per word: the texts never change."""
        key = f"naming:{names_only}:{word}"
        found = self.cache.get(key)
        if found is None:
            squeezed = word.replace(" ", "")
            texts = self.name_text if names_only else self.search_text
            found = self.cache[key] = self.mask(
                slot for slot, text in enumerate(texts)
                if word in text or squeezed in text.replace(" ", ""))
        return found  # type: ignore[return-value]

    def slots(self, mask: int) -> Iterator[int]:
        """Yield the set bits of a mask lowest first, i.e. the offers in id order."""
        data = mask.to_bytes((self.size + 7) // 8 or 1, "little")
        bits = _BITS
        for found in _NONZERO_BYTE.finditer(data):
            base = found.start() << 3
            for bit in bits[data[found.start()]]:
                yield base + bit
