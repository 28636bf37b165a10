"""Ages as session 31's fresh set showed them: other children named by an age noun, a young
client who is a parent himself, Frühe-Hilfen shorthand, club teams and a school start by year."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.models import AgeRange
from bot.text import clean, fold
from bot.understanding.age import parse_age
from bot.understanding.age_dates import as_of

TODAY = dt.date(2026, 12, 4)

CASES = [
    # a crowd of other children is never the child
    ("Der Kerl is elf, gibbet da nen Kurs für so Große, wo nich lauter Vierjährige drin sind?",
     (132, 143)),
    ("Er ist 7, in der Turngruppe sind nur Zweijährige, er langweilt sich.", (84, 95)),
    ("Sie ist 9 und kommt sich mit lauter kleinen Dreijährigen blöd vor.", (108, 119)),
    # ... but a wish for an age group stays the age asked about
    ("Gibt es einen Schwimmkurs für Vierjährige in Kamen?", (48, 59)),
    # a young client who is a parent and wants schooling for himself
    ("Unser Kunde (18), selbst Vater einer einjährigen Tochter, möchte seinen "
     "Hauptschulabschluss nachholen.", (216, 227)),
    ("Teilnehmerin 17, Mutter eines Säuglings, will zurück in Schule oder Ausbildung.",
     (204, 215)),
    # ... while a young mother's baby stays the one asked about for the baby's needs
    ("17-jährige Mutter mit Baby 6 Mon., will Schule beenden. Was gibt's?", (6, 6)),
    ("Kundin (19) mit Baby (5 Monate), Strom gesperrt, Wohnung?", (5, 5)),
    # Frühe-Hilfen shorthand: the born child beside a further pregnancy, for its group
    ("fh-besuch heute: km 22, ki 5 mo., fg 29. ssw, suche babygruppe o. elterncafé", (5, 5)),
    ("km 24, ki 2 j., fg 29. ssw, sucht hebamme für die geburt", (-6, -1)),
    # a copula's number ending its sentence, beside a check-up code
    ("U7a heute, der kleine schreit abends stundenlang, er ist 3. mama kann nicht mehr.",
     (36, 47)),
    # club teams
    ("Wir ham ne neue Mädchenmannschaft, U9, und die Eltern fragen nach Selbstverteidigung.",
     (84, 107)),
    ("Unsere U11 bräuchte nen Kurs gegen Mobbing.", (108, 131)),
    ("Unsere Mannschaft, Jahrgang 2016/17, will nen Workshop Selbstbehauptung machen.",
     (108, 131)),
    # a school start told by its year (today: December 2026)
    ("Sohn kommt Sommer 2027 in die 1. Klasse, wie läuft die OGS-Anmeldung?", (60, 71)),
    ("Unser Sohn wird 2028 eingeschult und spricht noch schlecht Deutsch.", (48, 59)),
    ("Er geht in die 1. Klasse und braucht Nachhilfe.", (72, 83)),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_age_of_the_child_asked_about(text: str, expected: tuple[int, int]) -> None:
    with as_of(TODAY):
        assert parse_age(fold(clean(text))) == AgeRange(*expected)


def test_explicit_age_beats_a_check_up_code() -> None:
    with as_of(TODAY):
        age = parse_age(fold(clean("nach der U9 heute: junge 5 j., motorisch ungeschickt, ergo?")))
    assert age == AgeRange(60, 71)
