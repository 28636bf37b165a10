"""Collide63: a word of a family's language or a dialect is never read as a German word or a
place, nor the other way round.

Three were found by luck: BCS "bratu" (brother) was one swap from German "Braut" (a bride of 16
lost her forced-marriage sign), a bare "kamen" (came) read as a birth word hid the town Kamen, and
Hindi "beta" (son) made "Beta-Blocker" a "Sohn-Blocker". The guards below load every word list
the readers use and check it against the German the product knows, with the matching the readers
apply (the rewrite itself, so its exact rules and its swap repair alike); a collision that is
harmless is listed, with the reason, in `tests/data/collide63/allowed.toml`, so a new entry that
collides fails here with the word, its source and what it became.
"""

from __future__ import annotations

import csv
import re
import tomllib
from functools import cache
from pathlib import Path

import pytest

from bot.assistant import Assistant
from bot.text import fold
from bot.understanding.foreign import germanise
from bot.vocabulary.lexicon import FOREIGN_TABLES, toml_strings

DATA = Path(__file__).resolve().parent.parent / "bot" / "data"
ALLOWED = Path(__file__).resolve().parent / "data" / "collide63" / "allowed.toml"
_LETTERS = re.compile(r"[^\W\d_]+")
# the German prose of the product: whatever it holds is German (no synonym pairs in it)
_PROSE = ("frequent_words.txt", "common_words.txt", "places.csv", "offers.csv")


@cache
def _allowed() -> dict[str, dict[str, str]]:
    with ALLOWED.open("rb") as handle:
        return tomllib.load(handle)


@cache
def _sources() -> dict[str, frozenset[str]]:
    """The German vocabulary by source: each lexicon (not the foreign tables), the place names
    and aliases of the catalogue, its offers' names and texts, the frequent German words."""
    out: dict[str, frozenset[str]] = {}
    for path in sorted(DATA.glob("*.toml")):
        if path.name not in FOREIGN_TABLES:
            strings = toml_strings(tomllib.loads(path.read_text("utf-8")))
            out[path.name] = frozenset(_LETTERS.findall(" ".join(strings)))
    with (DATA / "catalogue" / "places.csv").open(encoding="utf-8") as handle:
        out["places.csv"] = frozenset(w for row in csv.DictReader(handle)
                                      for w in _LETTERS.findall(f"{row['name']} {row['aliases']}"))
    with (DATA / "catalogue" / "offers.csv").open(encoding="utf-8") as handle:
        out["offers.csv"] = frozenset(w for row in csv.DictReader(handle) for w in
                                      _LETTERS.findall(f"{row['name']} {row['description']}"))
    for name in ("frequent_words.txt", "common_words.txt"):
        lines = (DATA / name).read_text("utf-8").splitlines()
        out[name] = frozenset(w for line in lines if not line.startswith("#") for w in line.split())
    return out


def _rewritten() -> dict[str, tuple[str, str]]:
    """Every German word the foreign rewrite changes: folded word → (rewrite, source). A lexicon
    may list a family's word on purpose beside its German one ("abused", "misshandelt"): a
    rewrite into words the same lexicon holds is such a pair, and keeps its meaning."""
    found: dict[str, tuple[str, str]] = {}
    for name, words in _sources().items():
        folded = {fold(w) for w in words}
        for word in words:
            if len(word) < 2 or fold(word) in found:
                continue
            german = germanise(word)
            if german == word:
                continue
            parts = {fold(w) for w in _LETTERS.findall(german)}
            if name not in _PROSE and parts and parts <= folded:
                continue
            found[fold(word)] = (fold(german).strip(), name)
    return found


def test_no_german_word_is_read_as_a_family_word() -> None:
    """A German word of the product, alone, comes out of the foreign rewrite as typed, or is an
    allowed, commented exception (a family's word the German lexicons list on purpose)."""
    allowed = _allowed()["rewritten"]
    new = [f"{word!r} ({source}) became {german!r}" for word, (german, source)
           in sorted(_rewritten().items()) if allowed.get(word) != german]
    assert new == [], ("German words a foreign rule rewrites: remove the foreign entry, lengthen "
                       "it to a phrase, or allow it in tests/data/collide63/allowed.toml: "
                       + "; ".join(new))


def test_allow_list_holds_no_stale_entry() -> None:
    """An allowed collision that no longer happens is taken out: the list stays the truth."""
    assert sorted(set(_allowed()["rewritten"]) - set(_rewritten())) == []


