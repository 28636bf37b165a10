"""Faroese, Samoan and Quechua ages, needs and languages in a German message (tongues55c).

Professionals write "barnið er fimm vikur gamalt", "Hon er seks mánaðir gomul", "Ein tama, e fitu
ona tausaga", "tama e sefulu ma le lua tausaga", "qhari wawa pichqa watayuq" or "kimsa wawakuna:
iskay, tawa, suqta watayuq". Without the `[fo]`, `[sm]` and `[qu]` sections of
`bot/data/foreign.toml` these ages were lost, and a bare answer ("tríggjar vikur", "e valu
tausaga", "pusaq killayuq") left the assistant asking again. Faroese builds on Icelandic, Quechua
on Spanish. A parent's age is never cut to a child's, words of German or of another language that
look Samoan or Quechua ("Pepe", "Turin", Estonian "teine", Finnish "tämä", "OG") keep their
reading, and a language the family speaks is no wish. New sentences, read through the
understanding API.
"""

from __future__ import annotations

import pytest

from bot.catalogue import Catalogue
from bot.understanding import understand
from bot.understanding.foreign import germanise

_AGES = [
    # Faroese: "ár"/"ára" with or without the adjective, months and weeks, a half, a list
    ("dóttir okkara er fimm ára gomul, Logopädie in Kamen", (60, 71)),
    ("vøggubarnið er tvær vikur gamalt, Familienhebamme Selm", (0, 0)),
    ("Drongurin er ellivu mánaðir gamal, Krabbelgruppe Unna", (11, 11)),
    ("gentan, trettan ár, Schulsozialarbeit Lünen", (156, 167)),
    ("barnið er tvey og hálvt ár, Kita Bönen", (30, 30)),
    ("tvey børn, fýra og sjey ára gomul, Familienzentrum Werne", (48, 95)),
    # Samoan: the particle "e" before the number, "ona"/"le" before the unit, "ma le" in teens
    ("o le teine e fitu tausaga, Nachhilfe Unna", (84, 95)),
    ("tama e sefulu ma le fa tausaga, Jugendtreff Kamen", (168, 179)),
    ("Pepe e lima masina, Babymassage Werne", (5, 5)),
    ("tamaiti: e lua ma le ono tausaga, Familienberatung Selm", (24, 83)),
    # Quechua: "-yuq" (having) on the unit, Cusco "-yoq", tens with "chunka"
    ("warmi wawa suqta watayoq, Übergang Schule Bergkamen", (72, 83)),
    ("qhari wawa chunka kimsayuq watayuq, Ausbildung Bönen", (156, 167)),
    ("wawa tawa killayuq, PEKiP Holzwickede", (4, 4)),
    ("iskay wawakuna: kimsa, pichqa watayuq, Kita Schwerte", (36, 71)),
]


@pytest.mark.parametrize(("text", "age"), _AGES)
def test_the_childs_age_is_read(catalogue: Catalogue, text: str, age: tuple[int, int]) -> None:
    found = understand(text, catalogue).age
    assert found is not None and (found.low, found.high) == age


_LOOKALIKES = [
    # a parent's age beside the child's, spelt out in full
    ("pápin er fýrati og tvey ár, drongurin er seks ár, OGS Kamen", (72, 83)),
    ("lona tamā e fāsefulu tausaga, o le teine e iva tausaga, Nachhilfe Unna", (108, 119)),
    ("taytanqa kimsa chunka pusaqniyuq watayuq, churin pusaq watayuq, OGS Unna", (96, 107)),
    # names and words of German and other languages that look Samoan or Quechua stay as typed
    ("Sohn Pepe, 4 Jahre, Kita Unna", (48, 59)),
    ("Familie aus Lima, Tochter 3 Jahre, Wohnung im 2. OG, Kamen", (36, 47)),
]


@pytest.mark.parametrize(("text", "age"), _LOOKALIKES)
def test_a_parents_age_or_a_lookalike_keeps_the_childs(
    catalogue: Catalogue, text: str, age: tuple[int, int]
) -> None:
    found = understand(text, catalogue).age
    assert found is not None and (found.low, found.high) == age


def test_german_names_are_no_samoan_or_quechua() -> None:
    text = "Familie aus Turin, Mutter Tina, Sohn Pepe, Wohnung im 2. OG, Termin um 14 Uhr."
    assert germanise(text) == text


def test_estonian_and_finnish_words_are_no_samoan() -> None:
    # Estonian "teine" (other) and Finnish "tämä" (this) are no girl and no boy
    found = germanise("teine laps on koolis, tämä lapsi on kotona.")
    assert found.startswith("teine ") and "tämä " in found and "Mädchen" not in found


@pytest.mark.parametrize(("text", "german"), [
    # bare answers to "how old?"
    ("tríggjar vikur", "3 Wochen"),
    ("e valu tausaga", "e 8 Jahre"),
    ("pusaq killayuq", "8 Monate"),
    # a pregnancy and a sibling told in the language
    ("hon er við barn, í 28. viku", "sie ist schwanger, í 28. Woche"),
    ("chichu kashan", "ist schwanger"),
    ("og hon hevur ein beiggja", "og sie hat einen Bruder"),
])
def test_a_bare_answer_or_a_phrase_becomes_german(text: str, german: str) -> None:
    assert germanise(text) == german


_NEEDS = [
    ("svevnráðgeving fyri barnið, níggju mánaðir gamalt, Unna", "schreibaby_schlaf"),
    ("foreldraskeið? drongurin er fýra ára gamal, Kamen", "elternkurse"),
    ("Wawa mana puñunchu, tutantin waqan, pusaq killayuq, Kamen-Mitte", "schreibaby_schlaf"),
    ("Pepe e lua masina, e le moe i le po, Unna", "schreibaby_schlaf"),
]


@pytest.mark.parametrize(("text", "topic"), _NEEDS)
def test_a_need_told_in_the_language_is_read(catalogue: Catalogue, text: str,
                                             topic: str) -> None:
    assert topic in understand(text, catalogue).topics


_LANGUAGES = [
    ("drongur fimm ár, Sprachförderung helst á føroyskum, Unna", ("fo",)),
    ("Teine e valu tausaga, Beratung am liebsten auf Samoanisch, Lünen", ("sm",)),
    ("wawa pichqa watayuq, Elternberatung runasimipi, Unna", ("qu",)),
    # a report of what the family speaks asks for nothing
    ("mamman tosar bara føroyskt, barnið er tvey ár, Kita Unna", ()),
    ("Familie spricht zuhause Samoanisch, Kind e fa tausaga, Sprachförderung Bönen", ()),
    ("tayta mamakuna runasimita rimanku, wawa kimsa watayuq, Kita Lünen", ()),
]


@pytest.mark.parametrize(("text", "languages"), _LANGUAGES)
def test_an_asked_language_is_a_wish(catalogue: Catalogue, text: str,
                                     languages: tuple[str, ...]) -> None:
    assert tuple(sorted(understand(text, catalogue).languages)) == tuple(sorted(languages))
