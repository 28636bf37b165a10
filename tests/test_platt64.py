"""Westphalian/Münsterland Platt and Ruhr German as locals type it (stop 42).

A Küsterin or a neighbour writes the child's age with Platt number words and units ("söwwen
Joahr", "acht Maond", "drüttein Joahr", "de twee Jungs (sess un niegen)", Ruhr "ellef") and the
need with Platt verbs ("schleit alle annern", "kloppt sick"): the ages and needs are read as
their German words are. Look-alikes in standard German keep their reading, and a Platt form one
edit from a German word ("fief": tief, "tein": kein) is a number only before a unit.
"""

from __future__ import annotations

import pytest

from bot.assistant import Assistant

CASES = [
    ("Tach, in Villigst (Schwerte) is en Wicht, söwwen Joahr, dat sitt nomiddags alleen to Huus. "
     "Gifft et Betreuung no de Schole?", (84, 95), "ogs_ganztag"),
    ("Moin, in Werne-Stockum wuohnt ne Familie, de Dochter is söwwentein Joahr un häw kin "
     "Utbildungsplatz. Gifft et dor wat för junge Lüe?", (204, 215), "schule_beruf"),
    ("In Altendorf bi Fröndenberg is en Lütten, elwen Joahr, de kloppt sick jeden Dag up'n "
     "Schoolhoff. Gifft et dor wat gegen Gewalt?", (132, 143), "gewaltpraevention"),
    ("Ne junge Mooder ut Hemmerde, ähr Wicht is acht Maond olt un schreit de ganze Nacht. Wat "
     "gifft et för so'n Schreikind?", (8, 8), "schreibaby_schlaf"),
    ("Goden Dag, en Mäken ut Wethmar, dättein Joahr, is siet Weeken so trurig. Wo gifft et "
     "Hülpe för de Seele?", (156, 167), "psychische_gesundheit"),
    ("Mine Nichte in Schwerte-Holzen häw sick trennt, de twee Jungs (sess un niegen) wüllt nich "
     "mehr no'n Vader. Gifft et Familienberatung?", (72, 119), "erziehungsberatung"),
    ("Ne Mooder met dree Kinner in Bönen – een Joahr, veer un söwwen. De Vader is weg. Wat "
     "gifft et för Alleinerziehende?", (12, 95), "alleinerziehende_entlastung"),
    ("Hömma, in Lünen-Süd wohnt ne Omma mit zwei Blagen, der Kleene is sechse, die Große ellef. "
     "Gibbet wat Geld fürt Mittagessen?", (72, 143), "but_finanzen"),
    ("De Frau in Opherdicke vertellt, ähren Jungen (acht Joahr) schleit in de Schole alle annern "
     "un is vergrellt. Gifft et Beratung för Öllern?", (96, 107), "gewaltpraevention"),
    # look-alikes in standard German
    ("Mein Sohn ist 7, er schläft schlecht ein und hat nachts Angst. Wir wohnen in Kamen-Mitte. "
     "Wer berät uns?", (84, 95), "erziehungsberatung"),
    ("Meine Tochter (12) will im Sommer in Schwerte in ein Ferienlager. Gibt es Zuschüsse?",
     (144, 155), "but_finanzen"),
]


@pytest.mark.parametrize(("text", "age", "topic"), CASES)
def test_platt_age_and_need(assistant: Assistant, text: str, age: tuple[int, int],
                            topic: str) -> None:
    answer, _session = assistant.respond(text)
    request = answer.request
    assert request.age is not None and (request.age.low, request.age.high) == age
    assert topic in request.topics[:3]


@pytest.mark.parametrize("text", [
    "Das Kind ist tief traurig, es fief hin und weinte, Unna",
    "Die Familie hat kein Geld und tein Auto, wir wohnen in Kamen, gibt es Hilfe?",
    # "söben" folds to "soeben" (just now): a number only before a unit, never in prose
    "Ich habe soeben mit dem Vermieter gesprochen: die Familie in Kamen braucht Hilfe",
    "Soeben hat die Mutter angerufen, die Familie in Unna braucht Hilfe bei Schulden",
])
def test_near_german_forms_are_no_age(assistant: Assistant, text: str) -> None:
    answer, _session = assistant.respond(text)
    assert answer.request.age is None
