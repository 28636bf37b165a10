"""Ages, round 26: numbers spelt out, days and weeks of life, a birth told as an arrival.

A dictated pregnancy week or school year is an ordinal word ("in der vierunddreißigsten Woche",
"dreizehnten Klasse"): the teens and the tens up to the forties are composed like the cardinals.
"im 4. Lebensmonat" is three months old, "in der 3. Lebenswoche" a newborn, and a year of life
told as completed after its noun ("hat das 3. Lebensjahr bereits vollendet") is that age. A baby
that "kam gestern" or a mother who "hat letzte Woche entbunden" names a newborn, while a child who
"kam gestern in die Kita" does not. A person's "-jährig" before "früher" is no delay. A number
spelt out is never an unknown need word to name in the answer. Each row is written for this table
(none is taken from an evaluation set).
"""

from __future__ import annotations

import pytest

from bot.catalogue import Catalogue
from bot.models import AgeRange
from bot.text import fold
from bot.understanding import understand
from bot.understanding.age import read_age
from bot.understanding.spelt import is_spelt_number

PREGNANCY = AgeRange(-9, -1)
NEWBORN = AgeRange(0, 0)

ROWS: list[tuple[str, AgeRange | None]] = [
    # ordinal words of a dictated week of pregnancy or a school year
    ("frau in der vierunddreißigsten woche hat noch keine hebamme", AgeRange(-5, -1)),
    ("schwangere in der sechzehnten woche sucht beratung", PREGNANCY),
    ("sie ist in der zweiundzwanzigsten schwangerschaftswoche", PREGNANCY),
    ("mein sohn geht in die dreizehnte klasse am berufskolleg", AgeRange(216, 227)),
    ("Kind 4 ist erst in der zweiten Woche in der Kita und weint viel", AgeRange(48, 59)),
    # a month, week or year of life
    ("Säugling im 4. Lebensmonat, sucht Babymassage", AgeRange(3, 3)),
    ("kind im dreizehnten lebensmonat, krabbelgruppe gesucht", AgeRange(12, 12)),
    ("baby in der dritten lebenswoche schreit viel", NEWBORN),
    ("Kind im 3. Lebensjahr, Spielgruppe gesucht", AgeRange(24, 35)),
    ("Das Kind hat das 3. Lebensjahr bereits vollendet, Kitaplatz gesucht", AgeRange(36, 47)),
    ("vollendetes 4. LJ, Kitaplatz gesucht", AgeRange(48, 59)),
    # a birth told as the baby's arrival days ago
    ("geburt im rtw, baby kam gestern um vier uhr zwölf, mutter hat keine hebamme", NEWBORN),
    ("Mutter hat letzte Woche entbunden, sucht Nachsorgehebamme", NEWBORN),
    ("Die Kleine wurde letzte Woche geboren, Frühchen, Hilfe?", NEWBORN),
    ("Kind kam gestern in die Kita und weinte, 3 Jahre", AgeRange(36, 47)),
    ("die kleine kam gestern nach hause, 5 Jahre", AgeRange(60, 71)),
    # a person's age before "früher" is no delay; a school start put off still is one
    ("zwanzigjähriger früher im heim, jetzt raus aus der wohngruppe", AgeRange(240, 251)),
    ("Tochter soll ein Jahr später eingeschult werden, sie ist 6", AgeRange(72, 83)),
    # babies counted are no age of two years; the sibling "of" them is the child asked about
    ("die große Schwester (8) von zwei Frühchen ist abgemeldet", AgeRange(96, 107)),
    ("Mutter von 2 Frühchen sucht Hilfe", NEWBORN),
    ("Zwillinge, 2 Frühchen, 3 Monate alt", AgeRange(3, 3)),
]


@pytest.mark.parametrize(("text", "candidates"), [
    ("Bruder (13) passt auf das Baby auf, Mutter weg", (AgeRange(156, 167), AgeRange(0, 11))),
])  # fmt: skip
def test_a_sibling_by_number_beside_a_baby_by_word_is_asked(
    text: str, candidates: tuple[AgeRange, ...]
) -> None:
    """Which child the request is for only the asker can say: ask, never guess the baby."""
    reading = read_age(fold(text))
    assert reading.age is None
    assert reading.candidates == candidates


@pytest.mark.parametrize(("text", "age"), ROWS)
def test_age(text: str, age: AgeRange | None) -> None:
    assert read_age(fold(text)).age == age


@pytest.mark.parametrize(("spelt", "digits"), [
    ("frau in der vierunddreißigsten woche", "frau in der 34. woche"),
    ("in der sechzehnten Woche schwanger", "in der 16. Woche schwanger"),
    ("geht in die dreizehnte Klasse", "geht in die 13. Klasse"),
])  # fmt: skip
def test_an_ordinal_word_reads_as_its_digits(spelt: str, digits: str) -> None:
    assert read_age(fold(spelt)).age == read_age(fold(digits)).age


@pytest.mark.parametrize("word", [
    "vierunddreissigsten", "zweihundertsechsunddreissig", "vierundvierzig", "zwanzigjaehriger",
    "sechzehnjaehrige", "dreizehnten", "zweitausendneunzehn",
])  # fmt: skip
def test_a_spelt_number_is_recognised(word: str) -> None:
    assert is_spelt_number(word)


@pytest.mark.parametrize("word", ["kinder", "achtung", "neunmalklug", "hundertschaft", ""])
def test_ordinary_words_are_no_spelt_numbers(word: str) -> None:
    assert not is_spelt_number(word)


@pytest.mark.parametrize("text", [
    "mutter ist vierundvierzig, kind siebenundzwanzig monate, sucht spielgruppe in kamen",
    "geburt auf der b zweihundertsechsunddreißig, baby kam gestern, hebamme in bork gesucht",
    "frau in der vierunddreißigsten woche hat noch keine hebamme wohnt in unna",
])  # fmt: skip
def test_a_spelt_number_is_not_named_as_unknown(text: str, catalogue: Catalogue) -> None:
    """The answer names words it has no offer for; a number is none of them."""
    request = understand(text, catalogue)
    assert request.unexplained == ()
    assert request.age is not None


@pytest.mark.parametrize("text", [
    "kuzhandai ist 14 maasam, Kita oder Tagesmutter gesucht",
    "pappa ist 7 vaaram alt und schreit jede Nacht",
    "beebi ist 9 kuud, sucht Krabbelgruppe",  # Estonian; Lithuanian is read now
])  # fmt: skip
def test_a_number_before_a_unit_nobody_reads_is_asked(text: str) -> None:
    """A unit of a language no section reads may be months or weeks: never guess it is years."""
    reading = read_age(fold(text))
    assert reading.age is None
    assert reading.uncertain


@pytest.mark.parametrize(("text", "age"), [
    ("sie wird im Mai 18 Hilfeplan endet", AgeRange(204, 215)),
    ("er ist 12 hat angst vor der schule", AgeRange(144, 155)),
    ("sohn ist 9 kommt nicht klar", AgeRange(108, 119)),
])  # fmt: skip
def test_a_number_before_an_ordinary_word_stays_the_age(text: str, age: AgeRange) -> None:
    assert read_age(fold(text)).age == age
