"""Hausa and Finnish ages and languages in a German message (tongues49c).

Caretakers, nurses and Kita staff write "Yarinya, shekara goma sha biyu", "jariri (watanni
takwas)", "tana da ciki" or "Poika nelivuotias", "vauva 5 kk", "raskaana (rv 24)" and ask "mai
jin Hausa?" or "suomenkielistä Sprachförderung?". Without the `[ha]` and `[fi]` sections of
`bot/data/foreign.toml` the ages were lost or taken from a German number nearby. Hausa puts its
unit before the number (`units_first`, now also before a list: "shekara 1, 3 da 8") and is typed
with or without hooked letters (`bot.text.BASE_LETTERS`); Finnish glues the age into one word
(`age_adjectives` × `stems`). The sentences are new ones, read through the whole assistant.
"""

from __future__ import annotations

import pytest

from bot.assistant import Assistant

_AGES = [
    # Hausa: the unit before its number, "goma sha …" tens and ones, hooks typed or not
    ("Yarinya 'yar shekara goma sha ɗaya, ba ta da wurin karatu. Hausaufgabenhilfe in Kamen?",
     (132, 143)),
    ("Dan shekara goma sha hudu, yana shan wahala a makaranta. Schulsozialarbeit Lünen?",
     (168, 179)),
    ("Jaririya, watanni uku, tana kuka dare da rana. Schreibaby-Beratung in Unna?", (3, 3)),
    ("Jariri makonni uku, uwa ta gaji sosai. Frühe Hilfen Bönen?", (0, 0)),
    ("Tagwaye shekara biyar, Eltern suchen OGS in Holzwickede", (60, 71)),
    ("Mai ciki, watanni shida, ba ta da ungozoma. Hebamme in Kamen?", (-9, -1)),
    # two children, each with its unit, and a list after one unit
    ("Yara biyu (shekara uku da shekara bakwai), Mutter krank. Hilfe in Selm?", (36, 95)),
    ("Yaran: shekara 2, 6 da 9. Wer hilft mit BuT-Anträgen in Werne?", (24, 119)),
    # Finnish: the age glued into one word, singular, plural and genitive; "kk" months
    ("Tyttö kuusivuotias, aloittaa koulun. Übergang Kita-Schule in Kamen-Methler?", (72, 83)),
    ("Kaksoset nelivuotiaat, Sprachförderung in der Kita, Bönen", (48, 59)),
    ("Kolmevuotiaan pojan äiti kysyy Eltern-Kind-Gruppe in Holzwickede", (36, 47)),
    ("Poika kymmenvuotias, kiusattu koulussa. Gewaltprävention Fröndenberg?", (120, 131)),
    ("vauva 4 kk, itkee paljon — Schreiambulanz in Lünen?", (4, 4)),
    ("Vauva 9 kk, bei uns erst ab 12 Monaten. Tagespflege in Unna?", (9, 9)),
    ("Nuori 15-vuotias pelaa yöt läpi, Medienberatung Werne?", (180, 191)),
    ("Äiti on raskaana (rv 20), Schwangerschaftsberatung in Bergkamen?", (-9, -1)),
    # the digit beside the Finnish age is a count, not the child's ("3–4x")
    ("Poika viisivuotias wacht jede Nacht 3–4x auf. Wohin? Kamen", (60, 71)),
]


@pytest.mark.parametrize(("text", "age"), _AGES)
def test_the_childs_age_is_read(assistant: Assistant, text: str, age: tuple[int, int]) -> None:
    request = assistant.respond(text)[0].request
    assert request.age is not None and (request.age.low, request.age.high) == age


_LANGUAGES = [
    ("Mama tana da ciki, watanni bakwai. Ungozoma mai jin Hausa — akwai? Unna", ("ha",)),
    ("Poika viisivuotias. Onko suomenkielistä Sprachförderung in Werne?", ("fi",)),
    ("Tyttö 7 kk, Eltern-Kind-Gruppe suomeksi in Schwerte?", ("fi",)),
]


@pytest.mark.parametrize(("text", "languages"), _LANGUAGES)
def test_an_asked_language_is_a_wish(assistant: Assistant, text: str,
                                     languages: tuple[str, ...]) -> None:
    assert assistant.respond(text)[0].request.languages == languages


@pytest.mark.parametrize("text", [
    # a stay's length, a time past, and a mother's age are no child's age
    "Iyalin sun zo Jamus shekara biyu da suka wuce, Vater arbeitslos. BuT-Anträge in Kamen?",
    "Perhe on asunut Saksassa kolme vuotta, isä työtön. BuT-Beratung Lünen",
    "Perhe muutti kuusi kuukautta sitten, isä työtön. BuT-Beratung Lünen",
    "Mahaifiya 'yar shekara ashirin da biyu, alleinerziehend, Unterstützung in Lünen",
])
def test_no_childs_age_where_none_is_told(assistant: Assistant, text: str) -> None:
    assert assistant.respond(text)[0].request.age is None


def test_a_mothers_finnish_age_is_not_the_childs(assistant: Assistant) -> None:
    request = assistant.respond(
        "Äiti 36-vuotias, masentunut, Kind 4 Jahre. Hilfe für belastete Eltern in Kamen")[0]
    assert (request.request.age.low, request.request.age.high) == (48, 59)


def test_a_pregnancy_that_ended_is_no_pregnancy(assistant: Assistant) -> None:
    request = assistant.respond("Ei raskaana enää — vauva syntyi, 2 kk nyt. Hebamme Kamen")[0]
    assert (request.request.age.low, request.request.age.high) == (2, 2)


@pytest.mark.parametrize("text", [
    "kk thanks! 8 year old boy, reading problems, Lernförderung in Unna?",
    "Isa, 8 Jahre, Lernförderung in Unna?",
])
def test_english_kk_and_the_name_isa_keep_their_reading(assistant: Assistant, text: str) -> None:
    request = assistant.respond(text)[0].request
    assert (request.age.low, request.age.high) == (96, 107)
