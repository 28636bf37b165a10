"""Numbers49: a household's living conditions are full of numbers that are no age — dwellings
and rooms ("Container 4", "Häusern 10–14", "2½ Zimmern", "4-Zimmer-Wohnung"), shifts and clock
times ("Spätschicht 14–22.30", "Schulzeit 8 bis 13", "8-1", "6 bis 14 und 14 bis 22"), compounds
("3-Schicht") and a month ("Anmeldung für 08/…"). What a user relies on: the child's age told
beside them is the one read, and none is made up from them; real ages beside such numbers stay."""

from __future__ import annotations

import pytest

from bot.assistant import Assistant


def _age(assistant: Assistant, text: str) -> tuple[int, int] | None:
    answer, _session = assistant.respond(text)
    age = answer.request.age
    return None if age is None else (age.low, age.high)


@pytest.mark.parametrize(("text", "age"), [
    ("Familie wohnt im Containerdorf, Container 7, Tochter 9 Jahre hat Albträume. Bergkamen",
     (108, 119)),
    ("Wohnblock 12, Aufgang 3: Junge, 5 Jahre, spricht kaum. Sprachförderung in Lünen?", (60, 71)),
    ("Fünf Personen in 2½ Zimmern, 61 m², die Tochter 14 J. hat keinen Platz zum Lernen. Unna",
     (168, 179)),
    ("Die Familie lebt mit 5 Geschwistern in 2 Zimmern, Sohn 8 J. braucht Hausaufgabenhilfe, Kamen",
     (96, 107)),
    ("Eltern im 3-Schicht-System, Mädchen 4 Jahre schläft schlecht, Kamen-Methler", (48, 59)),
    ("Mutter Spätschicht 14–22.30, Sohn 7 J. allein nach der OGS, Bönen", (84, 95)),
    ("Vater arbeitet Schicht 6 bis 14 und 14 bis 22, Tochter 3 J., Kita mit langen Zeiten in "
     "Werne?", (36, 47)),
    ("Schulzeit 8 bis 13 reicht nicht, Kind 2. Klasse, OGS in Selm?", (84, 95)),
])
def test_living_numbers_leave_the_childs_age(assistant: Assistant, text: str,
                                             age: tuple[int, int]):
    assert _age(assistant, text) == age


@pytest.mark.parametrize("text", [
    "Kinder aus den Häusern 10–14 haben nachmittags nichts zu tun, gibt es Freizeitangebote in "
    "Schwerte?",
    "Familie in einer 4-Zimmer-Wohnung in Lünen, Miete 780 €, Schulden — wer berät?",
    "Familie aus Container 4 in Werne braucht Hilfe beim Wohngeldantrag",
])
def test_living_numbers_alone_name_no_age(assistant: Assistant, text: str):
    assert _age(assistant, text) is None


@pytest.mark.parametrize(("text", "age"), [
    ("Sohn 4 J., Wohnung 2. OG, er redet kaum. Sprachförderung in Bönen?", (48, 59)),
    ("Kinder (3 + 5) leben bei der Oma, Mutter in Haft. Unterstützung in Unna?", (36, 71)),
    ("Zwillinge, 11 Mon., Mutter im Schichtdienst, Tagesmutter in Lünen gesucht", (11, 11)),
    ("Ferienfreizeit für Kinder 8-12 in Kamen?", (96, 155)),
    ("ein 6-jähriger Junge aus dem Frauenhaus braucht einen Schulplatz, Unna", (72, 83)),
    ("Mädchen 3 Jahre, abgeholt von der Tante (16 J.), Kita in Bönen", (36, 47)),
])
def test_look_alikes_keep_their_age(assistant: Assistant, text: str, age: tuple[int, int]):
    assert _age(assistant, text) == age
