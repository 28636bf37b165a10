"""Ages, stages, needs and wishes told in Ossetian, Romansh and Tetum (tongues58b).

Coaches, Kita inclusion staff and school pastoral workers pass on what families say, and as often
as by years the child's age is told by a school class or a Kita stage: "мæ фырт æвдæм къласы" (my
son in the 7th class), "la matta è en la gruppa dals pitschens" (in the little ones' group),
"l'ultim onn da scolina" (the last Kita year), "oan-mane iha klase rua" (the son in class 2).
Without the `[os]`, `[rm]` and `[tet]` sections of `bot/data/foreign.toml` none of these ages was
read. The stages are written as the German words the age reader knows ("7. Klasse",
"U3-Gruppe", "Vorschulkind"), so the reader's own spans apply. Ossetian æ is typed as Latin æ or
Cyrillic ӕ. A parent's age is never cut to a child's, German "hat", "in", "Lima" stay what they
are, a language reported is no wish while "auf Ossetisch", "ирон æвзаг", "auf Tetum" are, and
thanks in the three languages are thanks. New sentences, read through the understanding API.
"""

from __future__ import annotations

import re

import pytest

from bot.catalogue import Catalogue
from bot.dialogue.phrases import is_courtesy
from bot.understanding import understand
from bot.understanding.foreign import germanise

_AGES = [
    # Ossetian: ordinals with the class word in any case, years, months, pregnancy
    ("мæ фырт æвдæм къласы, Medienberatung Unna", (144, 155)),
    ("Чызг цыппæрæм къласы, OGS Unna", (108, 119)),
    ("сывӕллон фӕндзӕм къласы, Nachhilfe Lünen", (120, 131)),  # Cyrillic ӕ
    ("Лæппу дæсæм къласы, Übergang Schule Beruf Kamen", (180, 191)),
    ("сывæллон æртæ азы, Frühförderung Selm", (36, 47)),
    ("сабийæн æхсæз мæйы, Schreiambulanz Unna", (6, 6)),
    ("мад сывæрджын у, Hebamme Kamen", (-9, -1)),
    # Romansh: numbers before "onns"/"mais", a half, classes, Kita stages, two guesses
    ("la matta ha quatter onns, Erziehungsberatung Lünen", (48, 59)),
    ("il mat ha tschintg onns e mez, Frühförderung Selm", (66, 66)),
    ("uffant da otg mais, Frühe Hilfen Holzwickede", (8, 8)),
    ("la matta en la terza classa, Lernförderung Bönen", (96, 107)),
    ("la matta è en la gruppa dals pitschens, Sprachförderung Kamen", (0, 35)),
    ("il mat è en l'ultim onn da scolina, Übergang Schule Werne", (60, 77)),
    ("il bub è en la gruppa dals gronds, Einschulung Unna", (60, 77)),
    ("gemels en l'emprim onn da scolina, Kinderturnen Werne", (36, 47)),
    ("la matta ha sis onns u forsa set, OGS Schwerte", (72, 95)),
    # Tetum: the unit or class word before its number, years and months, pregnancy
    ("oan-mane iha klase rua, Lernförderung Unna", (84, 95)),
    ("Ha'u-nia oan-feto iha klase neen, Beratung Bönen", (132, 143)),
    ("labarik-feto ida, nia iha klase rua, Lesepaten Schwerte", (84, 95)),
    ("labarik tinan tolu, Sprachförderung Bönen", (36, 47)),
    ("labarik tinan ida ho fulan neen, Krabbelgruppe Kamen", (18, 18)),
    ("inan isin-rua, Hebamme Lünen", (-9, -1)),
    ("labarik tinan rua karik tolu, Krippe Werne", (24, 47)),
]


@pytest.mark.parametrize(("text", "age"), _AGES)
def test_the_childs_age_is_read(catalogue: Catalogue, text: str, age: tuple[int, int]) -> None:
    found = understand(text, catalogue).age
    assert found is not None and (found.low, found.high) == age


_LOOKALIKES = [
    # a parent's age told beside the child's is never cut to a child's
    ("фыд цыппор азы, фырт фондз азы – Sportverein Fröndenberg", (60, 71)),
    ("la mamma ha 19 onns, il poppin ha dus mais, Frühe Hilfen Lünen", (2, 2)),
    ("Inan tinan ruanulu resin lima, oan-mane tinan hitu, Erziehungsberatung Unna", (84, 95)),
    # German "hat" after a Tetum class is no Tetum four
    ("Oan-feto iha klase ualu, hat Stress zuhause, Lünen", (156, 167)),
]


@pytest.mark.parametrize(("text", "age"), _LOOKALIKES)
def test_only_the_childs_age_counts(catalogue: Catalogue, text: str, age: tuple[int, int]) -> None:
    found = understand(text, catalogue).age
    assert found is not None and (found.low, found.high) == age


@pytest.mark.parametrize("text", [
    "Familie aus Lima, Termin in 2 Wochen",
    "in sis Wochen kommt die Mama",
    "Set mit 3 Büchern",
    "ida und rua sind Namen",
    "аз имам едно дете",
])
def test_look_alikes_make_no_numbers(text: str) -> None:
    assert re.findall(r"\d+", germanise(text)) == re.findall(r"\d+", text)


_LANGUAGES = [
    # a wish for an offer in the language
    ("Beratung auf Ossetisch für die Oma, Kind 5 Jahre, Methler", ("os",)),
    ("Kennt ihr irgendwas auf Ossetisch (ирон æвзаг)? Kind 5 Jahre, Kamen", ("os",)),
    ("Elterngespräch auf Rätoromanisch? il mat ha quatter onns, Werne", ("rm",)),
    ("Beratung auf Tetum, labarik tinan tolu, Kamen", ("tet",)),
    # a language only reported: no wish
    ("Familie spricht Ossetisch, сывæллон æртæ азы, Kita Kamen", ()),
    ("Eltern sprechen Tetum, labarik tinan tolu, Kita Kamen", ()),
]


@pytest.mark.parametrize(("text", "languages"), _LANGUAGES)
def test_a_language_is_asked_only_as_a_wish(
    catalogue: Catalogue, text: str, languages: tuple[str, ...]
) -> None:
    assert tuple(understand(text, catalogue).languages) == languages


@pytest.mark.parametrize("text", ["Бузныг!", "Бузныг, хорз.", "Grazia fitg!", "Grazia!",
                                  "Obrigada barak!", "Obrigada!"])
def test_thanks_in_the_three_languages_are_thanks(text: str) -> None:
    assert is_courtesy(text)
