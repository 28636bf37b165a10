"""Situations told in a family language: a child alone after school while the parents work, a
family just arrived, a child who hits and shouts, a child telling who hits at home, and a birthday
just passed ("ela fez treze mês passado" is thirteen years, not thirteen months). The foreign
reader writes them as the German the readers know; German sentences that look alike stay as
they were."""

from __future__ import annotations

import pytest

from bot.catalogue import Catalogue
from bot.understanding import understand
from bot.understanding.foreign import germanise
from bot.understanding.foreign_birthday import birthdays

CASES = [
    # (request, age range, a topic the user relies on)
    ("minha filha de 9 anos fica sozinha depois da escola, eu trabalho o dia todo, Kamen",
     (108, 119), "ogs_ganztag"),
    ("o menino tem 7 anos, os pais trabalham até tarde, tem lugar pra ele depois da escola? Unna",
     (84, 95), "ogs_ganztag"),
    ("meu sobrinho 3 anos, a mãe dele chegou agora da Angola, não conhece nada, Unna", (36, 47),
     "migration_integration"),
    ("minha sobrinha fez quatorze mês passado e está muito triste, Bergkamen", (168, 179),
     "psychische_gesundheit"),
    ("Ќерката наполни 13 минатиот месец, плаче секој ден. Selm", (156, 167), None),
    ("my son turned 7 last week and is alone after school, Unna", (84, 95), None),
    ("a lányom múlt hónapban lett 12 éves, nagyon szomorú, Werne", (144, 155),
     "psychische_gesundheit"),
    ("Момче 5 години, многу агресивно, удира други деца, вика. Unna", (60, 71),
     "gewaltpraevention"),
    ("Синот 9 години е сам дома после школо, мајката работи до вечер. Kamen", (108, 119), None),
    ("a 8 éves lányom iskola után egyedül van otthon, dolgozom estig, Lünen", (96, 107),
     "ogs_ganztag"),
    ("a 10 éves fia mondta: apuka veri a gyerekeket, a húga is (4). Unna", (48, 131),
     "kinderschutz"),
]

# German sentences that must read as they did
GERMAN = [
    "Ich habe soeben mit der Kita gesprochen, das Kind ist traurig",
    "Mein Sohn ist letzten Monat 12 geworden und zockt nur noch",
    "Unser Baby ist 13 Monate alt und schläft nachts nicht",
    "Der Vater hat gestern 6 Stunden gearbeitet, die Tochter ist 8",
]


@pytest.mark.parametrize(("text", "age", "topic"), CASES)
def test_situation_in_the_family_language(catalogue: Catalogue, text: str,
                                          age: tuple[int, int] | None, topic: str | None) -> None:
    request = understand(text, catalogue)
    assert ((request.age.low, request.age.high) if request.age else None) == age
    if topic:
        assert topic in (*request.topics, *request.suggested_topics)


@pytest.mark.parametrize(("text", "german"), [
    ("não não ela fez treze mês passado", "não não ela ist jetzt 13 Jahre"),
    ("ele fez 6 anos semana passada", "ele ist jetzt 6 Jahre"),
    ("fez tudo ontem", "fez tudo ontem"),  # no number: no birthday
])
def test_birthday_frame(text: str, german: str) -> None:
    assert birthdays(text) == german


@pytest.mark.parametrize("text", GERMAN)
def test_german_look_alikes_unchanged(text: str) -> None:
    assert germanise(text) == text
