"""Spoken and dialect requests say their need in their own words (stop 38, round 3).

Münsterland and Ruhr words for a girl ("dat Wicht", "dat Mäken") and for talking ("kuiert mit
keinem"), the pronoun run into the copula after an age ("acht is se", "sieben isser"), idioms of
distress ("durch den Wind", "neben der Spur", "nicht mehr er selbst"), money asked of an office
whatever it is for ("Geld vom Amt für Klamotten") and a mother-and-baby home ("Mutter-Kind-
Einrichtung") are read as the need they name. Look-alikes keep their reading: wind on a roof,
"Punkt 8 Uhr", a parent-child group.
"""

from __future__ import annotations

import pytest

from bot.assistant import Assistant

CASES = [
    # idioms of distress, dictated with spoken punctuation
    ("unser Kleiner is seit dem Umzuch total neben der Spur Punkt schläft nich isst nich Komma "
     "sieben isser Punkt wer kann da mal gucken in Kamen", (84, 95), "psychische_gesundheit"),
    ("nach dem Unfall sind die Kinner alle durch den Wind, dä Große is neun. Wat kann man da "
     "machen in Fröndenberg?", (108, 119), "psychische_gesundheit"),
    ("mein Sohn zwölf Komma is nich mehr er selbst seit der Scheidung Komma zieht sich total "
     "zurück Punkt gibbet in Selm wen für sowat", (144, 155), "psychische_gesundheit"),
    ("ja hallo Komma nach dem Brand im Hochhaus in Königsborn Komma die Kinder sind alle total "
     "durch den Wind Punkt gibbet da wat für Kinder die so wat erlebt ham", None,
     "psychische_gesundheit"),
    # Münsterland girl and talking, the age after the noun
    ("dat Wicht, acht is se, kommt nich mehr zum Training, kuiert mit keinem. Gibt's wen in "
     "Selm, der mit so 'nem Kind mal redet?", (96, 107), "psychische_gesundheit"),
    ("dat Mäken, zehn is se, redet mit keinem mehr seit der Oppa tot is. Gibbet wen in Unna?",
     (120, 131), "psychische_gesundheit"),
    ("dat Wicht is vier un kuiert kaum Punkt wat gibbet in Werne", (48, 59), "sprachfoerderung"),
    # money from the office, whatever it is for
    ("dat Mädchen wird nächsten Monat zwei Komma der Junge is fünf Punkt die brauchen Geld vom "
     "Amt für Klamotten Komma wo gehnse da hin Punkt Weddinghofen", None, "but_finanzen"),
    ("Geld vom Amt für Nachhilfe, der Jung is zehn un packt Mathe nich, Bönen", (120, 131),
     "but_finanzen"),
    # a mother-and-baby home is help with upbringing
    ("Sgl. 4 Mon., KM 17 J., lebt bei ihrer Mutter in Fröndenberg-Langschede. "
     "Mutter-Kind-Einrichtung / JA-Hilfe prüfen.", (4, 4), "hilfen_zur_erziehung"),
    # look-alikes
    ("Der Wind hat unser Dach abgedeckt, wir brauchen Hilfe für die Familie mit Baby 3 Monate "
     "in Unna", (3, 3), "fruehe_hilfen"),
    ("Mutter-Kind-Gruppe in Unna, Baby 5 Monate", (5, 5), "eltern_kind_gruppen"),
    ("Punkt 8 Uhr fängt die OGS an, gibt es in Schwerte eine Betreuung für mein Kind (7) vorher?",
     (84, 95), "ogs_ganztag"),
]


@pytest.mark.parametrize(("text", "age", "topic"), CASES)
def test_spoken_need_in_own_words(assistant: Assistant, text: str,
                                  age: tuple[int, int] | None, topic: str) -> None:
    answer, _session = assistant.respond(text)
    request = answer.request
    if age is not None:
        assert request.age is not None and (request.age.low, request.age.high) == age
    assert topic in request.topics[:3]


def test_wind_on_a_roof_is_no_distress(assistant: Assistant) -> None:
    answer, _session = assistant.respond(
        "Der Wind hat unser Dach abgedeckt, wir brauchen Hilfe für die Familie mit Baby 3 "
        "Monate in Unna")
    assert "psychische_gesundheit" not in answer.request.topics
