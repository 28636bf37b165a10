"""Each family language's section reads its own grammar of age: number words and unit forms.

Past sections grew from their writers' own example sentences, and on other writers' sentences
they failed where the grammar had a form nobody had typed yet: Lingala "mibu" (the plural of
"mbula"), Sorani "18 sal", Polish "3 tygodnie". The table `tests/data/langs29/grammar.toml` is
written from the grammar of the languages families in NRW most often speak, not from requests:
every number word 1–21 as it stands before a unit, every form of year/month/week/day that follows
a number (singular, plural, the cases numbers govern, diminutives, Turkish "-lık"/"-daki",
Persian and Pashto adjectives), the child words with their cases and possessives, and the
question "how old?" with its answer. A section missing one of them fails here before a user
meets it.
"""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

import pytest

from bot.catalogue import Catalogue
from bot.understanding import understand
from bot.understanding.foreign import germanise
from bot.understanding.foreign_rules import fold_foreign
from bot.understanding.foreign_scripts import data as foreign_data

GRAMMAR: dict[str, dict[str, Any]] = tomllib.loads(
    (Path(__file__).parent / "data" / "langs29" / "grammar.toml").read_text(encoding="utf-8")
)
# Arabizi and Tigrinya in Latin letters share a section with the script
_SECTION = {"ar-arabizi": "ar", "ti-latn": "ti"}
Y, M, W, D = "Jahre", "Monate", "Wochen", "Tage"
# the German words each unit may become ("Monate alt", "jährige" are forms of the same)
_GERMAN = {Y: ("Jahr", "jährig"), M: ("Monat",), W: ("Woche",), D: ("Tag",)}
# the number a unit form is tested with, and the age in months it gives after a child word
_AGES = {Y: (3, (36, 47)), M: (5, (5, 5)), W: (6, (1, 1)), D: (10, (0, 0))}
_ONE = {Y: (12, 23), M: (1, 1), W: (0, 0), D: (0, 0)}

_NUMBER_CASES = [
    (code, value, word)
    for code, g in GRAMMAR.items()
    for value, word in enumerate(g["numbers"], 1)
]
_UNIT_CASES = [
    (code, form, kind) for code, g in GRAMMAR.items() for form, kind in g["units"].items()
]
_KIN_CASES = [(code, word) for code, g in GRAMMAR.items() for word in g["kin"]]
_PREGNANT = [(code, word) for code, g in GRAMMAR.items() for word in g["pregnant"]]


def _has(german: str, value: int, kind: str) -> bool:
    return any(f"{value} {word}" in german for word in _GERMAN[kind])


def _number(code: str, form: str, plural: int) -> int:
    """1 before a singular form ("1 miesiąc", "1 год"), else a number that takes the plural."""
    return 1 if form in GRAMMAR[code]["singular"] else plural


def test_the_table_counts_one_to_twenty_one() -> None:
    assert all(len(g["numbers"]) == 21 for g in GRAMMAR.values())


@pytest.mark.parametrize(("code", "value", "word"), _NUMBER_CASES)
def test_every_number_word_to_21_is_read_before_a_unit(code: str, value: int, word: str) -> None:
    grammar = GRAMMAR[code]
    german = germanise(f"{grammar['child']} {word} {grammar['year']}, Unna")
    assert _has(german, value, Y), german


@pytest.mark.parametrize(("code", "form", "kind"), _UNIT_CASES)
def test_every_unit_form_after_a_number_is_read(code: str, form: str, kind: str) -> None:
    number = _number(code, form, 7)
    german = germanise(f"{GRAMMAR[code]['child']} {number} {form}, Unna")
    assert _has(german, number, kind), german


@pytest.mark.parametrize(("code", "form", "kind"), _UNIT_CASES)
def test_a_child_word_with_number_and_unit_gives_the_age(
    catalogue: Catalogue, code: str, form: str, kind: str
) -> None:
    number, age = _AGES[kind]
    if _number(code, form, number) == 1:
        number, age = 1, _ONE[kind]
    request = understand(f"{GRAMMAR[code]['child']} {number} {form}, Kita in Unna", catalogue)
    assert request.age is not None and (request.age.low, request.age.high) == age


