"""Ages in dialect, other languages and number-word lists (stop 37, round 2).

A spelt-out count before digit ages in a children field, Ruhr German school years ("inne
fünften"), a form field's quoted class ("'aus der Vierten'"), a time ago ("is getz acht Jahre
her"), a baby's months before a clause of its own about the mother ("und die sitzt nur zu
Hause"), a class after a Kurmancî boy's age ("lawik, 11, 6. Klasse") and an office's desk number
("Schalter 4"); look-alikes keep their reading.
"""

from __future__ import annotations

import pytest

from bot.assistant import Assistant
from tests.relevance import assert_age_read_and_offers_fit

CASES = [
    # a count in words, then as many ages in digits: the word is nobody's age
    ("Kinder: „zwei, 4 und 6“ Nachricht: „Mein Mann schlägt mich, die Kinder sehen das.“ "
     "Fröndenberg", (48, 83)),
    ("Anzahl Kinder: zwei – 3 und 6 Jahre. Familie sucht Eltern-Kind-Angebot in "
     "Unna-Königsborn.", (36, 83)),
    # Ruhr German school years and a quoted form field
    ("der tim is getz inne fünften anner gesamtschule in brambauer und wird gemobbt",
     (120, 131)),
    ("der bengel geht getz inne achte un schwänzt nur noch. schulsozialarbeit in unna?",
     (156, 167)),
    ("Kind: Grundschulkind, 'aus der Vierten'; Anliegen: Nachhilfe; Ort: Werne", (108, 119)),
    ("Notiz Schalter 4: Kind: Schulkind, 'aus der Zweiten'; OGS-Platz; Ort: Holzwickede",
     (84, 95)),
    # since when someone was known is no class now
    ("ich kenn den jung seit der ersten klasse, der is getz inne fünften, wird gemobbt. Lünen",
     (120, 131)),
    # a time ago is nobody's age
    ("dat is getz acht jahre her dat die große bei mir war. jessica is sieben und hat angst. "
     "Kamen", (84, 95)),
    ("Das ist jetzt 3 Jahre her, seitdem ist sie still. Tochter 6, Beratung in Unna?",
     (72, 83)),
    # the months stay the babies' when the next clause tells of the mother
    ("gibt et in lünen nen pekip für ne mama mit zwillingen die sind getz fünf monate und die "
     "sitzt nur zu hause", (5, 5)),
    # Kurmancî: the class after the boy's age is his class, not a second age
    ("Patenkind lawik, 11, 6. Klasse, braucht Hausaufgabenhilfe. Fröndenberg", (132, 143)),
    ("lawik 8, keçik 5 – em li Werne ne. sport ji bo zarokan li ku ye?", (60, 107)),
    # look-alikes that keep their reading
    ("Kinder: 2, 4, 6 Jahre alt. Wir suchen ein Familienzentrum in Unna.", (24, 83)),
    ("Wir wohnen seit 3 Jahren in Unna, Sohn 5 J., Kita-Platz gesucht.", (60, 71)),
    ("Baby ist in der 32. Woche geboren, jetzt 4 Monate alt. Frühförderung in Lünen?", (4, 4)),
    ("Sie ist 19 und hat ein Baby von 3 Monaten, braucht Hilfe in Selm.", (3, 3)),
    ("Urteil: 4 Jahre und 6 Monate Haft für den Vater, Kind 5, Beratung in Kamen", (60, 71)),
    ("Kinder: drei, 2, 5 und 9. Familienzentrum in Kamen gesucht.", (24, 119)),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_age_in_dialect_languages_and_lists(assistant: Assistant, text: str,
                                            expected: tuple[int, int]) -> None:
    answer, _session = assistant.respond(text)
    assert_age_read_and_offers_fit(answer, expected)
