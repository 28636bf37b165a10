"""Ages, needs and wishes told in Chichewa, Kabyle and Standard Moroccan Tamazight (tongues57b).

Reading mentors, coaches and parents' guides pass on what children and mothers say: "mtsikana wa
zaka zisanu ndi zitatu" (a girl of eight: five and three), "taqcict, tam iseggasen", "mraw d sin
iseggasen" (12), "ⵜⴰⴼⵔⵓⵅⵜ ⵜⵥⴰ ⵉⵙⴳⴳⵯⴰⵙⵏ" (a girl of nine). Without the `[ny]`, `[kab]` and `[zgh]`
sections of `bot/data/foreign.toml` none of these ages was read. Tamazight's section is written
in Latin letters and read in Tifinagh too (`foreign_tifinagh`), with or without the mark ⵯ and
with an emphatic letter as its plain one. A parent's age is never cut to a child's, the short
words ("sa", "tam", "sin", "d", "n", "ana", "mayi") are no numbers or German words outside their
frames, a language reported is no wish while "m'Chichewa", "s teqbaylit", "ⵙ ⵜⵎⴰⵣⵉⵖⵜ" are, and
thanks in the three languages are thanks. New sentences, read through the understanding API.
"""

from __future__ import annotations

import re

import pytest

from bot.catalogue import Catalogue
from bot.dialogue.phrases import is_courtesy
from bot.understanding import understand
from bot.understanding.foreign import germanise
from bot.understanding.foreign_tifinagh import tifinagh_marks, to_tifinagh

_AGES = [
    # Chichewa: the unit first, its class's number, six to nine and the teens added with "ndi"
    ("mnyamata wa zaka zisanu ndi ziwiri, OGS in Kamen?", (84, 95)),
    ("mtsikana ali ndi zaka khumi ndi zitatu, Mobbing, Unna", (156, 167)),
    ("khanda la miyezi isanu ndi itatu, Krabbelgruppe Selm", (8, 8)),
    ("mwana wakhanda, masabata atatu, Hebamme Werne", (0, 0)),
    ("mwana wazaka zinai, Kita Bönen", (48, 59)),
    ("mwana wa zaka zitatu kapena zinayi, Spielgruppe Lünen", (36, 59)),
    ("chaka chimodzi ndi miyezi itatu, mwana sayenda – Frühförderung Schwerte", (15, 15)),
    ("mayi ali ndi pakati, Hebamme gesucht in Kamen", (-9, -1)),
    # Kabyle: Berber and Arabic-loan numbers, "n" before the unit, a half, two guesses
    ("aqcic n sebɛa iseggasen, Schwimmkurs Lünen", (84, 95)),
    ("taqcict n kraḍ n yiseggasen, Kita Unna", (36, 47)),
    ("aqcic, mraw d kuẓ iseggasen, Jugendtreff Bergkamen", (168, 179)),
    ("agrud n semmus ayyuren, Babymassage Holzwickede", (5, 5)),
    ("taqcict n kraḍ iseggasen d wezgen, Kita Kamen", (42, 42)),
    ("aqcic n sḍis neɣ sa iseggasen, Einschulung Werne", (72, 95)),
    ("yelli tes3a 3ecra iseggasen, Nachhilfe Selm", (120, 131)),
    ("tesɛa tadist, Hebamme in Unna", (-9, -1)),
    # Tamazight in Tifinagh: with and without ⵯ, emphatic letters typed plain, annexed units
    ("ⴰⴼⵔⵓⵅ ⵙⴰ ⵉⵙⴳⴳⵯⴰⵙⵏ, Fußballverein Werne", (84, 95)),
    ("ⵜⴰⴼⵔⵓⵅⵜ ⴽⵔⴰⴷ ⵉⵙⴳⴳⴰⵙⵏ, Kita Lünen", (36, 47)),
    ("ⴰⴼⵔⵓⵅ ⵎⵔⴰⵡ ⴷ ⴽⴽⵓⵥ ⵉⵙⴳⴳⵯⴰⵙⵏ, Jugendtreff Unna", (168, 179)),
    ("ⴰⵔⴱⴰ ⵜⴰⵎ ⵡⴰⵢⵢⵓⵔⵏ, Frühförderung Kamen", (8, 8)),
    ("ⵜⴰⴼⵔⵓⵅⵜ ⵢⴰⵏ ⵓⵙⴳⴳⵯⴰⵙ, Krabbelgruppe Selm", (12, 23)),
    ("ⴰⴼⵔⵓⵅ ⵙⵎⵎⵓⵙ ⵏⵖ ⵚⴹⵉⵚ ⵉⵙⴳⴳⵯⴰⵙⵏ, Kita Schwerte", (60, 83)),
    # the same language in the Latin letters of its transliteration
    ("tafruxt tẓa isggwasn, Lernförderung Bönen", (108, 119)),
]


@pytest.mark.parametrize(("text", "age"), _AGES)
def test_the_childs_age_is_read(catalogue: Catalogue, text: str, age: tuple[int, int]) -> None:
    found = understand(text, catalogue).age
    assert found is not None and (found.low, found.high) == age


