"""Ages, needs and wishes told in Fijian, Ewe and Bambara inside a German message (tongues58a).

Nurses, school staff and association volunteers write the child's age in the family's language,
the unit before its number: Fijian "gone tagane yabaki tolu" (a boy, three years), "vula walu"
(eight months); Ewe "nyɔnuvi ƒe asieke" (a girl of nine), "ƒe ade, ƒe adre kple ƒe asieke";
Bambara "denkɛ san naani" (a boy, four), "san tan ni fila" (twelve), "san duuru ni san seegin".
Numbers reach a parent's age ("yabaki tolusagavulu", "ƒe blaeve vɔ atɔ̃", "san mugan ni duuru"),
so a mother is never read as a child. Read through the assistant: the age it understood, and that
every offer it stands behind takes a child of that age. Look-alikes keep their reading: Bambara
"san" and Fijian "siga" before digits, German "den" and "denke", a family's years in Germany.
"""

from __future__ import annotations

import pytest

from bot.assistant import Assistant
from bot.understanding.foreign import germanise
from tests.relevance import assert_age_read_and_offers_fit

CASES = [
    # Fijian: years, months, compound numbers, a parent's age beside the child's
    ("gone yalewa yabaki vitu e rere, Schulsozialarbeit in Bergkamen?", (84, 95)),
    ("Mama (yabaki ruasagavulu ka lima) fragt für ihr Baby, vula tolu, Krabbelgruppe Unna", (3, 3)),
    ("gone tagane, yabaki tini ka rua, zockt nachts, Medienberatung Schwerte", (144, 155)),
    ("gone yalewa yabaki rua se tolu beka, Kita-Platz in Selm", (24, 47)),
    # Ewe: the unit "ƒe" first, tens and a list joined by "kple"
    ("ɖevi ŋutsuvi, exɔ ƒe adre, weint jeden Tag, Beratung in Kamen?", (84, 95)),
    ("Mama ƒe blaeve vɔ atɔ̃, nyɔnuvi ƒe adre, Mama trinkt, Hilfe? Lünen", (84, 95)),
    ("ɖevi ŋutsuvi ƒe wuieve raucht schon, Suchtprävention in Schwerte?", (144, 155)),
    ("Drei Brüder, ƒe ade, ƒe adre kple ƒe asieke, Ferienbetreuung Lünen-Süd?", (72, 119)),
    ("vidzĩ ɣleti eve, trinkt schlecht, Frühe Hilfen in Bergkamen?", (2, 2)),
    # Bambara: "san" before number words, "ni" joining tens and ones and two ages
    ("ihr Sohn ist san tan ni fila, will nicht zur Schule, Lünen", (144, 155)),
    ("denmisɛn fila san duuru ni san seegin, Papa trinkt, Bönen", (60, 107)),
    ("Mama san mugan ni duuru, denmuso san fila, Entlastung in Schwerte", (24, 35)),
    ("denkɛ san naani walima san duuru, Kita in Bönen?", (48, 71)),
    ("den kalo naani, Mama allein und erschöpft, Frühe Hilfen Lünen?", (4, 4)),
    # a family's years here are no age
    ("Familie seit yabaki rua in Kamen, gone yalewa yabaki lima, Integration?", (60, 71)),
    ("i ni ce! Familie seit san fila in Werne, denkɛ san wɔɔrɔ, Integration?", (72, 83)),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_age_in_fijian_ewe_or_bambara(assistant: Assistant, text: str,
                                      expected: tuple[int, int]) -> None:
    answer, _session = assistant.respond(text)
    assert_age_read_and_offers_fit(answer, expected)


@pytest.mark.parametrize(("text", "code"), [
    ("Papa fragt, ob dort jemand Ewe oder Französisch spricht. Lünen-Süd.", "ee"),
    ("Mama möchte Beratung auf Fidschianisch, Kamen", "fj"),
    ("Erziehungsberatung auf Bamanankan in Kamen?", "bm"),
])
def test_language_wish(assistant: Assistant, text: str, code: str) -> None:
    answer, _session = assistant.respond(text)
    assert code in answer.request.languages


@pytest.mark.parametrize(("text", "kept"), [
    ("Termin in San 3 ist voll", "San 3"),  # "san" is a year before Bambara number words only
    ("Kita e.V., siga 3", "siga 3"),  # Fijian "siga" (day) likewise
    ("Ich denke, das Kind ist 5", "denke"),  # "denkɛ" (boy) only with its ɛ
    ("mit den Kindern, Rua da Paz 3", "Rua da Paz 3"),
    ("wo ade 6", "wo ade 6"),  # Ewe numbers only after their unit
])
def test_look_alikes_stay_as_typed(text: str, kept: str) -> None:
    assert kept in germanise(text)
