"""Dates66: the child's age told by dates and by a birth on handover forms and discharge letters
— what a user relies on: a birth date read against today (a newborn's days back, a birth month,
a baby's arrival on a day), a discharge after a birth naming the newborn beside its siblings,
the age since birth over the corrected one, a due date ahead asking for the coming baby, and the
years of a school history that are no age. Today is fixed: the same form names another age next
year."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.assistant import Assistant
from bot.understanding.age_dates import as_of

TODAY = dt.date(2026, 12, 6)
PREGNANT = (-99, -1)  # any range of the unborn child

CASES = [
    # a birth date days back beside a word of the pregnancy's history: a newborn
    ("Überleitung | Kind: weibl., geb. 03.12.2026 | KM 22 J., Erstgebärende | Bedarf: "
     "Familienhebamme in Kamen", (0, 0)),
    # a birth month beside the mother: the twins' own date
    ("Mutter + Zwillinge (geb. 04/2026) ziehen nach Unna, Entlastung gesucht", (7, 8)),
    # a baby's arrival on a day of the last weeks is its birth
    ("Baby kam am 1.12., Mutter sucht eine Nachsorgehebamme in Bönen", (0, 0)),
    # a ward's discharge after a Caesarean: the newborn, not the siblings at home
    ("Entlassung nach Sectio | KM 31 J., Geschwister 3 u. 5 J. | Bedarf: Haushaltshilfe, Werne",
     (0, 0)),
    # the age since birth over the corrected one, both abbreviated on a discharge form
    ("Entlassbogen | Frühgeborenes 30+4, korr. Alter 4 Wo., chronolog. Alter 13 Wo. | "
     "Frühförderung Lünen",
     (3, 3)),
    # a due date ahead with care for the coming baby: the pregnancy, not the elder brother
    ("KM 28, ET 10.02., der Große ist 5, sie wünscht einen Babytreff nach der Geburt, Kamen",
     PREGNANT),
    # a school history's years beside the age: no age
    ("Junge 11 J., seit Sommer 5. Klasse, vorher 3 Jahre Schule in Syrien und 1 Jahr "
     "Vorbereitungsklasse in Unna. Lernförderung?", (132, 143)),
    ("Mädchen 9, davor 2 Jahre Sprachkurs, Hausaufgabenhilfe in Bergkamen", (108, 119)),
    # look-alikes that must not change
    ("Schwanger, ET 03.03.2027, suche einen Geburtsvorbereitungskurs in Unna", PREGNANT),
    ("Termin am 14.12. beim Jugendamt, Sohn 5 Jahre, Erziehungsberatung in Kamen", (60, 71)),
    ("Baby kam am 30.11. in die Kinderklinik, jetzt 5 Monate alt, Unna", (5, 5)),
    ("Mutter (geb. 1994) sucht Hilfe, Kind 3, Kamen", (36, 47)),
    ("Junge 8 Jahre Schule verweigert seit Wochen, Unna", (96, 107)),
    ("Mama ist wieder schwanger, der Große ist 2, sucht eine Krabbelgruppe in Selm", (24, 35)),
    # a birthday yesterday is the age reached, not a birth: "wurde gestern 5"
    ("Tochter wurde gestern 5, sucht einen Kitaplatz in Selm", (60, 71)),
    ("Sohn ist gestern drei geworden, Kita in Unna gesucht", (36, 47)),
    ("Tochter wurde gestern geboren, wir suchen eine Hebamme in Unna", (0, 0)),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_age_of_the_child_on_the_form(assistant: Assistant, text: str,
                                      expected: tuple[int, int]) -> None:
    with as_of(TODAY):
        answer, _session = assistant.respond(text)
    age = answer.request.age
    assert age is not None
    if expected == PREGNANT:  # a pregnancy now: the unborn child
        assert age.high < 0
    else:
        assert (age.low, age.high) == expected


@pytest.mark.parametrize("text", [
    "Ich habe soeben mit dem Jugendamt telefoniert, alles gut",
    "Meldung vom 03.12., bitte um Rückruf",
])
def test_dates_that_are_no_age(assistant: Assistant, text: str) -> None:
    with as_of(TODAY):
        answer, _session = assistant.respond(text)
    assert answer.request.age is None
