"""Ages as session 38's fresh set showed them misread (`tests/data/ages38/`).

Each row is a phrasing of a class, written for this table. A pregnancy denied in any phrasing
("nicht schwanger", "schwanger is se nich", "kein Baby unterwegs", "not pregnant") names no unborn
child: the girl is asked about at her own age, and pregnancy offers shown for her would be
unsuitable. "nicht nur schwanger" still is.
"""

from __future__ import annotations

import re

import pytest

from bot.models import AgeRange
from bot.text import fold
from bot.understanding.age import read_age
from bot.understanding.foreign import germanise
from bot.understanding.unmarked import restore_marks

PREGNANT = AgeRange(-9, -1)


def _age(text: str) -> AgeRange | None:
    """Read the age as `understand` does: regional and foreign words rewritten first."""
    return read_age(restore_marks(fold(germanise(text)))).age


def _year(years: int) -> AgeRange:
    return AgeRange(years * 12, years * 12 + 11)


@pytest.mark.parametrize(("text", "age"), [
    ("Klientin 17, nicht schwanger, will raus aus der Wohngruppe", _year(17)),
    ("Die Lena is 16, schwanger is se nich, aber kifft jeden Tag", _year(16)),
    ("Mädchen, 15. Schwanger ist sie zum Glück nicht, hat aber Fragen zur Verhütung", _year(15)),
    ("Kein Baby unterwegs – die Mutter will Erziehungsberatung für ihren Sohn (8)", _year(8)),
    ("Test negativ, sie ist doch nicht schwanger. Die 15-Jährige will Verhütungsberatung",
     _year(15)),
    ("She is 16, not pregnant, but wants advice on contraception", _year(16)),
    ("Schülerin 14, keine Schwangerschaft, aber ständig Streit zu Hause", _year(14)),
    ("Sie ist nicht mehr schwanger, das Baby ist jetzt 6 Wochen alt", AgeRange(1, 1)),
    # near misses: pregnant after all
    ("Sie ist nicht nur schwanger, sondern auch wohnungslos, 19", PREGNANT),
    ("Schülerin 16, schwanger, weiß nicht weiter", PREGNANT),
    ("Sie ist schwanger und nicht versichert, 22. SSW", PREGNANT),
])
def test_denied_pregnancy_is_none(text: str, age: AgeRange) -> None:
    assert _age(text) == age


def _grade(year: int) -> AgeRange:
    """A school year's age: the first class is six."""
    return _year(year + 5)


@pytest.mark.parametrize(("text", "age"), [
    ("Baiatul, clasa a treia, LRS, muss extra lesen üben", _grade(3)),
    ("Mama schreibt: băiatul e în clasa a patra, citește greu", _grade(4)),
    ("fata e in clasa a IV-a si nu citeste", _grade(4)),
    ("Mutter sagt, córka chodzi do trzeciej klasy i nie umie czytać", _grade(3)),
    ("syn jest w piątej klasie, ma problemy", _grade(5)),
    ("córka, klasa pierwsza, płacze rano", _grade(1)),
    ("oğlum beşinci sınıfta, okulda zorbalık var", _grade(5)),
    ("kızım 3. sınıf, okuma zor", _grade(3)),
    ("дочь во втором классе, плохо читает", _grade(2)),
    ("син у п'ятому класі", _grade(5)),
    ("sin mi je u trećem razredu", _grade(3)),
    ("vajza është në klasën e katërt", _grade(4)),
    ("pesaram kelas-e sevom ast", _grade(3)),
    ("a fiam harmadik osztályba jár", _grade(3)),
    ("mi hija está en cuarto de primaria", _grade(4)),
])
def test_school_year_in_a_family_language(text: str, age: AgeRange) -> None:
    assert _age(text) == age


@pytest.mark.parametrize("text", [
    "Mutter spricht Polnisch, wir suchen eine Klasse für Deutsch als Zweitsprache",
    "hat 2 anos Schule in Portugal gehabt, jetzt Deutschkurs",
    "first class ticket, Familie fährt weg",
])
def test_no_school_year_without_class_and_ordinal(text: str) -> None:
    assert _age(text) is None


