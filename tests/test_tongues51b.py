"""Uyghur, Danish and Telugu ages and languages in a German message (tongues51b).

Social workers of shared housing, Danish family nurses and Telugu-speaking doctors write
"ئوغلى يەتتە ياشلىق", "بوۋاق ئۈچ ئايلىق", "dreng otte uger", "pige halvandet år",
"ఏడేళ్ల", "పదేళ్ల & ఆరేళ్ల", "ఎనిమిది నెలలు", and ask "på dansk", "auf ئۇيغۇرچە",
"తెలుగులో". Without the `[ug]`, `[da]` and `[te]` sections of `bot/data/foreign.toml` these
ages were lost (or a Danish mother's "Mor 19 år" became the child's) and the languages no wish.
The sentences are new ones, read through the whole assistant.
"""

from __future__ import annotations

import pytest

from bot.assistant import Assistant

_AGES = [
    # Uyghur: number words before the unit with its case ending, "ئ"/"ى" typed either way
    ("ئوغلۇم يەتتە ياشلىق, kann kaum lesen. Lernförderung in Unna?", (84, 95)),
    ("بوۋاق ئىككى ئايلىق, schreit nachts. Schreiambulanz Lünen", (2, 2)),
    ("قىزى ئون تۆت ياشتا, zieht sich zurück. Jugendberatung in Kamen", (168, 179)),
    ("بالا 5 ياشلىق, Kita-Platz in Selm gesucht", (60, 71)),
    ("ئانىسى بەش ئايلىق ھامىلىدار, Hebamme in Werne?", (-9, -1)),
    # Danish: its own number words and units, "halvandet" (one and a half), glued "-årig"
    ("dreng otte uger, ammer hele tiden, Stillberatung in Unna?", (1, 1)),
    ("Pigen er halvandet år, går ikke endnu. Frühförderung in Kamen", (18, 18)),
    ("tvillinger, fem måneder, mor alene. Babycafé in Bönen?", (5, 5)),
    ("Datteren er tolv år og bliver mobbet. Hilfe in Lünen", (144, 155)),
    ("en treårig dreng, Kitaplatz in Bergkamen", (36, 47)),
    ("Hun er gravid i sjette måned, ingen jordemoder. Hebamme in Selm", (-9, -1)),
    # Telugu: the number's stem glued to "ఏళ్ల", or a spelt number before its unit
    ("Pat.: ♀ ఏడేళ్ల | nightmares since the flight | KJP in Bergkamen?", (84, 95)),
    ("రెండేళ్ల పాప, no words yet. Sprachförderung in Unna?", (24, 35)),
    ("పదిహేనేళ్ళ అబ్బాయి, gaming all night. Medienberatung Werne", (180, 191)),
    ("బాబు, తొమ్మిది నెలలు, sleeps badly. Schlafberatung in Kamen", (9, 9)),
    ("మా అమ్మాయి వయసు పదకొండు సంవత్సరాలు, Nachhilfe in Schwerte", (132, 143)),
]


@pytest.mark.parametrize(("text", "age"), _AGES)
def test_the_childs_age_is_read(assistant: Assistant, text: str, age: tuple[int, int]) -> None:
    request = assistant.respond(text)[0].request
    assert request.age is not None and (request.age.low, request.age.high) == age


def test_two_glued_telugu_ages_are_both_children(assistant: Assistant) -> None:
    request = assistant.respond("2 siblings, పదేళ్ల & ఆరేళ్ల, BuT in Selm?")[0].request
    assert request.age is not None and (request.age.low, request.age.high) == (72, 131)


_LANGUAGES = [
    ("Sohn 9 Jahre, Erziehungsberatung auf ئۇيغۇرچە in Unna?", ("ug",)),
    ("dreng seks måneder, findes der noget på ukrainsk? Lünen", ("uk",)),
    ("mor ønsker en mødregruppe på dansk i Bönen, baby 5 måneder", ("da",)),
    ("Kind 6 Jahre, Erziehungsberatung తెలుగులో in Kamen?", ("te",)),
]


@pytest.mark.parametrize(("text", "languages"), _LANGUAGES)
def test_an_asked_language_is_a_wish(assistant: Assistant, text: str,
                                     languages: tuple[str, ...]) -> None:
    assert assistant.respond(text)[0].request.languages == languages


@pytest.mark.parametrize(("text", "age"), [
    # a parent's age beside the child's is not the child's
    ("Mor 19 år, dreng otte uger, Stillberatung in Unna", (1, 1)),
    ("ئانىسى يىگىرمە ئىككى ياشتا, Kind 2 Jahre. Krabbelgruppe in Kamen", (24, 35)),
    ("అమ్మ వయసు ఇరవై రెండు సంవత్సరాలు, Baby 3 Monate, Frühe Hilfen Unna", (3, 3)),
])
def test_a_parents_age_is_not_the_childs(assistant: Assistant, text: str,
                                         age: tuple[int, int]) -> None:
    request = assistant.respond(text)[0].request
    assert request.age is not None and (request.age.low, request.age.high) == age


@pytest.mark.parametrize("text", [
    # a time past or a stay's length: no child's age
    "Vi flyttede hertil for fem år siden, far arbejdsløs. BuT-Beratung in Lünen",
    "మేము మూడేళ్ల క్రితం వచ్చాం, father unemployed. BuT-Beratung in Kamen",
    "بىز ئۈچ ئاي ئىلگىرى كەلدۇق, Vater arbeitslos. BuT-Beratung in Unna",
    # English and German words Danish also has stay as typed
    "The fire brigade came, to be sure; mor nothing. BuT-Beratung in Unna",
])
def test_no_childs_age_where_none_is_told(assistant: Assistant, text: str) -> None:
    assert assistant.respond(text)[0].request.age is None
