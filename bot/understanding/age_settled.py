"""Whose case among several children a request calls settled: the brother or sister whose own
stretch of a sentence says things go their way.

Parents and professionals name the whole family before the one child the need is about: "Meine
Große (16) hat schon eine Ausbildung. Ihr Bruder (9) kommt mit Lesen nicht klar", "Die Älteste
(19) studiert schon. Ihr Bruder (14) wird gemobbt", "Die Mittlere (10) kommt in der Schule gut
klar, aber die Jüngste, 4, beißt". The settled child is context; the one whose stretch holds
the trouble is asked about. Two signs make a child's case settled:

1. a settled phrase ("versorgt", "das läuft", "gut klar"; `settled_phrases` in age_subject.toml);
2. for a young person of fourteen or older, a grown life told ("hat eine Ausbildung", "studiert",
   "macht FSJ", "wohnt schon allein"; `grown_path` in age_settled.toml).

A child's stretch is its sentence, cut at a contrast word ("aber", "but") when the other side
names another child by age; a contrast that names no one goes on about the same child ("macht
eine Ausbildung, kifft aber"), and a negation, a wish or a trouble word undoes the sign ("sucht
eine Ausbildung", "kommt nicht klar").
"""

from __future__ import annotations

import re
from functools import cache

from bot.understanding.age_mentions import Mention
from bot.vocabulary.lexicon import _load, age_vocabulary

_SENTENCE = re.compile(r"[!?;]|\.(?!\d)")
_WORD = re.compile(r"[a-z]+")
GROWN = 168  # fourteen: a grown life (an apprenticeship, a degree) is told of no younger child


@cache
def _words() -> tuple[tuple[str, ...], tuple[str, ...], re.Pattern[str]]:
    data = _load("age_settled.toml")
    contrast = "|".join(data["contrast"])
    return (tuple(data["grown_path"]), tuple(data["undo"]),
            re.compile(rf"(?:,\s*|\s[-–]\s*|\s)(?:{contrast})\b"))


def _has(said: str, entries: tuple[str, ...]) -> bool:
    """Tell whether a stretch (its words joined by single spaces, padded) holds an entry: a
    phrase of whole words, or a word stem ending in "*"."""
    return any((f" {e[:-1]}" in said) if e.endswith("*") else (f" {e} " in said) for e in entries)


def _stretch(text: str, hit: Mention, people: list[Mention]) -> str | None:
    """Return the stretch of a mention's sentence that tells of its child only, or None when
    that stretch names another child by age too (their cases are told together)."""
    start = max((m.end() for m in _SENTENCE.finditer(text, 0, hit.start)), default=0)
    stop = _SENTENCE.search(text, hit.end)
    end = stop.start() if stop else len(text)
    for cut in _words()[2].finditer(text, start, end):
        named = any(cut.end() <= h.start < end for h in people if h is not hit)
        if cut.end() <= hit.start:
            start = cut.end()
        elif named:  # "…, aber die Jüngste, 4, beißt": the other side is another child's
            end = cut.start()
            break
    if any(start <= h.start < end and (h.low, h.high) != (hit.low, hit.high)
           for h in people if h is not hit):
        return None
    return text[start:end]


def settled(text: str, hit: Mention, people: list[Mention]) -> bool:
    """Tell whether the stretch of a mention calls that child's own case settled, without a
    negation, a wish or a trouble told there: then a brother or sister named in another stretch
    is the one the request turns to."""
    stretch = _stretch(text, hit, people)
    if stretch is None:
        return False
    words = _WORD.findall(stretch)
    vocab = age_vocabulary()
    if any(w in vocab.settled_negations for w in words):
        return False
    said = f" {' '.join(words)} "
    if any(f" {phrase} " in said for phrase in vocab.settled_phrases):
        return True
    grown, undo, _contrast = _words()
    return hit.low >= GROWN and _has(said, grown) and not _has(said, undo)
