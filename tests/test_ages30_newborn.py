"""Ages around birth as maternity wards, midwives, paediatricians and Krippe staff write them.

A newborn's days in ward shorthand, a birth told as an event with its day, whose age a number
beside a baby is, a pregnancy beside the born child the request is about, a check-up code that is
no age group, and one child of several left for the assistant to ask about (session 30, ages30).
"""

from __future__ import annotations

import datetime as dt

import pytest

from bot.text import clean, fold
from bot.understanding.age import read_age
from bot.understanding.age_dates import as_of
from bot.understanding.age_days import spell_days

TODAY = dt.date(2026, 12, 4)  # a Friday


def _age(text: str) -> tuple[int, int] | None:
    with as_of(TODAY):
        reading = read_age(fold(clean(text)).strip())
    return (reading.age.low, reading.age.high) if reading.age else None


@pytest.mark.parametrize(("text", "age"), [
    # a newborn's days, abbreviated: never years, never months
    ("NG 3 Tg., KM alleinstehend, Frühe Hilfen in Bergkamen", (0, 0)),
    ("Sgl. 6 Tg., trinkt schlecht, Mutter unsicher", (0, 0)),
    ("Säugling 4 Tg., KM 17 J., Erstgebärende", (0, 0)),
    ("Zwillinge 12 Tge, Mutter erschöpft", (0, 0)),
    ("Kind 9 Tg. alt, wunde Mamillen", (0, 0)),
    ("Baby 8d, Gelbsucht überstanden", (0, 0)),
    ("NG (7 Tg), Eltern brauchen Begleitung", (0, 0)),
    ("Kind am 5. LT, KV drogenabhängig", (0, 0)),
    ("Lebenstag 10, Mutter mit Migräne", (0, 0)),
    ("Tochter ist 45 Tg. alt und schläft kaum", (1, 1)),
    # -ig adjectives of weeks and days
    ("8-wöchige Tochter, Eltern gehörlos", (1, 1)),
    ("dreiwöchiger Sohn, Mutter traut sich nicht ihn zu baden", (0, 0)),
])
def test_a_newborns_days_in_ward_shorthand(text: str, age: tuple[int, int]) -> None:
    assert _age(text) == age


@pytest.mark.parametrize(("text", "age"), [
    ("Pat. gestern per Sectio entbunden, KM 22, alleinerziehend", (0, 0)),
    ("Frau K. hat vorgestern spontan entbunden, 3. Kind", (0, 0)),
    ("Kaiserschnitt am Montag, Baby liegt noch auf der Neo", (0, 0)),
    ("Entbindung letzte Woche, Baby schreit nach jedem Trinken", (0, 0)),
    ("frisch entbunden (Dienstag), erstes Kind", (0, 0)),
    ("Hausgeburt am Sonntag, Familie wünscht Willkommensbesuch", (0, 0)),
    ("baby born last Tuesday, parents need help with the paperwork", (0, 0)),
    ("Sectio gestern, KV unbekannt", (0, 0)),
    # a birth on a day and month, no year: a newborn's day when it lies weeks back
    ("Geburt am 28.11., Mutter psychisch krank", (0, 0)),
    ("Kind kam am 1.12. zur Welt, Eltern sehr jung (18/19)", (0, 0)),
    ("Kind geb. 30.11., Nachsorgehebamme dringend", (0, 0)),
    ("Baby *15.10., Mutter sucht Babykurs", (1, 1)),
    ("Entbunden am 25.11. in der Uniklinik, Stillberatung gesucht", (0, 0)),
    # a birth still to come is the pregnancy's
    ("entbindet voraussichtlich nächste Woche, hat noch keine Hebamme", (-9, -1)),
    ("Einleitung morgen, ET+8, Pat. ganz allein", (-9, -1)),
])
def test_a_birth_told_as_an_event(text: str, age: tuple[int, int]) -> None:
    assert _age(text) == age


