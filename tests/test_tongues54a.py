"""Galician, Sundanese and Chuvash ages and languages in a German message (tongues54a).

Galician advisers write "o neno ten catro anos", "a filla de dous anos e medio", "de tres a seis
anos", "en galego"; Sundanese interns "budak lalaki umur dalapan taun", "umur hiji nepi ka tilu
taun", "indungna keur reuneuh", "dina basa Sunda"; a Chuvash paediatrician "ывӑл 3 ҫулта", "хӗр 9
уйӑх", "Ача ҫиччӗ ҫулта", "йӗкӗреш, 2 ҫулта", "чӑвашла" — or with the Latin look-alikes ă ĕ ç of
old keyboards. Without the `[gl]`, `[su]` and `[cv]` sections of `bot/data/foreign.toml` these
ages were lost. Galician builds on Portuguese, Sundanese on Indonesian (`builds_on`). The
sentences are new ones, read by `understand`.
"""

from __future__ import annotations

import pytest

from bot.catalogue import Catalogue
from bot.understanding import understand
from bot.understanding.foreign import germanise

_AGES = [
    # Galician: "ten" (has) before an age, ranges with "a", halves, a parent's age beside
    ("Kita Selm: a nena ten cinco anos e non fala alemán. Sprachförderung?", (60, 71)),
    ("o fillo ten ano e medio, Krabbelgruppe in Bönen", (18, 18)),
    ("Ferienprogramm para nenos de seis a nove anos in Unna", (72, 119)),
    ("O pai ten corenta e dous anos, a filla once meses. Frühe Hilfen Kamen", (11, 11)),
    ("rapaza de dezaseis anos, Streit zu Hause, Werne", (192, 203)),
    # Sundanese: "umur" (aged), teens in "welas", "nepi ka" ranges, "satengah", Indonesian units
    ("budak awéwé umur salapan taun, Nachhilfe in Lünen", (108, 119)),
    ("budak lalaki umur genep welas taun, Jugendtreff Kamen", (192, 203)),
    ("barudak umur opat nepi ka genep taun, Elternkurs in Selm", (48, 83)),
    ("budakna umur tilu taun satengah, Kita in Unna", (42, 42)),
    ("Indungna umur tilu puluh opat taun, orokna umur tujuh bulan, Frühe Hilfen Bönen", (7, 7)),
    ("anakna dalapan tahun, OGS in Werne", (96, 107)),
    # Chuvash: short and full number forms, 11–19 together or apart, units with their endings
    ("ывӑлӗ вунпӗр ҫулта, Mobbing, Schulsozialarbeit Unna", (132, 143)),
    ("хӗр ача тӑваттӑ ҫулта, Kita in Kamen", (48, 59)),
    ("пепке 6 уйӑхлӑх, schläft nicht, Unna", (6, 6)),
    ("ачасем 3-рен 6 ҫулччен, Spielgruppe in Bergkamen", (36, 83)),
    ("Ашшӗ вӑтӑр пилӗк ҫулта, ача икӗ ҫулта. Kita Selm", (24, 35)),
    # Chuvash with the Latin look-alike letters of old keyboards
    ("ывăл çичĕ çулта, OGS in Lünen", (84, 95)),
]


@pytest.mark.parametrize(("text", "age"), _AGES)
def test_the_childs_age_is_read(catalogue: Catalogue, text: str, age: tuple[int, int]) -> None:
    request = understand(text, catalogue)
    assert request.age is not None
    assert (request.age.low, request.age.high) == age


@pytest.mark.parametrize("text", [
    "a nai está embarazada de seis meses, Hebamme in Kamen",
    "indungna nuju reuneuh, bulan kalima, Hebamme in Unna",
    "Амӑшӗ йывӑр ҫын, саккӑрмӗш уйӑхра, Hebamme in Selm",
])
def test_a_pregnancy_is_read(catalogue: Catalogue, text: str) -> None:
    request = understand(text, catalogue)
    assert request.age is not None and request.age.high == -1 and request.age.low < 0


_LANGUAGES = [
    ("Elternkurs en galego in Lünen, o neno ten sete anos", ("gl",)),
    ("Erziehungsberatung, alguén que fale galego? a nena ten oito anos, Unna", ("gl",)),
    ("Beratung nganggo basa Sunda, budak umur genep taun, Kamen", ("su",)),
    ("Elternberatung чӑвашла, ача 5 ҫулта, Werne", ("cv",)),
    ("Dolmetscher für Tschuwaschisch, Hilfeplangespräch in Unna, ача 9 ҫулта", ("cv",)),
    # a language spoken at home, or German not spoken, is no wish
    ("a familia fala galego na casa, o neno ten catro anos, Kita Unna", ()),
    ("budak umur lima taun teu bisa basa Jerman, Sprachförderung in Bönen", ()),
    ("ача 4 ҫулта, нимӗҫле калаҫмасть, Sprachförderung in Kamen", ()),
]


@pytest.mark.parametrize(("text", "languages"), _LANGUAGES)
def test_an_asked_language_is_a_wish(catalogue: Catalogue, text: str,
                                     languages: tuple[str, ...]) -> None:
    assert understand(text, catalogue).languages == languages


@pytest.mark.parametrize(("text", "expected"), [
    ("o neno ten catro anos", "Junge ist 4 Jahre"),  # "ten" is no English ten here
    ("my son is ten.", "my Sohn ist 10."),  # ... but it is in English
    ("os pais son moi novos (dezanove anos)", "die Eltern sind moi novos (19 Jahre)"),
    ("nenos de tres a seis anos", "Kinder de 3 bis 6 Jahre"),
    ("vinte e un anos", "21 Jahre"),  # tens and ones, no list of 20 and 1
    ("umur hiji nepi ka tilu taun", "1 bis 3 Jahre"),
    ("umur tujuh jeung salapan taun", "7 und 9 Jahre"),  # "jeung" is "and": two ages
    ("ача виҫҫӗ ҫурӑ ҫулта", "Kind 3,5 Jahre"),
    ("ҫиччӗмӗш уйӑхра", "7. Monat"),
    ("ывал сакар султа", "Sohn 8 Jahre"),  # typed with Russian letters
    ("Termin am 12. Dez. um 10 Uhr", "Termin am 12. Dez. um 10 Uhr"),  # German "Dez." stays
    ("garçon de două ani", "2 Jahre"),  # a Latin ç or ă in a Latin word stays Latin
])
def test_the_rewrite(text: str, expected: str) -> None:
    assert expected in germanise(text)
