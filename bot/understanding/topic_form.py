"""A form's asked field names the need; its other fields are the family's background.

Case notes and referral forms from the ASD, the Jobcenter or a clinic put what is asked in a field
of its own ("Anliegen: Lea soll ab Sommer in eine Kita, Platz fehlt") beside fields that tell the
family's history ("bisherige Hilfen: Erziehungsbeistand, beendet 2023", "Familie: bekannt seit
2019 (SPFH)"). Read as one text, the history's help words outweigh the one thing asked. When an
asked field (`form_fields.toml [fields] asked`) names a need, that is the request's need; the need
words of the other fields are the family's story and count only where the asked field names none.
An asked field that only lists helps ("Anliegen: Entlastung / Familienhilfe") names each of them:
a word that elsewhere only hints at a need ("Entlastung") is there the help asked for.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from functools import cache

from bot.text import fold
from bot.understanding.topic_parts import Credit
from bot.vocabulary.lexicon import _load

# a label: up to four words right after the start or a field separator, ended by a colon
_LABEL = re.compile(
    r"(?:^|[|\n;/•]|\s-\s|\.\s)\s*([A-Za-zÄÖÜäöüß][A-Za-zÄÖÜäöüß ]{0,40}?)\s*:(?!\d)")
_WORD = re.compile(r"[A-Za-zÄÖÜäöüßẞÀ-ÿ0-9§]+")
MAX_LABEL_WORDS = 4
MAX_LIST_WORDS = 5  # an asked field this short lists helps; a longer one tells a story


@cache
def _asked_labels() -> frozenset[str]:
    return frozenset(fold(w) for w in _load("form_fields.toml")["fields"]["asked"])


def _fields(text: str) -> list[tuple[int, int, bool]]:
    """The fields of a form as (start, end, asked) character spans of their values."""
    labels = [m for m in _LABEL.finditer(text)
              if len(m.group(1).split()) <= MAX_LABEL_WORDS]  # fmt: skip
    asked = _asked_labels()
    fields = []
    for k, m in enumerate(labels):
        end = labels[k + 1].start(1) if k + 1 < len(labels) else len(text)
        label = fold(m.group(1)).split()
        is_asked = any(" ".join(label[i:]) in asked or " ".join(label[: i + 1]) in asked
                       for i in range(len(label)))  # fmt: skip
        fields.append((m.end(), end, is_asked))
    return fields


def _offsets(text: str, raw: Sequence[str]) -> list[int] | None:
    """The character offset of each typed word in `text`, or None where they do not align."""
    found, cursor = [], 0
    for word in raw:
        at = text.find(word, cursor)
        if at < 0:
            return None
        found.append(at)
        cursor = at + len(word)
    return found


def as_form(credits: list[Credit], text: str, raw: Sequence[str]) -> list[Credit]:
    """Keep the need of a form's asked field, without the need words of its other fields."""
    if text.count(":") < 2 or not credits:
        return credits
    fields = _fields(text)
    asked = [(s, e) for s, e, is_asked in fields if is_asked]
    if not asked or len(fields) < 2:
        return credits
    offsets = _offsets(text, raw)
    if offsets is None:
        return credits
    inside = {c.position for c in credits if c.position < len(offsets)
              and any(s <= offsets[c.position] < e for s, e in asked)}
    if not inside:
        return credits
    listed = {p for p in inside for s, e in asked if s <= offsets[p] < e
              and len(_WORD.findall(text[s:e])) <= MAX_LIST_WORDS}  # fmt: skip
    return [replace(c, strong=True) if c.position in listed else c
            for c in credits if c.position in inside]  # fmt: skip


def told_field_at(text: str, position: int) -> bool:
    """Tell whether a position of a form lies in a field that only tells (history, household)
    while another field says what is asked: "bisher: Kita-Platz für die 3-Jährige abgelehnt |
    Anliegen: Betreuung für alle" points at no child with its past."""
    fields = _fields(text)
    if not any(is_asked for _, _, is_asked in fields):
        return False
    return any(s <= position < e and not is_asked for s, e, is_asked in fields)

