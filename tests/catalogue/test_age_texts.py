"""Audience texts as planners and portals write them, read by the catalogue conventions.

Each row: the text, then the month range (inclusive; None = open) or "open" for a text that names
no age (imported without restriction and listed for the planner) or "refused".
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.exchange.ages import read_age
from bot.exchange.values import ValueProblem

OPEN = "open"
REFUSED = "refused"

CASES: list[tuple[str, object]] = [
    # ranges with any dash, bis, zwischen … und
    ("15 bis 25-jährige", (180, 311)),
    ("Familien mit Kindern von 0 – 6 Jahren", (0, 83)),
    ("Jungen zwischen 6–18 Jahren, Angehörige und Fachkräfte", (72, 227)),
    ("Babies und Kleinkinder ab 6 Monate bis 3 Jahre", (6, 47)),
    ("Kinder von 3-10 Jahren", (36, 131)),
    ("Kinder zwischen 3 und 6 Jahren", (36, 83)),
    ("6—12 J.", (72, 155)),
    ("Mädchen 12-16", (144, 203)),
    ("Kinder im Alter von 4 bis 12 Jahren", (48, 155)),
    ("Jugendliche 14 - 18 Jahre", (168, 227)),
    ("10–14-Jährige", (120, 179)),
    ("8 bis 12jährige Kinder", (96, 155)),
    ("Kinder (6-10 J.)", (72, 131)),
    ("0-3 Jahre", (0, 47)),
    ("Kinder von 1 bis 3 Jahren und ihre Eltern", (12, 47)),
    ("Eltern mit Babys (0-12 Monate)", (0, 12)),
    ("Babys von 8 Wochen bis 12 Monaten", (1, 12)),
    ("Kinder von 18 Monaten bis 3 Jahren", (18, 47)),
    ("Kinder zwischen 2 und 4 Jahren mit ihren Eltern", (24, 59)),
    ("3 bis unter 6", (36, 71)),
    ("2,5–4 Jahre", (30, 59)),
    ("0 bis 18 Monate", (0, 18)),
    ("6 bis 10 Jahre", (72, 131)),
    ("0–3 J.", (0, 47)),
    ("16-27 Jahre", (192, None)),
    ("18–99 Jahre", (216, None)),
    # bounds
    ("ab 6", (72, None)),
    ("6+", (72, None)),
    ("Jugendliche ab 14 J.", (168, None)),
    ("ab 16 Jahren", (192, None)),
    ("Kinder ab 3 Jahren", (36, None)),
    ("Kinder über 6 Jahre", (72, None)),
    ("12 Jahre und älter", (144, None)),
    ("unter 3 Jahren", (0, 35)),
    ("Kinder unter 6", (0, 71)),
    ("bis 10 Jahre", (0, 131)),
    ("bis einschließlich 3 Jahre", (0, 47)),
    ("Kinder bis 6 Jahre und ihre Familien", (0, 83)),
    ("Jugendliche bis 21", (168, 263)),
    ("junge Menschen bis 27 Jahre", (0, None)),
    ("ab Geburt", (0, None)),
    ("von Geburt bis 3 Jahre", (0, 47)),
    ("Eltern mit Kindern ab 1 Jahr", (12, None)),
    ("Kinder ab einem Jahr", (12, None)),
    ("ab 6 Monaten", (6, None)),
    ("jünger als 3 Jahre", (0, 35)),
    # single ages
    ("Dreijährige", (36, 47)),
    ("4-jährige Kinder", (48, 59)),
    ("Kinder mit 5 Jahren", (60, 71)),
    ("3", (36, 47)),
    # number words
    ("drei bis sieben", (36, 95)),
    ("Kinder von drei bis sechs Jahren", (36, 83)),
    ("zwei- bis vierjährige Kinder", (24, 59)),
    ("Kinder unter drei Jahren", (0, 35)),
    ("ab zwölf Jahren", (144, None)),
    ("Zweieinhalbjährige", (30, 30)),
    # pregnancy alongside children
    ("Schwangere", (-9, -1)),
    ("werdende Eltern", (-9, -1)),
    ("Schwangerschaft bis 1 Jahr", (-9, 23)),
    ("werdende Familien und Familien mit Kindern von 0 bis 5 Jahren", (-9, 71)),
    ("Schwangere und Familien mit Babys im ersten Lebensjahr", (-9, 11)),
    ("Schwangere und Eltern mit Kindern bis 3 Jahre", (-9, 47)),
    ("werdende Mütter und Väter", (-9, -1)),
    ("Frauen ab der 20. SSW", (-9, -1)),
    ("Schwangere, Mütter und Väter mit Säuglingen", (-9, 11)),
    # years of life
    ("Kinder im ersten Lebensjahr", (0, 11)),
    ("in den ersten drei Lebensjahren", (0, 35)),
    ("bis zum vollendeten 3. Lebensjahr", (0, 35)),
    ("ab dem vollendeten 3. Lebensjahr", (36, None)),
    ("Kinder im 2. Lebensjahr", (12, 23)),
    ("Familien mit Kindern bis zum 6. Lebensjahr", (0, 71)),
    # school years and stages
    ("1.–6. Klasse", (72, 143)),
    ("Klasse 5-10", (120, 191)),
    ("Schüler*innen der Klassen 7 bis 10", (144, 191)),
    ("ab Klasse 7", (144, None)),
    ("5. Klasse", (120, 131)),
    ("Jahrgangsstufe 8–10", (156, 191)),
    ("SuS der Jgst. 5–7", (120, 155)),
    ("Kl. 1-4", (72, 119)),
    ("Jg. 7/8", (144, 167)),
    ("Grundschulkinder und deren Erziehungsberechtigte", (72, 131)),
    ("Kinder im Grundschulalter", (72, 131)),
    ("Grundschüler", (72, 131)),
    ("Sek I", (120, 191)),
    ("Schülerinnen und Schüler der Sekundarstufe II", (192, 227)),
    ("U3", (0, 35)),
    ("Ü3", (36, 71)),
    ("Kita-Kinder", (36, 77)),
    ("Kindergartenkinder und ihre Eltern", (36, 77)),
    ("Vorschulkinder", (60, 77)),
    ("Kinder bis zum Schuleintritt", (0, 71)),
    ("Säuglinge und Kleinkinder", (0, 35)),
    ("Eltern mit Babys", (0, 11)),
    ("Krippenkinder", (0, 35)),
    ("Hortkinder", (72, 167)),
    ("Teenager", (156, 215)),
    ("junge Erwachsene", (216, 323)),
    # no age named: open, listed for the planner
    ("alle Altersgruppen", (None, None)),
    ("die ganze Familie ist willkommen", OPEN),
    ("Kinder, Jugendliche, Familien", (0, 215)),  # SGB VIII: Kind < 14, Jugendliche 14–17
    ("Eltern und Fachkräfte", OPEN),
    ("Väter mit ihren Kindern", OPEN),
    ("Familien", OPEN),
    ("Alleinerziehende", OPEN),
    ("Familien mit Migrationsgeschichte", OPEN),
    ("Kinder und Jugendliche mit Behinderung und ihre Familien", (0, 215)),
    ("jung und alt", (None, None)),
    ("offen", (None, None)),
    ("", (None, None)),
    # really unreadable: refused with a message naming what was not understood
    ("10 bis 6", REFUSED),
    ("Gruppe 2", REFUSED),
    ("Jahrgang 2019", REFUSED),
    ("siehe Beschreibung", REFUSED),
    ("nach Absprache", REFUSED),
    ("variiert je nach Kurs", REFUSED),
    ("Kinder unterschiedlicher Herkunft", OPEN),
    ("Babysitterkurs", OPEN),
    ("individuelle Förderung für Familien", OPEN),
    # stage words and numbers together
    ("junge Erwachsene bis 27", (216, None)),
    ("Jugendliche", (168, 215)),
    ("Kinder und Jugendliche", (0, 215)),
    ("Frauen in der Schwangerschaft und nach der Geburt", (-9, 11)),
    ("5. und 6. Klassen", (120, 143)),
    ("OGS-Kinder", (72, 131)),
    ("3, 4 oder 5 Jahre", (36, 71)),
    ("Kinder mit 3 und 4 Jahren", (36, 59)),
    ("Kinder zwischen 1,5 und 3 Jahren", (18, 47)),
]


def test_there_are_enough_cases() -> None:
    assert len(CASES) >= 80


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_audience_text_is_read_by_the_conventions(text: str, expected: object) -> None:
    if expected == REFUSED:
        with pytest.raises(ValueProblem):
            read_age(text)
        return
    reading = read_age(text)
    if expected == OPEN:
        assert (reading.low, reading.high, reading.named) == (None, None, False)
    else:
        assert (reading.low, reading.high) == expected


def test_an_unreadable_cell_says_what_was_not_understood() -> None:
    with pytest.raises(ValueProblem) as error:
        read_age("Jahrgang 2019")
    assert "2019" in str(error.value)
    assert "Ziffern" not in str(error.value)


_WORDS = ["bis", "ab", "unter", "zwischen", "und", "Jahre", "Monate", "J.", "-", "–", "Klasse",
          "Schwangere", "Kinder", "Jugendliche", "U3", "Ü3", "drei", "Lebensjahr", "+", ",", "."]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(_WORDS), st.integers(0, 120).map(str),
                          st.text(max_size=6)), max_size=8))  # fmt: skip
def test_the_reader_either_reads_a_valid_range_or_explains(parts: list[str]) -> None:
    try:
        reading = read_age(" ".join(parts))
    except ValueProblem as error:
        assert str(error)
        return
    if reading.low is not None:
        assert -9 <= reading.low <= 323
    if reading.high is not None:
        assert -9 <= reading.high <= 323
    if reading.low is not None and reading.high is not None:
        assert reading.low <= reading.high
