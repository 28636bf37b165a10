"""Rank the taxonomy's topics by how labelled requests with the same words were labelled.

The lexicon explains the words somebody has listed; professionals keep using others ("kriegt kaum
Schlaf", "gibts da nen Topf für sowas", "alcohol counselling for teens"). Thousands of requests
written by other people and labelled with the needs they ask for (`data/topic_examples.jsonl`,
built from the project's labelled sets by `tests/tools/topic_examples.py`) say which topics such
words go with. A multinomial naive Bayes over words, word pairs and the letter 4- and 5-grams of
each word (which carry inflections, compounds and typos) turns them into a ranking of all topics.

Understanding uses the ranking as a second opinion, never as the only one (`guided`): it adds
the one topic the examples are surest of when it is none of the main needs the rules found.
Rules still decide the order of those needs, ages, places, child protection and what a gap is.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterable
from functools import cache
from importlib import resources
from itertools import pairwise
from pathlib import Path

import numpy as np

from bot.models import GapReason
from bot.text import fold
from bot.vocabulary.lexicon import topic_lexicon

SMOOTHING = 0.1  # additive smoothing of the feature counts per topic
MIN_DOCUMENTS = 2  # a feature seen in fewer labelled requests says nothing general
GRAMS = (4, 5)
MAX_CACHED_WORDS = 50_000  # ~20 MB of per-word sums at most
_WORD = re.compile(r"[^\W\d_]{2,}")


def features(text: str) -> Counter[str]:
    """The words, adjacent word pairs and in-word letter grams of a request."""
    words = _WORD.findall(fold(text))
    found: Counter[str] = Counter()
    for word in words:
        found["w:" + word] += 1
        marked = f"<{word}>"
        for n in GRAMS:
            for i in range(len(marked) - n + 1):
                found[f"{n}:{marked[i : i + n]}"] += 1
    for first, second in pairwise(words):
        found[f"b:{first}_{second}"] += 1
    return found


class TopicModel:
    """Log-probabilities of every feature under every topic, as one matrix."""

    def __init__(self, features: Iterable[str], topics: Iterable[str], log: np.ndarray,
                 prior: np.ndarray) -> None:  # fmt: skip
        self.features = tuple(features)
        self.topics: tuple[str, ...] = tuple(topics)
        self._row = {f: i for i, f in enumerate(self.features)}
        self._log, self._prior = log, prior
        self._words: dict[str, np.ndarray] = {}

    @classmethod
    def trained(cls, examples: Iterable[tuple[str, tuple[str, ...]]]) -> TopicModel:
        """Count the examples' features per topic, smoothed into log-probabilities."""
        documents = [(features(text), topics) for text, topics in examples if topics]
        seen: Counter[str] = Counter()
        for found, _ in documents:
            seen.update(found.keys())
        names = sorted({t for _, topics in documents for t in topics})
        column = {t: j for j, t in enumerate(names)}
        kept = sorted(f for f, n in seen.items() if n >= MIN_DOCUMENTS)
        row = {f: i for i, f in enumerate(kept)}
        per_topic: dict[str, Counter[str]] = {t: Counter() for t in names}
        prior = np.zeros(len(names))
        for found, topics in documents:
            for topic in topics:
                per_topic[topic].update(found)
                prior[column[topic]] += 1
        counts = np.zeros((len(kept), len(names)), dtype=np.float32)
        for topic, counted in per_topic.items():
            for feature, n in counted.items():
                if (i := row.get(feature)) is not None:
                    counts[i, column[topic]] = n
        totals = counts.sum(axis=0) + SMOOTHING * len(kept)
        log = np.log((counts + SMOOTHING) / totals).astype(np.float32)
        return cls(kept, names, log, np.log(prior / prior.sum()))

    def save(self, path: Path) -> None:
        """Write the model as the one file `topic_model` loads."""
        np.savez_compressed(path, features=np.array(self.features), topics=np.array(self.topics),
                            log=self._log, prior=self._prior)

    def scores(self, text: str) -> dict[str, float]:
        """Each topic's log-score for `text` (higher: the examples say it fits better)."""
        words = _WORD.findall(fold(text))
        # one reduction over the rows instead of an array addition per word (a long message has
        # a hundred): along the first axis numpy adds the rows one after the other, in this order,
        # so the sums are the very floats the loop `total += row` gave
        total = np.add.reduce(np.array([self._prior, *map(self._word, words)]), axis=0)
        pairs = [i for a, b in pairwise(words) if (i := self._row.get(f"b:{a}_{b}")) is not None]
        if pairs:
            total += self._log[pairs].sum(axis=0)
        return dict(zip(self.topics, total.tolist(), strict=True))

    def _word(self, word: str) -> np.ndarray:
        """The summed log-probabilities of a word and its letter grams, once per word: words
        recur from request to request."""
        found = self._words.get(word)
        if found is None:
            grams = features(word)
            rows = [self._row[f] for f, n in grams.items() if f in self._row for _ in range(n)]
            if len(self._words) >= MAX_CACHED_WORDS:  # a long-running bot meets ever new words
                self._words.clear()
            found = self._words[word] = self._log[rows].sum(axis=0, dtype=np.float64)
        return found

    def ranking(self, text: str) -> tuple[str, ...]:
        """All topics, the likeliest first."""
        scores = self.scores(text)
        return tuple(sorted(scores, key=lambda t: -scores[t]))