def _kin_words() -> dict[str, str]:
    with (DATA / "family_kin.toml").open("rb") as handle:
        data = tomllib.load(handle)
    return {fold(w): f"{code}.{part}" for code, section in data.items()
            for part, words in section.items() for w in words}


def test_no_kin_word_is_german_or_a_place() -> None:
    """The kin reader of follow-up turns matches its words exactly on the folded text: none may
    be a word of the product's German prose (frequent and common words, places, offers' texts),
    unless allowed with its reason. The lexicons are not asked: they list family words too."""
    german = {fold(w) for name in _PROSE for w in _sources()[name]}
    allowed = _allowed()["kin"]
    hits = sorted(f"{w} ({where})" for w, where in _kin_words().items()
                  if w in german and w not in allowed)
    assert hits == []


@cache
def _place_names() -> frozenset[str]:
    """The single-word names of the catalogue's towns and districts, folded ("kamen", "heil")."""
    with (DATA / "catalogue" / "places.csv").open(encoding="utf-8") as handle:
        return frozenset(w for row in csv.DictReader(handle)
                         for w in _LETTERS.findall(fold(row["name"])) if len(w) > 2)


def test_no_grammar_word_is_a_place() -> None:
    """A town named like a German word ("Kamen": came; "Heil", "Massen") must not sit in a word
    list written for grammar unless the reader of that list guards the place (allowed, with
    where). The place vocabularies themselves (`lexicon.toml`, `place_*.toml`) and the
    foreign tables are meant to hold them."""
    allowed = _allowed()["places"]
    hits = []
    for path in sorted(DATA.glob("*.toml")):
        if path.name in FOREIGN_TABLES or path.name == "lexicon.toml" or path.name.startswith(
                "place_"):
            continue
        words = {w for s in toml_strings(tomllib.loads(path.read_text("utf-8")))
                 for w in _LETTERS.findall(fold(s))}
        hits += [f"{w} ({path.name})" for w in sorted(words & _place_names())
                 if path.name not in allowed.get(w, "")]
    assert hits == []


# what a user relies on: the place, the age and the need, whichever side of the look-alike
CASES = [
    # a family's word beside a German look-alike: the family's word counts, the German stays
    ("Mera beta 6 saal ka hai, meine Frau nimmt Beta-Blocker und schafft den Alltag nicht mehr, "
     "Unna", "unna", (72, 83), None),
    ("Kızım 4 yaşında, ich möchte mich zu Mutter-Kind-Kuren beraten lassen, Bergkamen",
     "bergkamen", (48, 59), None),
    ("Wir kamen vor einem Jahr aus Syrien, ibni 7 sanawat, wohnen jetzt in Kamen", "kamen",
     (84, 95), None),
    ("moj sin ima 9 godina, er sieht keinen Sinn mehr in der Schule, Holzwickede", "holzwickede",
     (108, 119), "schulsozialarbeit"),
    ("Beta 11 saal ka hai, Schule sagt Legasthenie, Förderung in Werne?", "werne", (132, 143),
     "lernfoerderung"),
    # the German word meant: no family's word read into it
    ("Meine Mutter nimmt Beta-Blocker, meine Tochter 9 hat Angst um sie, Unna", "unna",
     (108, 119), None),
    ("Infos zu Mutter-Kind-Kuren für Alleinerziehende, Kind 6, wohnhaft Werne", "werne",
     (72, 83), "alleinerziehende_entlastung"),
    ("Die Braut meines Bruders ist schwanger, 5. Monat, sucht Hebamme in Kamen", "kamen", None,
     "schwangerschaft_geburt"),
]


@pytest.mark.parametrize(("text", "place", "age", "topic"), CASES)
def test_look_alikes_in_requests(assistant: Assistant, text: str, place: str,
                                 age: tuple[int, int] | None, topic: str | None) -> None:
    answer, _session = assistant.respond(text)
    request = answer.request
    assert request.place == place
    if age is not None:
        assert request.age is not None and (request.age.low, request.age.high) == age
    if topic is not None:
        assert topic in request.topics


@pytest.mark.parametrize(("german", "kept"), [
    ("Beta-Blocker", "Beta-Blocker"), ("Mutter-Kind-Kuren", "Mutter-Kind-Kuren"),
    ("Kuren", "Kuren"), ("Frist", "Frist"), ("geschieden", "geschieden"),
    ("beta 7 saal", "Sohn 7 Jahre"),  # the family's word alone is still read
])
def test_rewrite_keeps_german_compounds(german: str, kept: str) -> None:
    assert germanise(german) == kept
