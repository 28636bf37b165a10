"""A number's meaning survives a message typed or dictated without punctuation.

Each pair is one request as a careful writer types it and as a phone's dictation or a hurried
thumb leaves it (no commas, stops, colons, brackets or apostrophes). The age read must be the
same. The sentences are the test author's own (none comes from a labelled set)."""

from __future__ import annotations

import re

import pytest

from bot.catalogue import Catalogue
from bot.models import AgeRange
from bot.text import fold
from bot.understanding import understand
from bot.understanding.unmarked import restore_marks


def _unmarked(text: str) -> str:
    """What dictation leaves of a sentence: no marks at all."""
    return re.sub(r"\s+", " ", re.sub(r"[.,;:!?()\"„“”'…–]", " ", text)).strip()


def _years(n: int) -> AgeRange:
    return AgeRange(n * 12, n * 12 + 11)


MARKED = [
    # an ordinal before a singular noun: the pregnancy week, the year of training, the class
    ("Schwangere in der 22. SSW, sehr unsicher, Hebamme in Selm gesucht", AgeRange(-9, -1)),
    ("Frau nach Fehlgeburt in der 12. SSW, Trauerbegleitung in Unna?", None),
    ("Azubine 18, im 2. Lj. zur Erzieherin, Schulden, Beratung in Kamen?", _years(18)),
    # years;months after one child
    ("Tochter 3;4, spricht kaum, Logopädie in Unna?", AgeRange(40, 40)),
    # a deadline is no age
    ("Einschulungskind, Eltern brauchen Hilfe beim Antrag, Abgabe bis 30.09. in Werne",
     AgeRange(60, 77)),
    # a diagnosis code is no age; a count needs the plural
    ("Vater, F32.1, seit 3 Mon. krankgeschrieben, Tochter 9. Gruppe für Kinder in Lünen?",
     _years(9)),
    # a count of children, then their ages
    ("Mutter von drei Töchtern (4, 8 und 11) sucht Hausaufgabenhilfe in Kamen", AgeRange(48, 143)),
    # the age now, a clause of its own
    ("Ehemaliges Frühchen, jetzt 3, redet wenig, Frühförderung in Bönen?", _years(3)),
]


@pytest.mark.parametrize(("typed", "age"), MARKED)
def test_the_age_read_with_marks_is_read_without_them(
        catalogue: Catalogue, typed: str, age: AgeRange | None) -> None:  # fmt: skip
    assert understand(typed, catalogue).age == age
    assert understand(_unmarked(typed), catalogue).age == age
    assert understand(_unmarked(typed).lower(), catalogue).age == age


@pytest.mark.parametrize(
    ("unmarked", "restored"),
    [
        ("in der 14 ssw", "in der 14. ssw"),
        ("azubi 17 im 1 lj", "azubi 17 im 1. lj"),
        ("3 kind unterwegs", "3. kind unterwegs"),
        ("im 3 monat schwanger", "im 3. monat schwanger"),
        ("kind waechst zweisprachig auf 2 6 die eltern",
         "kind waechst zweisprachig auf 2;6 die eltern"),
        ("anmeldung bis 15 11", "anmeldung bis 15.11."),
        ("schulschluss 11 45 allein", "schulschluss 11:45 allein"),
        ("pat f10 2 trocken", "pat f10.2 trocken"),
        ("sohn 6 gruppe fuer kinder", "sohn 6, gruppe fuer kinder"),
        ("vater von 2 soehnen 7 und 10 ist krank", "vater von 2 soehnen (7, 10) ist krank"),
        ("we re in unna", "we are in unna"),
        ("kind geb 01 10 2025 mutter", "kind geb 01.10.2025 mutter"),
        ("kind geb 3 4 23 sucht kita", "kind geb 3.4.23 sucht kita"),
        ("kinder 2 6 die eltern", "kinder 2-6 die eltern"),  # read as two ages would be
        ("treff fuer junge vaeter 19 25 mit babys", "treff fuer junge vaeter 19-25 mit babys"),
    ],
)
def test_a_lost_mark_comes_back_where_a_cue_says_which(unmarked: str, restored: str) -> None:
    assert restore_marks(unmarked) == restored


@pytest.mark.parametrize(
    "text",
    [
        "zwillinge 2 6 die eltern",  # two children: two ages, no years;months
        "baby 3 monat alt",  # a plural typed short, no article: no ordinal
        "1 kind in der kita",  # one child, a cardinal
        "kind 4 6 wochen im krankenhaus",  # a unit after the numbers
        "3 kinder 4 und 6",  # a count that is not the list of all of them
        "in der 6 gruppe",  # an ordinal after its article, no clause's end
        "ab 3 6 jahre",  # a range with its unit, no date
        "sohn 7 10 stunden allein",  # a unit after the numbers
        "kinder 3 6 9 brauchen",  # three ages, no range
        "eltern 25 19",  # falling numbers are no range
    ],
)
def test_without_a_cue_the_numbers_stay_as_typed(text: str) -> None:
    assert restore_marks(fold(text)) == fold(text)
