"""The catalogue in memory, with the indexes that keep a request in the millisecond range."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from pathlib import Path

from bot.catalogue.gazetteer import Gazetteer
from bot.catalogue.store import read_rows
from bot.models import Offer, Place, Topic
from bot.text import fold


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
        place = self.gazetteer.get(key)
        return place.name if place else (key or "")
