"""Ages told by a care, school or training stage that no single lexicon word carries.

Professionals often name no age, only the stage the child is at, and a colleague reads the age off
it: the Kita group ("Gruppe: Midis", "Nestgruppe"), a school entry put off ("zurückgestellter
Bub"), the year of training ("2. Lehrjahr", "Azubi; 1. LJ"), a volunteer year ("macht FSJ"), a
repeated year of the upper school ("wiederholt die EF"), a special school's stages. The words and
phrases are data (`age_stage_words.toml` [table], [phrases], [special_school]); this module reads
them for the stage tier of `age_stages.stage_named` and reads the ordinal of a training year in its
own frames for the school tier of `age.read_age`.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable
from functools import cache
from pathlib import Path
from typing import Any

from bot.understanding.age_school import Span
from bot.understanding.topic_setting import helps_team

_DATA = Path(__file__).resolve().parent.parent / "data" / "age_stage_words.toml"

__all__ = [
    "repeated_class", "stage_words", "staged_phrases", "table_stage", "training_told",
    "with_training",
]


@cache
def stage_words() -> dict:
    """`age_stage_words.toml`, read once for this module and `age_stages`."""
    return tomllib.loads(_DATA.read_text(encoding="utf-8"))


@cache
def _table() -> dict[str, tuple[int, int]]:
    return {word: (low, high) for word, (low, high) in stage_words()["table"].items()}


@cache
def _phrases() -> tuple[tuple[re.Pattern[str], str], ...]:
    phrases = stage_words()["phrases"]
    return tuple((re.compile(pattern), token) for pattern, token in phrases.items())


@cache
def _special() -> tuple[re.Pattern[str], re.Pattern[str], dict[str, str]]:
    section = dict(stage_words()["special_school"])
    context = re.compile(section.pop("context"))
    words = re.compile(r"\b(" + "|".join(map(re.escape, section)) + r")\b")
    return context, words, section


def table_stage(word: str) -> tuple[int, int] | None:
    """Return the age range a stage word of the table names ("midis", "zurueckgestellter")."""
    return _table().get(word)


def staged_phrases(text: str) -> str:
    """Return the text with each stage told in several words written as its one token ("macht
    sein FSJ" → stagefsj, "im letzten Kita-Jahr" → the last Kita year), and a special school's
    stage words as that school's stages, so the stage reader sees one word for each."""
    for pattern, token in _phrases():
        text = pattern.sub(f" {token} ", text)
    context, words, tokens = _special()
    if context.search(text):
        text = words.sub(lambda m: tokens[m.group(1)], text)
    return text


# a year of training by its ordinal: "im 2. Lehrjahr", "3. Ausbildungsjahr", "ersten Lehrjahr"
_ORDINALS = {"erst": 1, "zweit": 2, "dritt": 3, "viert": 4}
_TRAINING_YEAR = re.compile(
    r"\b(?:(?P<n>[1-4])\s*\.?\s*|(?P<w>erst|zweit|dritt|viert)\w*\s+)"
    r"(?P<noun>lehrjahr\w*|ausbildungsjahr\w*|lj\b)")
# "LJ" is a Lebensjahr ("m., 2. LJ, Gedeihstörung") unless a trainee is named before it
_TRAINEE = re.compile(r"\b(?:azubi\w*|auszubildend\w*|lehrling\w*|ausbildung\w*|lehre\b"
                      r"|berufsschul\w*|umschul\w*)")


def training_years(text: str) -> list[Span]:
    """Return the ages the years of training a text names give: year k of an apprenticeship is
    begun at 15 + k at the earliest and mostly ended by 17 + k ("Azubi; 1. LJ" is 16 to 18).

    Staff the asker wants trained ("unsere Azubis, 1. Lehrjahr, sollen … lernen") are no child."""
    if not _TRAINING_YEAR.search(text) or helps_team(text):
        return []
    hits = []
    for m in _TRAINING_YEAR.finditer(text):
        if m["noun"] == "lj" and not _TRAINEE.search(text, max(0, m.start() - 60), m.start()):
            continue
        k = int(m["n"]) if m["n"] else _ORDINALS[m["w"]]
        hits.append(Span(m.start(), m.end(), 12 * (15 + k), 12 * (18 + k) - 1))
    return hits


def with_training(text: str, spans: list[Span]) -> list[Span]:
    """Return the school-tier spans with the years of training added, and without a year of life
    read from the same words ("Azubi, 1. LJ" is no baby in its first year)."""
    training = training_years(text)
    if not training:
        return spans
    kept = [s for s in spans if not any(t.start < s.end and s.start < t.end for t in training)]
    return kept + training


# a class repeated ("Wiederholerin 4. Klasse", "Klasse 3 (Wiederholer)", "wiederholt die 4.
# Klasse"): the child is a year older than the class says ("wiederholt mit …" is "repeatedly")
_REPEATED_BEFORE = re.compile(r"\b(?:wiederholer\w*|wiederholt\s+(?:die|gerade\s+die))\s*$")
_REPEATED_AFTER = re.compile(
    r"^\s*\(?\s*(?:wiederholer\w*|wiederholt\b(?!\s+(?:mit|von|am|im|bei)))")


def repeated_class(text: str, spans: list[Span]) -> list[Span]:
    """Return the school spans a year later where the class is told as repeated."""
    shifted = []
    for s in spans:
        if _REPEATED_BEFORE.search(text, max(0, s.start - 30), s.start) or _REPEATED_AFTER.match(
                text[s.end : s.end + 30]):  # fmt: skip
            s = Span(s.start, s.end, s.low + 12, s.high + 12)
        shifted.append(s)
    return shifted


def training_told(text: str, school: list[Span], found: Iterable[Any]) -> tuple[int, int] | None:
    """Return the one number nothing else explains (of the hits `found`) when it agrees with the
    year of training the text names ("Meine Azubi im 1. Lehrjahr, sie hat 17"): the number tells
    the age closer, as a number beside a stage word does; the training year stays the reading
    otherwise."""
    numbers = [(h.low, h.high) for h in found if h.kind == "unexplained"]
    training = training_years(text)
    if len(numbers) != 1 or not training or not all(s in training for s in school):
        return None
    low, high = numbers[0]
    agree = all(s.low - 12 <= low and high <= s.high + 12 for s in training)
    return (low, high) if agree else None
