"""Ages and places of session 20, as professionals write them: siblings' ages dictated without
commas, a player named by position, the age of all of a group, words that only end like a child
noun, a place for a born child beside a pregnancy; a place travelled to, a relative's town and
a generic word of another town are no home, and a short form before an age is a person.

Every sentence is fresh, written for the class it stands for, not copied from a set.
"""

from __future__ import annotations

import pytest

from bot.catalogue import Catalogue
from bot.models import AgeRange
from bot.understanding import understand

PREGNANT = (-9, -1)


@pytest.mark.parametrize(
    ("text", "age"),
    [
        # ages listed after the children without commas, as a voice memo gives them
        ("die kinder drei fünf und neun jahre brauchen alle einen arzt in unna", (36, 119)),
        ("bei der untersuchung zwei geschwister sechs acht und elf jahre ohne impfung", (72, 143)),
        ("Enkel 7 9 und 10 Jahre, die Oma sucht Nachhilfe in Werne", (84, 131)),
        # a player named by the position they play: the number after it is their age
        ("Torwart 14 kommt nicht mehr zum Training, zockt bis 2 Uhr nachts. Hilfe in Kamen?",
         (168, 179)),
        ("unser Kapitän 16 trinkt nach jedem Spiel, Beratung in Lünen?", (192, 203)),
        ("Libero 13 wird in der Kabine gemobbt", (156, 167)),
        ("Keeperin 12 hat Panikattacken vor Spielen", (144, 155)),
        # the age of all of a group after its size
        ("Ich betreue eine Gruppe von 7, alle 14, die ein Bewerbungstraining suchen", (168, 179)),
        ("We have a group of 12, all 15, who need a sports project in Bönen.", (180, 191)),
        ("Fünf Mädchen aus meiner AG, jeweils 13, wollen einen Selbstbehauptungskurs", (156, 167)),
        # a word that only ends like a child noun names a thing: its number is no age
        ("Baby 5 Monate, am Unterschenkel 2 Hämatome, Kinderschutz in Selm?", (5, 5)),
        ("Geschwisterkinder 6 und 9 suchen eine Gruppe in Unna", (72, 119)),
        # a place only a born child can take, beside a pregnancy: the born child's
        ("schwanger im 6. Monat, sucht Krippenplatz für ihren Sohn (1) in Bönen", (12, 23)),
        ("Mutter hamile, 3 yaşındaki kızı için kreş yeri arıyor, Kamen", (36, 47)),
        ("Schwanger 20. SSW, Tochter 2 geht in die Krabbelgruppe, sie sucht eine Hebamme",
         PREGNANT),
        # the month of a pregnancy after "schwanger" is nobody's age
        ("schwanger, 7. Monat, sucht Geburtsvorbereitung in Werne", PREGNANT),
    ],
)
def test_the_childs_age_as_professionals_write_it(catalogue: Catalogue, text: str,
                                                 age: tuple[int, int]) -> None:  # fmt: skip
    assert understand(text, catalogue).age == AgeRange(*age)


@pytest.mark.parametrize(
    "text",
    [
        "Nach Art. 15 der Satzung dürfen wir das nicht, wer berät Eltern in Unna?",
        "am Oberschenkel 2 blaue Flecken gesehen, wer berät bei Verdacht auf Misshandlung?",
        "Saison 3 unserer Elternabende startet, wer hält einen Vortrag zu Medien?",
    ],
)
def test_numbers_that_name_no_age(catalogue: Catalogue, text: str) -> None:
    assert understand(text, catalogue).age is None


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # a place someone travels to is no home when another is named
        ("Die Kinder wohnen in Overberge und wollen nicht jedes Mal bis Kamen fahren",
         "bergkamen-overberge"),
        ("in westhofen gibt es nix, die eltern müssen immer bis nach holzen fahren",
         "schwerte-westhofen"),
        ("Familie in Selm, sonst müsste die Mutter jeden Tag nach Lünen pendeln", "selm"),
        # where a relative outside the household lives is no home of the family's
        ("Kita in Fröndenberg gesucht, die Oma wohnt in Massen", "froendenberg"),
        ("Familie in Bönen, Kind 5, der Onkel lebt in Heeren", "boenen"),
        # a generic word naming a district of another town than the one named surely
        ("Jugendtreff in Lünen gesucht, der Trainer ist aus Horst", "luenen"),
        ("Familie aus Heil, Vater arbeitet in Kamen", "bergkamen-heil"),
        # a short form before an age in brackets is a person, not a clipped town
        ("Sch. (16), Wohnort bisher Kamen, braucht eine Bleibe", "kamen"),
        ("Pat. (4) aus Selm, Sprachförderung?", "selm"),
    ],
)
def test_the_familys_place_among_other_places(catalogue: Catalogue, text: str,
                                              place: str) -> None:  # fmt: skip
    assert understand(text, catalogue).place == place


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        # how many children, then how old they are: the count is no second age
        ("zwei Elfjährige aus meiner Klasse streiten ständig, Unna", 132, 143),
        ("drei 14-jährige kiffen in der Pause, Kamen", 168, 179),
        ("3 Sechsjährige brauchen einen Schwimmkurs in Selm", 72, 83),
        ("two 15-year-olds smoking weed behind the school, Kamen", 180, 191),
        # a list of ages stays a list
        ("Kinder 2 und 11 Jahre, Unna, Kita", 24, 143),
        ("bei drei geschwistern vier sechs und sieben jahre fast nichts geimpft, kamen", 48, 95),
    ],
)
def test_a_count_before_children_named_by_age(
    catalogue: Catalogue, text: str, low: int, high: int
) -> None:
    age = understand(text, catalogue).age
    assert age is not None and (age.low, age.high) == (low, high)
