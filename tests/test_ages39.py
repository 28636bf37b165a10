"""Whose age a request is about, and ages typed without their commas (issue 8, ages39).

A Kita, a midwife or a teacher who names a born child beside the mother's pregnancy asks for the
child ("der Kleine ist 18 Monate und schläft nicht"); "mit zwei" in a sentence about development
is the child's age, "mit zwei Kindern" a count; a number after a class no school numbers is the
pupil's age. The assistant must then offer for that child, never for the unborn one.
"""

from __future__ import annotations

import pytest

from bot.text import clean, fold
from bot.understanding.age import read_age


def _age(text: str) -> list[int] | None:
    reading = read_age(fold(clean(text)).strip())
    return reading.age.as_list() if reading.age else None


@pytest.mark.parametrize(("text", "age"), [
    # the born child's clause carried on by "und" to what it does
    ("Frau schwanger im neunten Monat, der Kleine ist 18 Monate und schläft nachts gar nicht. "
     "Hilfe beim Schlaf in Kamen?", [18, 18]),
    ("frau schwanger im neunten monat der kleine ist achtzehn monate und schläft nachts gar nicht "
     "sie ist völlig fertig gibt es hilfe in kamen", [18, 18]),
    # the writer's own charge, also as a compound
    ("wir haben ein u3 kind 14 mon. , die mama ist wieder schwanger und total am ende, gibts "
     "sowas wie familienhebamme in overberge?", [14, 14]),
    # someone to look after the born children while the mother is in hospital
    ("frau schwanger so achter monat ist ins krankenhaus die hat noch zwei kinder drei und fünf "
     "gibts jemand der sich um die kinder kümmert", [36, 71]),
    # care for the pregnancy, or another subject after "und", keeps the unborn child
    ("Tochter ist 3 und Mama ist wieder schwanger, sucht eine Hebamme in Kamen", [-9, -1]),
    ("Mutter von zwei Kindern (5 und 8) ist wieder schwanger und sucht eine Hebamme", [-9, -1]),
    ("Wir haben eine Mutter in der Beratung, schwanger, Kinder 3 und 5, sucht Hebamme", [-9, -1]),
])
def test_pregnancy_beside_a_born_child(text: str, age: list[int]) -> None:
    assert _age(text) == age


@pytest.mark.parametrize(("text", "age"), [
    ("Ab wann muss man sich Sorgen machen, wenn ein Kind mit zwei noch nicht läuft?", [24, 35]),
    ("mit drei spricht er immer noch nur einzelne Wörter, Mutter macht sich Sorgen", [36, 47]),
    ("Das ist meine 3. Anfrage. mit drei spricht er kaum", [36, 47]),
    # the present age outweighs the age of a past event
    ("Mädchen, das mit 14 schon zweimal wegen Alkohol im Krankenhaus war, jetzt 15", [180, 191]),
    # counts of people, and a grown-up's past, are no age
    ("Alleinerziehende mit zwei Kindern, der Jüngere (6) hat ständig Wutanfälle", [72, 83]),
    ("Familie mit 3 Kindern sucht Beratung in Kamen", None),
    ("Mutter war mit 16 schon schwanger, sucht Sprachförderung für den Sohn", None),
])
def test_mit_n_is_an_age_only_beside_development(text: str, age: list[int] | None) -> None:
    assert _age(text) == age


@pytest.mark.parametrize(("text", "age"), [
    ("Hi, schülerin aus meiner klasse 16 verletzt sich selbst wo in unna hilfe", [192, 203]),
    ("Hi, schüler aus klasse 7 schwänzt, wo gibt es hilfe", [144, 155]),
    ("Junge mit 3 Geschwistern, selbst 11, kommt ohne Frühstück in die Schule", [132, 143]),
])
def test_bare_ages_beside_classes_and_counts(text: str, age: list[int]) -> None:
    assert _age(text) == age


def test_the_mother_named_selbst_is_never_the_child() -> None:
    reading = read_age(fold("Die Mutter, selbst erst 17, hat ein Baby und braucht Hilfe"))
    assert reading.age is None or reading.age.low < 12


@pytest.mark.parametrize(("text", "age"), [
    ("mädel aus meiner gruppe 15 ritzt sich", [180, 191]),
    ("Gruppe 4 der Kita, Kind 5 J.", [60, 71]),
    ("kind aus meiner gruppe 3 hustet", None),
])
def test_a_number_after_the_writers_own_group(text: str, age: list[int] | None) -> None:
    assert _age(text) == age
