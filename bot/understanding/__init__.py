"""Understanding: turn a professional's free text into a `Request` (age, place, needs, languages).

Pure and synchronous; the vocabulary lives in `bot/data/*.toml` and in the catalogue's own
places and topics, so that a new catalogue brings its own words.
"""

from __future__ import annotations

import hashlib
import re
import threading
import weakref
from dataclasses import dataclass

from bot.catalogue import Catalogue
from bot.models import OUTSIDE, Request
from bot.privacy.redact import personal_spans
from bot.text import clean, fold
from bot.understanding.age import read_age
from bot.understanding.child_voice import reported_voice
from bot.understanding.dictation import SpokenNames, undictate
from bot.understanding.explain import Explainer, catalogue_words, context_words, words_in
from bot.understanding.foreign import germanise
from bot.understanding.foreign import warm as _warm_foreign
from bot.understanding.foreign_typos import section_words
from bot.understanding.language_codes import spell_out_codes
from bot.understanding.languages import parse_languages
from bot.understanding.letter import family_text
from bot.understanding.letter_own import own_place
from bot.understanding.needs import find_needs
from bot.understanding.offer_names import OfferNames, everyday_names
from bot.understanding.offer_words import OfferWords
from bot.understanding.place_fields import attended_place
from bot.understanding.place_outside import outside_parts
from bot.understanding.place_prefixes import unprefixed
from bot.understanding.place_words import folded_word
from bot.understanding.places import PlaceIndex, resolve_place
from bot.understanding.shortcuts import remember_words
from bot.understanding.softened import SoftRepair
from bot.understanding.swaps import SwapRepair
from bot.understanding.topics import TopicIndex
from bot.understanding.unmarked import restore_marks
from bot.vocabulary.country_names import country_names
from bot.vocabulary.lexicon import common_words, frequent_words, safety_lexicon, toml_strings

# Longer texts are cut before parsing: no request needs more, and parsing stays fast.
MAX_CHARS = 2000


@dataclass(frozen=True, slots=True)
class Context:
    """What the assistant knows about the asker beyond this message."""

    default_place: str | None = None
    # What the assistant just asked for ("age"): a bare answer ("17", "sie ist 15") is read as it.
    expecting: str | None = None


class _Indexes:
    def __init__(self, catalogue: Catalogue) -> None:
        known = frozenset(w for text in catalogue.search_text for w in re.findall(r"[a-z]+", text))
        places = [n for p in catalogue.gazetteer.places.values()
                  for n in (p.name, p.key, *p.aliases)]  # fmt: skip
        place_words = frozenset(w for name in places for w in re.findall(r"[a-z]+", fold(name)))
        # ordinary words ("konkret", "gerne") say how something is asked, never what is needed,
        # even when an offer's text happens to use them
        ordinary = place_words | frequent_words() | common_words()
        stop = ordinary | context_words()
        documents = [(f"{o.name} {o.description}", o.topics) for o in catalogue.offers]
        documents += [(f"{t.label_de} {t.label_en}", (t.key,)) for t in catalogue.topics.values()]
        # the words offers are named by; "OGS" says where a child is, yet names a kind of help
        names = OfferNames(((o.name, o.topics) for o in catalogue.offers),
                           ordinary | everyday_names())
        topics = TopicIndex(catalogue.topics, known, OfferWords(documents, stop), place_words,
                            names)
        self.topics = remember_words(topics)  # words recur: their look-ups are kept
        self.places = PlaceIndex(catalogue.gazetteer)
        self.spoken_names = SpokenNames(catalogue.gazetteer)
        self.explainer = Explainer(known | self.topics.vocabulary | catalogue_words(catalogue))
        # where a family comes from is read from country names: "Syiren" is Syrien mistyped
        countries = frozenset(w for table in country_names() for name in table for w in name)
        # and the signs of child protection: "gesclhagen" is "geschlagen" with two letters swapped
        signs = words_in(toml_strings(safety_lexicon()))
        self.swaps = SwapRepair(known | self.topics.vocabulary | catalogue_words(catalogue) | stop
                                | countries | signs)  # fmt: skip
        # "Gleene", "Gita", "Dagesmudder": soft consonants hardened into German or dialect words,
        # never into a place ("in gamen" is Gahmen mistyped, not Kamen)
        self.softened = SoftRepair((self.swaps.known | section_words(dialects=True)) - place_words,
                                   section_words(dialects=False) | place_words)


_indexes: weakref.WeakKeyDictionary[Catalogue, _Indexes] = weakref.WeakKeyDictionary()
# Indexes by the catalogue's content: a catalogue loaded again from the same file (each channel,
# each test's assistant, a reload of an unchanged file) reads the same words, and building them
# costs ~0.3 s of CPU — most of the test suite's time went there. Kept for the last few contents.
_by_content: dict[str, _Indexes] = {}
_CONTENTS_KEPT = 3
# Channels understand in worker threads: without the lock, the first requests after a start or a
# reload each built their own indexes at once (six builds of ~0.3 s CPU in `bench telegram`).
_building = threading.Lock()


def _content(catalogue: Catalogue) -> str:
    """A digest of everything the indexes read: offers, places and topics, every field."""
    rows = (catalogue.offers, tuple(catalogue.gazetteer.places.values()),
            tuple(catalogue.topics.values()))  # fmt: skip
    return hashlib.sha256(repr(rows).encode()).hexdigest()


