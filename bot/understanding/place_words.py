"""Words as place names are compared: folded once per word, and dictated digits of a postcode.

Kept apart from `places` so that the gazetteer index stays one file of logic; these are the
per-word normal forms it looks names up by (cached, as the same words recur in every message).
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from bot.catalogue.gazetteer import Gazetteer
from bot.models import Place
from bot.privacy.redact import first_names
from bot.text import fold, fold_plain
from bot.understanding.numbers import normalise as number_digits
from bot.vocabulary.lexicon import _load

# spoken digits of a dictated postcode that the age-oriented number words lack
_SPOKEN_DIGITS = {"null": "0", "zero": "0", "zwo": "2"}
# a postcode is also dictated in pairs and hundreds ("neunundfünfzig eins neunundneunzig",
# "neunundfünfzig vierhundertdreiundzwanzig"): German numbers to 999 composed by their rule
_UNITS = {"ein": 1, "zwei": 2, "zwo": 2, "drei": 3, "vier": 4, "fuenf": 5, "sechs": 6,
          "sieben": 7, "acht": 8, "neun": 9}  # fmt: skip
_TENS = {"zwanzig": 2, "dreissig": 3, "vierzig": 4, "fuenfzig": 5, "sechzig": 6, "siebzig": 7,
         "achtzig": 8, "neunzig": 9}  # fmt: skip
_UNIT = f"(?:{'|'.join(_UNITS)})"
_COMPOSED = re.compile(rf"(?:(?P<hundreds>{_UNIT})hundert)?(?:(?P<unit>{_UNIT})und)?"
                       rf"(?P<tens>{'|'.join(_TENS)})?(?P<rest>[a-z]*)")


@lru_cache(maxsize=65536)
def folded_word(word: str) -> str:
    """A word as names are compared: folded, without anything but letters and digits."""
    return re.sub(r"[^a-z0-9]", "", fold(word))


@lru_cache(maxsize=65536)
def plain_word(word: str) -> str:
    """A word without umlauts and without anything but letters ("Rnüthe" → "rnuthe")."""
    return re.sub(r"[^a-z]", "", fold_plain(word))


@cache
def digits_of(word: str) -> str:
    """Return the digits a token stands for ("fuenf" → "5", "59" → "59"), or "" for none."""
    if word.isdigit():
        return word if len(word) <= 3 else ""
    if word in _SPOKEN_DIGITS:  # no age is zero, so the number vocabulary lacks these
        return _SPOKEN_DIGITS[word]
    value = number_digits(word)
    if value.isdigit() and len(value) <= 2:
        return value
    return _composed(word)


def _composed(word: str) -> str:
    """Return the digits of a German number word above 30 ("neunundneunzig" → "99",
    "vierhundertdreiundzwanzig" → "423"), or "" when the word is none."""
    found = _COMPOSED.fullmatch(word)
    if not found or not (found["hundreds"] or found["tens"]):
        return ""
    if found["unit"] and not found["tens"]:
        return ""  # "dreiund…" must go on with a ten
    rest = found["rest"]
    if found["tens"]:
        if rest:
            return ""
        value = _TENS[found["tens"]] * 10 + _UNITS.get(found["unit"] or "", 0)
    elif rest:
        below = {"eins": "1", "zwo": "2"}.get(rest) or number_digits(rest)
        if not below.isdigit() or len(below) > 2:
            return ""
        value = int(below)
    else:
        value = 0
    if found["hundreds"]:
        return f"{_UNITS[found['hundreds']]}{value:02d}"
    return str(value)



def name_variants(name: str, generic: frozenset[str]) -> tuple[str, ...]:
    """Return how a catalogue name is typed: "Westick (Fröndenberg)" also as "Westick
    Fröndenberg", but "Fröndenberg (Ortsteil)" only as "Fröndenberg" — a bracket that says what
    kind of place it is ("Ortsteil", "Stadtteil") is no word of the name, and "Fröndenberg
    Ortsteil Ardey" names Ardey."""
    bare = name.split("(")[0]
    note = name[len(bare) :].strip("() ")
    if note and folded_word(note) in generic:
        return (bare,)
    return (name, bare)


def centre_names(place: Place, gazetteer: Gazetteer,
                 centre: dict[str, list[str]]) -> list[tuple[str, str]]:  # fmt: skip
    """The words for a town centre that name a "Mitte" district: "Innenstadt" of whichever town
    the message names, and "centre" only right after the town's name ("near Kamen centre"; a
    "family centre" is no place)."""
    if not any(fold(alias) == "mitte" for alias in place.aliases):
        return []
    names = [(word, place.key) for word in centre["words"]]
    town = gazetteer.places.get(place.parent or "")
    if town is not None:
        names += [(f"{town.name} {word}", place.key) for word in centre.get("after_town", ())]
    return names