_LOOKALIKES = [
    # a parent's age told in the language beside the child's is never cut to a child's
    ("mayi wa zaka makumi atatu ndi zisanu, mwana wake wa zaka zitatu – Kita Unna", (36, 47)),
    ("yemmas n ɛecrin d xemsa iseggasen, yelli-s sin iseggasen – Krabbelgruppe Kamen", (24, 35)),
    ("ⵢⵉⵎⵎⴰ ⵙⵏⴰⵜ ⵜⵎⵔⴰⵡⵉⵏ ⴷ ⵙⴰ ⵉⵙⴳⴳⵯⴰⵙⵏ, ⴰⴼⵔⵓⵅ ⴽⵕⴰⴹ ⵉⵙⴳⴳⵯⴰⵙⵏ – Kita Selm", (36, 47)),
    # a span of time is no age
    ("tafika kuno zaka ziwiri zapitazo, mtsikana wa zaka zisanu ndi chimodzi – OGS Werne",
     (72, 83)),
    # "Sa" is Saturday and "Tam" a name: no numbers without a unit of their language
    ("Termin Sa 9 Uhr, Kind 4 Jahre, Kita Unna", (48, 59)),
    ("Tam (11) aus der Wohngruppe sucht einen Jugendtreff in Kamen", (132, 143)),
]


@pytest.mark.parametrize(("text", "age"), _LOOKALIKES)
def test_only_the_childs_age_counts(catalogue: Catalogue, text: str, age: tuple[int, int]) -> None:
    found = understand(text, catalogue).age
    assert found is not None and (found.low, found.high) == age


@pytest.mark.parametrize("text", [
    "Termin Sa 10 Uhr in Kamen",
    "Tam hat heute gefehlt",
    "Sin embargo kommt die Familie",
    "ana awiri",
    "die Mama kommt im Mai",
])
def test_look_alikes_make_no_numbers(text: str) -> None:
    assert re.findall(r"\d+", germanise(text)) == re.findall(r"\d+", text)


_LANGUAGES = [
    # a wish for an offer in the language
    ("Elternberatung m'Chichewa, mwana wa zaka zisanu, Kamen", ("ny",)),
    ("Beratung s teqbaylit, aqcic 6 iseggasen, Unna", ("kab",)),
    ("Beratung ⵙ ⵜⵎⴰⵣⵉⵖⵜ, ⴰⴼⵔⵓⵅ ⵙⴰ ⵉⵙⴳⴳⵯⴰⵙⵏ, Lünen", ("zgh",)),
    ("Gibt es Vorlesen auf Kabylisch? Kind 5 Jahre, Unna", ("kab",)),
    ("Elterncafé auf Berberisch in Unna, Kind 3 Jahre", ("zgh",)),
    ("Hebamme, die Chichewa spricht, in Kamen gesucht – mayi ali ndi pakati", ("ny",)),
    # a language only reported: no wish
    ("mwana wa zaka zinayi amalankhula Chichewa kunyumba, Sprachförderung Kamen", ()),
    ("aqcic n sa iseggasen ur yessawal ara s talmanit, Sprachförderung Unna", ()),
    ("ⵉⵎⴰⵔⴰⵡⵏ ⵙⵙⴰⵡⴰⵍⵏ ⵜⴰⵎⴰⵣⵉⵖⵜ, ⵜⴰⴼⵔⵓⵅⵜ ⵙⵎⵎⵓⵙ ⵉⵙⴳⴳⵯⴰⵙⵏ, Kita Werne", ()),
]


@pytest.mark.parametrize(("text", "languages"), _LANGUAGES)
def test_a_language_is_asked_only_as_a_wish(
    catalogue: Catalogue, text: str, languages: tuple[str, ...]
) -> None:
    assert tuple(understand(text, catalogue).languages) == languages


@pytest.mark.parametrize("text", ["Zikomo kwambiri!", "Tanemmirt aṭas", "ⵜⴰⵏⵎⵎⵉⵔⵜ 🙏"])
def test_thanks_in_the_three_languages_are_thanks(text: str) -> None:
    assert is_courtesy(text)


def test_a_latin_word_is_also_read_in_tifinagh() -> None:
    # with the schwa as ⴻ (Kabyle's Neo-Tifinagh) and without it (the Moroccan standard)
    assert to_tifinagh("iseggasen") == ["ⵉⵙⴻⴳⴳⴰⵙⴻⵏ", "ⵉⵙⴳⴳⴰⵙⵏ"]
    assert to_tifinagh("s {lang}") == ["ⵙ {lang}"]
    assert to_tifinagh("3ecra") == []  # a digit has no Tifinagh sign: Latin only
    assert tifinagh_marks("ⵉⵙⴳⴳⵯⴰⵙⵏ") == "ⵉⵙⴳⴳⴰⵙⵏ"
    assert tifinagh_marks("Kind 3 Jahre") == "Kind 3 Jahre"
