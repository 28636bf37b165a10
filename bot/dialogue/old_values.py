"""Values a correction turn marks as the old or wrong one, and corrections that keep the need.

"nein, Bergkamen – Bönen war die alte Adresse", "Schwerte war falsch, die wohnen in Holzwickede",
"vorher Werne, seit kurzem Selm", "statt Bergkamen bitte Oberaden": a correction names the new
value and the one it replaces, but not with "nicht" (`corrections.without_negated`). Read as it
stands, the turn names two places and the old one may win (the understanding took the place named
last). The value beside a marker of the old (`old_values.toml`) is dropped before the turn is
understood, only when what remains still names a value of the same kind.

"Korrektur: Kita liegt in Brambauer, Familie wohnt auch da": a correction of the place or age
says where or how old, not what is needed; its Kita word replaced the case's child protection.
Unless it asks for help itself, the case's need stays (`corrects_fact_only`).
"""

from __future__ import annotations

import re
from functools import cache

from bot.catalogue import Catalogue
from bot.dialogue.phrases import bare_age, without_correction
from bot.dialogue.turns import vocabulary as turn_words
from bot.dialogue.turns import word_pattern
from bot.models import Request
from bot.text import fold
from bot.understanding import understand
from bot.vocabulary.lexicon import _load

__all__ = ["corrects_fact_only", "without_old"]

_WORD = re.compile(r"[\w-]+")
_MAX_VALUE_WORDS = 3  # "Bergkamen Mitte", "Unna Alte Heide"
_Index = dict[str, tuple[tuple[str, ...], ...]]


@cache
def _markers() -> tuple[_Index, _Index, frozenset[str]]:
    """The markers after and before a value, indexed by their first word, and the joins."""
    data = _load("old_values.toml")
    indexed = []
    for part in ("after", "before"):
        index: dict[str, list[tuple[str, ...]]] = {}
        for phrase in data[part]:
            words = tuple(phrase.split())
            index.setdefault(words[0], []).append(words)
        indexed.append({k: tuple(sorted(v, key=len, reverse=True)) for k, v in index.items()})
    return indexed[0], indexed[1], frozenset(data["joins"])


def _kind(words: str, catalogue: Catalogue) -> str | None:
    """"age" or "place" when the words alone are that value, else None."""
    if bare_age(words) is not None:
        return "age"
    said = understand(words, catalogue)
    if (said.place or said.place_candidates) and not said.topics and said.age is None:
        return "place"
    return None


def _has(kind: str, text: str, catalogue: Catalogue) -> bool:
    said = understand(text, catalogue)
    if kind == "place":
        return bool(said.place or said.place_candidates)
    return said.age is not None or any(bare_age(w) for w in _WORD.findall(text))


def _marked(text: str) -> list[tuple[int, int, bool]]:
    """(start, end, after) word spans of the markers in the text: one pass, by first word."""
    after, before, _ = _markers()
    words = [fold(w) for w in _WORD.findall(text)]
    found = []
    for i, word in enumerate(words):
        for index, is_after in ((after, True), (before, False)):
            for phrase in index.get(word, ()):
                if tuple(words[i:i + len(phrase)]) == phrase:
                    found.append((i, i + len(phrase), is_after))
                    break
    return found


def _value(text: str, spans: list[re.Match[str]], marker: tuple[int, int, bool],
           catalogue: Catalogue) -> tuple[str, str] | None:  # fmt: skip
    """The value beside one marker and its kind: the fewest words that are a value alone."""
    start, end, is_after = marker
    joins = _markers()[2]
    if not is_after:
        while end < len(spans) and fold(spans[end].group(0)) in joins:
            end += 1
    for size in range(1, _MAX_VALUE_WORDS + 1):
        first, last = (start - size, start - 1) if is_after else (end, end + size - 1)
        if first < 0 or last >= len(spans):
            return None
        words = text[spans[first].start():spans[last].end()]
        if (kind := _kind(words, catalogue)) is not None:
            return words, kind
    return None


def without_old(text: str, catalogue: Catalogue) -> str:
    """The turn without the values it marks as old or wrong, when it still names one of the same
    kind ("nein, Bergkamen – Bönen war die alte Adresse" → "nein, Bergkamen –  war die alte
    Adresse"). A turn with no marker is returned as it is, after one pass over its words."""
    markers = _marked(text)
    if not markers:
        return text
    spans = list(_WORD.finditer(text))
    rest = text
    for marker in markers:
        found = _value(text, spans, marker, catalogue)
        if found is None:
            continue
        value, kind = found
        shorter = re.sub(rf"(?i)(?<![\w-]){re.escape(value)}(?![\w-])", " ", rest)
        if shorter != rest and _has(kind, shorter, catalogue):
            rest = shorter
    return rest


@cache
def _asking() -> re.Pattern[str]:
    # the words of asking for a help ("braucht", "fragt nach", "gibt es") and of naming it
    # firmly ("geht um", "mainly about"), not a modal alone: "die Beratung kann auch in Lünen
    # sein" says where; "?" is read apart
    words, data = turn_words(), _load("old_values.toml")
    modal = set(data["modal"])
    asking = [w for w in (*words["asks"]["words"], *words["told_more"]["asks"]) if w not in modal]
    return word_pattern([*asking, *data["firm"]])


def corrects_fact_only(text: str, request: Request, previous: Request | None) -> bool:
    """Tell a correction that names the place or the age and asks for no help of its own.

    "Korrektur: Kita liegt in Brambauer, Familie wohnt auch da", "nein, Kamen, die Schule ist
    aber in Bergkamen": the turn opens as a correction and names a fact of the case; an
    institution it names says where, not what is needed, so the case's need stays. A turn that
    asks ("braucht", "gibt es", "?") or names a sign of danger still brings its need.
    """
    if previous is None or not (previous.topics or previous.main_topics) or "?" in text:
        return False
    if request.child_protection or not (request.place or request.place_candidates
                                        or request.age is not None):
        return False
    rest = without_correction(text)
    return rest is not None and not _asking().search(rest)
