"""Lang71: a language is asked of the offer only where the request makes it a condition.

A family's language that is only the reason for the ask stays no wish: German asked for the child
("spricht nur Litauisch – brauchen Kita und Deutsch für Kind", Sprachförderung) and a language
waived after it ("aber egal welche Sprache", "ist aber egal"). A condition put on the persons of
the offer stays a wish however they are named ("nur wenn Psychologe oder Berater پښتو spricht",
a Dari name in its own script, "nur wenn auf Rum."). "Spricht nur X" alone keeps its default, and
an "egal" of the place leaves the language alone.
"""

from __future__ import annotations

import pytest

from bot.assistant import Assistant

WISHED = [
    # a condition on two persons named together, a language name in its own script
    ("Junge 16 in Werne braucht Therapie wegen Albträume – nur wenn Psychologe oder Berater "
     "پښتو spricht, sonst versteht er nix", ("ps",)),
    ("Familie aus Afghanistan, Sohn 10 hat Albträume. Therapie nur falls Therapeut دری spricht. "
     "Lünen", ("fa",)),
    # a name clipped with a dot whose only -isch names are two spellings of one language
    ("Sch. (17), Eltern aus Rumänien. Vater will Ausb.beratung f. Sohn, aber nur wenn auf Rum. "
     "Whg. in Schwerte.", ("ro",)),
    # look-alikes: "spricht nur X" alone keeps its default; an "egal" of the place or the time
    ("Mutter spricht nur Arabisch, der Dreijährige läuft noch nicht richtig. Frühförderung in "
     "Kamen?", ("ar",)),
    ("Mutter spricht nur Polnisch – egal wo im Kreis, Hauptsache auf Polnisch: Beratung für "
     "Sohn 10 mit ADHS", ("pl",)),
    ("Egal wann, Hauptsache Beratung auf Arabisch für Familie mit Baby 6 Monate, Selm", ("ar",)),
    ("Kind 3 lernt Deutsch in der Kita, die Eltern sprechen Türkisch und suchen ein Elterncafé "
     "auf Türkisch, Methler", ("tr",)),
    # a bilingual help with a word between: German asked, and the family's language with it
    ("Junge 5, spricht nur Tamil, Kita will Sprachförderung. Gibt's zweisprachige Förderung "
     "Tamil–Deutsch in Holzwickede?", ("ta",)),
    ("Junge 4, spricht nur Polnisch, gibt es eine bilinguale Gruppe Deutsch/Polnisch in Unna?",
     ("pl",)),
]

NOT_WISHED = [
    # German asked for the child: the family's language is the reason for the ask
    "Laba diena, Familie aus Klaipėda, wohnen in Bramey. Mergaitė 4 metų, spricht nur Litauisch – "
    "brauchen Kita und Deutsch für Kind.",
    "Mutter aus der Türkei, spricht nur Türkisch, Sohn 3 spricht kaum – gibt es Sprachförderung "
    "in Kamen-Methler?",
    "Kita Selm: донька 3 роки, говорить тільки українською. Sprachförderung?",
    # a language waived after it
    "Mädchen 14 will sterben. Mutter spricht nur Litauisch, aber egal welche Sprache, Hauptsache "
    "schnell Krisenhilfe. Oberaden",
    "Eltern sprechen nur Ukrainisch, ist aber egal, Hauptsache jemand hilft beim BuT-Antrag. "
    "Kinder 8 und 12, Schwerte",
    # a language of another person, and none at all
    "Familie spricht gut Deutsch, Sprache ist kein Thema. Elternkurs für Kind 6, Unna",
]


@pytest.mark.parametrize(("text", "languages"), WISHED)
def test_a_language_put_as_a_condition_is_asked(assistant: Assistant, text: str,
                                                languages: tuple[str, ...]) -> None:
    answer, _ = assistant.respond(text)
    assert answer.request.languages == languages


@pytest.mark.parametrize("text", NOT_WISHED)
def test_a_language_that_is_only_the_reason_is_no_wish(assistant: Assistant, text: str) -> None:
    answer, _ = assistant.respond(text)
    assert answer.request.languages == ()
    assert answer.offers, "the family's language must not turn the request into a gap"
