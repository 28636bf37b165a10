"""Afrikaans, Kannada and Malagasy ages and languages in a German message (tongues52a).

South African and Namibian families write "seun, nege jaar oud", "'n baba van vyf weke", "drie en
'n half jaar", "'n agtjarige dogter" and ask for someone "wat Afrikaans praat"; families from
Karnataka "ಮಗ ಹನ್ನೆರಡು ವರ್ಷ", "ಏಳು ತಿಂಗಳ ಶಿಶು", "ಮೂರೂವರೆ ವರ್ಷ", "ಕನ್ನಡದಲ್ಲಿ"; families from
Madagascar "zazalahy valo taona", "zazakely efa-bolana", "telo taona sy tapany", "amin'ny teny
malagasy". Without the `[af]`, `[kn]` and `[mg]` sections of `bot/data/foreign.toml` these ages
were lost and the languages no wish. The sentences are new ones, read by `understand`.
"""

from __future__ import annotations

import pytest

from bot.catalogue import Catalogue
from bot.understanding import understand

_AGES = [
    # Afrikaans: number words before "jaar"/"maande"/"weke", glued "-jarige", halves
    ("Seun, nege jaar oud, Probleme mit Freunden. Erziehungsberatung in Kamen?", (108, 119)),
    ("Hebamme gesucht: 'n baba van vyf weke, Mutter allein, Lünen", (1, 1)),
    ("Dogter drie en 'n half jaar, spricht kaum. Sprachförderung in Werne?", (42, 42)),
    ("'n agtjarige dogter, Lernprobleme, Hausaufgabenhilfe in Unna", (96, 107)),
    ("ma is twee-en-dertig jaar, die seun is sewentien jaar. Berufsberatung in Selm", (204, 215)),
    ("Sy is swanger en soek 'n vroedvrou in Bergkamen", (-9, -1)),
    # Kannada: own script and digits, genitive units, halves glued to the number
    ("ಮಗ ಹನ್ನೆರಡು ವರ್ಷ, zockt nachts. Medienberatung in Schwerte?", (144, 155)),
    ("ಏಳು ತಿಂಗಳ ಶಿಶು, Krabbelgruppe in Kamen gesucht", (7, 7)),
    ("ಮಗಳು ಮೂರೂವರೆ ವರ್ಷ, Kita-Platz in Unna?", (42, 42)),
    ("ತಾಯಿ ಮೂವತ್ತೈದು ವರ್ಷ, ಹುಡುಗಿ ೧೦ ವರ್ಷ, Nachhilfe in Bönen", (120, 131)),
    ("ಗರ್ಭಿಣಿ, erstes Kind, Hebamme in Holzwickede", (-9, -1)),
    # Malagasy: number before its unit, 11–19 as "one beyond ten", merged forms, halves after
    ("Zazalahy valo taona, Hausaufgabenhilfe in Lünen?", (96, 107)),
    ("zazakely efa-bolana, schläft nicht, Schlafberatung in Unna", (4, 4)),
    ("zazavavy telo taona sy tapany, Kita in Kamen", (42, 42)),
    ("tanora fito ambin'ny folo taona, Ausbildung in Bergkamen", (204, 215)),
    # a span is no age: "already six weeks in hospital"
    ("Zazalahy roa volana. Efa enina herinandro tany amin'ny hopitaly. Frühe Hilfen Unna",
     (2, 2)),
]


@pytest.mark.parametrize(("text", "age"), _AGES)
def test_the_childs_age_is_read(catalogue: Catalogue, text: str, age: tuple[int, int]) -> None:
    request = understand(text, catalogue)
    assert request.age is not None
    if age == (-9, -1):  # pregnant: the months left are read only as far as the text tells
        assert request.age.high == -1 and request.age.low < 0
    else:
        assert (request.age.low, request.age.high) == age


_LANGUAGES = [
    ("Seun 6 jaar, ons soek iemand wat Afrikaans praat, Erziehungsberatung in Unna", ("af",)),
    ("Dogter 4 jaar, Beratung in Afrikaans in Kamen?", ("af",)),
    ("ಮಗು ೩ ವರ್ಷ, Elternberatung ಕನ್ನಡದಲ್ಲಿ in Lünen", ("kn",)),
    ("Zazavavy dimy taona, Beratung amin'ny teny malagasy any Selm", ("mg",)),
    ("Zazakely roa volana, mila Hebamme miteny frantsay, Werne", ("fr",)),
    # speaking a language is no wish
    ("Ny reniny miteny malagasy sy frantsay ihany. Zazavavy enina taona, Kita Unna", ()),
    ("Familie spricht Afrikaans, Sohn 9 Jahre, Nachhilfe in Bergkamen", ()),
]


@pytest.mark.parametrize(("text", "languages"), _LANGUAGES)
def test_an_asked_language_is_a_wish(catalogue: Catalogue, text: str,
                                     languages: tuple[str, ...]) -> None:
    assert understand(text, catalogue).languages == languages


@pytest.mark.parametrize(("text", "age"), [
    # German sentences with words Afrikaans shares ("die", "elf", "sie") keep their reading
    ("Die Tochter ist elf und die Mutter ist 38. Beratung in Kamen?", (132, 143)),
    ("Sie ist vier Jahre alt, die Kita in Unna sucht Sprachförderung", (48, 59)),
    ("Baba ist 40, Kind 5 Jahre, Erziehungsberatung in Werne", (60, 71)),
])
def test_german_look_alikes_keep_their_reading(catalogue: Catalogue, text: str,
                                               age: tuple[int, int]) -> None:
    request = understand(text, catalogue)
    assert request.age is not None and (request.age.low, request.age.high) == age
