"""Minutes48: a school's minutes and forms — item numbers, votes and class counts are no ages,
a class told in a school's notation is the grade. What a user relies on: the age the assistant
reads from "TOP 4: 1. Schüler J. (12) … 2. … 3. …" is the pupil's, a tally "(Beschluss 9:0:1)"
or "3 Klassen (je 28 SuS)" names no child, and "M. (5c)", "(Kl. 5)", "Jg. 6" name the class."""

from __future__ import annotations

import pytest

from bot.assistant import Assistant
from bot.understanding.age_minutes import minute_spans

CASES = [
    # a numbered minute: the items' numbers are no ages, the pupil's "(12)" is
    ("TOP 2 (intern): 1. Schüler K. (13) hat im Klassenchat Suizidgedanken geäußert. 2. Mutter ist "
     "informiert. 3. Auftrag: Krisenberatung, Wohnort Kamen.", (156, 167)),
    ("Besprechung: 1) Jonas (8) zündelt zu Hause 2) Mutter alleinerziehend 3) Hilfe zur "
     "Erziehung in Unna?", (96, 107)),
    # an agenda item's number is no class: "TOP 3 Klasse 5a" is class 5
    ("TOP 3 Klasse 6b: 1. seit Wochen Streit im Gruppenchat. 2. Beschluss: Medienworkshop für die "
     "ganze Klasse. Schulort Lünen.", (132, 143)),
    # a class in a school's notation after a pupil's initial or in brackets
    ("TOP 2: Schüler P. (7a) fehlt seit Ostern an 12 Tagen, Eltern nicht erreichbar. 2. Auftrag: "
     "Ansprechpartner Schulabsentismus in Bergkamen.", (144, 155)),
    ("TOP 1: 1. Schülerin E. (Kl. 8) nach Umzug stark abgefallen. 2. Eltern wünschen Nachhilfe. "
     "3. Wohnort Werne.", (156, 167)),
    ("Klassenkonferenz 7b, TOP 2: 1. Schülerin L. (7b) wird ausgegrenzt. 2. Klassenleitung bittet "
     "um ein Anti-Mobbing-Training. 3. Schulort Kamen.", (144, 155)),
    # a count of classes and pupils is no class
    ("TOP 5: Sexualerziehung Jg. 7 – Workshop für 4 Klassen (je 27 SuS) gesucht, Schulort Selm.",
     (144, 155)),
    # a vote names no child
    ("TOP 6: Fortbildung des Kollegiums zu Kinderschutz. Wer bietet das an? (Beschluss 11:0:2)",
     None),
    ("Ergebnis der Abstimmung (8 ja / 2 nein / 1 Enthaltung): Elternabend zu Cybergrooming, "
     "Anbieter im Kreis?", None),
    ("Streitschlichter-Ausbildung für den ganzen Jahrgang (5 Klassen), wer kommt an Schulen?",
     None),
    # a case conference's case number, dictated without a colon, is no age (stop 49)
    ("Fall 6 Familie in Kessebüren vier Kinder Mutter pflegt ihre eigene Mutter völlig überlastet "
     "Frage Entlastung", None),
    ("fall 3 junge spricht kaum kita sagt sprachförderung kamen", (36, 77)),  # the Kita's ages
    ("Fall 2: Schülerin (14) ritzt sich, Eltern informiert, Beratung in Unna?", (168, 179)),
    # … but "auf jeden Fall" before an age is the age
    ("Das Kind ist auf jeden Fall 3 Jahre alt und spricht kaum, Sprachförderung in Kamen?",
     (36, 47)),
    # look-alikes that must not change
    ("Kind (6) kommt nächsten Sommer in die Schule, Eltern unsicher. Beratung in Kamen-Methler?",
     (72, 83)),
    ("Sohn (12) einer Kollegin hat seit Wochen Panikattacken – Beratung in Unna?", (144, 155)),
    ("Für die Klassen 1–4 unserer Grundschule suchen wir Selbstbehauptungskurse in Lünen.",
     (72, 119)),
    ("3. Klasse, Junge, kann kaum lesen. Lernförderung in Schwerte?", (96, 107)),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_age_read_from_minutes(assistant: Assistant, text: str,
                               expected: tuple[int, int] | None) -> None:
    answer, _session = assistant.respond(text)
    age = answer.request.age
    if expected is None:
        assert age is None
    else:
        assert age is not None and (age.low, age.high) == expected


@pytest.mark.parametrize("text", [
    "1. klasse: tim braucht hilfe 2. klasse: ben auch",  # a list of classes keeps its grades
    "3. kind unterwegs, die grosse ist 4",  # a lone ordinal opening the text
    "sohn 5 ja, kita sucht platz",  # a lone "5 ja" is no vote
    "tochter (5) und sohn (6) brauchen einen platz",  # bracketed ages are no items
])
def test_no_minute_numbers(text: str) -> None:
    assert minute_spans(text) == ()
