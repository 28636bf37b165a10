"""Catalan, Lao and Shona ages and languages in a German message (tongues51c).

Umgang workers, midwives and doctors write "la nena té sis anys", "el nen (tres anys i mig)",
"ລູກຊາຍ ເຈັດ ປີ", "ລູກ ຫ້າ ເດືອນ", "mukomana ane makore masere" or "mwana ane mwedzi mishanu" and
ask "en català". Without the `[ca]`, `[lo]` and `[sn]` sections of `bot/data/foreign.toml` (and
`foreign_lao`, which cuts Lao runs into words) these ages were lost. Catalan shares words with
Spanish: "set" is seven in Catalan and six in Arabizi, each read by its own section. "fa tres
anys", "ສອງປີກ່ອນ" and "makore mana apfuura" are times past, no one's age. The sentences are new
ones, read through the whole assistant.
"""

from __future__ import annotations

import pytest

from bot.assistant import Assistant
from bot.understanding.foreign import germanise

_AGES = [
    # Catalan: number words before "anys/mesos", "i mig", "un any", a child "de" its age
    ("Hola! La nena té sis anys, els pares s'han separat. Beratung in Kamen?", (72, 83)),
    ("El nen té set anys, viu a Unna amb la mare. Erziehungsberatung?", (84, 95)),
    ("Bona tarda, el nen té tres anys i mig, Sprachförderung in Bergkamen?", (42, 42)),
    ("La nena, de vuit mesos, plora molt. Eltern-Kind-Gruppe in Schwerte?", (8, 8)),
    ("Pare sol amb el noi de dotze anys, Beratung in Lünen?", (144, 155)),
    ("La mare està embarassada i separada del pare. Schwangerschaftsberatung Unna", (-9, -1)),
    # Lao: no spaces, its number words, units and digits
    ("ລູກຊາຍ ເຈັດ ປີ, Eltern getrennt, nässt ein. Beratung in Kamen?", (84, 95)),
    ("ລູກສາວສາມປີ, KM allein, sucht Kitaplatz in Selm.", (36, 47)),
    ("Baby ລູກ ຫ້າ ເດືອນ, Mutter erschöpft. Frühe Hilfen in Lünen?", (5, 5)),
    ("ລູກ ໔ ມື້, Familienhebamme in Unna?", (0, 0)),
    ("ແມ່ ຖືພາ, Vater in Haft, Schwangerschaftsberatung in Bönen", (-9, -1)),
    # Shona: the unit first, the number agreeing with it, "ten and two", "has"
    ("Mukomana ane makore masere, wütend in der Schule. Beratung Bergkamen?", (96, 107)),
    ("Musikana, makore matatu. Kita in Werne gesucht.", (36, 47)),
    ("Mwana ane mwedzi mishanu, Familienhebamme in Unna bitte.", (5, 5)),
    ("Mukomana makore gumi nemaviri, ADHS? Therapie in Schwerte", (144, 155)),
    ("Amai vane pamuviri, baba vakaenda. Schwangerschaftsberatung Kamen", (-9, -1)),
]


@pytest.mark.parametrize(("text", "age"), _AGES)
def test_the_childs_age_is_read(assistant: Assistant, text: str, age: tuple[int, int]) -> None:
    request = assistant.respond(text)[0].request
    assert request.age is not None and (request.age.low, request.age.high) == age


_LOOKALIKES = [
    # a time past in each language beside the child's German age
    ("Els pares es van divorciar fa quatre anys. Der Junge ist 15, Medien. Werne?", (180, 191)),
    ("Eltern getrennt ສອງປີກ່ອນ. Das Mädchen ist 9, traurig. Beratung Fröndenberg?", (108, 119)),
    ("Vakaparadzana makore mana apfuura. Der Junge ist 13. Schulsozialarbeit Lünen?",
     (156, 167)),
    # the father's remaining sentence is no age
    ("El pare és a la presó (encara 2 anys). La nena, vuit anys, vol veure'l. Bönen", (96, 107)),
    # Spanish keeps its own reading
    ("Mi hijo tiene dos años, vivimos en Unna. Grupo de padres y niños?", (24, 35)),
]


@pytest.mark.parametrize(("text", "age"), _LOOKALIKES)
def test_a_time_past_or_another_language_keeps_its_reading(
    assistant: Assistant, text: str, age: tuple[int, int]
) -> None:
    request = assistant.respond(text)[0].request
    assert request.age is not None and (request.age.low, request.age.high) == age


def test_set_is_seven_in_catalan_and_six_in_arabizi() -> None:
    assert germanise("el nen té set anys") == "der Junge té 7 Jahre"
    assert germanise("set snin") == "6 Jahre"


def test_lao_is_never_cut_out_of_a_longer_word() -> None:
    # "ສາມ" (three) stands inside "ສາມີ" (husband): no number is read there
    assert germanise("ສາມີ ຂອງນາງ") == "ສາມີ ຂອງນາງ"


_LANGUAGES = [
    ("La mare vol una Trennungsberatung en català. El nen té set anys, Methler.", ("ca",)),
    ("ລູກຊາຍ 8 ປີ, Erziehungsberatung ເປັນ ພາສາລາວ in Unna?", ("lo",)),
]


@pytest.mark.parametrize(("text", "languages"), _LANGUAGES)
def test_an_asked_language_is_a_wish(assistant: Assistant, text: str,
                                     languages: tuple[str, ...]) -> None:
    assert assistant.respond(text)[0].request.languages == languages