@pytest.mark.parametrize("text", [
    "Geburt am 20.12. geplant, Hebamme gesucht",  # a day ahead: no newborn
    "Sectio am Montag geplant, Pat. hat Angst",  # a birth planned for a day of the week
    "Kind geb. 15.07., Kita-Platz gesucht",  # a birthday long past without its year: no age
])
def test_a_day_and_month_far_from_today_is_no_newborn(text: str) -> None:
    assert _age(text) != (0, 0)


def test_a_day_of_the_week_without_a_birth_is_no_birth() -> None:
    assert _age("Tochter ist am Montag gestürzt, 4 Jahre, Kita in Unna") == (48, 59)


@pytest.mark.parametrize(("text", "age"), [
    ("Pat. 17 J., Säugling, kein Kontakt zum KV", (0, 11)),  # the mother's age beside a baby
    ("Pat. 17 J., spontan entb., Kind 2 Tg.", (0, 0)),
    ("KM 19, Baby 2 Mon., Schulden", (2, 2)),
    ("Baby 3 Tg. alt, Mama 16 J., Oma 35 J.", (0, 0)),
])
def test_the_mothers_own_age_beside_her_baby(text: str, age: tuple[int, int]) -> None:
    assert _age(text) == age


@pytest.mark.parametrize(("text", "age"), [
    ("Patientin hat Sohn 3 Jahre, jetzt wieder schwanger 8. SSW. Der Junge hat Wutanfälle. "
     "Elternkurs?", (36, 47)),
    ("KM schwanger (24. SSW), Sohn 4 Jahre beißt andere Kinder in der Kita", (48, 59)),
    ("Mutter im 5. Monat schwanger, ihr 18 Monate alter Sohn schläft nicht durch", (18, 18)),
    ("Familie erwartet das 2. Kind (ET März), Tochter 3 J. ist jetzt schon sehr eifersüchtig",
     (36, 47)),
    ("klientin schwnger 12 ssw, hat nen sohn mit 4 der sehr schwirig ist, sie will "
     "erziehungsberatung für sich u ihn", (48, 59)),
    # care for the pregnancy keeps it: the son is context
    ("Schwanger in der 30. Woche, hat schon einen Sohn von 3, sucht Geburtsvorbereitung",
     (-6, -1)),  # the week narrows it, as "30. SSW" does (weeks61)
])
def test_a_pregnancy_beside_the_born_child_the_need_is_about(
        text: str, age: tuple[int, int]) -> None:  # fmt: skip
    assert _age(text) == age


def test_a_check_up_is_no_age_group() -> None:
    assert _age("Mutter kam zur U3 beim Kinderarzt, sie wirkt depressiv") is None
    assert _age("U3-Platz gesucht in Unna") == (0, 35)
    assert _age("Elternabend für unsere U3 Gruppe") == (0, 35)
    assert _age("wir haben zwei u3 kinder aus rünthe, tagesmutter fällt aus") == (0, 35)


def test_one_of_several_children_is_asked_about() -> None:
    with as_of(TODAY):
        reading = read_age(fold(clean("Frühförderung für eins der Kinder (10 Mon. / 2 J.)")))
    assert reading.age is None and reading.uncertain
    assert _age("Kinder 8 Mon. und 2 J., Eltern-Kind-Gruppe für beide") == (8, 35)


@pytest.mark.parametrize(("text", "spelt"), [
    ("kind 2 tg.", "kind 2 tage"),
    ("ng (7 tg)", "neugeborenes (7 tage)"),
    ("baby 8d", "baby 8 tage"),
    ("schueler 8d", "schueler 8d"),  # a class letter stays
    ("am 5. lt", "am 5. lebenstag"),
    ("spontan entb.", "spontan entbunden"),
])
def test_day_abbreviations_are_written_out(text: str, spelt: str) -> None:
    assert spell_days(text) == spelt