def indexes(catalogue: Catalogue) -> _Indexes:
    """Return the vocabulary indexes of a catalogue, built once per content."""
    found = _indexes.get(catalogue)
    if found is None:
        with _building:
            found = _indexes.get(catalogue)
            if found is None:
                content = _content(catalogue)
                found = _by_content.pop(content, None) or _Indexes(catalogue)
                _by_content[content] = found  # the most recent last
                while len(_by_content) > _CONTENTS_KEPT:
                    del _by_content[next(iter(_by_content))]
                _indexes[catalogue] = found
    return found


def warm(catalogue: Catalogue) -> None:
    """Build everything understanding otherwise builds on first use, before a user waits: the
    catalogue's indexes and the foreign rules' screens (compiled lazily, per word key, they cost
    the first few hundred requests after a start about a second of CPU in all)."""
    indexes(catalogue)
    _warm_foreign()


def understand(text: str, catalogue: Catalogue, context: Context | None = None) -> Request:
    """Return what the text asks for; missing or ambiguous parts stay empty."""
    context = context or Context()
    cleaned = clean(text or "")[:MAX_CHARS].strip()
    index = indexes(catalogue)
    # a mail's signature and a form's sender fields are the writer's office, not the family:
    # every reader reads the rest ("…, Schwangerschaftsberatung Unna, Tel. …" is no need, no place)
    family = family_text(cleaned)
    # code-mixed fragments in German words, dictation as written text; `cleaned` is displayed
    softened = index.softened.repair(family)
    # Xhosa and Zulu glue "in" onto a name ("eKamen"): written apart before any reader
    germanised = unprefixed(germanise(softened), index.places.heads)
    working = index.swaps.repair(undictate(germanised, index.spoken_names))
    folded = fold(working)
    # the age is read with the marks a number lost written back ("14 SSW" is "14. SSW"); the
    # topic reader keeps the writer's own sentences
    reading = read_age(restore_marks(folded), expecting=context.expecting == "age")
    age = reading.age
    uncased = not any(ch.isupper() for ch in family)  # the writer's, not the rewriting's
    place = resolve_place(working, catalogue.gazetteer, context.default_place, index.places,
                          uncased)
    if not place.candidates and _whole_kreis(place.place, catalogue):
        # an institution asking for its own families: its signature's town is theirs
        own = own_place(cleaned, family, lambda signed: resolve_place(
            signed, catalogue.gazetteer, context.default_place, index.places, uncased))
        if own is not None and own.place not in (None, OUTSIDE) and not own.candidates:
            place = own
    # "Einrichtung: Kita Zauberwald, Bönen | Kind: …": the town of the Kita the child attends
    place = attended_place(cleaned, place, catalogue.gazetteer, lambda value: resolve_place(
        value, catalogue.gazetteer, None, index.places, uncased))
    # the child's quoted words in the report's grammar: „ich kiff“, „Mama weint“ (`child_voice`)
    voiced = reported_voice(working, index.swaps.known.__contains__)
    needs = find_needs(voiced, folded if voiced == working else fold(voiced), age, index.topics,
                       index.explainer, catalogue.topics)
    key = place.place
    if key is None and not place.candidates and context.default_place in catalogue.gazetteer:
        key = context.default_place
    return Request(
        text=cleaned,
        age=age,
        place=key,
        topics=needs.topics,
        # a parent's only language is a wish where the parent takes part in the help asked
        languages=parse_languages(_spelled(working, folded), needs.main_topics),
        place_candidates=place.candidates,
        keywords=needs.keywords,
        general=needs.general,
        child_protection=needs.child_protection,
        unexplained=_not_personal(needs.unexplained, cleaned, key == OUTSIDE),
        need_unexplained=needs.need_unexplained,
        required_words=needs.required_words,
        main_topics=needs.main_topics,
        asked_topics=needs.asked_topics,
        suggested_topics=needs.suggested_topics,
        named_topics=needs.named_topics,
        age_candidates=reading.candidates,
        age_uncertain=reading.uncertain,
    )


def _whole_kreis(key: str | None, catalogue: Catalogue) -> bool:
    """No place, or only the whole Kreis ("Referent:in aus dem Kreis?"): a town says more."""
    found = catalogue.gazetteer.get(key)
    return key is None or (found is not None and found.kind == "kreis")


def _spelled(working: str, folded: str) -> str:
    """Return the folded text with language codes spelled out ("auf PL" → "auf polnisch")."""
    spelled = spell_out_codes(working)
    return folded if spelled is working else fold(spelled)


def _not_personal(words: tuple[str, ...], text: str, outside: bool) -> tuple[str, ...]:
    """Drop the words redaction would remove: a family's name or street is no need to name back
    ("Zu „Dilan“ kenne ich kein Angebot"), and the Request is stored in sessions; nor is the
    district of a home outside the Kreis ("Dortmund-Hörde")."""
    if not words:
        return words
    personal = {w for span, _marker in personal_spans(text) for w in re.findall(r"\w+", span)}
    away = outside_parts(text) if outside else frozenset()
    return tuple(w for w in words if w not in personal and folded_word(w) not in away)


__all__ = ["Context", "indexes", "understand"]
