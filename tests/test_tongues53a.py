"""Icelandic, Sindhi and Fula ages and languages in a German message (tongues53a).

Icelandic-born teachers write "börnin eru átta og níu ára", "stelpan er fjögurra ára", "barnið er
sex vikna", "tveggja og hálfs árs", "á aldrinum átta til tólf ára" and "á íslensku"; helpers in
shelters write Sindhi in its script, "ٻار ٽن کان ڇهن سالن جا" (children from three to six years),
"ڌيءُ ست سالن جي", "سنڌي ۾"; Fula coaches "duuɓi jeeɗiɗi haa sappo" (seven to ten years),
"sukaaɓe rewɓe duuɓi sappo e go'o haa sappo e tati", "ɓe njiɗi haala e Pulaar". Without the
`[is]`, `[sd]` and `[ff]` sections of `bot/data/foreign.toml` these ages were lost. A range's "to"
of these languages ("til", "کان", "haa") is written "bis", and a number word before a full stop
still joins a list ("duuɓi tati e jowi."). The sentences are new ones, read by `understand`.
"""

from __future__ import annotations

import pytest

from bot.catalogue import Catalogue
from bot.understanding import understand
from bot.understanding.foreign import germanise

_AGES = [
    # Icelandic: genitive numbers and units, lists, halves, spans, a parent's age beside
    ("Kita Unna: drengurinn er þriggja ára og talar lítið. Sprachförderung?", (36, 47)),
    ("Zwillinge, þau eru fimm og sjö ára, Erziehungsberatung Lünen", (60, 95)),
    ("sonurinn er eins og hálfs árs, Krabbelgruppe in Bönen", (18, 18)),
    ("Ferienprogramm für börn á aldrinum sex til níu ára in Selm", (72, 119)),
    ("Faðirinn er fjörutíu og eins árs, stelpan er sjö mánaða. Frühe Hilfen Kamen", (7, 7)),
    ("strakurinn er thriggja ara, Kita in Holzwickede", (36, 47)),
    # Sindhi: oblique numbers, "کان" ranges, months and days with "جو/جي/جا"
    ("پٽ پنجن سالن جو آهي، Kita-Platz in Kamen gesucht", (60, 71)),
    ("ٻار ٻن کان پنجن سالن جا, Spielgruppe in Bergkamen?", (24, 71)),
    ("ڌيءُ چئن مهينن جي آهي, schläft nicht, Unna", (4, 4)),
    ("امڙ ٽيهن سالن جي، ڇوڪرو نون سالن جو. Nachhilfe in Selm", (108, 119)),
    # Fula: unit before number, compound 11–19, "haa" ranges, a list before a full stop
    ("sukaaɓe worɓe duuɓi sappo e ɗiɗi haa sappo e nayi, Fußball in Unna", (144, 179)),
    ("cukalel lebbi jowi, Frühe Hilfen in Lünen", (5, 5)),
    ("Kinder: duuɓi tati e jowi. Kita-Platz in Selm?", (36, 71)),
    ("Neene makko duuɓi capanɗe tati, ɓiɗɗo debbo duuɓi jeego. Kita in Werne", (72, 83)),
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
    ("Sohn 6 Jahre, Erziehungsberatung á íslensku in Unna?", ("is",)),
    ("Tochter 4, við leitum að einhverjum sem talar íslensku, Kamen", ("is",)),
    ("Elternkurs سنڌي ۾ in Lünen, ٻار ٽن سالن جو", ("sd",)),
    ("ɓe njiɗi haala e Pulaar, Elternberatung in Werne, Kind 7 Jahre", ("ff",)),
    ("Dolmetscher für Fulfulde, Hilfeplangespräch in Unna, Kind 10 Jahre", ("ff",)),
    # a language spoken at home, or German not spoken, is no wish
    ("Fjölskyldan talar íslensku heima, stelpan er níu ára, Nachhilfe Werne", ()),
    ("Familie spricht Sindhi, ٻار ڇهن سالن جو, Schulanmeldung Kamen", ()),
    ("ɓiɗɗo duuɓi nayi ina haala Pulaar tan, Sprachförderung in Unna", ()),
]


@pytest.mark.parametrize(("text", "languages"), _LANGUAGES)
def test_an_asked_language_is_a_wish(catalogue: Catalogue, text: str,
                                     languages: tuple[str, ...]) -> None:
    assert understand(text, catalogue).languages == languages


@pytest.mark.parametrize(("text", "age"), [
    # German and English words the new sections share keep their reading
    ("Aufklärung über Sex und Verhütung für Jugendliche, Tochter 15 Jahre, Kamen", (180, 191)),
    # Arabic "ست" is six before its own units; Sindhi seven only before Sindhi ones
    ("ابني عمره ست سنوات، Kita in Kamen", (72, 83)),
    ("ڌيءُ ست سالن جي آهي، OGS in Kamen", (84, 95)),
    # counts of children and women are no ages
    ("ɓiɓɓe ɗiɗi, duuɓi nayi e jowi, Kita in Unna", (48, 71)),
    ("Í bekknum eru tíu börn, þau eru átta ára. Lernförderung Unna", (96, 107)),
])
def test_look_alikes_keep_their_reading(catalogue: Catalogue, text: str,
                                        age: tuple[int, int]) -> None:
    request = understand(text, catalogue)
    assert request.age is not None and (request.age.low, request.age.high) == age


@pytest.mark.parametrize(("text", "expected"), [
    ("Kinder átta til tólf ára", "8 bis 12 Jahre"),
    ("ٻار ٽن کان ڇهن سالن جا", "3 bis 6 Jahre alt"),
    ("duuɓi jeeɗiɗi haa sappo", "7 bis 10 Jahre"),
    ("börnin eru átta og níu ára", "8 und 9 Jahre"),  # "og" is "and": two ages, no range
    ("Sie ist ólétt, komin sex mánuði á leið", "schwanger, komin 6. Monat"),
    ("biddo duubi sappo e go'o", "Kind 11 Jahre"),  # typed without the hooks
    ("ڇوڪري سورهن ورهين جي آهي", "Mädchen 16 Jahre alt"),
    ("Mutter hat ein Baby, sex vikna", "Mutter hat ein Baby, 6 Wochen"),  # German "ein" stays
    ("Born 2020, 3 Jahre, Kita", "Born 2020, 3 Jahre, Kita"),  # English "born" is no "börn"
])
def test_the_rewrite(text: str, expected: str) -> None:
    assert expected in germanise(text)
