"""Speed prechecks answer exactly as the scans they replace or gate (stop 42, speed63).

Each precheck is an equivalence: the last words before a spoken mark without the backtracking
pattern, and substring gates before case-insensitive or word-boundary scans. A differing answer
would change an age, a topic or a rewrite silently, so each is compared with the plain pattern.
"""

from __future__ import annotations

import random
import re

import pytest

from bot.understanding import age_birth, age_focus, foreign_english
from bot.understanding.dictation import last_words

_LAST_WORDS = re.compile(r"(?:\S+\s*){0,4}$")


def _plain_last_words(text: str, end: int) -> str:
    found = _LAST_WORDS.search(text[:end])
    return found.group() if found else ""


@pytest.mark.parametrize(("text", "end"), [
    ("", 0),
    ("   ", 3),
    ("  \n", 3),
    ("kind sechs jahre komma", 17),
    ("eins zwei drei vier fünf sechs punkt", 30),
    ("  eins  zwei\tdrei\n vier \u00a0fünf  ", 33),
    ("a b c d", 7),
    ("Wort\u2003Wort\x1cWort\u200bWort Wort", 28),
])
def test_last_words_as_the_pattern(text: str, end: int) -> None:
    assert last_words(text, end) == _plain_last_words(text, end)


def test_last_words_as_the_pattern_on_random_text() -> None:
    alphabet = [*"ab ,.\n\t", "\u00a0", "\u2003", "é", "\x1c", "\u200b", "\x85"]
    chance = random.Random(63)
    for _ in range(20000):
        text = "".join(chance.choice(alphabet) for _ in range(chance.randint(0, 14)))
        end = chance.randint(0, len(text))
        assert last_words(text, end) == _plain_last_words(text, end), (text, end)


_SAMPLES = [
    "", "Baby 3 wks old", "she is 30 WEEKS pregnant", "Wk 5", "weekend", "for 3 years",
    "ſince 2 months", "waiting since May", "under 3s group", "Over 12", "overall fine",
    "wait-list 6 months", "LAST year", "ago", "before", "Mutter mit beiden Kindern",
    "für alle drei", "Beide nässen nachts ein. Die brauchen Hilfe", "all the kids", "mit allen",
    "Wochenbett Tag 5, stillt", "Hebamme kommt, wö tag 9", "3850 geb", "nach Kaiserschnitt",
    "pp Tag 3", "Tag 3 der Eingewöhnung", "FÜR BEIDE", "für die Kinder",
]

_GATED = [
    (foreign_english._WEEKS_WORD, re.compile(r"\bw(?:ee)?ks?\b", re.I)),
    (foreign_english._SIDE_WORD, re.compile(r"\b(?:under|over)\b", re.I)),
    (foreign_english._SPAN_WORD, re.compile(r"\b(?:for|since|ago|last|past|wait\w*)\b", re.I)),
    (age_focus._BOTH, re.compile(age_focus._BOTH.pattern)),
    (age_birth._postpartum(), re.compile(age_birth._postpartum().pattern)),
]


@pytest.mark.parametrize(("gated", "plain"), _GATED)
@pytest.mark.parametrize("text", _SAMPLES)
def test_gate_finds_what_the_scan_finds(gated: re.Pattern[str], plain: re.Pattern[str],
                                        text: str) -> None:
    for variant in (text, text.lower(), fold_marks(text)):
        found, expected = gated.search(variant), plain.search(variant)
        assert (found and found.span()) == (expected and expected.span()), variant


def fold_marks(text: str) -> str:
    """The text as the readers see it after folding (umlauts written out)."""
    return text.lower().replace("ü", "ue").replace("ö", "oe").replace("ä", "ae")
