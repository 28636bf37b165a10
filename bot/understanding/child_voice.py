"""The child's own words read in the report's grammar, so the need vocabulary meets them.

Professionals pass on what a child said between quotation marks: „ich kiff jeden tag sonst kann
ich nich pennen“, „ich ritz mich wieder“, „Mama weint immer und steht nicht auf“. The need
vocabulary (`topic_lexicon.toml`, `safety.toml`) is written as reports tell of a child and its
parents — "kifft", "ritzt sich", "Mutter weint" —, so word by word the quote named nothing, or
the wrong thing ("Mama weint" is a baby's mother in the first weeks, `fruehe_hilfen`). Inside a
quote in the first person (`quoted_speech.speech_spans`) this module rewrites:
- the speaker's verb beside "ich" into its third person ("ich kiff" → "ich kifft", "hab ich" →
  "hat ich"), by a table of strong verbs and an ending rule whose result must be a word the
  vocabularies know (so "ich auch" stays), and the reflexive pronoun after it ("ich ritz mich"
  → "ritzt sich");
- the child's names for its parents into the parent nouns ("Mama" → "Mutter"), so the readers of
  whose state or blow it is (`topic_carer_state`, `agency`) find the parent.
Only the text the need readers see is rewritten (`understand`); ages and places are read from the
words as written. Words are data (`bot/data/child_voice.toml`).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from bot.text import fold
from bot.understanding.quoted_speech import speech_spans
from bot.vocabulary.lexicon import _load

_WORD = re.compile(r"[A-Za-zÄÖÜäöüß]+")
_BREAK = re.compile(r"[.,;:!?()\[\]|–-]")  # a mark between two words parts their clause


@dataclass(frozen=True, slots=True)
class _Voice:
    parents: dict[str, str]
    third: dict[str, str]
    same: frozenset[str]
    reflexive: frozenset[str]
    first: frozenset[str]
    never: frozenset[str]
    copulas: frozenset[str]
    whereabouts: frozenset[str]


@cache
def _voice() -> _Voice:
    data = _load("child_voice.toml")
    return _Voice({fold(k): v for k, v in data["parents"].items()},
                  {fold(k): v for k, v in data["third"].items()}, frozenset(data["same"]),
                  frozenset(data["reflexive"]), frozenset(data["first"]),
                  frozenset(data["never"]), frozenset(data["copulas"]),
                  frozenset(data["whereabouts"]))


def third_person(word: str, known: Callable[[str], bool]) -> str | None:
    """The third person singular of a first-person verb form, or None when `word` is none: a
    strong verb by the table, a weak one by its ending ("kiff"/"kiffe" → "kifft", "red" →
    "redet"), kept only when the vocabularies know the result."""
    voice = _voice()
    low = fold(word)
    if low in voice.third:
        return voice.third[low]
    if low in voice.same or low in voice.never or len(low) < 3:
        return None
    base = low[:-1] if low.endswith("e") else low
    form = base + ("et" if base.endswith(("t", "d")) and not base.endswith("tt") else "t")
    return form if form != low and known(form) else None


def _together(text: str, left: re.Match[str], right: re.Match[str]) -> bool:
    """Two words of one clause: nothing but spaces between them."""
    return _BREAK.search(text, left.end(), right.start()) is None


def _whereabouts(text: str, tokens: list[re.Match[str]], k: int) -> bool:
    """Whether the parent name at `k` tells where the parent is now ("Papa ist weg")."""
    voice = _voice()
    after = [fold(t.group()) for t in tokens[k + 1 : k + 3]]
    return (len(after) == 2 and after[0] in voice.copulas and after[1] in voice.whereabouts
            and _together(text, tokens[k], tokens[k + 2]))


def _span_voiced(text: str, known: Callable[[str], bool]) -> list[tuple[int, int, str]]:
    """The replacements (start, end, new word) inside one quote's text."""
    voice = _voice()
    tokens = list(_WORD.finditer(text))
    out: dict[int, tuple[int, int, str]] = {}
    for k, tok in enumerate(tokens):
        low = fold(tok.group())
        if low in voice.parents and not _whereabouts(text, tokens, k):
            out[k] = (tok.start(), tok.end(), voice.parents[low])
        if low not in voice.first:
            continue
        verb = None
        if k + 1 < len(tokens) and _together(text, tok, tokens[k + 1]):
            form = third_person(tokens[k + 1].group(), known)
            verb = (k + 1, form) if form else None
        if verb is None and k > 0 and _together(text, tokens[k - 1], tok):
            form = third_person(tokens[k - 1].group(), known)
            verb = (k - 1, form) if form else None
        if verb is None:
            continue
        at, form = verb
        out[at] = (tokens[at].start(), tokens[at].end(), form)
        after = max(at, k) + 1
        if (after < len(tokens) and fold(tokens[after].group()) in voice.reflexive
                and _together(text, tokens[after - 1], tokens[after])):
            out[after] = (tokens[after].start(), tokens[after].end(), "sich")
    return list(out.values())


def reported_voice(text: str, known: Callable[[str], bool]) -> str:
    """Return `text` with every first-person quote's verbs beside "ich", its reflexive pronoun
    and its parent names in the report's grammar (see the module); other text unchanged."""
    lowered = text.lower()
    if len(lowered) != len(text):
        return text  # a letter whose lower case is longer: offsets would not hold
    spans = speech_spans(lowered)
    if not spans:
        return text
    edits: list[tuple[int, int, str]] = []
    for start, end in spans:
        edits += [(start + a, start + b, new)
                  for a, b, new in _span_voiced(text[start:end], known)]
    for start, end, new in sorted(edits, reverse=True):
        text = text[:start] + new + text[end:]
    return text


__all__ = ["reported_voice", "third_person"]
