"""The speed shortcuts of topic finding (`bot.understanding.shortcuts`) change no answer."""

from __future__ import annotations

import copy
import json
from pathlib import Path

from bot.catalogue import Catalogue
from bot.understanding import indexes, understand
from bot.understanding.languages import language_code
from bot.understanding.normalise import stem
from bot.understanding.place_lookup import NameLookups
from bot.understanding.shortcuts import phrase_starts, phrase_windows

DEV = Path(__file__).parent / "data" / "dev.jsonl"
TYPOS = ("Elterntrainig", "Legastenie", "gemoppt", "Hausaufgabenhlife", "Begleiteter", "Umgnag",
         "Sportangebote", "Geburtsvorbereitungskurs", "Kinderhospiz", "Tanzgruppe")  # fmt: skip


def _plain(catalogue: Catalogue):  # type: ignore[no-untyped-def]
    """The same index without its remembering look-ups."""
    index = copy.copy(indexes(catalogue).topics)
    for name in ("_mend", "_fuzzy", "_compound", "_carrier"):
        index.__dict__.pop(name, None)
    return index


def test_remembered_lookups_give_what_the_methods_give(catalogue: Catalogue) -> None:
    fast, plain = indexes(catalogue).topics, _plain(catalogue)
    for word in [w.lower() for w in TYPOS] * 2:  # the second round is answered from memory
        for name in ("_mend", "_fuzzy", "_compound", "_carrier"):
            assert getattr(fast, name)(word) == getattr(plain, name)(word), (name, word)


def test_topics_found_are_the_same_with_and_without_shortcuts(catalogue: Catalogue) -> None:
    fast, plain = indexes(catalogue).topics, _plain(catalogue)
    texts = [json.loads(line)["q"] for line in DEV.read_text(encoding="utf-8").splitlines()
             if line.strip()][:80]  # fmt: skip
    texts += [f"Suche {word} für Kind 7 in Unna" for word in TYPOS]
    for text in texts:
        age = understand(text, catalogue).age
        assert fast.find(text, age) == plain.find(text, age), text


def test_every_phrase_can_start_where_it_stands(catalogue: Catalogue) -> None:
    index = indexes(catalogue).topics
    for phrase in [p for p in index.phrases if len(p) > 1]:
        words = ["und", *phrase]
        assert 1 in phrase_starts(index, words, tuple(map(stem, words)), len(phrase)), phrase
    for stems, phrase in index.stemmed.items():
        words = list(stems)  # written in another inflection: found by its stems
        assert 0 in phrase_starts(index, words, stems, len(stems)), phrase


def test_every_window_is_tried_where_its_stems_stand(catalogue: Catalogue) -> None:
    """A phrase is offered to the window search at its first stem when the text has all its
    stems, and only then (the search could find it nowhere else)."""
    index = indexes(catalogue).topics
    for entries in index.windowed.values():
        for stems, phrase in entries:
            offered = dict(phrase_windows(index, ("und", *stems)))
            assert (stems, phrase) in offered.get(1, []), phrase
            lacking = dict(phrase_windows(index, ("und", *stems[:-1])))
            assert (stems, phrase) not in lacking.get(1, []), phrase


WORDS = ("polnisch", "polnischer", "arabsich", "russich", "truekisch", "kinder", "englisch",
         "Holzwi", "froendenb", "bergk", "unna", "kamen", "luenen")  # fmt: skip


def test_remembered_word_lookups_of_places_and_languages_change_nothing(
        catalogue: Catalogue) -> None:  # fmt: skip
    places = indexes(catalogue).places
    for word in [w.lower() for w in WORDS] * 2:  # the second round is answered from memory
        assert places._abbreviation(word) == NameLookups._abbreviation(places, word), word
        for flags in ({}, {"inflected": True}, {"fuzzy": True}):
            assert language_code(word, **flags) == language_code.__wrapped__(word, **flags)


SIGN_TEXTS = ("papa schlaegt die mama, kind 4 hat angst", "baby 3 monate, windel vom vortag, "
              "riecht stark, mama nicht erreichbar", "kind erzaehlt von schlaegen zuhause",
              "keine hinweise auf kindeswohlgefaehrdung, familie sucht kita")  # fmt: skip


def test_signals_indexed_by_first_group_are_those_every_signal_test_allows() -> None:
    """Child protection relies on every possible signal being read: the index by first group
    (`safety_text.possible_signals`) must keep exactly the signals, in order, that testing each
    one gives."""
    from bot.text import fold
    from bot.understanding import safety
    from bot.understanding.safety_text import (
        first_group_index,
        possible,
        possible_signals,
        tokens,
    )

    texts = [fold(json.loads(line)["q"]) for line in DEV.read_text(encoding="utf-8")
             .splitlines() if line.strip()][:120] + list(SIGN_TEXTS)  # fmt: skip
    signals = safety._signals()[0]
    index = first_group_index(signals)
    for text in texts:
        found = safety._positions(tokens(text))
        assert possible_signals(signals, index, found) == tuple(
            s for s in signals if possible(s, found)), text