@pytest.mark.parametrize(("code", "word"), _KIN_CASES)
def test_a_child_word_of_every_case_carries_the_age(
    catalogue: Catalogue, code: str, word: str
) -> None:
    """A bare number after a child word is the child's age ("ابني 4", "synowi 4"); after a
    word nobody knows it is none, so this fails where a form of the word is missing."""
    request = understand(f"{word} 4, Beratung in Unna", catalogue)
    age = (4, 4) if word in GRAMMAR[code]["babies"] else (48, 59)
    assert request.age is not None and (request.age.low, request.age.high) == age


@pytest.mark.parametrize(("code", "word"), _PREGNANT)
def test_pregnant_is_read(catalogue: Catalogue, code: str, word: str) -> None:
    request = understand(f"Mutter {word}, Hebamme in Unna gesucht", catalogue)
    assert request.age is not None and (request.age.low, request.age.high) == (-9, -1)


@pytest.mark.parametrize("code", list(GRAMMAR))
def test_each_family_section_has_the_basic_set(code: str) -> None:
    """Every section of a family language knows 1–21 as words, years, months and weeks with
    each unit form of the grammar table (a missing plural fails here), and "how old?"."""
    section = foreign_data()[_SECTION.get(code, code)]
    values = {int(v) for v in section.get("numbers", {}).values() if v == int(v)}
    assert set(range(1, 22)) <= values, sorted(set(range(1, 22)) - values)
    units = {fold_foreign(u): g for u, g in section.get("units", {}).items()}
    kinds = {g.split()[0].replace("jährige", Y) for g in units.values()}
    assert {Y, M, W} <= kinds
    missing = [f for f in GRAMMAR[code]["units"] if fold_foreign(f) not in units]
    assert not missing
    assert section.get("how_old"), "no question 'how old?' whose answer is the age"


@pytest.mark.parametrize("code", [c for c in GRAMMAR if c not in _SECTION])
def test_the_answer_to_how_old_is_the_age(code: str) -> None:
    """"ich fragte 'kaç yaşında?' – 'yedi'": the bare number word after the question."""
    seven = GRAMMAR[code]["numbers"][6]
    for question in foreign_data()[code]["how_old"]:
        german = germanise(f"Ich fragte '{question}?' – '{seven}', Kita Unna")
        assert "wie alt" in german and "7 Jahre" in german, german


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("Ich fragte 'kaç yaşında?' – 'yedi'. Junge spricht kaum Deutsch, Sprachförderung Unna",
         (84, 95)),
        ("Auf 'сколько лет?' sagt sie 'три', Mädchen, Kita-Platz in Kamen gesucht", (36, 47)),
        ("'koliko ima godina?' – 'deset', Junge, Schulsozialarbeit Lünen", (120, 131)),
        ("Elterngespräch, Mama: 'iki yaşındaki oğlum çok vuruyor'. Elternkurs in Lünen?",
         (24, 35)),
        ("Mutter: copilul are un an si 2 luni, sucht Krabbelgruppe in Unna", (14, 14)),
        ("Hebamme Schwerte: noworodek 3 tygodnie, Mutter weint nur. Frühe Hilfen?", (0, 0)),
        ("Kinderarzt: ماشوم ۸ میاشتې, kann nicht krabbeln, Frühförderung Kamen", (8, 8)),
        ("Hebamme: ህጻን 3 ወርሒ, Mutter allein, Frühe Hilfen Kamen", (3, 3)),
        ("Kinderkrankenschwester: mindallekem 6 mang, nakhwat, Unna", (6, 6)),
        ("Lehrer: synovi dvanadtsyat rokiv, Schule sehr schwer, Nachhilfe in Lünen?", (144, 155)),
        ("Lehrerin: fiica lor are doisprezece ani, Mobbing in der Klasse, Werne", (144, 155)),
    ],
)
def test_the_age_is_read(catalogue: Catalogue, text: str, age: tuple[int, int]) -> None:
    request = understand(text, catalogue)
    assert request.age is not None and (request.age.low, request.age.high) == age


@pytest.mark.parametrize(
    "text",
    ["Kinder 3 an der Schule in Kamen", "how old are you? Kita in Unna",
     "Kind braucht 3 Hefte und Stifte"],
)
def test_german_and_questions_without_answer_stay(text: str) -> None:
    """Romanian "an" (year) is German "an", Azerbaijani "həftə" (week) folds to "Hefte", and a
    question with no number after it is none: all stay as typed."""
    assert germanise(text) == text
