"""The shortcuts of stop 51's speed work find exactly what the computations they replace found.

The scene of a child without a carer (`safety_scene`) looks up, once per word, which phrases a
word opens, where each phrase used to be tried at every position of the text; a neglect cue
(`safety_cues`) is followed word by word only when every later word of it matches some word of the
text; the events of `situation_events` are tried only where their first word stands. A difference
would change an answer, so each shortcut is checked against the plain computation on the development
requests and on random texts.
"""

from __future__ import annotations

import json
from functools import cache

from hypothesis import given, settings
from hypothesis import strategies as st

from bot.settings import PROJECT_ROOT
from bot.text import fold
from bot.understanding import safety_cues, safety_scene, situation_events
from bot.understanding.normalise import words_of
from bot.understanding.safety_text import matches, tokens


@cache
def _requests() -> tuple[str, ...]:
    lines = (PROJECT_ROOT / "tests" / "data" / "dev.jsonl").read_text("utf-8").splitlines()
    extra = ("Windel vom Vortag, riecht stark, Mama nicht erreichbar, Kind hat Hunger",
             "die Kleine kam in der 26. Woche, jetzt sitzt sie immer noch nicht",
             "Mutter festgenommen, wer nimmt das Kind heute Nacht auf?",
             "KM seit ca. 6 Std. weg, Handy aus. Wo soll der Kleine schlafen?",
             "Vater bewusstlos, Notarzt da. Who do I call? Wohin mit dem Baby",
             "Mutter muss nächste Woche ins Krankenhaus, wer kümmert sich um die Kinder?")
    return (*(json.loads(line)["q"] for line in lines if line.strip()), *extra)


def _plain_found(words: list[str], phrase: safety_scene.Phrase) -> list[int]:
    """`safety_scene._found` as it was: the first word tried at every position."""
    starts = []
    for start, word in enumerate(words):
        if not matches(word, phrase[0][0]):
            continue
        at = start
        for patterns, gap in phrase[1:]:
            ends = safety_scene._ends
            nxt = next((i for i in range(at + 1, min(len(words), at + 2 + gap))
                        if matches(words[i], patterns) or ends(words, i)), None)  # fmt: skip
            if nxt is None or ends(words, nxt):
                break
            at = nxt
        else:
            starts.append(start)
    return starts


def _assert_scene_starts(words: list[str]) -> None:
    scene = safety_scene._scene()
    for half, phrases in ((safety_scene.OUT, scene.out), (safety_scene.CARE, scene.care)):
        opened = safety_scene._openings(words, half, len(phrases))
        for phrase, starts_at in zip(phrases, opened, strict=True):
            assert safety_scene._found(words, phrase, starts_at) == _plain_found(words, phrase)


def test_scene_phrases_start_where_the_plain_scan_finds_them_on_the_development_requests() -> None:
    for text in _requests():
        _assert_scene_starts(tokens(fold(text)))


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["mutter", "festgenommen", "wer", "nimmt", "das", "kind", "auf",
                                 "seit", "6", "std", "weg", ".", "wo", "schlafen", "handy", "aus",
                                 "nicht", "erreichbar", "who", "do", "i", "call", "ca", "25",
                                 "unfall", "wohin", "mit", "xyzzy"]), max_size=80))  # fmt: skip
def test_scene_phrases_start_as_the_plain_scan_finds_them_on_random_words(words: list[str]) -> None:
    _assert_scene_starts(words)


def _plain_starts(kind: safety_cues._Kind, words: list[str], opened: list[tuple[int, int]],
                  later: list[frozenset[int]]) -> list[int]:  # fmt: skip
    """`safety_cues._starts` as it was: every opening followed word by word."""
    found = [i for i, p in opened if safety_cues._phrase_at(kind.phrases[p], words, i, later)]
    if kind.alone:
        found += safety_cues.alone_children(safety_cues.alone_words(words))
    return found


def _assert_cue_starts(words: list[str]) -> None:
    _, kinds = safety_cues._kinds()
    opened: list[list[tuple[int, int]]] = [[] for _ in kinds]
    for i, word in enumerate(words):
        for k, p in safety_cues._ordered_opening(word):
            opened[k].append((i, p))
    later = [safety_cues._goes_on(w) for w in words]
    present = frozenset().union(*later)
    for k, kind in enumerate(kinds):
        assert (safety_cues._starts(k, kind, words, opened[k], later, present)
                == _plain_starts(kind, words, opened[k], later))  # fmt: skip


def test_neglect_cues_start_where_the_plain_scan_finds_them_on_the_development_requests() -> None:
    for text in _requests():
        _assert_cue_starts(tokens(fold(text)))


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["windel", "vom", "vortag", "riecht", "stark", "mama", "nicht",
                                 "erreichbar", "kind", "hat", "hunger", "schreit", "stundenlang",
                                 "allein", "zu", "hause", ",", ".", "trinkt", "kaum", "xyzzy"]),
                max_size=80))  # fmt: skip
def test_neglect_cues_start_as_the_plain_scan_finds_them_on_random_words(words: list[str]) -> None:
    _assert_cue_starts(words)


def _plain_event_credits(text: str) -> list[tuple[int, str, str]]:
    """`situation_events.event_credits` as it was: every event's phrases tried in turn."""
    words = words_of(text)
    present = set(words.folded)
    credits = []
    for event in situation_events._events():
        if event.requires and not present & event.requires:
            continue
        for phrase in event.phrases:
            at = situation_events._found_at(words, phrase) if present.issuperset(phrase) else None
            if at is not None:
                credits.append((at, " ".join(phrase), event.topic))
                break
    return credits


def _event_texts() -> tuple[str, ...]:
    """Texts that tell the events: each phrase alone, and two events' phrases in one text."""
    phrases = [" ".join(p) for e in situation_events._events() for p in e.phrases]
    return (*phrases, *(f"{a}, {b}" for a, b in zip(phrases, reversed(phrases), strict=True)))


def test_events_are_found_as_the_plain_scan_finds_them() -> None:
    for text in (*_requests(), *_event_texts()):
        found = situation_events.event_credits(words_of(text), None)
        assert [(c.position, c.term, c.topic) for c in found] == _plain_event_credits(text)