def examples(path: Path) -> list[tuple[str, tuple[str, ...]]]:
    """The labelled requests of a JSONL file (`q` and `topics` per line)."""
    rows = [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]
    return [(row["q"], tuple(row["topics"])) for row in rows]


@cache
def topic_model() -> TopicModel:
    """The shipped model (`data/topic_model.npz`, built from `data/topic_examples.jsonl`)."""
    source = resources.files("bot") / "data" / "topic_model.npz"
    with resources.as_file(source) as path, np.load(path) as saved:
        return TopicModel(saved["features"].tolist(), saved["topics"].tolist(),
                          saved["log"], saved["prior"])


def guided(text: str, main: tuple[str, ...], known: Iterable[str],
           excluded: Iterable[str] = (), manner: frozenset[str] = frozenset(),
           found: Iterable[str] = ()) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Return the main needs the rules found, and the topic the examples find likeliest of all
    when the rules found it neither as a need nor as context (`found`; none else).

    The examples never reorder the rules' needs: a bag of words is swayed by a sentence of
    context ("Die Mutter ist 38 und arbeitet Vollzeit." turns single-parent relief from far
    behind to far ahead), and a request must be understood alike with and without it. A topic a
    word named that the rules then dropped may come back: on requests nobody tuned on, the
    examples were right about it more often than the rules. Never suggested are `excluded`
    topics (the asker's own institution, "Wir sind ein Familienzentrum …", which the examples
    cannot tell from a need) and manner topics (where the family comes from, an interpreter):
    requests with a language wish are often labelled with migration help, but it says how help
    is given."""
    if not main:
        return main, ()
    scores = topic_model().scores(text)
    best = max(scores, key=lambda t: scores[t])
    taken = {*main, *found, *excluded, *manner}
    return main, (best,) if best in set(known) and best not in taken else ()


def guess_may_fill(suggested: Iterable[str], gap: GapReason | None,
                   named: Iterable[str] = ()) -> bool:
    """Whether the examples' guess joins the main needs: always beside their fitting offers
    (`gap` None), and in their stead when they have none.

    A gap the rules' narrow reading calls is mostly a neighbouring need's offers unseen: a
    toddler's feeding trouble is a matter of child health as well as of feeding advice, a mother
    who drinks beside a child of six a matter of child protection as well as of a children's
    group, and the examples name that neighbour; on requests nobody tuned on, the guess that
    filled such a gap met the need four times in five. Not so where the asker named the help
    (`named`, `Request.named_topics`: "Elternkurs", "Schlafberatung", "LRS-Förderung",
    "Kita-Platz"): the rules did not read that need from a story, so there is no narrower reading
    to widen, and a help missing here is the gap — over all labelled sets such fills hid a real
    gap eight times in nine, while fills of needs read from a situation were right 29 times in
    39. Nor where the need's offers are here but none in the asked language (that gap is the
    catalogue's, not the reading's), nor for a guess of who the family is or what it can afford
    (`[guess] never_fills`): they describe the family, and a single mother asking for an OGS
    place that nobody offers still meets a gap."""
    if gap is None:
        return True
    if gap == GapReason.LANGUAGE or tuple(named):
        return False
    return not set(suggested) & _never_fills()


@cache
def _never_fills() -> frozenset[str]:
    return frozenset(topic_lexicon().get("guess", {}).get("never_fills", ()))
