"""A wished language told by who speaks it (session 34): a relative clause in any word order, a
condition, an English participle — and the sentences that only tell who speaks it."""

from __future__ import annotations

import pytest

from bot.catalogue import Catalogue
from bot.matching import match
from bot.models import GapReason
from bot.understanding import understand

WISHED = [
    # the verb before the language, as writers who learnt German later put it
    ("Gibt es in Unna eine Kinderärztin wo spricht russisch? Sohn 3", ("ru",)),
    ("Suche Berater der spricht arabisch für Familie in Kamen, Tochter 6", ("ar",)),
    ("Braucht jemand wer kann albanisch für Elterngespräch, Sohn 9, Werne", ("sq",)),
    ("Krabbelgruppe wo man spricht polnisch? Kind 1, Methler", ("pl",)),
    # the language before the verb, with the modal and relative forms of standard German
    ("Wir suchen Therapeuten, die Farsi können, für Junge 15 in Unna", ("fa",)),
    ("Brauchen eine Familienhebamme, welche Ukrainisch spricht. Baby 2 Mon., Massen", ("uk",)),
    ("Wäre gut, wenn wer mit der Mutter Rumänisch redet. Kind 4, Lünen", ("ro",)),
    ("Gibt es eine Hausaufgabenhilfe, wo auch Arabisch oder Kurdisch gesprochen wird? "
     "Tochter 9, Lünen", ("ar", "ku")),
    # spoken of in a question without a relative pronoun
    ("Erziehungsberatung in Lünen – spricht da wer Polnisch? Sohn 8", ("pl",)),
    # a condition the provider must meet
    ("Hebamme für Frau in Kamen gesucht, 30. SSW – sie sollte Türkisch sprechen können.",
     ("tr",)),
    ("Beratung für Tochter 15 in Unna, Russisch muss sie unbedingt sprechen können.", ("ru",)),
    ("Looking for a counsellor in Unna for a girl of 14, they must speak Arabic", ("ar",)),
    # English participle, a preference, a gentle wish
    ("Any midwife speaking Farsi near Selm? 28 weeks pregnant", ("fa",)),
    ("Boy 12 in Kamen, parents would prefer Polish. Is there family counselling?", ("pl",)),
    ("Lotsin für Familie mit Baby 3 Mon., gern Ukrainisch oder Russisch, Unna", ("uk", "ru")),
    # a modal of its own clause before "auf X" is no report of what someone speaks
    ("Elternkurs wo die Eltern mitmachen können auf Arabisch? Kind 6, Kamen", ("ar",)),
    # any doctor is a provider; knowledge of a language judged needed
    ("ich suche Frauenärztin wo kann Farsi, Frau ist schwanger, Unna", ("fa",)),
    ("Hebamme in Unna gesucht, Arabischkenntnisse wären wichtig", ("ar",)),
    # a compound service after "-sprachige" is no person described by the language
    ("Türkischsprachige Eltern-Kind-Gruppe in Bergkamen? Kind 2", ("tr",)),
]


@pytest.mark.parametrize(("text", "languages"), WISHED)
def test_a_language_wished_by_who_speaks_it(catalogue: Catalogue, text: str,
                                             languages: tuple[str, ...]) -> None:
    assert understand(text, catalogue).languages == languages


NOT_WISHED = [
    # someone already there, told in a relative clause or as interpreting
    "Eine Tante, die Arabisch spricht, begleitet die Familie schon. Kita für Sohn 3 in Kamen?",
    "Einen Kollegen, der Russisch spricht, haben wir selbst. Wir suchen OGS für Tochter 7, Unna.",
    "Die Oma übersetzt schon aus dem Polnischen. Sohn 5 braucht Frühförderung in Kamen.",
    # the family's own language beside a wish for German or a child's need
    "Mama, die spricht nur Türkisch, möchte Deutsch lernen. Kind 2, Kamen",
    "Die Kleine (3) sagt auf Arabisch schon ganz viel, auf Deutsch kaum – Sprachförderung Unna?",
    "Vater spricht kein Russisch mehr, Erziehungsberatung in Lünen für Sohn 10",
    "Ein Vater, der kein Türkisch spricht, sucht Erziehungsberatung in Bergkamen, Sohn 9",
    # a school subject and someone who explains it
    "Nachhilfe gesucht, jemand der Englisch gut erklären kann, Tochter 14, Werne",
    # a child who speaks gladly
    "Sohn 5 spricht gern Türkisch, braucht einen Kitaplatz in Bergkamen",
]


@pytest.mark.parametrize("text", NOT_WISHED)
def test_a_language_only_told_is_no_wish(catalogue: Catalogue, text: str) -> None:
    assert understand(text, catalogue).languages == ()


@pytest.mark.parametrize("text", [
    "Gibt es in Bönen eine Hebamme wo spricht Tigrinya? Frau ist 32. SSW",
    "Schreiambulanz gesucht, die Vietnamesisch spricht, Baby 6 Wochen, Holzwickede",
])
def test_a_wished_language_no_offer_is_held_in_is_an_honest_gap(catalogue: Catalogue,
                                                                 text: str) -> None:
    """German offers would otherwise be shown as fitting a family who cannot use them: the
    answer says there is none in that language, and the German ones stay marked alternatives."""
    answer = match(understand(text, catalogue), catalogue)
    assert answer.gap is GapReason.LANGUAGE
    assert not answer.offers
    assert answer.alternatives
