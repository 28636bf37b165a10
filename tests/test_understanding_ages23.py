"""Ages, round 23: ages written in ways the reader used to miss.

A child's birth date is its age, counted to today (injected here, so the rows stay true): months
under three, else the year of life; a parent's birth date and a date no birth marks are none. A
unit is read by its spelling ("wochn", "mnt", "jahe"), a baby's bare number counts months, weeks
are counted in months of 30 days ("13 Wochen" → 3), a birth expected in a month or season is a
pregnancy, an ordinal of occasions ("3rd visit") is no age. The gap log never keeps the birth
date, only the age range. Each row is written for this table (none is taken from an evaluation
set).
"""

from __future__ import annotations

import datetime as dt

import pytest

from bot.catalogue import Catalogue
from bot.models import AgeRange
from bot.privacy.redact import redact
from bot.text import fold
from bot.understanding import understand
from bot.understanding.age import read_age
from bot.understanding.age_dates import as_of, birth_dates
from bot.understanding.age_units import spell_units, unit_of

DAY = dt.date(2026, 12, 3)
PREGNANCY = AgeRange(-9, -1)

ROWS: list[tuple[str, AgeRange | None]] = [
    # birth dates of the child
    ("Schulverwaltung: Kind (geb. 06/2021) aus Unna, Sprachstand auffällig", AgeRange(60, 71)),
    ("Pflegekind *17.09.2023, Frühförderung in Lünen?", AgeRange(36, 47)),
    ("Säugling geb. 20.07.2026, Mutter überfordert", AgeRange(4, 4)),
    ("Zwillinge, geboren am 02.02.2025, suchen Krabbelgruppe", AgeRange(22, 22)),
    ("Tochter (Jg. 2012) schwänzt die Schule", AgeRange(168, 179)),
    ("our son was born in August 2025, any toddler group in Kamen?", AgeRange(15, 16)),
    ("der Kleine ist im September 2024 geboren und spricht kaum", AgeRange(26, 27)),
    ("Geburtsdatum 2015-04-30, ADHS-Verdacht", AgeRange(132, 143)),
    ("Baby geboren am 1.9., Hebamme gesucht", AgeRange(3, 3)),
    ("baby geb. 5.12., stillt kaum", AgeRange(11, 11)),  # last year's 5 December
    ("Kind am 12. Mai geboren, Vorschulkind", AgeRange(60, 77)),  # a birthday, no age
    # a parent's birth date, or a date that is no birth
    ("Vater (geb. 1988) sucht Erziehungsberatung, Sohn 7", AgeRange(84, 95)),
    ("KM *2001, Kind 2 J., Tagesmutter gesucht", AgeRange(24, 35)),
    ("Einreise 09/2022, Tochter 10, Sprachkurs", AgeRange(120, 131)),
    ("Antrag vom 14.11.2026, Sohn 12, Nachhilfe", AgeRange(144, 155)),
    # units as hurried hands spell them
    ("Baby 5 wchn alt, Hebamme fehlt", AgeRange(1, 1)),
    ("Kind 14 mnte, Krippenplatz", AgeRange(14, 14)),
    ("Mädchen 9 jhre, Schwimmkurs", AgeRange(108, 119)),
    ("Junge 11 jaher, Fußballverein", AgeRange(132, 143)),
    ("Sohn 8 moante, schläft nicht", AgeRange(8, 8)),
    ("Kind 3 wach, wir brauchen Hilfe", AgeRange(36, 47)),  # "wach" is no week
    # a baby's bare number, weeks in months of 30 days
    ("Säugling 5, Trinkschwäche, Stillberatung", AgeRange(5, 5)),
    ("Baby 9 Wochen alt", AgeRange(2, 2)),
    ("Baby 17 Wochen alt", AgeRange(3, 3)),
    ("Kind 39 Wochen alt", AgeRange(9, 9)),
    # a birth expected in a month or season
    ("Baby kommt voraussichtlich Ende Januar, Wohnung zu klein", PREGNANCY),
    ("Entbindung ist im Herbst, Mutter 19, Hebamme gesucht", PREGNANCY),
    ("the twins are due in early March, where is a prenatal class?", PREGNANCY),
    ("Kind kommt im Sommer in die Kita, 2 J. alt", AgeRange(24, 35)),
    # ordinals of occasions
    ("5 y/o, 2nd presentation this week with bruises", AgeRange(60, 71)),
    ("Mädchen 13, 4. Termin ohne Erscheinen", AgeRange(156, 167)),
]


