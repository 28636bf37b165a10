"""A form's sender field read by what it holds (fields64).

Records typed as forms name the institution first: "Einrichtung: Kita Zauberwald, Bönen | Kind:
Mädchen, 4 J. | Befund: … | Frage: …". The Kita, school, OGS, Familienzentrum or Tagespflege a
child attends is where the family is when no home place is told, so its place is understood and
only offers serving it are shown as fitting. A home told ("Wohnort:") wins; a practice's or an
office's town in a sender field or a signature stays the writer's.
"""

from __future__ import annotations

import pytest

from bot.assistant import Assistant
from bot.understanding.place_fields import attends
from tests.relevance import serves

ATTENDED = [
    ("Einrichtung: Kita Sonnenhügel, Werne | Kind: Junge, 3 J. | Beobachtung: spricht nur "
     "einzelne Wörter | Frage: Sprachförderung in der Nähe?", "werne"),
    ("Einrichtung: Grundschule Lenningsen | Kind: Mädchen, 7 J. | Befund: unruhig | Frage: "
     "Lernförderung?", "boenen-bramey-lenningsen"),
    ("Einrichtung: Familienzentrum Regenbogen, Lünen-Brambauer | Kind: Säugling, 3 Mon. | "
     "Befund: Baby schreit viel | Frage: Schreiambulanz?", "luenen-brambauer"),
    ("Einrichtung: OGS Uelzen | Kind: Junge, 9 J. | Frage: Beratung zu BuT?", "unna-uelzen"),
    ("Einrichtung: Tagespflege Kleine Strolche, Methler | Kind: Mädchen, 1 J. | Frage: "
     "Krabbelgruppe?", "kamen-methler"),
    ("Einrichtung: Gesamtschule Fröndenberg | Kind: 14 J. | Befund: ritzt sich | Frage: "
     "psychologische Hilfe?", "froendenberg"),
    # the Kita's district refines the town the question names
    ("Einrichtung: Kita Beifang, Selm | Kind: Junge, 4 J. | Befund: lispelt | Frage: Logopädie "
     "in Selm?", "selm-beifang"),
    ("Einrichtung: OGS GS Oberaden | Kind: Junge, 8 J. | Frage: Bewegungsangebot in Bergkamen?",
     "bergkamen-oberaden"),
]

KEPT = [
    # a home told wins over the Kita's town
    ("Einrichtung: Kita Sternschnuppe, Kamen | Wohnort: Bergkamen-Heil | Kind: Junge, 4 J. | "
     "Frage: Logopädie in der Nähe?", "bergkamen-heil"),
    # an office as sender stays the writer's
    ("Absender: Praxis Dr. Kaya, Unna | Kind: Mädchen, 6 J. | Befund: Einnässen | Frage: "
     "Erziehungsberatung?", None),
    ("Einrichtung: Beratungsstelle Schwerte | Kind: Jugendlicher, 16 | Befund: kifft täglich | "
     "Frage: Suchtberatung?", None),
    # a signature's office town is the office's
    ("Kind 2 J., Familie wohnt in Holzwickede, sucht Krabbelgruppe. Mit freundlichen Grüßen, "
     "Anna Berg, Kita Rappelkiste, Unna, Tel. 02303 12345", "holzwickede"),
    # no place in the institution field: none is made up
    ("Kind: Junge, 6 J. | Einrichtung: Schule (Ort nicht notiert) | Frage: Traumaberatung?",
     None),
]


@pytest.mark.parametrize(("text", "place"), ATTENDED + KEPT)
def test_the_place_a_form_tells(assistant: Assistant, text: str, place: str | None) -> None:
    answer, _session = assistant.respond(text)
    understood = answer.request.place
    if place is None:
        assert understood is None or understood == "kreis-unna"
        return
    assert understood == place
    for hit in answer.offers:
        assert serves(assistant.catalogue, hit.offer, place), hit.offer.id


@pytest.mark.parametrize(("value", "expected"), [
    ("Kita Zauberwald, Bönen", True), ("GS Selm", True), ("FZ Arche Noah, Heeren", True),
    ("Waldkita Eichhörnchen", True), ("Praxis Dr. Kaya, Unna", False),
    ("Jugendamt – Fachberatung Kita", False), ("Beratungsstelle Schwerte", False),
])
def test_what_a_sender_field_holds(value: str, expected: bool) -> None:
    assert attends(value) is expected
