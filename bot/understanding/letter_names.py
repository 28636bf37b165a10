"""The writer's name after a closing formula: a name, never a place or a need.

A parent signs as the family (`letter` keeps their signature, whose "LG aus Methler" is the
family's place), and a short mail's signature typed without marks is not always told apart
("Mit traurigem Gruß, B. Schulze-Wessel"). The name itself is the writer's in every case, and
family names are often places' names: Stockum, Hemmerde, Wessel, Horst, Heeren, Dellwig,
Methler. Read as the family's text, "Viele Grüße, Anna Stockum" made a request about Werne one
about Werne-Stockum, and a request that names no place one about Wessel.

So the name is cut from the family's text wherever it stands right after a closing formula: an
opener — a first name of the redaction's list, an initial with its dot ("B."), a form of address
("Frau", "Familie") — and the capitalised family name right after it with the parts joined to it
by hyphens ("Schulze-Wessel", "Methler-Brandt"). What follows a comma is no longer the name
("LG Anna, Unna-Massen" keeps Unna-Massen), nor is a word after a preposition ("Grüße aus
Methler").
"""

from __future__ import annotations

import re
from functools import cache

from bot.privacy.redact import first_names
from bot.text import fold
from bot.vocabulary.lexicon import _load

MIN_BEFORE = 4  # words of the case before the formula: a message that is only a greeting stays
# after the formula: a comma, a line break or spaces, then the opener
_LEAD = re.compile(r"[\s,]*")
_WORD = re.compile(r"[^\W\d_]+")
_SURNAME = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
_NAME = re.compile(r"[A-ZÄÖÜ][a-zäöüß]")


@cache
def _openers() -> frozenset[str]:
    return frozenset(fold(w) for w in _load("letter_names.toml")["openers"])


def _opener(text: str, at: int) -> int | None:
    """Return where the opener starting at `at` ends (after an initial's dot), or None."""
    word = _WORD.match(text, at)
    if word is None or not word.group()[:1].isupper():
        return None
    raw = word.group()
    if len(raw) == 1:  # an initial: "B. Schulze-Wessel"
        return word.end() + 1 if text[word.end() : word.end() + 1] == "." else None
    folded = fold(raw)
    if folded in _openers() or folded in first_names():
        return word.end()
    return None


def signoff_names(text: str, closing: re.Pattern[str]) -> list[tuple[int, int]]:
    """Return the spans of family names that stand right after a closing formula (see the
    module's docstring); the opener stays, it names no place."""
    spans: list[tuple[int, int]] = []
    for formula in closing.finditer(text):
        if len(_WORD.findall(text[: formula.start()])) < MIN_BEFORE:
            continue
        at = _LEAD.match(text, formula.end()).end()
        end = _opener(text, at)
        if end is None:
            continue
        gap = re.match(r"[ \t]+", text[end:])  # the family name follows on the same line
        if gap is None:
            continue
        surname = _SURNAME.match(text, end + gap.end())
        # a name is written with a capital and small letters: "PS", "ASD" after it are no name
        if surname is None or not _NAME.match(surname.group()):
            continue
        spans.append((surname.start(), surname.end()))
    return spans
