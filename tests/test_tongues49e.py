"""Oromo and Croatian ages and language wishes in a German message (tongues49e).

Oromo community guides and Croatian-speaking counsellors write "Mucaan waggaa torba", "daa'imni
ji'a afur", "Ulfaa ji'a torba", "Intalli waggaa kudha lama" or "Najmlađi ima 3, najstarija 12"
and ask for "Afaan Oromoo". Without the `[om]` section of `bot/data/foreign.toml` Oromo ages were
lost or taken from a German number nearby; the Turkish apostrophe endings ate Oromo "ji'a"
(`foreign_apostrophes`), and a list after a unit joined by "fi" kept only its first number.
The sentences are new ones, read through the whole assistant.
"""

from __future__ import annotations

import pytest

from bot.assistant import Assistant

_AGES = [
    # Oromo: the unit before its number, "kudha …" tens and ones, apostrophes inside words
    ("Mucaan waggaa saddeet, dubbisuu hin danda'u. Lernförderung in Bönen?", (96, 107)),
    ("Intalli waggaa kudha sadii, Handy die ganze Nacht. Medienberatung Werne?", (156, 167)),
    ("Ilmi koo waggaa jaha, Einschulung im Sommer, Holzwickede", (72, 83)),
    ("Daa'imni ji'a shan, boo'a halkan guutuu. Schreibaby-Beratung Kamen?", (5, 5)),
    ("Intala torban lama, haati dadhabde. Frühe Hilfen Selm?", (0, 0)),
    # a list after one unit, joined by "fi"; a mother's bare age beside her baby's
    ("Daa'imman: waggaa 4 fi 8. Familienzentrum in Unna?", (48, 107)),
    ("Haati 19, ilmi ji'a torba, kein Geld für Windeln. Bergkamen", (7, 7)),
    # pregnancy, with its month after "ulfa"
    ("Ulfaa ji'a saddeet, Hebamme fehlt. Kamen", (-9, -1)),
    ("Haadha ulfaa, kein Geld für Babysachen, Lünen", (-9, -1)),
    # Croatian: the youngest and the eldest of several children
    ("Petero djece, najmlađa ima 1, najstariji 14. BuT-Beratung in Schwerte?", (12, 179)),
]


@pytest.mark.parametrize(("text", "age"), _AGES)
def test_the_childs_age_is_read(assistant: Assistant, text: str, age: tuple[int, int]) -> None:
    request = assistant.respond(text)[0].request
    assert request.age is not None and (request.age.low, request.age.high) == age


@pytest.mark.parametrize("text", [
    "Beratung in Afaan Oromoo für eine Familie in Selm? Mucaan waggaa shan.",
    "Familienhebamme gesucht, haati Afaan Oromoo qofa dubbatti. Daa'imni torban sadii, Werne",
    "Elterngespräch Afaan Oromootiin möglich? Ilmi waggaa kudhan, Lünen",
])
def test_afaan_oromoo_is_a_wish(assistant: Assistant, text: str) -> None:
    assert assistant.respond(text)[0].request.languages == ("om",)


@pytest.mark.parametrize(("text", "age"), [
    # a father's age, unpaid rent of two months: the child's age is the one told of the child
    ("Abbaan waggaa 41, hojii dhabe. Intalli waggaa kudhan, BuT Unna", (120, 131)),
    ("Kiraa ji'a sadii hin kaffalle, Sohn 11, Schulsozialarbeit Kamen", (132, 143)),
])
def test_a_parents_age_or_a_debt_is_not_the_childs(assistant: Assistant, text: str,
                                                    age: tuple[int, int]) -> None:
    request = assistant.respond(text)[0].request
    assert (request.age.low, request.age.high) == age


@pytest.mark.parametrize("text", [
    # Turkish endings after an apostrophe are still dropped ("Kamen'de": in Kamen)
    "Kızım 6 yaşında, Kamen'de okula başlıyor. Übergang Kita-Schule",
])
def test_turkish_endings_still_drop(assistant: Assistant, text: str) -> None:
    request = assistant.respond(text)[0].request
    assert request.place == "kamen" and (request.age.low, request.age.high) == (72, 83)
