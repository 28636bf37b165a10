"""Map the service names of a region's list to ages and topics (bot/data/services.csv).

Open-data directories say *what* an offer is in their own words ("Krippe bis zu 8-stündige
Betreuung", "Elementar …", "Hort", "Eingliederungshilfe") instead of an age and a topic. A small
CSV the planner can edit says what each word means; ages are written as in a list and read by
ages.py, topics by the taxonomy's resolver, so the mapping needs no code.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, field
from pathlib import Path

from bot.catalogue.contents import Problem
from bot.exchange.ages import read_age
from bot.exchange.values import ValueProblem
from bot.exchange.vocabulary import TopicResolver
from bot.i18n import _
from bot.models import Topic
from bot.text import fold

DEFAULT_SERVICES = Path(__file__).resolve().parent.parent / "data" / "services.csv"


@dataclass(frozen=True, slots=True)
class Service:
    word: str  # folded
    low: int | None
    high: int | None
    has_age: bool
    topics: tuple[str, ...]


@dataclass
class ServiceReading:
    low: int | None = None
    high: int | None = None
    has_age: bool = False
    topics: list[str] = field(default_factory=list)
    unknown: list[str] = field(default_factory=list)


class ServiceMap:
    """The services of one mapping file, matched as words or word starts, longest first."""

    def __init__(self, services: list[Service]) -> None:
        self.services = sorted(services, key=lambda s: len(s.word), reverse=True)
        self._patterns = [
            (re.compile(r"(?:^|[^a-z0-9])" + re.escape(s.word)), s) for s in self.services
        ]

    def read(self, cell: str) -> ServiceReading:
        """Join the ages and topics of every service a cell names; list parts naming none."""
        reading = ServiceReading()
        lows: list[int | None] = []
        highs: list[int | None] = []
        for part in re.split(r"[;\n|]|, (?=[A-ZÄÖÜ])", str(cell)):
            folded = " ".join(re.findall(r"[a-z0-9]+", fold(part)))
            if not folded:
                continue
            hits = [s for pattern, s in self._patterns if pattern.search(folded)]
            if not hits:
                if part.strip() not in reading.unknown:
                    reading.unknown.append(part.strip())
                continue
            for service in hits:
                if service.has_age:
                    lows.append(service.low)
                    highs.append(service.high)
                reading.topics.extend(t for t in service.topics if t not in reading.topics)
        if lows:
            reading.has_age = True
            reading.low = None if None in lows else min(x for x in lows if x is not None)
            reading.high = None if None in highs else max(x for x in highs if x is not None)
        return reading


def load_services(path: Path | None, topics: list[Topic], problems: list[Problem]) -> ServiceMap:
    """Read a mapping file (default: the shipped one); bad lines become problems."""
    path = Path(path) if path else DEFAULT_SERVICES
    if not path.exists():
        problems.append(Problem(path.name, 0, "", "", _("file is missing")))
        return ServiceMap([])
    text = path.read_text(encoding="utf-8-sig")
    lines = [(n, line) for n, line in enumerate(text.splitlines(), 1) if not line.startswith("#")]
    dialect = csv.Sniffer().sniff(lines[0][1], delimiters=",;\t") if lines else csv.excel
    resolver = TopicResolver(topics)
    services: list[Service] = []
    rows = csv.reader(io.StringIO("\n".join(line for _n, line in lines)), dialect)
    for (number, _line), row in zip(lines[1:], list(rows)[1:], strict=False):
        cells = [*row, "", "", ""][:3]
        word, age, topic_cell = (c.strip() for c in cells)
        if not word:
            continue
        try:
            reading = read_age(age) if age else None
        except ValueProblem as error:
            problems.append(Problem(path.name, number, "Alter", age, str(error)))
            continue
        keys, unknown, _fuzzy = resolver.resolve(topic_cell)
        for name in unknown:
            problems.append(Problem(path.name, number, "Themen", name,
                                    _("unknown topic '{topic}'").format(topic=name)))  # fmt: skip
        services.append(
            Service(
                " ".join(re.findall(r"[a-z0-9]+", fold(word))),
                reading.low if reading else None,
                reading.high if reading else None,
                bool(reading and reading.named),
                keys,
            )
        )
    return ServiceMap(services)
