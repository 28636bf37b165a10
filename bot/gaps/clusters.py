"""Group similar gap requests, so that the planner reads "17 requests: Schreiambulanz, Selm, 0–1"
instead of 17 rows.

Requests that were understood are grouped by topic × place × life phase (the structured columns
are more reliable than wording); requests nobody understood are grouped by the similarity of their
redacted texts (rapidfuzz). Each group names its most frequent words and shows up to three
different redacted examples.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from rapidfuzz import fuzz, process

from bot.gaps.aggregate import PHASE_KEYS, UNKNOWN, VARIOUS, finest_place
from bot.gaps.log import GapEntry
from bot.models import PHASES

TEXT_SIMILARITY = 72  # token_set_ratio above which two unexplained requests count as one need
MAX_TEXTS = 150  # examples are chosen among this many texts of a group (keeps it fast)
_WORD = re.compile(r"[A-Za-zÄÖÜäöüß][A-Za-zÄÖÜäöüß-]{3,}")
_STOP = frozenset(
    """aber alle auch bitte brauche braucht dass dem den der des die dies diese dieser eine einem
    einen einer eines eltern familie frau für gibt haben hallo hat herr hier ihre jahre jahren
    jetzt kann kein keine kind kinder kindes mit monate monaten möchte nach noch nicht oder sehr
    sein seit sich sie sind such suche suchen sucht und uns unser unsere vater mutter mama papa
    von vor was welche wer wie wir wird wo zum zur jahr jährige jähriger jährigen alt alter
    name datum telefon e-mail adresse konto link angebot angebote gibt's irgendwo jemand gesucht
    braucht dringend fragt ihr ihren ihrem""".split()  # noqa: SIM905
)


@dataclass(frozen=True, slots=True)
class Cluster:
    count: int
    topic: str
    place: str
    phase: str
    age_low: int | None
    age_high: int | None
    words: tuple[str, ...]
    examples: tuple[str, ...]
    reason: str  # the most frequent reason in the group


def _phase(entry: GapEntry) -> str:
    """The one life phase an entry is grouped under: the phase of the middle of its age range."""
    if entry.age_min is None or entry.age_max is None:
        return entry.phases[0] if entry.phases else UNKNOWN
    middle = (entry.age_min + entry.age_max) // 2
    for key, low, high in PHASES:
        if low <= middle <= high:
            return key
    return entry.phases[0] if entry.phases else UNKNOWN


def frequent_words(
    texts: list[str], place_words: frozenset[str], limit: int = 3
) -> tuple[str, ...]:
    """The words most requests of a group share (each counted once per request)."""
    counts: Counter[str] = Counter()
    spelling: dict[str, str] = {}
    for text in texts:
        seen: set[str] = set()
        for word in _WORD.findall(text):
            key = word.lower()
            if key in _STOP or key in place_words or key in seen:
                continue
            seen.add(key)
            counts[key] += 1
            spelling.setdefault(key, word)
    needed = max(2, len(texts) // 4)  # a word a single request uses says nothing about the group
    return tuple(spelling[w] for w, n in counts.most_common(limit) if n >= needed)


def examples(texts: list[str], limit: int = 3) -> tuple[str, ...]:
    """Up to `limit` different texts, the most typical first (highest mean similarity)."""
    texts = list(dict.fromkeys(t for t in texts if t))[:MAX_TEXTS]
    if len(texts) <= 1:
        return tuple(texts)
    scores = process.cdist(texts, texts, scorer=fuzz.token_set_ratio)
    order = sorted(range(len(texts)), key=lambda i: -float(scores[i].mean()))
    chosen: list[int] = []
    for i in order:
        if all(scores[i][j] < 90 for j in chosen):
            chosen.append(i)
        if len(chosen) == limit:
            break
    return tuple(texts[i] for i in chosen)


def _content(text: str, place_words: frozenset[str]) -> str:
    """The words of a text that carry the need: no place names, markers or filler words."""
    words = (w.lower() for w in _WORD.findall(text))
    return " ".join(w for w in words if w not in _STOP and w not in place_words)


def _by_text(entries: list[GapEntry], place_words: frozenset[str]) -> list[list[GapEntry]]:
    """Greedy leader clustering of texts: each request joins the first similar group."""
    groups: list[list[GapEntry]] = []
    leaders: list[str] = []
    for entry in entries:
        text = _content(entry.query or "", place_words)
        if leaders and text:
            best = process.extractOne(
                text, leaders, scorer=fuzz.token_set_ratio, score_cutoff=TEXT_SIMILARITY
            )
            if best is not None:
                groups[best[2]].append(entry)
                continue
        groups.append([entry])
        leaders.append(text)
    return groups


def _shared(values: Iterable[str]) -> str:
    """The value most of a group shares (≥ 60 %), else VARIOUS."""
    counts = Counter(values)
    value, count = counts.most_common(1)[0]
    return value if count >= 0.6 * sum(counts.values()) else VARIOUS


def _cluster(
    group: list[GapEntry], topic: str, place: str, phase: str, place_words: frozenset[str]
) -> Cluster:
    texts = [e.query for e in group if e.query]
    lows = [e.age_min for e in group if e.age_min is not None]
    highs = [e.age_max for e in group if e.age_max is not None]
    reason = Counter(e.reason for e in group).most_common(1)[0][0]
    return Cluster(
        count=len(group),
        topic=topic,
        place=place,
        phase=phase,
        age_low=min(lows) if lows else None,
        age_high=max(highs) if highs else None,
        words=frequent_words(texts, place_words),
        examples=examples(texts),
        reason=reason,
    )


def clusters(
    entries: list[GapEntry],
    place_words: frozenset[str] = frozenset(),
    limit: int = 20,
    minimum: int = 2,
) -> list[Cluster]:
    """The largest groups of similar requests, largest first.

    `place_words` (lower-case place names) are left out of a group's frequent words: the place
    is shown anyway.
    """
    structured: dict[tuple[str, str, str], list[GapEntry]] = defaultdict(list)
    unexplained: list[GapEntry] = []
    for entry in entries:
        if entry.topics:
            structured[(entry.topics[0], finest_place(entry), _phase(entry))].append(entry)
        else:
            unexplained.append(entry)
    result = [_cluster(g, *key, place_words) for key, g in structured.items() if len(g) >= minimum]
    for group in _by_text(unexplained, place_words):
        if len(group) >= minimum:
            place = _shared(finest_place(e) for e in group)
            phase = _shared(_phase(e) for e in group)
            result.append(_cluster(group, UNKNOWN, place, phase, place_words))
    order = {key: i for i, key in enumerate(PHASE_KEYS)}
    result.sort(key=lambda c: (-c.count, c.topic, c.place, order.get(c.phase, 99)))
    return result[:limit]
