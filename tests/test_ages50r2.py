"""Children named with their ages in hand-over notes (round 2's ages50 class, `ages50r2` set).

Teachers and social workers write "Emil (9) + Schwester Lotta (6, 1a)", "kleiner Bruder von Ben
(2b) ist 4", "Ole (7) → Mutter in der Psychiatrie (3 Wochen)", "Sohn 2 J 10 Mon." and, in a
dialogue, "die Schwester (7) sei ebenso betroffen und solle einbezogen werden". What a user relies
on: the age of the child (or children) the help is for — a class mark in the brackets is no age,
a named pupil's class says only whose brother is meant, an adult's stay is no age, and a brother
"also affected, to be included" joins the age span. Every sentence is new, written for this file.
"""

from __future__ import annotations

import pytest

from bot.assistant import Assistant

CASES = [
    # a class mark after the age in the brackets: a second child, no second age
    ("Emma (10) + Bruder Paul (7, 2a) → Eltern trennen sich, Mutter sucht Gruppe, Kamen",
     (84, 131)),
    ("Mila (6, 1c) kommt oft ohne Pausenbrot, BuT-Beratung in Bönen?", (72, 83)),
    # a named pupil's class only says whose brother or sister is meant
    ("der kleine Bruder von Jan (3b) ist 4 und spricht kaum → Sprachförderung Werne", (48, 59)),
    ("Schwester von Ida (2c) ist 2, noch ohne Betreuungsplatz, Tagesmutter in Selm?", (24, 35)),
    # a stay's length in brackets or after a comma is no age
    ("Tom (8) → Vater in der Klinik (4 Wochen), Gruppe für Tom in Lünen?", (96, 107)),
    ("Lia (5): Mutter in Reha, 3 Monate; Oma betreut sie. Angebot in Unna?", (60, 71)),
    # how long the family waited elsewhere is no age
    ("dort „5 Monate gewartet“. Tochter 1 J 9 Mon., läuft nicht, Frühförderung Kamen?", (21, 21)),
    # a brother "also affected, to be included": both children
    ("Sohn (12) wird gemobbt, der Bruder (8) ist ebenso betroffen und soll einbezogen werden. "
     "Beratung in Schwerte", (96, 155)),
    # look-alikes that must not change
    ("Mutter (34) mit Sohn 5 Jahre, Sprachförderung in Bergkamen", (60, 71)),
    ("Schüler der Klasse 2b, 7 Jahre, Lernförderung in Kamen", (84, 95)),
    ("Mädchen 9 J., wohnt in Zimmer 7 der Notunterkunft, Freizeit in Lünen", (108, 119)),
    ("Lea (6) hat Schulangst; sie hat noch einen Bruder (14). Beratung in Werne?", (72, 83)),
    ("Baby 3 Wochen, in der Kinderklinik, Mutter erschöpft, Hilfe in Unna", (0, 0)),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_age_of_the_child_the_help_is_for(assistant: Assistant, text: str,
                                          expected: tuple[int, int]) -> None:
    answer, _session = assistant.respond(text)
    age = answer.request.age
    assert age is not None
    assert (age.low, age.high) == expected


def test_a_sibling_also_affected_joins_the_case(assistant: Assistant) -> None:
    _first, session = assistant.respond(
        "Die Eltern streiten über den Umgang mit der Tochter (11), Beratung in Unna-Massen?")
    answer, _session = assistant.respond(
        "Nachtrag: der Bruder (6) sei genauso betroffen und solle mit einbezogen werden.", session)
    age = answer.request.age
    assert age is not None
    assert (age.low, age.high) == (72, 143)


def test_a_sibling_told_alone_stays_his_own(assistant: Assistant) -> None:
    _first, session = assistant.respond("Tochter (11) hat Schulangst, Beratung in Unna?")
    answer, _session = assistant.respond("Der Bruder (6) bräuchte einen OGS-Platz.", session)
    age = answer.request.age
    assert age is not None
    assert (age.low, age.high) == (72, 83)
