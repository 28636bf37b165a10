"""Stop 44's speed regression won back without changing an answer (stop 45, speed75).

Each lever is a cheaper way to the same result, and each is proved here over many texts — the
labelled requests of every helper's set, folded, whole:

- a pruned pattern's variant stands for a removed alternative by a failing branch of empty
  groups (`gate_branches.skeleton`) instead of the alternative's whole text: every shipped
  pruned pattern, compiled on the first sighting of each set, matches as its full pattern (spans,
  groups, names, `sub`);
- quoted speech is looked for only in a text holding an opening quotation mark;
- the words for school marks are looked for as strings before the text is cut into words;
- an offer's own name is stemmed only for a word long enough to be one.
"""

from __future__ import annotations

import re

import pytest

import bot.understanding.gate_branches as gate_branches
from bot.assistant import Assistant
from bot.text import fold
from bot.understanding import age_marks, offer_names, quoted_speech
from bot.understanding.gate import needed_strings
from bot.understanding.gate_branches import Pruned, alternatives, skeleton
from tests.labelled_texts import match_facts as _read
from tests.labelled_texts import sampled_requests
from tests.relevance import assert_age_read_and_offers_fit
from tests.test_speed74 import _pruned_patterns

CORNERS = [
    "Lea (6) sagt: „da darf keiner rein, sonst wird Papa böse“",
    "er meint «ich bin 9 jahre» und weint", "»mein Bruder kommt im Mai«", "sie sagte \"ich\"",
    "hab's gehört, 'ich will nicht' sagt er", "‚mama ist weg‘ – Junge 7", "Mathe 5, Note 4",
    "Zeugnis: D 5, E 4, 7b", "Markus 12 braucht Hilfe", "notenkonferenz, S. 13, M 5", "",
]


def _texts(limit: int = 3000) -> list[str]:
    texts = sampled_requests(limit) + CORNERS
    return [*texts, *map(fold, texts)]


def test_a_skeleton_holds_the_groups_of_its_alternative() -> None:
    for part in (r"kind\s+(\d+)", r"(?P<a>x)(y(?P<b>z))", r"(?:a|b)c", r"(?P<o1>douas\b)(?:x)"):
        alone, stand_in = re.compile(part), skeleton(re.compile(part))
        if not alone.groups:
            assert stand_in == ""
            continue
        compiled = re.compile(stand_in)
        assert (compiled.groups, compiled.groupindex) == (alone.groups, alone.groupindex)
        assert compiled.search("kind 3 xyz abc douas") is None


def test_every_pruned_pattern_compiled_at_once_matches_as_its_full_pattern(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(gate_branches, "_COMPILE_AFTER", 1)  # every set's variant compiled
    texts = _texts(600)
    for shipped in _pruned_patterns():
        full = shipped.compiled
        pruned = Pruned(full, shipped.needed, list(shipped.parts))
        for text in texts:
            variant = pruned.for_text(text)
            if variant is not None:
                assert (variant.groups, variant.groupindex) == (full.groups, full.groupindex)
            assert _read(list(pruned.finditer(text))) == _read(list(full.finditer(text)))
            assert pruned.sub("#", text) == full.sub("#", text)


def _plain_speech_spans(text: str) -> list[tuple[int, int]]:
    first, spans = quoted_speech._vocabulary()["first"], []
    for m in quoted_speech._QUOTE.finditer(text):
        group = next(i for i in range(1, 7) if m.group(i) is not None)
        if first.search(m.group(group)):
            spans.append((m.start(group), m.end(group)))
    return spans


def test_quoted_speech_is_found_as_without_the_opening_mark_gate() -> None:
    for text in _texts():
        assert quoted_speech.speech_spans(text) == _plain_speech_spans(text), text


def test_the_words_for_marks_are_found_as_by_cutting_the_text_into_words() -> None:
    mark_words = age_marks._marks().mark_words
    for text in _texts():
        plain = bool(mark_words & set(re.findall(r"[a-z]+", text)))
        assert age_marks._names_mark(text, mark_words) == plain, text


def test_an_offers_own_name_is_read_as_before() -> None:
    names = offer_names.OfferNames([("Huckepack Lünen", ("family",)), ("Jugendtreff Bönen",
                                    ("youth",)), ("Jugendtreff Kamen", ("youth",))])  # fmt: skip

    def plain(word: str) -> frozenset[str]:
        own = offer_names._noun_stem.__wrapped__(word)
        if len(word) < offer_names.MIN_PROPER or not 0 < names.offers.get(own, 0) <= 2:
            return frozenset()
        return frozenset(names.by_stem[own])

    words = {w for text in _texts(600) for w in re.findall(r"[a-z]+", fold(text))}
    for word in [*words, "huckepack", "huckepacks", "jugendtreff", "luenen"]:
        assert names.proper(word) == plain(word), word
    assert names.proper("huckepacks") == {"family"}


@pytest.mark.parametrize(("text", "low", "high"), [
    ("Lea (6) sagt: „ich war 2 Jahre nicht im Kindergarten“ – sie hat große Angst", 72, 83),
    ("Schüler, Mathe 5, Note 4 in Deutsch, ist 13 und schwänzt die Schule", 156, 167),
])  # fmt: skip
def test_quotes_and_marks_still_read_through_the_assistant(assistant: Assistant, text: str,
                                                           low: int, high: int) -> None:
    answer, _session = assistant.respond(text)
    assert_age_read_and_offers_fit(answer, (low, high))


def test_alternatives_hand_their_skeletons_to_the_pruned_pattern() -> None:
    full = re.compile(r"\bkind\s+(\d+)|\bbaby\s+(?P<months>\d+)|\bteen\s+\d+")
    parts = alternatives(full, needed_strings) or []
    assert [p[2] for p in parts] == ["(?!)(?:())", "(?!)(?:(?P<months>))", ""]