@pytest.mark.parametrize(("text", "age"), ROWS, ids=[r[0][:40] for r in ROWS])
def test_age(text: str, age: AgeRange | None) -> None:
    with as_of(DAY):
        assert read_age(fold(text)).age == age


def test_a_birth_date_is_counted_to_the_injected_day() -> None:
    text = fold("Kind (geb. 03/2021) aus Rünthe")
    with as_of(DAY):
        assert read_age(text).age == AgeRange(60, 71)
    with as_of(dt.date(2027, 6, 1)):
        assert read_age(text).age == AgeRange(72, 83)  # a year later: six


def test_a_parents_birth_date_is_an_adults() -> None:
    with as_of(DAY):
        found = birth_dates(fold("Sohn geb. 03/2014, Mutter geb. 09/1990"))
    assert [(b.low, b.high, b.adult) for b in found] == [(144, 155, False), (432, 443, True)]


@pytest.mark.parametrize(("word", "unit"), [
    ("wochn", "wochen"), ("wchn", "wochen"), ("woch", "wochen"), ("monatn", "monate"),
    ("mnt", "monate"), ("mnte", "monate"), ("jahe", "jahre"), ("jare", "jahre"),
    ("jahrn", "jahre"), ("jhr", "jahre"), ("yaers", "years"), ("monhts", "months"),
    ("min", None), ("man", None), ("mein", None), ("mal", None), ("wohnt", None),
    ("jahrgang", None), ("monatlich", None), ("wir", None),
])  # fmt: skip
def test_a_unit_is_read_by_its_spelling(word: str, unit: str | None) -> None:
    assert unit_of(word) == unit


def test_spelling_changes_only_the_word_after_a_number() -> None:
    assert spell_units("baby 7 wochn, jahe alt") == "baby 7 wochen, jahe alt"


def test_understand_reads_a_birth_date_and_the_gap_log_keeps_none(catalogue: Catalogue) -> None:
    text = ("Sehr geehrte Damen und Herren, ein Kind (geb. 03/2021) aus Bergkamen-Rünthe liegt "
            "sprachlich zurück. Welche Angebote zur Vorbereitung auf den Schulstart gibt es?")
    with as_of(DAY):
        request = understand(text, catalogue)
    assert request.age == AgeRange(60, 71)
    assert request.place == "bergkamen-ruenthe"
    assert "03/2021" not in redact(request.text) and "2021" not in redact(request.text)


@pytest.mark.parametrize("text", [
    "Kind *05/2022, Kamen-Heeren", "Jahrgang 2019, Junge, Oberaden",
    "child born in March 2024, Selm", "Pat. *12.08.2024, Bergkamen", "geb. 3/21 in Unna",
])  # fmt: skip
def test_no_birth_date_survives_redaction(text: str) -> None:
    assert not any(year in redact(text) for year in ("2019", "2021", "2022", "2024", "3/21"))


def test_a_typo_unit_and_an_expected_month_through_understand(catalogue: Catalogue) -> None:
    baby = understand("kundin am schalter, baby 7 wochn, krabbelgruppe in Kamen Methler", catalogue)
    assert baby.age == AgeRange(1, 1)
    due = understand("Mann will Vaterschaft anerkennen, Kind kommt im April, Bergkamen", catalogue)
    assert due.age == PREGNANCY


@pytest.mark.parametrize(("text", "months"), [
    ("Sohn (Tim) 12 braucht Nachhilfe in Unna", (144, 155)),
    ("Tochter (w) 15 braucht Beratung, Kamen", (180, 191)),
    ("mein anipsios (neffe) 17 will eine Ausbildung, Fröndenberg", (204, 215)),
    ("Kind (Name bekannt) 7, Schulsozialarbeit in Lünen", (84, 95)),
])  # fmt: skip
def test_an_aside_in_brackets_stands_between_the_child_and_its_age(
    text: str, months: tuple[int, int], catalogue: Catalogue
) -> None:
    """A name, the sex or a gloss in brackets does not part a child noun from its age."""
    request = understand(text, catalogue)
    assert request.age is not None and (request.age.low, request.age.high) == months
