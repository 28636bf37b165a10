"""The topics of one offer row, from the list's own topic words or, failing that, its name.

Published lists file offers under their portal's own categories ("Eltern und Kind", "Beratung",
"Hilfen für Familien") or have no topic column at all (a Familienwegweiser says "Elterncafé",
"PEKiP-Kurs"). A category that is one of our topic names, keys or synonyms is taken as it is;
a portal's usual category words, German and English ("Sucht", "Youth work", "Addiction"), are
data (`bot/data/category_words.toml`); any other word is read the way a family's request is read
(`bot.understanding.topics`, English first put into German as for a request), so "Integration",
"Jugendarbeit", "Familienbildung" or "Domestic violence" land where a parent asking would.
A broad category that names no topic ("Beratung") is a note, and the offer's name, second
category, Einrichtung and description decide. A row filed only by audience or field
("Integration", "Frühe Hilfen") also gets its name's topics (`field_categories.py`). Only a row
nothing names a topic for is refused.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from bot.exchange.field_categories import FieldCategories
from bot.exchange.vocabulary import TopicResolver
from bot.i18n import _
from bot.models import Topic
from bot.text import fold
from bot.understanding.foreign import germanise
from bot.understanding.topics import TopicIndex

CATEGORY_WORDS = Path(__file__).resolve().parent.parent / "data" / "category_words.toml"


@dataclass
class TopicReading:
    topics: tuple[str, ...] = ()
    fuzzy: list[str] = field(default_factory=list)  # typo forgiven in a topic name
    read_as: list[tuple[str, tuple[str, ...]]] = field(default_factory=list)  # word -> topics
    broad: list[str] = field(default_factory=list)  # category words that named no topic
    guessed_from: str = ""  # which text gave the topics when the category did not
    named: tuple[str, ...] = ()  # added from the name beside an audience or field category


class OfferTopics:
    """Compiled once per import: the strict resolver and the request-side topic reader."""

    def __init__(self, topics: list[Topic]) -> None:
        self.topics = topics
        self.resolver = TopicResolver(topics)
        self.fields = FieldCategories(topics)

    @cached_property
    def index(self) -> TopicIndex:
        return TopicIndex({t.key: t for t in self.topics})

    @cached_property
    def category_words(self) -> dict[str, tuple[str, ...]]:
        """Portal category words (German and English) → topic keys this taxonomy has."""
        known = {t.key for t in self.topics}
        data = tomllib.loads(CATEGORY_WORDS.read_text(encoding="utf-8"))
        return {
            fold(word): tuple(k for k in keys if k in known)
            for section in data.values()
            for word, keys in section.items()
            if any(k in known for k in keys)
        }

    def _category(self, word: str) -> tuple[str, ...]:
        folded = " ".join(fold(word).replace("&", " and ").split())
        return self.category_words.get(folded) or self.category_words.get(
            folded.removesuffix("s"), ()
        )

    def _category_in(self, text: str) -> tuple[str, ...]:
        """Topics of the portal category words a name holds as words of its own
        ("Jugendberatung Lüttringhausen"), for a name the request reader finds nothing in."""
        folded = " ".join(fold(text).replace("&", " and ").split())
        keys: list[str] = []
        for word, topics in self.category_words.items():
            if re.search(rf"(?<![\w-]){re.escape(word)}(?![\w-])", folded):
                keys.extend(k for k in topics if k not in keys)
        return tuple(keys)

    def _recognise(self, text: str, literal: bool = False) -> tuple[str, ...]:
        """Topics a text names; `literal`: only from words it really contains.

        A category is one or two words: the request reader's typo mending ("Recht" as
        "rechnen") would file "Geld und Recht" under Lernförderung, so a category's reading
        must rest on words of the category itself.
        """
        if not text.strip():
            return ()
        found = self.index.find(text, None)
        folded = fold(text)
        if literal and not all(word[:5] in folded for word in found.evidence):
            return ()
        return tuple(found.topics)

    def _names_topic(self, word: str) -> bool:
        """Whether one category word names a topic the way `read` would take it."""
        return bool(
            self.resolver.resolve(word)[0]
            or self._category(word)
            or self._recognise(word, literal=True)
            or self._recognise(germanise(word), literal=True)
        )

    def names_help(self, text: str) -> bool:
        """Whether an offer's name names a topic by itself (a section heading then yields)."""
        return bool(self._recognise(text))

    def read(self, category: str, more: str, name: str, facility: str,
             description: str) -> TopicReading:  # fmt: skip
        """Topics of a row: category words first, then the other texts in order of trust."""
        reading = TopicReading()
        keys: list[str] = []
        for cell in (category, more):
            found, unknown, fuzzy = self.resolver.resolve(cell)
            keys.extend(k for k in found if k not in keys)
            reading.fuzzy.extend(fuzzy)
            for word in unknown:
                recognised = (
                    self._category(word)
                    or self._recognise(word, literal=True)
                    or self._recognise(germanise(word), literal=True)  # "Domestic violence"
                )
                if recognised:
                    reading.read_as.append((word, recognised))
                    keys.extend(k for k in recognised if k not in keys)
                elif cell is category:
                    reading.broad.append(word)
        if keys and self.fields.only_fields((category, more), self._names_topic):
            reading.named = tuple(k for k in self._recognise(name, literal=True) if k not in keys)
            keys.extend(reading.named)
        if not keys:
            for label, text in (("name", name), ("facility", facility),
                                ("description", description)):  # fmt: skip
                recognised = self._recognise(text) or self._category_in(text)
                if recognised:
                    keys.extend(recognised)
                    reading.guessed_from = label
                    break
        reading.topics = tuple(keys)
        return reading

    def for_row(self, text, note, bad, service, has_column: bool) -> tuple[str, ...]:  # type: ignore[no-untyped-def]
        """Topics of a planner row: category columns, the services, else the offer's own words.

        `text`, `note` and `bad` are the row reader's accessors; every guess is noted, a row
        nothing names a topic for is refused with a message saying where topics come from.
        """
        reading = self.read(text("topics"), text("subtopics"), text("name"), text("facility"),
                            text("description"))  # fmt: skip
        topics = list(reading.topics) if reading.topics and not reading.guessed_from else []
        if service is not None:
            topics.extend(k for k in service.topics if k not in topics)
        if not topics:
            topics = list(reading.topics)
        column = "topics" if has_column else "name"
        for word in reading.fuzzy:
            note("topics", _("read '{word}' as a similar topic name").format(word=word))
        for word, keys in reading.read_as:
            note(column, _("'{word}' read as topic: {topics}").format(
                word=word, topics=", ".join(keys)))  # fmt: skip
        if reading.named:
            note(column, _("'{words}' files the offer by audience or field: topics {topics} "
                           "also taken from its name").format(
                words=text("topics") or text("subtopics"),
                topics=", ".join(reading.named)))  # fmt: skip
        if topics and reading.broad:
            note(column, _("'{words}' names none of our topics: topics {topics} taken from the "
                           "offer's own words").format(words="; ".join(reading.broad),
                                                       topics=", ".join(topics)))  # fmt: skip
        elif topics and reading.guessed_from and not text("topics"):
            note(column, _("no topic given: recognised in the offer's own words: {topics}")
                 .format(topics=", ".join(topics)))  # fmt: skip
        if not topics:
            if service is not None and service.unknown and not text("topics"):
                bad("services", _("no topic: none of these services is in the mapping "
                                  "(services.csv, --services)"))  # fmt: skip
            else:
                bad(column, _("no topic: neither a Themen column nor the offer's name or "
                              "description names one of the topics (topics.csv)"),
                    text("topics") or text("name"))  # fmt: skip
        return tuple(topics)
