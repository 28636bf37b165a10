"""West Frisian, Tibetan and Corsican ages and languages in a German message (tongues54c).

Professionals write "in famke fan trije jier", "in poppe fan seis wike", "Jonge is sân", "བུ་མོ་
ལོ་གསུམ་", "བུ་ ལོ་ ༨", "Säugling ཟླ་བ་བཞི་" or "u so figliolu hà ottu anni". Without the `[fy]`,
`[bo]` and `[co]` sections of `bot/data/foreign.toml` these ages were lost. Tibetan ends every
syllable with a tsheg and often writes no space between words ("བུ་མོ་ལོ་ལྔ་"): `ascii_digits`
writes the tsheg as a space, so its syllables are words, and its digits (༠–༩) are ASCII. Frisian
builds on Dutch, Corsican on Italian. A parent's age is never cut to a child's, German words that
look Frisian or Corsican ("in", "de", "Bern", "acht") keep their reading, and a language the family
speaks is no wish. New sentences, read through the understanding API.
"""

from __future__ import annotations

import pytest

from bot.catalogue import Catalogue
from bot.understanding import understand
from bot.understanding.foreign import germanise

_AGES = [
    # West Frisian: "fan" after the child, units in both numbers, a bare number after "is"
    ("Us dochter fan fiif jier praat hast net, Logopädie in Kamen", (60, 71)),
    ("in poppe fan twa wike, Familienhebamme Selm", (0, 0)),
    ("jonge fan alve moanne, Krabbelgruppe Unna", (11, 11)),
    ("Famke is trettjin, Schulsozialarbeit Lünen", (156, 167)),
    ("it bern is fjouwer jier âld, Kita Bönen", (48, 59)),
    ("soan fan acht jier, Nachhilfe Werne", (96, 107)),
    # Tibetan: unit before number, words or Tibetan digits, with or without spaces
    ("བུ་ལོ་བདུན་ Nachhilfe Unna", (84, 95)),
    ("བུ་མོ་ ལོ་ ༡༢ Jugendtreff Kamen", (144, 155)),
    ("ཕྲུ་གུ་ ཟླ་བ་ལྔ་ Babymassage Werne", (5, 5)),
    ("བུ་ལོ་བཅོ་ལྔ་ Ausbildung Bergkamen", (180, 191)),
    # Corsican: "hà … anni", "di … mesi", numbers of its own and of Italian
    ("u zitellu hà cinque anni, Schwimmkurs Schwerte", (60, 71)),
    ("a figliola hà dodeci anni, Nachhilfe Bönen", (144, 155)),
    ("una criatura di trè mesi, PEKiP Kamen", (3, 3)),
    ("Zitella di diciottu mesi, Spielgruppe Unna", (18, 18)),
]


@pytest.mark.parametrize(("text", "age"), _AGES)
def test_the_childs_age_is_read(catalogue: Catalogue, text: str, age: tuple[int, int]) -> None:
    found = understand(text, catalogue).age
    assert found is not None and (found.low, found.high) == age


_LOOKALIKES = [
    # a parent's age beside the child's, spelt out in full
    ("de mem is fjouwerentritich jier, famke fan seis jier, OGS Kamen", (72, 83)),
    ("ཨ་མ་ ལོ་སུམ་ཅུ་སོ་གཉིས་ བུ་མོ་ ལོ་བཞི་ Kita Unna", (48, 59)),
    ("u babbu hà quarantadui anni, u zitellu hà sette anni, OGS Unna", (84, 95)),
    # German words that are Frisian or Corsican stay German
    ("Der Vater lebt in Bern, Sohn 7 Jahre, Nachhilfe Selm", (84, 95)),
    ("Die Familie kam aus Korsika, Tochter 11 Jahre, Schulsozialarbeit Unna", (132, 143)),
]


@pytest.mark.parametrize(("text", "age"), _LOOKALIKES)
def test_a_parents_age_or_a_german_lookalike_keeps_the_childs(
    catalogue: Catalogue, text: str, age: tuple[int, int]
) -> None:
    found = understand(text, catalogue).age
    assert found is not None and (found.low, found.high) == age


def test_german_words_are_no_frisian_or_corsican() -> None:
    text = ("Der Sohn ist in Bern, die Mama hat acht Termine, das ist de facto zu viel. "
            "Er hat sei dank Hilfe.")
    assert germanise(text) == text


_LANGUAGES = [
    ("Erziehungsberatung auf Friesisch in Unna? Dochter fan acht jier.", ("fy",)),
    ("Beratung auf Tibetisch, བུ་མོ་ ལོ་ ༣, Unna", ("bo",)),
    ("Elternkurs auf Korsisch in Unna? u zitellu hà quattru anni", ("co",)),
    # a report of what the family speaks asks for nothing; the offer asked in Dutch does
    ("de mem praat allinnich Nederlânsk en Frysk, gjin Dútsk. Erziehungsberatung auf "
     "Niederländisch? Jonge is sân.", ("nl",)),
    ("Familie út Fryslân, thús Frysk, famke fan trije jier, Kita Unna", ()),
]


@pytest.mark.parametrize(("text", "languages"), _LANGUAGES)
def test_an_asked_language_is_a_wish(catalogue: Catalogue, text: str,
                                     languages: tuple[str, ...]) -> None:
    assert tuple(sorted(understand(text, catalogue).languages)) == tuple(sorted(languages))