@pytest.mark.parametrize(("text", "age"), [
    # a birth year dictated in words counts to today as its digits do (5 Dec 2026 in the sets)
    ("der junge ist jahrgang zweitausendneun und sucht ne ausbildung", "2009"),
    ("Kind geboren zweitausendzweiundzwanzig, noch kein Kitaplatz", "2022"),
    ("Geburtsjahr zweitausendsechzehn, Junge, Mobbing", "2016"),
    ("Sohn, geb. zweitausendundzwanzig, Kita", "2020"),
    ("born in two thousand and nineteen, speech delay", "2019"),
])
def test_birth_year_in_words_reads_as_digits(text: str, age: str) -> None:
    digits = re.sub(r"zweitausend\w+|two thousand and nineteen", age, text)
    assert _age(text) == _age(digits) is not None


def test_thousand_as_a_sum_is_no_age() -> None:
    assert _age("er hat zweitausend euro schulden, 19 jahre") == _year(19)


@pytest.mark.parametrize(("text", "age"), [
    # a list conjunction in dialect or a family language lists ages as "und" does
    ("Boah, zwei neue Jungs ausse Ukraine, 12 un 13, wohnen in Bramey", AgeRange(144, 167)),
    ("drei Blagen, 10, 11 un 13, lassen Vapes rumgehen", AgeRange(120, 167)),
    ("Twee Deerns, 7 un 9 Johr, bruukt Nachhilfe", AgeRange(84, 119)),
    ("djeca 4, 9 i 12, Vater allein", AgeRange(48, 155)),
    ("twee kinderen, 3 en 5 jaar", AgeRange(36, 71)),
])
def test_dialect_list_conjunction(text: str, age: AgeRange) -> None:
    assert _age(text) == age


@pytest.mark.parametrize(("text", "age"), [
    ("BuT Antrag Klassenfahrt, wo in Kamen?", None),
    ("die mama von meinem tageskind (8 monate) ist wieder schwanger und nicht sicher, sie ist 20",
     PREGNANT),
])
def test_near_misses(text: str, age: AgeRange | None) -> None:
    assert _age(text) == age


@pytest.mark.parametrize(("text", "age"), [
    # an age at a sentence end before a place typed without capitals: the stop ends the sentence
    ("Der Kunde sucht Unterstützung bei der Ausbildung, ist 19. Lünen.", _year(19)),
    ("Meine Klientin ist erst 17. kamen. sie braucht hilfe", _year(17)),
    ("sie ist 3. kind der familie, die mutter ist 40", None),
    # a pregnancy now, told with the girl's age: "ist mit 17 schwanger"
    ("Sie ist mit 17 ungeplant schwanger und wohnt noch bei den Eltern", PREGNANT),
    ("mit 15 schwanger geworden, jetzt Baby 3 Monate", AgeRange(3, 3)),
    # a parent who tells the child's age is not the one whose age is told
    ("laut Mutter ist er erst 15, trinkt jedes Wochenende", _year(15)),
    ("Nach Angaben der Oma ist die Kleine 4 und spricht kaum", _year(4)),
    ("die Mutter ist erst 17 und überfordert", None),
])
def test_whose_age_and_where_the_sentence_ends(text: str, age: AgeRange | None) -> None:
    assert _age(text) == age


@pytest.mark.parametrize(("text", "age"), [
    # a pregnancy denied in a family language, the rewriting's German word beside its negation
    ("kızım 16 yaşında, hamile değil ama doğum kontrolü soruyor", _year(16)),
    ("córka 16 lat, nie jest w ciąży, pyta o antykoncepcję", _year(16)),
    ("fata are 16 ani, nu e însărcinată, întreabă de contracepție", _year(16)),
    ("Mädchen 16, schwanger? Nein. Sie will Verhütungsberatung", _year(16)),
    # near misses
    ("Sie ist 19 und schwanger nicht versichert, braucht Hebamme", PREGNANT),
    ("schwanger, nicht krankenversichert, braucht Hebamme", PREGNANT),
])
def test_denied_pregnancy_in_family_languages(text: str, age: AgeRange) -> None:
    assert _age(text) == age
