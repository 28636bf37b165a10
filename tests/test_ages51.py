"""The child's age told loosely (ages51).

In dialect and chat the age comes after a copula of the child ("der Jung is eineinhalb", "dat
Mäken von Schultens is drei", "die Ella is anderthalb", "Tochter wird im Mai vier"); beside a
newborn or a coming sibling and a need "mit beide", "für beide Kinder", or "wenn die da sind",
the age spans the children. Look-alikes: one child's need asked, a sibling's age only told.
Read through the assistant: the age it understood, and that every offer it stands behind takes a
child of that age.
"""

from __future__ import annotations

import pytest

from bot.assistant import Assistant
from tests.relevance import assert_age_read_and_offers_fit

CASES = [
    # a copula after the child, beside a newborn sibling and a need for both
    ("Der Jung vonne Meiers is eineinhalb und hat getz ne kleine Schwester gekricht, zwei Wochen "
     "alt. Die Mutter sucht ne Krabbelgruppe in Kamen, wo se mit beide hin kann.", (0, 18)),
    ("Dat Mäken is zwei, getz is dat Brüderchen gekommen, drei Wochen alt. Mama is alleine und "
     "fertig. Gibbet in Unna wat, wo se mit beide hin kann?", (0, 35)),
    ("dat Mäken von Schultens is drei und kommt seit August zu uns und getz is dat "
     "Geschwisterchen gekommen zwei Wochen alt. Krabbelgruppe in Kamen wo se mit beide hin kann?",
     (0, 47)),
    # a coming sibling: help for the time the babies are there spans the pregnancy and the child
    ("die Ella is anderthalb, und die Eltern kriegen im Sommer Zwillinge. Wenn die da sind, "
     "brauchen se ne Haushaltshilfe oder Familienpaten, Schwerte", (-9, 18)),
    ("die Eltern vom Paul der is anderthalb kriegen im Februar Zwillinge und brauchen "
     "Haushaltshilfe oder Familienpaten wenn die beiden da sind, Unna", (-9, 18)),
    # "für beide Kinder" after two told ages
    ("Kollegin fragt: Junge 14, macht sich Sorgen um seinen Bruder (7), der Vater trinkt. "
     "Beratung für beide Kinder in Fröndenberg?", (84, 179)),
    ("Mädchen (9) und ihr Bruder (12) sind seit der Trennung völlig durch, Mutter sucht Beratung "
     "für beide Kinder in Holzwickede", (108, 155)),
    # two children told by copulas, the need for the family
    ("Tochter wird im Mai vier, Sohn ist sieben – die Familie braucht Hilfe beim Bildungs- und "
     "Teilhabepaket, Kamen-Methler", (36, 95)),
    ("zwei Kinder, dat Mädchen wird nächsten Monat zwei, der Junge is fünf. Die brauchen Geld "
     "vom Amt für Klamotten, wo gehnse da hin? Weddinghofen", (12, 71)),
    # the copula left out for the next child of the list
    ("Bei mir sind zwei Geschwister, dat Mäken is drei, dat Jüngsken eins. Die Mama fragt nach "
     "Zuschuss fürt Mittagessen inne Tagespflege. Kamen-Heeren.", (12, 47)),
    # look-alikes: one child asked, a sibling only told
    ("Die Schwester is anderthalb, aber um die geht et nich: der Tim is neun und wird inne "
     "Schule gemobbt. Schulsozialarbeit Unna?", (108, 119)),
    ("dat Baby is drei Wochen alt, der Bruder is fünf, aber die Mutter braucht für dat Baby ne "
     "Hebamme, Bönen", (0, 0)),
    ("Mein Sohn ist 10, seine Schwester wird bald zwei. Er braucht Nachhilfe in Mathe, wir "
     "wohnen in Schwerte.", (120, 131)),
    ("Tochter 15, ihr Bruder (6) hat eine Hörbehinderung – Beratung für ihn in Lünen?",
     (72, 83)),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_age_told_loosely(assistant: Assistant, text: str, expected: tuple[int, int]) -> None:
    answer, _session = assistant.respond(text)
    assert_age_read_and_offers_fit(answer, expected)


@pytest.mark.parametrize("text", [
    "Frau Horst is 40 und sucht einen Elternkurs in Kamen.",
    "die Mama is 30, der Kleine 2, Krabbelgruppe in Unna?",
])
def test_an_adult_told_by_a_copula_is_no_child(assistant: Assistant, text: str) -> None:
    answer, _session = assistant.respond(text)
    age = answer.request.age
    assert age is None or age.high < 216
