"""Births49: ages told around a birth and in the family's language — what a user relies on: the
age of the child the request is about, not a week of birth, a corrected age, a birthday ahead,
a duration or a brother's or sister's birth."""

from __future__ import annotations

import pytest

from bot.assistant import Assistant

PREGNANT = (-99, -1)  # any range of the unborn child

CASES = [
    # a preterm baby's week of birth, then its age now: history, not a pregnancy
    ("FG 33. SSW, jetzt 3 Mon., trinkt schlecht. Familienhebamme in Kamen?", (3, 3)),
    ("Ex-FG 27+2, inzwischen 1 J. 6 Mon., läuft noch nicht. Frühförderung Unna?", (18, 18)),
    ("Drillinge, geb. 30. SSW, heute 4 Mon., Mutter erschöpft. Entlastung in Bönen?", (4, 4)),
    ("Baby born at 32 weeks, now 5 months old, parents in Selm need support", (5, 5)),
    # the corrected age beside the age since birth: the age since birth
    ("Sgl. 6 Mon. (korr. 4), Eltern-Kind-Gruppe in Werne gesucht", (6, 6)),
    # a birthday ahead, told by its date or as a celebration: a year younger today
    ("Pflegetochter wird am 12.03.2027 volljährig, Beratung für junge Volljährige in Unna?",
     (204, 215)),
    ("Unser Sohn wird nächsten Monat volljährig und braucht eine Wohnung. Lünen?", (204, 215)),
    ("Tochter feiert im Juni ihren 6. Geburtstag, Kita-Platz bis zur Schule in Kamen?", (60, 71)),
    # a duration in the family's language is no age
    ("niño 6 años, lleva 2 años con logopeda, sigue con problemas. Unna?", (72, 83)),
    ("Момче на 10, от 2 месеца в Bergkamen, търси футбол", (120, 131)),
    # ages in Bulgarian, Spanish and Vietnamese
    ("Дъщерята е на 8 години, Lernförderung in Kamen?", (96, 107)),
    ("Бебето на 4 месеца, майката е сама, Frühe Hilfen Unna", (4, 4)),
    ("mi hija tiene 4 años y medio, Kita en Lünen?", (54, 54)),
    ("Con trai 7 tuổi, Nachhilfe ở Kamen?", (84, 95)),
    ("Mẹ bầu 25 tuần, chưa có Hebamme, Bergkamen", PREGNANT),
    # a brother's or sister's birth beside the child's own age: the child's
    ("Junge 5 J., seit Geburt der Schwester vor 3 Wochen nässt er wieder ein. Beratung Unna?",
     (60, 71)),
    ("Boy 4 y/o, aggressive since baby brother born 2 months ago. Counselling in Kamen?",
     (48, 59)),
    ("Late autism dx in 13 y/o boy, school refusal. Bergkamen", (156, 167)),
    # look-alikes that must not change
    ("Schwangere in der 30. SSW sucht eine Hebamme in Unna", PREGNANT),
    ("KM 29. SSW, Angst vor einer Frühgeburt, Beratung in Kamen", PREGNANT),
    ("Frühchen, korrigiert 2 Monate alt, Nachsorge in Selm", (2, 2)),
    ("Tochter hat letzten Monat ihren 7. Geburtstag gefeiert, seitdem Bauchweh. Unna", (84, 95)),
    ("Geschwisterkind (4 Mon.) schreit viel, Schreiambulanz in Lünen?", (4, 4)),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_age_of_the_child_asked_about(assistant: Assistant, text: str,
                                      expected: tuple[int, int]) -> None:
    answer, _session = assistant.respond(text)
    age = answer.request.age
    assert age is not None
    if expected == PREGNANT:  # a pregnancy now: the unborn child
        assert age.high < 0
    else:
        assert (age.low, age.high) == expected
