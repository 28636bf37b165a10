"""Basque, Tatar and Luganda ages and languages in a German message (tongues52c).

Speech therapists, SPZ doctors and community workers write "Alabak hiru urte eta erdi ditu",
"hamahiru hilabetekoa", "кыз унөч яшьтә", "ике яшь ярым", "omulenzi wa myaka etaano" or "omwana
wa myezi kkumi" and ask "euskaraz", "татарча сөйләшә торган логопед" or "mu Luganda". Without the
`[eu]`, `[tt]` and `[lg]` sections of `bot/data/foreign.toml` these ages and wishes were lost.
Basque counts in twenties and puts "bat" (one) after its unit; Luganda puts the unit first and
makes its number agree with it. "duela bi urte", "Германиядә ике ел" and "emyaka ebiri egiyise"
are times past, a parent's "hogeita zazpi urte" or "amakumi abiri mu etaano" no child's age, and
German "sei", "bat" and "Äste" stay German. The sentences are new ones, read through the whole
assistant.
"""

from __future__ import annotations

import pytest

from bot.assistant import Assistant
from bot.understanding.foreign import germanise

_AGES = [
    # Basque: the number before its unit with its case ending, "eta erdi", "urte bat"
    ("Semeak zortzi urte ditu eta ez du lo egiten. Beratung in Kamen?", (96, 107)),
    ("Alabak lau urte eta erdi ditu, Sprachförderung in Unna?", (54, 54)),
    ("Hamabost urteko neska, Schulsozialarbeit Lünen", (180, 191)),
    ("Haurtxoa bederatzi hilabetekoa da, Krabbelgruppe Bönen", (9, 9)),
    ("Mutikoak urte bat du, Tagesmutter in Selm", (12, 23)),
    ("Bikiak urte eta erdikoak dira, Kita Werne", (18, 18)),
    ("Ama haurdun dago, Hebamme Schwerte", (-9, -1)),
    ("Hiru asteko haurtxoa, Familienhebamme Kamen", (0, 0)),
    # Tatar: units with case endings, teens as one word, "ярым", a Russian keyboard
    ("Улым унике яшьтә, Schulsozialarbeit Bergkamen?", (144, 155)),
    ("Кызым биш яшьлек, Kita in Fröndenberg", (60, 71)),
    ("Сабый тугыз айлык, Krabbelgruppe Lünen", (9, 9)),
    ("Малай бер яшь ярым, Tagespflege Unna", (18, 18)),
    ("Кызы унжиде яшта, Ausbildung Kamen", (204, 215)),
    ("Әни йөкле, Hebamme Werne", (-9, -1)),
    # Luganda: the unit first, the number agreeing with it, teens "ten and …", a half
    ("Omuwala wa myaka ena, Kita Bönen", (48, 59)),
    ("Omulenzi alina emyaka kkumi na bbiri, Nachhilfe Unna", (144, 155)),
    ("Omwana wa myezi munaana, Krabbelgruppe Kamen", (8, 8)),
    ("Abalongo ba myaka esatu n'ekitundu, Kita Selm", (42, 42)),
    ("Omwana wa mwaka gumu, Tagesmutter Holzwickede", (12, 23)),
    ("Maama ali lubuto, Hebamme Lünen", (-9, -1)),
]


@pytest.mark.parametrize(("text", "age"), _AGES)
def test_the_childs_age_is_read(assistant: Assistant, text: str, age: tuple[int, int]) -> None:
    request = assistant.respond(text)[0].request
    assert request.age is not None and (request.age.low, request.age.high) == age


_LOOKALIKES = [
    # a time past or a stay in Germany beside the child's German age
    ("Duela hiru urte etorri ziren. Das Mädchen ist 9. Nachhilfe Kamen?", (108, 119)),
    ("Alemanian bost urte daramatzagu. Sohn 12 Jahre, Schulsozialarbeit Unna", (144, 155)),
    ("Германиядә өч ел яшибез. Tochter 6 Jahre, OGS Bönen", (72, 83)),
    ("Emyaka ena egiyise bazze wano. Der Junge ist 14, Schulsozialarbeit Lünen", (168, 179)),
    # a parent's age beside the baby's
    ("Amak hogeita zazpi urte ditu, haurtxoak bost hilabete. Frühe Hilfen Unna", (5, 5)),
    ("Әнисе егерме биш яшьтә, сабый өч айлык. Frühe Hilfen Kamen", (3, 3)),
    ("Maama wa myaka amakumi abiri mu etaano, omwana wa myezi ebiri. Hebamme Selm",
     (2, 2)),
    # German words that are Basque numbers or units
    ("Die Mutter bat um Hilfe, das Kind sei 5 Jahre alt. Kita Werne?", (60, 71)),
    ("Sohn 7 Jahre, 2 Äste sind beim Sturm aufs Auto gefallen, Beratung Unna", (84, 95)),
]


@pytest.mark.parametrize(("text", "age"), _LOOKALIKES)
def test_a_time_past_or_a_parents_age_keeps_the_childs(
    assistant: Assistant, text: str, age: tuple[int, int]
) -> None:
    request = assistant.respond(text)[0].request
    assert request.age is not None and (request.age.low, request.age.high) == age


def test_a_german_word_is_no_basque_number_or_unit() -> None:
    text = "Sie bat um Rückruf, das sei dringend; 3 Äste lagen im Garten."
    assert germanise(text) == text


_LANGUAGES = [
    ("Erziehungsberatung euskaraz, mesedez. Semeak sei urte ditu, Unna", ("eu",)),
    ("Euskaraz hitz egiten duen Hebamme? Ama haurdun dago, Kamen", ("eu",)),
    ("Кызы җиде яшьтә, татарча сөйләшә торган психолог бармы? Unna", ("tt",)),
    ("Erziehungsberatung татар телендә? Улым ун яшьтә, Bergkamen", ("tt",)),
    ("Omwana wa myaka mukaaga, Erziehungsberatung mu Luganda? Unna", ("lg",)),
    ("Hebamme ayogera Oluganda? Maama ali lubuto, Selm", ("lg",)),
    # a report of what the family speaks asks for nothing
    ("Alabak bi urte ditu, euskaraz primeran, alemanez ia ezer ez. Kita Unna", ()),
    ("Әти-әнисе татарча һәм русча сөйләшә. Малай дүрт яшьтә, Kita Kamen", ()),
]


@pytest.mark.parametrize(("text", "languages"), _LANGUAGES)
def test_an_asked_language_is_a_wish(assistant: Assistant, text: str,
                                     languages: tuple[str, ...]) -> None:
    assert assistant.respond(text)[0].request.languages == languages
