"""A pruned pattern compiles a set of alternatives only when met again, and matches alike.

`Pruned` ran a freshly compiled pattern for every new set of alternatives a text held: in a
long-running bot one request in twenty still met a new set after 3,000 requests and paid ~5 ms
for the compile. A set met once now runs the full pattern (the same matches, a little slower);
the second sighting compiles it. Checked here: the policy, and that spans, groups and `sub`
agree with the full pattern on the first, second and later sightings over many labelled texts.
"""

from __future__ import annotations

import importlib
import json
import pkgutil
import re

import bot.understanding as understanding
from bot.settings import PROJECT_ROOT
from bot.text import fold
from bot.understanding.gate import needed_strings
from bot.understanding.gate_branches import _COMPILE_AFTER, Pruned, alternatives


def _pruned_patterns() -> list[Pruned]:
    found = []
    for info in pkgutil.iter_modules(understanding.__path__):
        module = importlib.import_module(f"bot.understanding.{info.name}")
        found += [v for v in vars(module).values() if isinstance(v, Pruned)]
    return found


def _texts() -> list[str]:
    lines = (PROJECT_ROOT / "tests" / "data" / "dev.jsonl").read_text("utf-8").splitlines()
    texts = [json.loads(line)["q"] for line in lines if line.strip()]
    return [*texts, *map(fold, texts)]


def _fresh(pattern: Pruned) -> Pruned:
    return Pruned(pattern.compiled, pattern.needed, list(pattern.parts))


def _read(matches: list[re.Match[str]]) -> list[tuple[tuple[int, int], tuple[str | None, ...]]]:
    return [(m.span(), m.groups()) for m in matches]


def test_a_set_met_once_runs_the_full_pattern_and_the_second_sighting_compiles_it() -> None:
    full = re.compile(r"\bkind\s+(\d+)|\bbaby\s+(\d+)|\bteen\s+(\d+)")
    pruned = Pruned(full, (), alternatives(full, needed_strings) or [])
    full = pruned.scan  # the full pattern as it scans (its word boundary hoisted, speed48)
    assert pruned.for_text("kind 3 hier") is full
    for seen in range(2, _COMPILE_AFTER):  # met again, but not yet often enough (speed75)
        assert pruned.for_text(f"ein kind {seen}") is full
    variant = pruned.for_text("ein kind 4")
    assert _COMPILE_AFTER >= 2 and variant is not full
    assert pruned.for_text("noch ein kind 6") is variant
    assert pruned.for_text("baby 2") is full  # another set, met once


def test_every_pruned_pattern_matches_as_its_full_pattern_on_every_sighting() -> None:
    texts = _texts()
    for shipped in _pruned_patterns():
        pruned = _fresh(shipped)
        for text in texts * 3:  # first, second and later sightings of each set
            full = shipped.compiled
            assert _read(list(pruned.finditer(text))) == _read(list(full.finditer(text)))
            assert pruned.sub("#", text) == shipped.compiled.sub("#", text)
