"""Upper Sorbian, Tongan and Guarani ages, needs and languages in a German message (tongues56c).

Professionals write "hólčk je štyri lěta stary", "dźěći: sydom a dźewjeć lět", "ta'ahine ta'u
fitu", "tamasi'i ta'u hongofulu mā ua", "mitãkuña mokõi ary" or "mitã irundy ary ha mokõi ary".
Without the `[hsb]`, `[to]` and `[gn]` sections of `bot/data/foreign.toml` these ages were lost,
and "auf Sorbisch" was read as a typo of Serbian. Tongan tells the unit before its number, Guarani
builds on Spanish. A parent's age is never cut to a child's, German words that look like these
languages' words ("Mac", "Pepe", "Po", "40 ha") keep their reading, and a language the family
speaks is no wish. New sentences, read through the understanding API.
"""

from __future__ import annotations

import pytest

from bot.catalogue import Catalogue
from bot.dialogue.phrases import is_courtesy
from bot.understanding import understand
from bot.understanding.foreign import germanise

_AGES = [
    # Upper Sorbian: the unit takes the number's form (1 lěto, 2 lěće, 3–4 lěta, 5+ lět)
    ("holčka je dwě lěće stara, Krabbelgruppe Unna", (24, 35)),
    ("hólčk, štyri lěta, Logopädie in Kamen", (48, 59)),
    ("dźowka, wosom měsacow, PEKiP Werne", (8, 8)),
    ("dźěćatko dwaj tydźenjej, Familienhebamme Selm", (0, 0)),
    ("dźěći: tři a šěsć lět, Familienzentrum Bönen", (36, 83)),
    ("pjećlětna holčka, Sprachförderung Lünen", (60, 71)),
    # Tongan: "ta'u" (year) before its number, "mā" inside the teens, "'e" before months
    ("ta'ahine ta'u hongofulu mā tolu, Schulsozialarbeit Unna", (156, 167)),
    ("tamasi'i ta'u 8, Nachhilfe Kamen", (96, 107)),
    ("pēpē māhina 'e ono, Babymassage Werne", (6, 6)),
    ("ta'u taha ua, tamasi'i, Jugendtreff Kamen", (144, 155)),
    ("tamaiki: ta'u ua mo e ta'u nima, Familienzentrum Selm", (24, 71)),
    # Guarani: "ary" (year), "jasy" (month), tens with "pa"
    ("mitãkaria'y pa mbohapy ary, Ausbildung Bönen", (156, 167)),
    ("mitã'i irundy jasy, Schlafberatung Holzwickede", (4, 4)),
    ("mitãkuña pokõi ary, OGS Schwerte", (84, 95)),
    ("mitãnguéra: mokõi ary ha poteĩ ary, Familienberatung Kamen", (24, 83)),
]


@pytest.mark.parametrize(("text", "age"), _AGES)
def test_the_childs_age_is_read(catalogue: Catalogue, text: str, age: tuple[int, int]) -> None:
    found = understand(text, catalogue).age
    assert found is not None and (found.low, found.high) == age


_LOOKALIKES = [
    # a parent's age beside the child's, spelt out in full
    ("mać je dwaj a třiceći lět, hólčk je sydom lět, OGS Kamen", (84, 95)),
    ("fa'ē ta'u fāngofulu mā ua, ta'ahine ta'u hiva, Nachhilfe Unna", (108, 119)),
    ("sy irundypa ary, mitãkuña pa ary, Nachhilfe Lünen", (120, 131)),
    # German words that look Sorbian, Tongan or Guarani stay German
    ("Baby 4 Monate, Po wund, Hebamme Kamen", (4, 4)),
    ("Sohn Pepe, 6 Jahre, je 2 Stunden am Tablet, Unna", (72, 83)),
]


@pytest.mark.parametrize(("text", "age"), _LOOKALIKES)
def test_a_parents_age_or_a_lookalike_keeps_the_childs(
    catalogue: Catalogue, text: str, age: tuple[int, int]
) -> None:
    found = understand(text, catalogue).age
    assert found is not None and (found.low, found.high) == age


def test_german_words_are_no_sorbian_tongan_or_guarani() -> None:
    text = "Familie Nan, Sohn Pepe, der Po ist wund, ein Tau im Garten, Pa und Ma."
    assert germanise(text) == text


@pytest.mark.parametrize(("text", "german"), [
    # bare answers to "how old?"
    ("pjeć lět", "5 Jahre"),
    ("ta'u hongofulu mā fā", "14 Jahre"),
    ("mitã mokõi arapokõindy", "Kind 2 Wochen"),
    # a pregnancy told in the language
    ("mać je samodruha", "die Mutter ist schwanger"),
    ("kuña hyeguasu", "schwangere Frau"),
    # greetings and thanks carry no need
    ("Dźakuju so!", ""),
    ("mālō 'aupito", ""),
    ("Aguyjevete", ""),
])
def test_a_bare_answer_or_a_phrase_becomes_german(text: str, german: str) -> None:
    assert germanise(text).strip() == german


_LANGUAGES = [
    ("holčka pjeć lět, Beratung w serbšćinje, Unna", ("hsb",)),
    ("Gibt es was auf Sorbisch? dźěćo je dwě lěće, Unna", ("hsb",)),
    ("Eltern sprechen nur Obersorbisch, dźěćo jedne lěto, Krabbelgruppe Werne", ("hsb",)),
    ("tokoni 'i he lea faka-Tonga, tamasi'i ta'u valu, Unna", ("to",)),
    ("mitã poteĩ ary, Beratung guaraníme, Unna", ("gn",)),
    # "Serbisch" stays Serbian
    ("Kind 4 Jahre, Beratung auf Serbisch, Unna", ("sr",)),
    # a report of what the family speaks asks for nothing
    ("Familija rěči doma serbsce, holčka štyri lěta, Kita in Kamen", ()),
    ("Familie spricht zuhause Tongaisch, tamasi'i ta'u fā, Kita in Bönen", ()),
    ("Familie aus Paraguay, sprechen Guaraní und Spanisch, mitãkuña mbohapy ary, Kita", ()),
]


@pytest.mark.parametrize(("text", "languages"), _LANGUAGES)
def test_an_asked_language_is_a_wish(catalogue: Catalogue, text: str,
                                     languages: tuple[str, ...]) -> None:
    assert tuple(sorted(understand(text, catalogue).languages)) == tuple(sorted(languages))


_NEEDS = [
    ("dźěćo je wosom měsacow a njespi w nocy, Unna", "schreibaby_schlaf"),
    ("tamasi'i ta'u ua, 'ikai ke lea, Kamen", "sprachfoerderung"),
    ("mitã'i mokõi jasy, hasẽ heta, ndokéi, Kamen", "schreibaby_schlaf"),
]


@pytest.mark.parametrize(("text", "topic"), _NEEDS)
def test_a_need_told_in_the_language_is_read(catalogue: Catalogue, text: str,
                                             topic: str) -> None:
    assert topic in understand(text, catalogue).topics


@pytest.mark.parametrize("text", ["Dźakuju so!", "Dźakuju so 🙂", "mālō", "mālō 'aupito",
                                  "Aguyje!", "Aguyjevete"])
def test_thanks_in_the_three_languages_are_courtesy(text: str) -> None:
    # answered as "danke" is, never "could not read that"
    assert is_courtesy(text)
