"""Ages and asked languages in Portuguese, Hungarian and Nepali inside a German message
(tongues48a).

A Brazilian lactation consultant, a Hungarian childminder and a Nepali nurse write the child's
age in their own language: Portuguese diminutives and "de vida" ("filho de um aninho", "6
semanas de vida"), Hungarian ages glued into one adjective ("ötéves", "kéthónapos"), Nepali units
after Devanagari digits ("बच्चा २ दिन", "५ हप्ता", "६ महिना") and lists joined by "र". Read
through the assistant: the age it understood, and that every offer it stands behind takes a child
of that age. Devanagari digits are digits wherever digits are read; a percentage or a mother's
age beside her baby's stays no child's age. Asked languages: "auf नेपाली भाषा", "inglês serve".
"""

from __future__ import annotations

import re

import pytest

from bot.assistant import Assistant
from bot.understanding.foreign import germanise
from tests.relevance import assert_age_read_and_offers_fit

AGE = re.compile(r"\d+ (?:Jahre|Monate|Wochen|Tage)\b")

CASES = [
    # Portuguese: the diminutive year, an age "of life", a birth week kept apart from the age
    ("mãe solo, filho de um aninho, precisa voltar ao trabalho. Alleinerziehenden-Gruppe in "
     "Lünen?", (12, 23)),
    ("Bebezinho com 10 dias de vida, sem parteira. Wochenbett-Hebamme in Werne?", (0, 0)),
    ("bebê prematuro, nasceu com 33 semanas, hoje 7 semanas de vida, SPZ in Unna?", (1, 1)),
    # Hungarian: number stem and age suffix in one word, also the two-letter "öt"
    ("Kislány ötéves, nächstes Jahr Schule. Vorschulförderung in Fröndenberg?", (60, 71)),
    ("Kisfiú kéthónapos, Eltern erschöpft. Frühe Hilfen in Bönen?", (2, 2)),
    ("Tageskind Bence, háromhetes testvér zuhause, Hebamme in Kamen?", (0, 0)),
    # Nepali units after Devanagari digits
    ("Zi. ७: बच्चा ४ दिन, Mutter erschöpft, keine Hebamme. Wohnt Unna-Königsborn.", (0, 0)),
    ("छोरी ८ महिना, hat Fieberkrämpfe gehabt, Kinderarzt in Schwerte", (8, 8)),
    ("Frühgeborenes, jetzt ७ हप्ता alt, Trinkschwäche. Frühförderung in Selm?", (1, 1)),
    ("तीन वर्षको छोरा spricht kaum, Sprachförderung in Kamen?", (36, 47)),
    # the mother's age beside the baby's: the baby's counts
    ("Übergabe: Mutter २० वर्ष, erstes Kind, Neugeborenes १ दिन, Willkommensbesuch Bergkamen",
     (0, 0)),
    ("Zi. ११: Mutter ist selbst १७ वर्ष, Baby ३ दिन, Gruppe junge Mütter Unna", (0, 0)),
    # two ages joined by the Nepali "and"
    ("Geschwister (२ र ४ वर्ष), Spielgruppe in Lünen gesucht", (24, 59)),
    # Hindi writes the same digits
    ("बच्चा ३ साल का है, बोलता नहीं. Sprachförderung in Unna-Massen?", (36, 47)),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_family_language_age_in_german_message(assistant: Assistant, text: str,
                                               expected: tuple[int, int]) -> None:
    answer, _session = assistant.respond(text)
    assert_age_read_and_offers_fit(answer, expected)


@pytest.mark.parametrize(("text", "code"), [
    ("गर्भवती (२८ हप्ता), Geburtsvorbereitung auf नेपाली भाषा, Kamen", "ne"),
    ("Sohn ४ वर्ष, Erziehungsberatung, am liebsten jemand der नेपाली बोल्छ. Lünen", "ne"),
    ("Eltern-Kind-Gruppe für Kleinkind 18 Monate in Holzwickede, inglês serve também", "en"),
])
def test_asked_language(assistant: Assistant, text: str, code: str) -> None:
    answer, _session = assistant.respond(text)
    assert code in answer.request.languages


@pytest.mark.parametrize("text", [
    # a percentage, a room and a count of children are no age
    "Zi. १२: Baby verliert Gewicht (८ %), Stillen klappt nicht. Stillberatung in Lünen?",
    "Tagesmutter-Notiz: Gruppe hat 5 gyerek, Raum 12 m², Fortbildung Sprache in Lünen",
])
def test_numbers_that_are_no_age_stay_so(text: str) -> None:
    assert AGE.search(germanise(text)) is None


def test_nepali_family_words_are_no_wish() -> None:
    # "the mother speaks only Nepali" is a fact about the family, not a wish for Nepali
    assert "spricht nur Nepali" in germanise("आमा नेपाली मात्र बोल्छिन्, Baby ५ दिन")


def test_a_span_after_its_unit_is_no_age() -> None:
    # Nepali "देखि" (since), "अघि" (ago) and Hindi "से" after the unit: how long, not how old
    assert "seit 3 Tagen" in germanise("बच्चा ६ वर्ष, ३ दिन देखि ज्वरो")
    assert "vor 2 Jahren" in germanise("Familie २ वर्ष अघि aus Nepal")
    assert "seit 2 Tagen" in germanise("Kind ४ साल, २ दिन से बुखार")
