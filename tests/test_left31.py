"""Single-message leftovers, round 31: sentences whose age or language was misread.

A pregnancy feared or prevented keeps the girl's own age, and a mother's pregnancy told beside a
child of a given age keeps the child's; a birth told with "geb."/"geboren" after its outcome or
days ago is a newborn; among several children listed with their ages, a later "das Baby" or
"der Teenager" points at the one the need is about; a language that names how a quoted sentence
was said is no wish for an offer in it, while "Beratung auf Russisch" is. Each row is written for
this table (none is taken from an evaluation set).
"""

from __future__ import annotations

import pytest

from bot.models import AgeRange
from bot.text import fold
from bot.understanding.age import read_age
from bot.understanding.languages import parse_languages

PREGNANCY = AgeRange(-9, -1)
NEWBORN = AgeRange(0, 0)


def _years(n: int) -> AgeRange:
    return AgeRange(12 * n, 12 * n + 11)


AGES: list[tuple[str, AgeRange | None]] = [
    # a pregnancy feared, tested negative or prevented: the girl's age
    ("Azubine 16 hat furchtbare Angst, schwanger zu sein, wohin kann sie gehen?", _years(16)),
    ("Mädchen 14 befürchtet eine Schwangerschaft nach der Party", _years(14)),
    ("Schülerin (15), Schwangerschaftstest war negativ, will Verhütung besprechen", _years(15)),
    ("girl 15 is afraid she might be pregnant, where can she get advice?", _years(15)),
    # the mother's pregnancy beside an aged child: the child's age
    ("Sohn 9 ist seit die Mama schwanger ist total aggressiv", _years(9)),
    ("Tochter (11) weint viel, weil die Mutter schwanger ist", _years(11)),
    ("Kind 5 J., KM im 6. Monat schwanger, Kind schläft schlecht", _years(5)),
    # ... unless care for the pregnancy itself is asked, or the girl is the one pregnant
    ("Mutter schwanger, 30. SSW, Sohn 4, sucht Hebamme", AgeRange(-6, -1)),
    ("Schülerin 16 ist schwanger, braucht Beratung", PREGNANCY),
    ("Mama mit Kind 3 ist wieder schwanger und sucht Geburtsvorbereitung", PREGNANCY),
    # a birth told with geb./geboren after its outcome or days ago: a newborn
    ("Mutter, jetzt gesunder Junge geb., sucht Unterstützung", NEWBORN),
    ("Drillinge letzte Woche geb., Eltern völlig fertig", NEWBORN),
    ("Tochter gesund geboren, Familie braucht Hilfe zuhause", NEWBORN),
    ("frisch geb. Tochter, Eltern suchen Babytreff", NEWBORN),
    ("Baby vor 3 Tagen zu früh geboren, Mutter allein", NEWBORN),
    # a birth date stays a birth date, not a newborn
    ("Kind geb. 2019, Kita-Platz gesucht", None),
    # several children listed, a later noun or stage names the one meant
    ("Kinder: 6 Monate, 4 Jahre und 9 Jahre. Das Baby trinkt schlecht", AgeRange(6, 6)),
    ("Familie mit 3 Kindern (2, 8, 15), der Teenager schwänzt", _years(15)),
    ("Kinder 4, 7 und 11, Mutter braucht Entlastung", AgeRange(48, 143)),
]


@pytest.mark.parametrize(("text", "expected"), AGES)
def test_age_of_the_child_the_need_is_about(text: str, expected: AgeRange | None) -> None:
    reading = read_age(fold(text))
    if expected is None:
        assert reading.age is None or reading.age.low > 1
    else:
        assert reading.age == expected


LANGUAGES: list[tuple[str, tuple[str, ...]]] = [
    # a quoted sentence in the family's language: no wish
    ("Junge 6 sagt auf Russisch: „ich hab Angst“, Beratung?", ()),
    ("Das Kind erzählt auf Arabisch, dass der Papa schreit", ()),
    ("Mädchen schreibt auf Polnisch in ihr Heft „ich bin allein“", ()),
    ("he said in Turkish 'I am scared', counselling in Unna?", ()),
    # an offer held in the language: a wish
    ("Erziehungsberatung auf Russisch für Mutter mit Sohn 7", ("ru",)),
    ("Kind sagt auf Russisch „nein“. Gibt es Beratung auf Ukrainisch?", ("uk",)),
]


@pytest.mark.parametrize(("text", "expected"), LANGUAGES)
def test_quoted_language_is_no_wish(text: str, expected: tuple[str, ...]) -> None:
    assert parse_languages(fold(text)) == expected
