"""Place names that are also ordinary words, as session 45's fresh set and probes showed them
(`tests/data/places45/`): "Kamen" first in its clause as the verb ("Kamen gestern zu mir"),
"Heil" before a participle ("Heil angekommen"), "Massen an …" as a quantity, a verb written small
among capitals ("Mütter kamen zahlreich") and a first name after "heißt" or before "fragt" are
no place; a
preposition of place before the same words keeps them places.
"""

from __future__ import annotations

import pytest

from bot.catalogue import Catalogue
from bot.understanding import understand
from bot.understanding.places import resolve_place


@pytest.mark.parametrize("text", [
    "Kamen gestern zu mir: Mutter und Sohn 6, Sohn stottert stark.",
    "Kamen die Eltern schon zur Beratung? Kind 8, ADHS.",
    "kamen ohne jacke in die schule, kinder 7 und 9",
    "Heil angekommen sind sie, Sohn 5, spricht kaum Deutsch.",
    "Er hat Massen an Hausaufgaben, 10 Jahre, braucht Hilfe beim Lernen.",
    "Massen von Mails, sorry. Kind 3 spricht nicht, Frühförderung?",
    "Zum Glück ist der Junge (11) heil geblieben, aber er hat Angst vor dem Schulweg.",
    "Beide Jungs kamen heil an, aber Tochter 9 hat Albträume seit dem Unfall.",
    "Mütter kamen zahlreich zum Elternabend, Thema Medien, Klasse 5",
    "Vater heißt Horst, Sohn 12, zockt nur noch.",
    "Horst fragt, ob es Nachhilfe gibt, Sohn 13 Mathe.",
    "Horst meldet sich wegen seiner Enkelin (5), sie lebt bei ihm.",
])
def test_an_ordinary_word_is_no_place(catalogue: Catalogue, text: str) -> None:
    result = resolve_place(text, catalogue.gazetteer)
    assert result.place is None and not result.candidates


@pytest.mark.parametrize(("text", "expected"), [
    ("wir wohnen in kamen, sohn 3, braucht sprachförderung", "kamen"),
    ("Familie aus Heil, Tochter 4, sucht dringend einen Kitaplatz.", "bergkamen-heil"),
    ("Mutter wohnt in Massen, Baby 6 Monate, sucht eine Krabbelgruppe.", "unna-massen"),
    ("Sie kamen aus Kamen zu uns in die Praxis nach Unna, Kind 5 Jahre.", "kamen"),
    ("Familie in Heeren, Zwillinge 1 Jahr, die Mutter ist völlig erschöpft.",
     "kamen-heeren-werve"),
    ("Kamen, Kind 4, Sprachförderung", "kamen"),
    ("Horst, Kind 4, Kita?", "werne-horst"),
    ("Familie in Horst, Kind 4, Kita?", "werne-horst"),
    ("Kamen: Mutter sucht Krabbelgruppe, Baby 5 Monate", "kamen"),
    ("aus Heil an die Gesamtschule gewechselt, Sohn 12, Mobbing", "bergkamen-heil"),
    ("Die Mutter hat Massen an Post vom Jobcenter, Baby 4 Monate, sie wohnt in Methler.",
     "kamen-methler"),
])
def test_the_place_stays_the_place(catalogue: Catalogue, text: str, expected: str) -> None:
    assert resolve_place(text, catalogue.gazetteer).place == expected


@pytest.mark.parametrize("text", [
    "Merhaba, Kamen'de Türkçe anne-bebek grubu var mı? Baby ist 6 Monate",
    "Kızım 16, Ausbildungsplatz arıyor. Kamen'de Türkçe konuşan Ausbildungsberatung var mı?",
])
def test_a_town_read_into_german_stays_the_town(catalogue: Catalogue, text: str) -> None:
    """ "Kamen'de Türkçe" is read into German as "Kamen auf Türkisch": a preposition after the
    clause's first word proves no verb."""
    assert understand(text, catalogue).place == "kamen"
