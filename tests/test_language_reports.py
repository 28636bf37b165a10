"""A language someone is reported to speak is the family's language, not a wish for the offer.

"Oma spricht nur Griechisch", "мы дома говорим по-русски", "tata mówi tylko po polsku" tell who the
family is; matched as a wish they would hide every German offer behind a language gap. The person
wished for ("jemand, der Polnisch spricht", "która mówi po polsku", "eine Gruppe, in der Arabisch
gesprochen wird") and a client who herself speaks only that language still ask for it.
"""

from __future__ import annotations

import pytest

from bot.catalogue import Catalogue
from bot.understanding import understand

REPORTS = [
    # an origin without "in ihrer Sprache" is no wish
    "Vater aus dem Irak, Sohn 8, sucht Erziehungsberatung in Unna",
    # a parent or the family, German and foreign ("only" said of a parent)
    "Vater spricht nur Griechisch, Sohn 9 sucht einen Fußballverein in Kamen",
    "Die Eltern verstehen nur Serbisch. Tochter 5 braucht einen Kitaplatz in Unna",
    "Tata mówi tylko po polsku, córka 7 potrzebuje świetlicy w Bergkamen",
    "Мама говорит только по-русски, сыну 4 года, ищем детский сад в Lünen",
    # a plain report, any subject, both orders
    "Мы дома говорим по-русски, дочке 10 лет нужна секция плавания в Werne",
    "Ми розмовляємо українською, синові 6 років, школа в Schwerte",
    "Evde Türkçe konuşuyoruz, oğlum 3 yaşında, Kita arıyoruz, Kamen",
    "Vorbim română acasă, fetița are 8 ani, Nachhilfe in Mathe, Unna",
    "Zuhause wird nur auf Albanisch gesprochen, Kind 2 braucht eine Kita in Selm",
]

WISHES = [
    ("Gibt es eine Beraterin, die Griechisch spricht? Sohn 9, Kamen", ("el",)),
    ("Szukam psychologa, który mówi po polsku, syn 15, Unna", ("pl",)),
    ("Нужен врач, который говорит по-русски, ребёнку 2 года, Kamen", ("ru",)),
    ("Krabbelgruppe in Unna, in der auch Türkisch gesprochen wird? Kind 1", ("tr",)),
    # the client herself speaks only the language: the offer for her must be held in it
    ("Schwangere, 20. SSW, spricht nur Arabisch, braucht eine Hebamme in Kamen", ("ar",)),
    # "in ihrer Sprache" without a language named: the language of the country of origin
    ("Vater aus dem Irak, Sohn 8, sucht Erziehungsberatung in seiner Muttersprache, Unna", ("ar",)),
    ("Any paediatric nurse service that speaks Turkish? Baby 2 months, Kamen", ("tr",)),
    # a parent speaks only the language and an interpreter is asked: the interpreter's language
    ("Vater spricht nur Farsi, Hilfeplangespräch mit Dolmetscher nötig, Kind 7, Unna", ("fa",)),
]


@pytest.mark.parametrize("text", REPORTS)
def test_a_language_the_family_is_said_to_speak_is_no_wish(catalogue: Catalogue, text: str) -> None:
    assert understand(text, catalogue).languages == ()


@pytest.mark.parametrize(("text", "languages"), WISHES)
def test_a_person_or_group_wished_to_speak_a_language_is_a_wish(
    catalogue: Catalogue, text: str, languages: tuple[str, ...]
) -> None:
    assert understand(text, catalogue).languages == languages
