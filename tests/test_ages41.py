"""Whose age, and when (issue 8, ages41).

A birth to come told with its verb last ("wenn das Baby erst im Oktober kommt"), in the passive
("Zwillinge werden im Juni erwartet") or by a due date of month and year ("ET 03/27", "ET
Febr.") is the unborn child, even when the father asks. A pregnancy told in a past tense ("hat in
der Schwangerschaft getrunken") is the born child's history: the child now is the one the offers
must fit, or a Frühförderung for a two-year-old is shown as pregnancy care.
"""

from __future__ import annotations

import pytest

from bot.text import clean, fold
from bot.understanding.age import read_age
from bot.understanding.dictation import undictate


def _age(text: str) -> list[int] | None:
    reading = read_age(fold(clean(undictate(text))).strip())
    return reading.age.as_list() if reading.age else None


@pytest.mark.parametrize(("text", "age"), [
    # a birth to come, told with the verb last or in the passive
    ("Ab wann Krippenplatz anmelden, wenn das Baby erst im Oktober kommt? Holzwickede", [-9, -1]),
    ("ab wann kann man ein kind für die kita anmelden wenn es erst im mai geboren wird", [-9, -1]),
    ("Zwillinge werden im Juni erwartet, die große Schwester ist 4. Familienhebamme in Schwerte?",
     [-9, -1]),
    ("Das Kind wird voraussichtlich im März erwartet, Mutter allein. Kamen", [-9, -1]),
    # a due date as month and year, or a month abbreviated with a full stop
    ("KV meldet sich: Trennung noch in der SS, ET 03/27, will Umgang klären. Werne", [-9, -1]),
    ("Anfrage KV: Trennung während der SS, Sorgerecht klären, ET Febr. Wohnt Geisecke.", [-9, -1]),
    # a pregnancy told in a past tense: the child born since
    ("Die Mutter hat in der Schwangerschaft viel getrunken, das Kind ist jetzt 2 J. und "
     "entwicklungsverzögert. Frühförderung in Unna?", [24, 35]),
    ("Mutter war während der Schwangerschaft drogenabhängig, Sohn 4, sehr unruhig. Bönen",
     [48, 59]),
    ("in der Schwangerschaft geraucht, Baby 3 Monate, trinkt schlecht, Lünen", [3, 3]),
    # a pregnancy now stays one
    ("Mutter ist in der Schwangerschaft sehr ängstlich, braucht Hebamme, Unna", [-9, -1]),
    ("wenn es im Sommer kommt, wird Kind 5 eingeschult", [60, 71]),
])
def test_when_the_child_is_born(text: str, age: list[int] | None) -> None:
    assert _age(text) == age


@pytest.mark.parametrize(("text", "age"), [
    # a setting that implies the age when no number is given
    ("Eine Konfirmandin hat mir anvertraut, dass sie zu Hause geschlagen wird. Unna-Massen",
     [156, 179]),
    ("unsere Konfis fragen nach einem Abend zu Liebe und Sexualität, Bönen", [156, 179]),
    ("Berufsschüler kifft jeden Tag und fehlt ständig. Bergkamen", [192, 251]),
    # (stages58) the year of training told beside it says it closer: 16 to 18 in the first year
    ("Berufsschüler im ersten Lehrjahr kifft jeden Tag und fehlt ständig. Bergkamen", [192, 227]),
    ("Elternabend für die Eltern der Kommunionkinder zum Thema Medien, Werne", [96, 119]),
    # a number beside the setting still says it closer
    ("Ein Konfirmand (14) ist schwul, Beratung in Bergkamen?", [168, 179]),
    ("Berufsschülerin, 19, schwanger, Kamen", [-9, -1]),
])
def test_a_setting_implies_the_age(text: str, age: list[int] | None) -> None:
    assert _age(text) == age


@pytest.mark.parametrize(("text", "age"), [
    # a big brother or sister jealous of, or hurting, the baby is the child the parents ask for
    ("Baby 5 Wo., großer Bruder 3 J. ist eifersüchtig und tritt nach dem Baby. Elternkurs? Bönen",
     [36, 47]),
    ("Cappenberg: Baby 2 Wo., große Schwester 3 J. eifersüchtig, haut das Baby. Elternkurs",
     [36, 47]),
    # a need of the baby's own keeps the baby
    ("Baby 3 Mon. schreit viel, große Schwester 4 J. eifersüchtig. Schreiambulanz?", [3, 3]),
    ("Baby 6 Wo., Schwester 5 J., Mutter sucht eine Hebamme, Kamen", [1, 1]),
])
def test_which_sibling_the_need_points_at(text: str, age: list[int] | None) -> None:
    assert _age(text) == age


@pytest.mark.parametrize(("text", "age"), [
    # a client's file line: her own age first; her own schooling or training is asked about
    ("Kl. 18 J., Sohn 9 Mon., kein Schulabschluss – will HSA nachholen. Schwerte-Holzen",
     [216, 227]),
    ("TN 20 J., alleinerz., Kind 1 J., sucht Ausbildung in Teilzeit – wer berät? Unna",
     [240, 251]),
    # care for the child asked, the child's age
    ("Kl. 19 J., To. 2 J., beginnt Ausbildung, braucht Betreuung für die Kleine. Kamen", [24, 35]),
    ("Kl. 17 J., Sohn 4 Mon., sucht Krippenplatz, weil sie eine Ausbildung beginnen will, Unna",
     [4, 4]),
    # "Kl. 9" is a class, no client
    ("Schülerin Kl. 9 ritzt sich, Eltern wollen nichts tun, Kamen", [168, 179]),
])
def test_a_clients_own_age_in_file_shorthand(text: str, age: list[int] | None) -> None:
    assert _age(text) == age


@pytest.mark.parametrize(("text", "age"), [
    # a class and an age dictated as two bare numbers: the age, when the class fits it
    ("eine schülerin aus der acht vierzehn will nicht mehr zur schule gehen punkt "
     "schulsozialarbeit in schwerte fragezeichen", [168, 179]),
    ("ein schüler aus der zehn sechzehn will abbrechen, wer berät in Kamen?", [192, 203]),
    # two numbers that are no class and age stay a question
    ("ein schüler aus der zehn drei will abbrechen, Kamen", None),
])
def test_a_dictated_class_before_the_age(text: str, age: list[int] | None) -> None:
    assert _age(text) == age
