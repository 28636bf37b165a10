"""Ages of session 19: Dutch code-mix, the children a need is aimed at, and numbers or words that
name no child's age (a rounded span of time, a count of classes, parents in the plural).

Every sentence is fresh, written for the class it stands for, not copied from a set.
"""

from __future__ import annotations

import pytest

from bot.catalogue import Catalogue
from bot.models import AgeRange
from bot.understanding import understand
from bot.understanding.foreign import germanise

PREGNANT = (-9, -1)


@pytest.mark.parametrize(
    ("text", "german"),
    [
        # a child noun with "van" before the age; Dutch units and number words
        ("dochtertje van 4", "Tochter 4"),
        ("tweeling van 9 maanden", "Zwillinge 9 Monate"),
        ("een jongen van 12 jaar", "een Junge 12 Jahre"),
        ("baby van drie weken", "Baby 3 Wochen"),
        # the family speaks a language (no wish) — or asks for an offer held in it (a wish)
        ("thuis alleen Turks", "spricht zuhause nur Türkisch"),
        ("de vader spreekt Roemeens", "de Vater spricht Rumänisch"),
        ("een groep in het Arabisch", "eine Gruppe auf Arabisch"),
        # need words
        ("komt met vieze kleren en heeft honger", "komt met dreckige Kleidung en hat Hunger"),
        ("praat nog niet, wordt gepest", "spricht noch nicht, wird gemobbt"),
    ],
)
def test_dutch_fragments_become_german(text: str, german: str) -> None:
    assert germanise(text).strip() == german


@pytest.mark.parametrize(
    ("text", "age", "languages"),
    [
        ("Zoon 7, thuis alleen Pools, zoekt Nachhilfe in Unna", (84, 95), ()),
        ("Dochter van 3, praat bijna niet. Sprachförderung in het Turks in Kamen?", (36, 47),
         ("tr",)),
        ("Meisje 1 jaar en 4 maanden, loopt nog niet. Frühförderung in Selm?", (16, 16), ()),
        ("Hij is 6 sinds maart, ouders zoeken een OGS in Werne", (72, 83), ()),
        ("Drieling van 7 maanden, moeder uitgeput, hulp in Bönen?", (7, 7), ()),
        ("ze is zwanger, uitgerekend in juni, zoekt een verloskundige in Lünen", PREGNANT, ()),
    ],
)
def test_dutch_requests_are_understood(
    catalogue: Catalogue, text: str, age: tuple[int, int], languages: tuple[str, ...]
) -> None:
    request = understand(text, catalogue)
    assert request.age == AgeRange(*age)
    assert request.languages == languages


@pytest.mark.parametrize(
    ("text", "age"),
    [
        # each of several children a need is aimed at counts; a story's subject does not
        ("Kinder 2 und 8: Kitaplatz für den Kleinen, Nachhilfe für die Große. Kamen.", (24, 107)),
        ("Drei Kinder (3, 7, 11), das Fahrrad der Jüngsten und die Klassenfahrt der Ältesten "
         "kann sie nicht zahlen", (36, 143)),
        ("Kinder 5 und 10. Der Große hat schon einen Platz, für die Kleine suchen wir eine Kita",
         (60, 71)),
        ("4 Kinder (1, 4, 9, 14): für die Größte suchen wir ein Praktikum", (168, 179)),
        # born children with a need of their own beside a pregnancy
        ("28. SSW, die zwei Kleinen (2 und 5) müssen während der Klinik betreut werden", (24, 71)),
        ("erwartet Zwillinge, ihre drei Kinder (4, 6, 9) bräuchten nachmittags jemanden",
         (48, 119)),
        ("erwartet ihr drittes Kind, die Großen 3 und 6, sucht eine Hebamme", PREGNANT),
        # a sibling named by age, whose stage the request names
        ("Der Bruder (15) eines Schülers mit Autismus fühlt sich übersehen, gibt es was für "
         "Jugendliche wie ihn?", (180, 191)),
    ],
)
def test_the_children_a_need_is_for(catalogue: Catalogue, text: str, age: tuple[int, int]) -> None:
    assert understand(text, catalogue).age == AgeRange(*age)


@pytest.mark.parametrize(
    ("text", "age"),
    [
        # a span of time rounded with "gut", "knapp", "mehr als" is no age
        ("Mädchen (7 Jahre, 2 Monate), vor gut einem Jahr aus Syrien gekommen", (86, 86)),
        ("Junge 9, seit mehr als 2 Jahren in Deutschland", (108, 119)),
        ("An drei Tagen kam der Junge (6) ohne Jacke", (72, 83)),
        # parents in the plural with their ages; the children are the ones meant
        ("Gruppe für Väter (20–30) mit ihren Kleinkindern in Unna", (12, 35)),
        # a count of classes is no school year; a bracket of all the pupils' ages is theirs
        ("Projekt für Jahrgang 8 (fünf Klassen, 140 SuS) in Selm", (156, 167)),
        ("zwei Schülerinnen aus Klasse 10 (beide 16)… Berufsorientierung", (192, 203)),
        ("drei SuS der Jgst. 8 (alle 14) brauchen Nachhilfe", (168, 179)),
        ("5 Mädchen vor dem Jugendhaus, alle so 13 14, rauchen", (156, 179)),
        # years and months without "und" are one girl, not two children
        ("Mädchen 3 Jahre 2 Monate, spricht kaum", (38, 38)),
        # a born child in weeks beside a first-time mother; a birth still planned
        ("Erstgebärende (22), Baby 5 Wo., sucht Rückbildung", (1, 1)),
        ("die beiden planen eine Hausgeburt und suchen eine Hebamme in Kamen", PREGNANT),
        # a check-up or jab that is due is no due date
        ("newborn baby, U3 due in 2 weeks, looking for a paediatrician", (0, 0)),
    ],
)
def test_numbers_and_words_that_name_no_childs_age(
    catalogue: Catalogue, text: str, age: tuple[int, int]
) -> None:
    assert understand(text, catalogue).age == AgeRange(*age)
