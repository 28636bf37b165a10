"""The foreign screens try their needed strings shortest first, with the same answer (speed66).

`GatedScreen.possible` stops a set's loop at the first string the text holds; the order of a set
only decides how soon. Each screen's sets must hold exactly the strings `gate.needed_strings`
reads off its pattern, and the test must answer as "a string of every set is in the text" does.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

import pytest

from bot.understanding import foreign
from bot.understanding.gate import needed_strings

_TEXTS = [
    "Mi hijo tiene 5 años y no habla alemán",
    "mio figlio ha dieci anni e parla solo italiano",
    "Mein Sohn ist 7 Jahre alt und die Schule ruft ständig an",
    "Ich habe soeben mit der Kita gesprochen",
    "",
]


@cache  # the screens of the shipped rules, read once for all 60 texts
def _screens():
    vocab = foreign.vocabulary()
    vocab.analyse_all()  # as a warm process has them: from the disk cache where it holds them
    return [vocab.screen(key) for key in sorted(vocab.rules)]


def _texts() -> list[str]:
    texts = list(_TEXTS)
    for path in sorted(Path("tests/data").glob("*/requests.jsonl"))[::4]:
        lines = [line for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
        texts += [json.loads(line)["q"].lower() for line in lines[::40]]
    return texts


def test_sets_hold_the_needed_strings_shortest_first() -> None:
    screens = _screens()
    for screen in screens:
        for strings in screen.needed:
            assert [len(s) for s in strings] == sorted(len(s) for s in strings)
    # read afresh off the compiled pattern (every seventh key: reading all takes ~15 s of CPU)
    for screen in screens[::7]:
        clauses = needed_strings(screen.compiled) or ()
        assert [set(s) for s in screen.needed] == [set(s) for s in clauses]


@pytest.mark.parametrize("text", _texts()[:60])
def test_possible_answers_as_every_set_held(text: str) -> None:
    for screen in _screens():
        expected = all(any(s in text for s in strings) for strings in screen.needed)
        assert screen.possible(text) is expected
