"""The word boundary every alternative of a pruned pattern opens with is tested once (speed48).

`gate_hoist` writes `\\bA|\\bB|(?<!x)\\bC` as `\\b(?:A|B|(?<!x)C)`: `re` then tests the boundary
once per position instead of entering every alternative at every letter. The answers must not
move, so the two forms are compared here over many texts: every shipped pruned pattern's full
scan and its variants against the pattern as written (spans, groups, names, `sub`, cut at `pos`
and `endpos`), made-up patterns at every `pos`/`endpos` of corner texts, and through the
`Assistant` a newborn told by a birth of days ago and its look-alikes.
"""

from __future__ import annotations

import re

import pytest

import bot.understanding.gate_branches as gate_branches
from bot.assistant import Assistant
from bot.text import fold
from bot.understanding.gate import needed_strings
from bot.understanding.gate_branches import Pruned, alternatives
from bot.understanding.gate_hoist import boundary_led, hoisted
from tests.labelled_texts import match_facts as _read
from tests.labelled_texts import sampled_requests
from tests.relevance import assert_age_read_and_offers_fit
from tests.test_speed74 import _pruned_patterns

CORNERS = [
    "", "a", "geburt", "xgeburt gestern", "Geburt gestern!", "hat entbunden", "wird entbunden",
    "soll  hat entbunden", "baby kam gestern", "frisch geboren.", "kind 3 tag 6 pp", "ks gestern",
    "über-geburt gestern", "born yesterday", "vor 3 tagen geboren", "tag 9 p.p. stillt",
    "Kaiserschnitt am Montag geplant", "\\b kind", "_geburt gestern", "9geburt gestern",
]


def _texts(limit: int = 400) -> list[str]:
    texts = sampled_requests(limit) + CORNERS
    return [*texts, *map(fold, texts)]


def test_the_boundary_is_read_only_where_it_opens_every_alternative() -> None:
    assert boundary_led([r"\bkind", r"\bbaby\s+\d"]) == ["kind", r"baby\s+\d"]
    assert boundary_led([r"(?<!wird\s)(?<!soll\s)\bhat", r"\bx"]) == [r"(?<!wird\s)(?<!soll\s)hat",
                                                                      "x"]
    assert boundary_led([r"\bkind", "baby"]) is None  # one alternative opens without it
    assert boundary_led([r"\\bkind", r"\bbaby"]) is None  # a backslash and a "b"
    assert boundary_led([r"(?<![(])\bkind", r"\bbaby"]) is None  # a bracket in the lookbehind
    assert boundary_led([r"(?:\bkind)", r"\bbaby"]) is None  # inside a group: not read
    assert boundary_led([r"\Bkind", r"\bbaby"]) is None
    assert hoisted(["kind", "baby"]) == r"\b(?:kind|baby)"


@pytest.mark.parametrize("source", [
    r"\bkind\s+(\d+)|\bbaby\s+(?P<m>\d+)|\bteen",
    r"(?<!wird\s)(?<!soll\s)\bhat\s+entbunden\b|\bfrisch\s+geb\b|\b(?:ks|sectio)\s+gestern",
    r"\b(?P<h>[01]?\d)\s+(?P<min>[0-5]\d)|\bum\s+(\d+)|\b",
    r"\bx?|\b\w*",  # empty matches at the boundaries
])
def test_a_hoisted_pattern_matches_as_written_at_every_cut(source: str) -> None:
    written = re.compile(source)
    stripped = boundary_led(gate_branches.split_alternatives(source))
    assert stripped is not None
    lifted = re.compile(hoisted(stripped))
    assert (lifted.groups, lifted.groupindex) == (written.groups, written.groupindex)
    for text in ["kind 3 baby 4 teen", "wird hat entbunden, hat entbunden", "xhat entbunden",
                 "um 12 05 und 7 30", "  ks gestern", "é kind 1", ""]:
        assert written.sub("#", text) == lifted.sub("#", text)
        for pos in range(len(text) + 1):
            for endpos in range(pos, len(text) + 1):
                assert _read(list(written.finditer(text, pos, endpos))) == _read(
                    list(lifted.finditer(text, pos, endpos))), (source, text, pos, endpos)
                found, expected = lifted.match(text, pos, endpos), written.match(text, pos, endpos)
                assert _read([found] if found else []) == _read([expected] if expected else [])


def test_every_shipped_pruned_pattern_scans_as_written_on_every_sighting(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    texts = _texts()
    led = 0
    for after in (8, 1):  # the full scan (a set met rarely), then every set's variant compiled
        monkeypatch.setattr(gate_branches, "_COMPILE_AFTER", after)
        for shipped in _pruned_patterns():
            full = shipped.compiled
            pruned = Pruned(full, shipped.needed, list(shipped.parts))
            led += pruned.led is not None
            for text in texts:
                assert _read(list(pruned.finditer(text))) == _read(list(full.finditer(text)))
                assert pruned.sub("#", text) == full.sub("#", text)
                middle = len(text) // 2
                assert _read(list(pruned.scan.finditer(text, middle))) == _read(
                    list(full.finditer(text, middle)))
                assert _read(list(pruned.scan.finditer(text, 1, middle))) == _read(
                    list(full.finditer(text, 1, middle)))
    assert led >= 2 * 5  # the birth readers' patterns among them (`JUST_BORN`)


def test_a_made_up_pruned_pattern_hoists_its_variants_too(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(gate_branches, "_COMPILE_AFTER", 1)
    full = re.compile(r"\bkind\s+(\d+)|\bbaby\s+(?P<months>\d+)|\bteen\s+\d+")
    pruned = Pruned(full, (), alternatives(full, needed_strings) or [])
    variant = pruned.for_text("ein baby 4")
    assert variant is not None and variant.pattern.startswith(r"\b(?:")
    assert (variant.groups, variant.groupindex) == (full.groups, full.groupindex)
    assert _read(list(pruned.finditer("ein baby 4, xbaby 5"))) == _read(
        list(full.finditer("ein baby 4, xbaby 5")))


@pytest.mark.parametrize(("text", "low", "high"), [
    ("Hebamme hier: Frau K. hat gestern in Unna entbunden, Kaiserschnitt gestern, sie ist "
     "erschöpft und sucht Unterstützung im Wochenbett.", 0, 0),
    ("Baby kam gestern, Mutter allein in Kamen, wer hilft im Wochenbett?", 0, 0),
    # look-alikes: a birthday, a planned birth's child and a birth long past keep their ages
    ("Geburtstag gestern, Junge 7, Bergkamen, er ist sehr wütend, Beratung gesucht", 84, 95),
    ("Junge 6 aus Unna, seine Geburt war schwer, heute hat er große Angst vor der Schule", 72, 83),
])
def test_a_birth_of_days_ago_is_still_read_through_the_assistant(
    assistant: Assistant, text: str, low: int, high: int
) -> None:
    answer, _session = assistant.respond(text)
    assert_age_read_and_offers_fit(answer, (low, high))
