"""Unsure ages told in Scottish Gaelic, Sesotho and Kashmiri; a writer's two guesses (tongues56a).

Hearing screeners, family midwives and doctors write what an unsure parent said: "ceithir
bliadhna… no còig?", "aon bhliadhna deug no dà bhliadhna dheug", "lesea la dikgwedi tse pedi
kapa tse tharo", "ژور ؤری، شاید پانٛژ". Without the `[gd]`, `[st]` and `[ks]` sections of
`bot/data/foreign.toml` none of these ages was read. Two guesses join by a section's `hedges`
before the unit, after it (`foreign_after_unit`) or bare, and are written "4 oder 5 Jahre", the
span German reads. A parent's age is never cut to a child's, the sections' short words ("no",
"air", "le", "tse", "se") are no German words or numbers outside their frames, and a language
named as the family's is no wish while a fallback ("Sonst ginge auch Englisch") is one. New
sentences, read through the understanding API.
"""

from __future__ import annotations

import pytest

from bot.catalogue import Catalogue
from bot.dialogue.phrases import is_courtesy
from bot.understanding import understand
from bot.understanding.foreign import germanise

_AGES = [
    # Scottish Gaelic: the noun inside the teen, lenition, two guesses before, after and bare
    ("Am balach, ceithir bliadhna… no còig? Logopädie in Unna", (48, 71)),
    ("an nighean aon bhliadhna deug no dà bhliadhna dheug, Mobbing, Kamen", (132, 155)),
    ("balach seachd bliadhna deug, sucht Ausbildung, Lünen", (204, 215)),
    ("leanabh ochd mìosan, no naoi – Krabbelgruppe Selm", (8, 9)),
    ("Leanabh, seachd seachdainean, 's dòcha ochd. Hebamme Werne", (1, 1)),
    ("nighean faisg air ceithir bliadhna a dh'aois, Kita Bönen", (42, 47)),
    ("am balach mu shia bliadhna, Einschulung, Schwerte", (72, 83)),
    ("Balach, sia no seachd bliadhna, Sportverein Holzwickede", (72, 95)),
    ("Kind trì, 's dòcha ceithir. Spielgruppe Fröndenberg", (36, 59)),
    ("leanabh dà mhìos no trì mìosan, Frühe Hilfen Kamen", (2, 3)),
    # Sesotho: the unit first, the noun class's concord, halves, tens, pregnancy's month
    ("lesea la dikgwedi tse nne kapa tse hlano, Babymassage Werne", (4, 5)),
    ("ngwana wa dilemo tse tharo le halofo, Kita Selm", (42, 42)),
    ("moshanyana wa dilemo tse leshome le metso e mene, mohlomong tse leshome le metso e "
     "mehlano. Jugendtreff Unna", (168, 191)),
    ("ngwanana o na le dilemo tse robedi kapa tse robong, OGS Kamen", (96, 119)),
    ("lesea, kgwedi e le nngwe. Familienhebamme Lünen", (1, 1)),
    ("lilemo tse peli, ngoana ha a bue, Sprachförderung Bergkamen", (24, 35)),
    ("Mme o imile, kgwedi ya bosupa. Hebamme Unna", (-9, -1)),
    # Kashmiri: its numbers, units and digits, "maybe" and "or"
    ("لڑکہ شیٚ ؤری یا ستھ ؤری, Kita Unna", (72, 95)),
    ("Baby ۴ ریٚتھ، شاید ۵, Krabbelgruppe Kamen", (4, 5)),
    ("کوٗر باہ ؤری, Mobbing, Schwerte", (144, 155)),
    ("شُر شاید ۷ ؤری, Nachhilfe Lünen", (84, 95)),
    ("Jugendliche 'شاید ۱۵' – Ausbildungsplatz, Unna", (180, 191)),
]


@pytest.mark.parametrize(("text", "age"), _AGES)
def test_the_childs_age_is_read(catalogue: Catalogue, text: str, age: tuple[int, int]) -> None:
    found = understand(text, catalogue).age
    assert found is not None and (found.low, found.high) == age


_LOOKALIKES = [
    # a parent's age told in the language beside the child's is never cut to a child's
    ("Màthair dà fhichead bliadhna, an nighean ceithir bliadhna, Kita Unna", (48, 59)),
    ("Athair trithead bliadhna, balach naoi bliadhna, Fußball Kamen", (108, 119)),
    ("Mme wa dilemo tse mashome a mararo, ngwana wa dilemo tse hlano, Kita Lünen", (60, 71)),
    ("ماجہِ ۳۵ ؤری، شُر ۶ ؤری – Erziehungsberatung Unna", (72, 83)),
]


@pytest.mark.parametrize(("text", "age"), _LOOKALIKES)
def test_a_parents_age_or_a_count_keeps_the_childs(
    catalogue: Catalogue, text: str, age: tuple[int, int]
) -> None:
    found = understand(text, catalogue).age
    assert found is not None and (found.low, found.high) == age


def test_a_second_number_that_counts_something_else_is_no_guess() -> None:
    text = "balach còig bliadhna, no 2 Geschwister, Kita Werne"
    assert germanise(text) == "Junge 5 Jahre, no 2 Geschwister, Kita Werne"


@pytest.mark.parametrize("text", [
    "No, das Kind ist nicht da.",
    "Er war air conditioned, sagt er.",
    "Le Kind se tse o na.",
    "Sia kommt um 4, no problem.",
    "Kind 4 Jahre, oder 5 Minuten später",
])
def test_short_words_stay_german_outside_their_frames(text: str) -> None:
    assert germanise(text) == text


_LANGUAGES = [
    ("Spielgruppe auf Gàidhlig? Sonst ginge auch Englisch. Leanabh dà bhliadhna, Werne",
     ("en", "gd")),
    ("Beratung sa Ghàidhlig, nighean sia bliadhna, Unna", ("gd",)),
    ("Beratung auf Schottisch-Gälisch, Kind 5, Kamen", ("gd",)),
    ("Erziehungsberatung ka Sesotho kapa ka Senyesemane? ngwana wa dilemo tse hlano, Bönen",
     ("en", "st")),
    ("Beratung auf Süd-Sotho, Kind 4, Selm", ("st",)),
    ("Erziehungsberatung auf Kaschmiri möglich? شُر ۷ ؤری, Unna", ("ks",)),
    # a language the family speaks asks for nothing
    ("Familie spricht Gàidhlig und Englisch, balach trì bliadhna, Kita Kamen", ()),
    ("Familie spricht Sesotho, ngwana wa dilemo tse pedi, Kita Unna", ()),
    ("Familie spricht Kaschmiri und Urdu. کوٗر دہ ؤری, Nachhilfe Kamen", ()),
]


@pytest.mark.parametrize(("text", "languages"), _LANGUAGES)
def test_an_asked_language_is_a_wish(catalogue: Catalogue, text: str,
                                     languages: tuple[str, ...]) -> None:
    assert tuple(sorted(understand(text, catalogue).languages)) == languages


def test_the_place_after_a_hyphenated_language_name_is_not_read() -> None:
    assert "Süd" not in germanise("Beratung auf Süd-Sotho")


@pytest.mark.parametrize("text", ["Tapadh leibh!", "Mòran taing", "Ke a leboha haholo",
                                  "شُکریہ"])
def test_thanks_are_courtesy(text: str) -> None:
    assert is_courtesy(text)
