"""Whose age a young parent's request tells (parents47).

A pregnant girl whose own protection is asked about ("Polizei?", abuse, under 14 beside a
grown-up) is the child of 12–17, not a pregnancy; asked for pregnancy care she stays a pregnancy.
A parent of 18–20 told beside the child ("jM 20 … Vater eines Kleinkinds", "mama wa mtoto ist
19 J.") is a grown-up unless he asks for his own way; the baby's age, when told, is the one
asked about. Read through the assistant: the age understood, and offers that fit it.
"""

from __future__ import annotations

import pytest

from bot.assistant import Assistant
from tests.relevance import assert_age_read_and_offers_fit

CASES = [
    # a pregnant girl to protect: her own age
    ("Nachtschicht: Mädchen 13, Bauchschmerzen, schwanger in der 18. SSW, der Freund ist 23. "
     "Polizei einschalten? Wohnt in Lünen-Nord.", (156, 167)),
    ("Mädchen 12 Jahre, in der Ambulanz festgestellt: schwanger. Verdacht auf Missbrauch. "
     "Fröndenberg. Wer hilft sofort?", (144, 155)),
    ("Die 13-jährige Schwester einer Schülerin ist schwanger, Vater des Kindes ist 19. Jugendamt "
     "informieren? Werne", (156, 167)),
    # a pregnant girl asking for pregnancy care: the pregnancy
    ("Schülerin, 16, in der 9. SSW, will anonym über ihre Möglichkeiten sprechen. Schwerte",
     (-9, -1)),
    ("Mädchen 13, schwanger, Missbrauch durch den Stiefvater. Schwangerschaftsberatung und "
     "Kinderschutz in Unna?", (-9, -1)),
    ("KM 17, 30. SSW, kein Geld für Erstausstattung, Bergkamen-Oberaden", (-6, -1)),
    # a young parent beside the child: the child's age
    ("Papa ist erst 18, das Baby 7 Monate, Mutter weg. Unterstützung für allein erziehende Väter "
     "in Kamen?", (7, 7)),
    ("Vater (17) eines Neugeborenen, 10 Tage alt, fragt nach Hilfe für junge Familien in Bönen",
     (0, 0)),
    ("Eltern beide 19, Tochter 2 Jahre, suchen Kita-Platz in Schwerte-Ergste", (24, 35)),
    # look-alikes: not pregnant, or another person's number
    ("16-Jährige hat Angst, schwanger zu sein, Test noch nicht gemacht. Sexualberatung in Kamen?",
     (192, 203)),
    ("Schülerin 17, nicht schwanger, will Verhütungsberatung ohne Eltern, Werne", (204, 215)),
    ("Mutter 42, Sohn 17, kifft viel. Suchtberatung in Unna", (204, 215)),
    # a young parent asking for his own way keeps his own age
    ("Kundin 19, hat eine Tochter, sucht eine Ausbildung in Teilzeit. Unna", (228, 239)),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_whose_age_a_young_parents_request_tells(assistant: Assistant, text: str,
                                                  expected: tuple[int, int]) -> None:
    answer, _session = assistant.respond(text)
    assert_age_read_and_offers_fit(answer, expected)


@pytest.mark.parametrize("text", [
    "jM 20, nach der JVA raus, Vater eines Kleinkinds, die Mutter blockt den Umgang. "
    "Umgangsberatung in Lünen?",
    "Station 3: mama wa mtoto ist 18 J., kein Geld für Babysachen. Hilfe in Kamen?",
])
def test_a_young_parents_own_age_is_not_the_childs(assistant: Assistant, text: str) -> None:
    answer, _session = assistant.respond(text)
    age = answer.request.age
    assert age is None or age.high < 18 * 12