@cache
def _person_frames() -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    frames = _load("lexicon.toml")["places"]["person"]
    return tuple(frozenset(folded_word(w) for w in frames[k])  # type: ignore[return-value]
                 for k in ("introduce", "self", "titles", "says"))


def names_a_person(words: list[str], breaks: list[bool], start: int, end: int) -> bool:
    """Tell whether the word at `start` names a person rather than a place: "hallo horst hier"
    and "LG Werner" are the writer, "Frau Heeren" somebody's mother, "Horst fragt, ob …" the one
    who asks. A first name counts only in a frame of introduction or first in its clause before
    a verb of saying or wanting, any word after a title; so "in Horst" and "aus Heeren" stay
    places."""
    if end - start != 1:
        return False
    introduce, self_words, titles, says = _person_frames()
    if breaks[start]:  # "… der Familie. Unna" names the town; "Horst fragt, ob …" who asks
        return (words[start] in first_names() and end < len(words) and not breaks[end]
                and words[end] in says)
    before = words[start - 1] if start > 0 else ""
    if before in titles:
        return True
    if words[start] not in first_names():
        return False
    after = words[end] if end < len(words) else ""
    return before in introduce or (after in self_words and start <= 2)


@cache
def _street_words() -> frozenset[str]:
    return frozenset(folded_word(w) for w in _load("lexicon.toml")["places"]["street"]["words"])


def names_a_street(words: list[str], breaks: list[bool], end: int) -> bool:
    """Tell whether a place name ending before word `end` is the first part of a street's name:
    "an der Kamener Straße in Unna", "Unnaer Str., Holzwickede", "Werner Weg". Streets are named
    after the towns they lead to, so the name says where the street goes, not where the family
    lives; the town after it (or the postcode) does. A gazetteer alias that is a street's whole
    name ("Lüner Höhe") is a longer phrase and is found before this rule looks."""
    return end < len(words) and not breaks[end] and words[end] in _street_words()


_AGE_IN_BRACKETS = re.compile(r"\.?\s*\(\s*\d")  # "Sch. (17)": an age in brackets after a word


def clipped(text: str, end: int, raw: str, placed_capital: bool) -> bool:
    """Tell whether a word ending at `end` may be a clipped town name ("aus Frö.", "FRÖ-
    Langschede", "in Wern"): a dot, capitals or a capital where a place stands — but not a
    person's short form before their age in brackets ("Sch. (17)", "Pat. (4)"): an age there
    says the word names someone, as "Schüler (17)" would."""
    if _AGE_IN_BRACKETS.match(text, end):  # at `end`, no copy of the rest: once per word
        return False
    return text[end : end + 1] == "." or (raw.isupper() and len(raw) >= 3) or placed_capital


_CLAUSE = 9  # words after a name in which a tail may turn it down
_AFTER_TAIL = 3  # words that may follow the tail: "zu weit für die Mutter"


@cache
def _rejections() -> tuple[frozenset[str], frozenset[str], dict[str, list[tuple[str, ...]]]]:
    """The negations, the prepositions after them, and the tails by their first word (a
    clause's word is looked up, not every tail compared at every position)."""
    data = _load("lexicon.toml")["places"]["rejected"]
    tails: dict[str, list[tuple[str, ...]]] = {}
    for tail in {tuple(folded_word(w) for w in t.split()) for t in data["tails"]}:
        tails.setdefault(tail[0], []).append(tail)
    return (frozenset(folded_word(w) for w in data["before"]),
            frozenset(folded_word(w) for w in data["prepositions"]), tails)


def turned_down(words: list[str], breaks: list[bool], start: int, end: int) -> bool:
    """Tell whether the writer turns the place at `start:end` down: "nicht in Methler", "will
    nicht nach Brambauer", "Flierich ist ihr ohne Auto zu weit", "In Bork ist alles voll", "in
    unna is zu weit für die 🚗", Tagalog "sa Unna … malayo for them". Only
    inside the name's clause: "…, nicht weit von Unna" and "Kamen, alles voll" do not count."""
    negations, prepositions, tails = _rejections()
    before = words[start - 1] if start > 0 and not breaks[start] else ""
    if before in negations or (before in prepositions and start > 1 and not breaks[start - 1]
                               and words[start - 2] in negations):
        return True
    stop = next((i for i in range(end, len(words)) if breaks[i]), len(words))
    clause = tuple(words[end:stop])
    if len(clause) > _CLAUSE:
        return False
    # the tail ends the clause or is followed by whom it is too far for ("ist zu weit für die
    # Mutter", "malayo for them"), but is not denied ("ist nicht zu weit")
    size = len(clause)
    for i, word in enumerate(clause):
        for tail in tails.get(word, ()):
            if (size - len(tail) - _AFTER_TAIL <= i <= size - len(tail)
                    and clause[i : i + len(tail)] == tail
                    and (i == 0 or clause[i - 1] not in negations)):
                return True
    return False
