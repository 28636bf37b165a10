"""speed62: each precheck or one-pass scan says exactly what the per-word test said."""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path

import pytest

from bot.text import _UMLAUTS, fold
from bot.understanding.gate import gated
from bot.understanding.safety import _signals
from bot.understanding.safety_ages import JOINED, _owner_at, ages_joined, alone_words
from bot.understanding.safety_scan import any_hit, hits
from bot.understanding.safety_text import Words, matches, tokens

ALL5 = Path("/work/wt/all5.jsonl")
TEXTS = [
    "Kind 4, wurde vor zwei Jahren geschlagen, lebt seit 3 Mon. in Pflegefam.",
    "die Kinder der Nachbarin sind jeden Abend allein, der Vadder ist weg",
    "Mein Sohn (9) hat blaue Flecken, angeblich beim Sport, die Ergotherapeutin sagt Motorik",
    "Braut erst 16, der Mann ist 25 (40s?), Rippenfraktur, misshandelt",
    "kızı İlkokul'a gidiyor, syn ł ẞ Ænd naïve café mẹ́rin",
    "",
]


def _old_fold(text: str) -> str:
    text = text.lower()
    if text.isascii():
        return text
    text = text.translate(_UMLAUTS)
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def _texts() -> list[str]:
    if not ALL5.exists():
        return TEXTS
    with ALL5.open(encoding="utf-8") as lines:
        return TEXTS + [json.loads(line)["q"] for line in lines][::20]


def test_fold_by_table_is_fold_by_generator() -> None:
    every = "".join(chr(c) for c in range(0x20, 0x3000) if not 0xD800 <= c < 0xE000)
    for text in [*_texts(), every, every]:  # twice: the table filled and then read
        assert fold(text) == _old_fold(text)


def _groups() -> list[Words]:
    _, context = _signals()
    found = [v for v in vars(context).values()] if hasattr(context, "__dict__") else [
        getattr(context, name) for name in context.__slots__]  # fmt: skip
    words = [g for g in found if isinstance(g, Words)]
    return [*words, Words.of(["misshandl*", "*fraktur", "#adult", "kind"]), Words.of(["#minor"]),
            Words.of([])]  # fmt: skip


@pytest.mark.parametrize("text", TEXTS)
def test_one_pass_scans_are_the_per_word_tests(text: str) -> None:
    words = tokens(fold(text))
    for group in _groups():
        assert hits(words, group) == [i for i, w in enumerate(words) if matches(w, group)]
        assert any_hit(words, group) == any(matches(w, group) for w in words)


def test_gate_inline_is_the_needed_strings() -> None:
    pattern = gated(__import__("re").compile(r"\bpflege(?:familie|fam)\b"))
    assert pattern.search("seit 3 mon in pflegefam") is not None
    assert pattern.search("keine pflege hier") is None


def _old_alone_words(words: list[str]) -> list[str]:
    joined = ages_joined(words)
    for at in range(len(words)):
        start = _owner_at(words, at)
        if start is not None:
            joined[start : at + 1] = [JOINED] * (at + 1 - start)
    return joined


@pytest.mark.parametrize("text", [
    "die kinder der nachbarin sind allein", "kids of the neighbour alone",
    "kinder von der nachbarin allein", "der nachbarin kinder allein", "of", "",
])  # fmt: skip
def test_owner_precheck_is_the_scan_of_every_word(text: str) -> None:
    for words in (text.split(), *(tokens(fold(t)) for t in _texts()[:200])):
        assert alone_words(words) == _old_alone_words(words)


def test_owner_after_child_still_read() -> None:
    assert JOINED in alone_words(["die", "kinder", "der", "nachbarin", "sind", "allein"])
