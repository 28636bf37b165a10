"""Estonian, Slovenian and Burmese ages and languages in a German message (tongues50b).

Parents and interpreters write "tütar on viieaastane", "poeg 11-aastane", "beebi kolm kuud vana",
"hči stara štiri leta", "dojenček star dva meseca", "noseča, 18. teden", "သမီး ၅ နှစ်",
"သား လေးနှစ်", "ကိုယ်ဝန် ၅ လ", and ask "eesti keeles", "po slovensko", "auf Burmesisch", "auf
မြန်မာစကား". Without the `[et]`, `[sl]` and `[my]` sections of `bot/data/foreign.toml` these ages
were lost and the languages no wish; Burmese writes no spaces, so `foreign_myanmar` cuts its runs
into words first. The sentences are new ones, read through the whole assistant.
"""

from __future__ import annotations

import pytest

from bot.assistant import Assistant

_AGES = [
    # Estonian: the genitive number glued to "-aastane", digits with a hyphen, "kuud vana"
    ("Mu tütar on viieaastane ja ei räägi lasteaias. Sprachförderung in Kamen?", (60, 71)),
    ("Poeg on 11-aastane, schwänzt die Schule. Schulsozialarbeit in Bergkamen?", (132, 143)),
    ("Beebi on kolm kuud vana und schreit. Schreiambulanz in Lünen?", (3, 3)),
    ("Kaksikud on kaheaastased, Krabbelgruppe in Unna gesucht", (24, 35)),
    ("Rase naine, 30. nädal, ohne Hebamme in Werne", (-9, -1)),
    # Slovenian: "star"/"stara" then the number and a unit that changes with it
    ("Moj sin je star osem let, Lernförderung in Selm gesucht", (96, 107)),
    ("Hči stara štiri leta, Kita-Platz in Fröndenberg", (48, 59)),
    ("Dojenček star dva meseca, trinkt schlecht. Stillberatung in Holzwickede?", (2, 2)),
    ("dvojčka stara sedem mesecev, Krabbelgruppe in Werne", (7, 7)),
    ("Noseča je, 18. teden, sucht Schwangerschaftsberatung in Lünen", (-9, -1)),
    # Burmese: its own digits, number words glued to the unit, pregnancy months
    ("သမီး ၅ နှစ်, Kita-Platz in Kamen gesucht", (60, 71)),
    ("ကလေး ၆ လ, schläft nicht durch. Schlafberatung in Werne?", (6, 6)),
    ("သား လေးနှစ်, Sprachförderung in Schwerte?", (48, 59)),
    ("Eltern sauer: သားခုနစ်နှစ်, OGS in Fröndenberg", (84, 95)),
    ("ကိုယ်ဝန် ၅ လ, Hebamme in Bergkamen gesucht", (-9, -1)),
]


@pytest.mark.parametrize(("text", "age"), _AGES)
def test_the_childs_age_is_read(assistant: Assistant, text: str, age: tuple[int, int]) -> None:
    request = assistant.respond(text)[0].request
    assert request.age is not None
    if age == (-9, -1):  # pregnant: the months left are read only as far as the text tells
        assert request.age.high == -1 and request.age.low < 0
    else:
        assert (request.age.low, request.age.high) == age


_LANGUAGES = [
    ("Erziehungsberatung eesti keeles in Schwerte? Poeg on üheksa-aastane.", ("et",)),
    ("isa räägib ainult eesti keelt, poeg 10-aastane, sucht Beratung in Unna", ("et",)),
    ("Deklica stara šest let, Ängste. Beratung in Unna, gerne po slovensko.", ("sl",)),
    ("သား ၁၂ နှစ်, Erziehungsberatung in Lünen, auf Burmesisch wenn möglich.", ("my",)),
    ("ကလေး ၂ နှစ်. Er will Kita-Beratung auf မြန်မာစကား, Königsborn", ("my",)),
]


@pytest.mark.parametrize(("text", "languages"), _LANGUAGES)
def test_an_asked_language_is_a_wish(assistant: Assistant, text: str,
                                     languages: tuple[str, ...]) -> None:
    assert assistant.respond(text)[0].request.languages == languages


@pytest.mark.parametrize(("text", "age"), [
    # look-alikes: a German age beside a country, a mother's Estonian age, a negated language
    ("Familie aus Myanmar, Tochter 7 Jahre, Hausaufgabenhilfe in Unna", (84, 95)),
    ("Die Familie war in Estland, der Sohn ist 4 Jahre alt, Kita in Kamen", (48, 59)),
    ("Ema on 35-aastane, aga laps on kuueaastane. Erziehungsberatung in Holzwickede", (72, 83)),
])
def test_only_the_childs_age_counts(assistant: Assistant, text: str,
                                    age: tuple[int, int]) -> None:
    request = assistant.respond(text)[0].request
    assert request.age is not None and (request.age.low, request.age.high) == age
    assert request.languages == ()


def test_a_language_said_not_spoken_asks_for_nothing(assistant: Assistant) -> None:
    text = "Mutter spricht Deutsch, nicht Slowenisch, Kind 3 Jahre. Eltern-Kind-Gruppe in Selm?"
    assert assistant.respond(text)[0].request.languages == ()
