"""The foreign rules' screens behind their needed strings match exactly where they did (speed65).

`foreign_screen.GatedScreen` skips a key's screen on a text that lacks a string every match of
it needs. A gate that dropped a possible match would lose a foreign age, unit or language
silently, so the gated screens are compared with the plain compiled ones at every word of
labelled requests and on foreign messages, and the rewrite as a whole with the gate switched off.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bot.understanding import foreign
from bot.understanding.foreign_rules import KEY, WORD, fold_foreign
from bot.understanding.foreign_screen import GatedScreen
from bot.understanding.foreign_typos import repair_swaps

_FOREIGN = [
    "Mi hijo tiene 5 años y no habla alemán, buscamos ayuda",
    "mio figlio ha dieci anni e parla solo italiano",
    "mijn dochter is 3 jaar en spreekt alleen Arabisch",
    "oğlum 4 yaşında, almanca bilmiyor",
    "Сыну 6 лет, он не говорит по-немецки",
    "ابني عمره ٧ سنوات",
    "Mein Sohn ist 7 Jahre alt und die Schule ruft ständig an",
    "Kind 2 Jahre, in der Kita seit 6 Wochen, ein Platz in Unna gesucht",
    "dia de la semana: seis meses y medio",
    "Die Diagnose kam mit 3 anni, und jetzt?",
]


def _texts() -> list[str]:
    texts = list(_FOREIGN)
    for path in sorted(Path("tests/data").glob("*/requests.jsonl"))[::3]:
        lines = [line for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
        texts += [json.loads(line)["q"] for line in lines[::25]]
    return texts


def _key(text: str) -> str:
    return repair_swaps(text.lower() if text.isascii() else fold_foreign(text))


def test_gated_screens_match_where_the_plain_ones_do() -> None:
    vocab = foreign.vocabulary()
    for text in _texts():
        key = _key(text)
        for word in WORD.finditer(key):
            head = WORD.match(key[word.start() : word.start() + KEY]).group()
            index = foreign.DIGIT if head.isdigit() else head
            if index not in vocab.rules:
                continue
            screen = vocab.screen(index)
            gated, plain = screen.match(key, word.start()), screen.compiled.match(key, word.start())
            assert (gated and gated.span()) == (plain and plain.span()), (text, index)


@pytest.mark.parametrize("text", _FOREIGN)
def test_germanise_as_without_the_gate(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    gated = foreign.germanise(text)
    monkeypatch.setattr(GatedScreen, "possible", lambda self, text: True)
    assert foreign.germanise(text) == gated


def test_the_gate_is_kept_per_text() -> None:
    screen = foreign.vocabulary().screen("und")
    # the Italian number rules need a unit or a list's "e"/"o" ("uno e due.") somewhere
    assert screen.needed
    assert not screen.possible("und damit basta")
    assert screen.possible("und damit basta") is False  # the same answer, kept
    assert screen.possible("uno e mezzo anni")
