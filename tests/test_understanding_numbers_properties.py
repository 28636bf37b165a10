"""Properties of the number reader: number words become their digits, codes and measures stay.

Ages arrive as words composed by rule ("dreizehn", "vierundzwanzig", "zweieinhalb") and in spoken
or dialect forms ("zwee", "fuffzehn"); the age parser works on digits only. Decimals with two
places ("1,40 m", "12,50 €") and letter codes ("Q1", "F9") are never anybody's age.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from bot.text import fold
from bot.understanding.age import parse_age
from bot.understanding.numbers import inside, normalise, not_age_spans

GERMAN = ["eins", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun", "zehn", "elf",
          "zwölf", "dreizehn", "vierzehn", "fünfzehn", "sechzehn", "siebzehn", "achtzehn",
          "neunzehn", "zwanzig", "einundzwanzig"]  # fmt: skip


@settings(max_examples=100, deadline=None)
@given(value=st.integers(1, 21), noun=st.sampled_from(["Kind", "Sohn", "Tochter", "Patientin"]))
def test_a_number_word_reads_as_its_digits(value: int, noun: str) -> None:
    text = fold(f"{noun} {GERMAN[value - 1]} Jahre, Beratung")
    assert f"{value} jahre" in normalise(text)
    age = parse_age(text)
    assert age is not None and age.low == value * 12


@settings(max_examples=100, deadline=None)
@given(whole=st.integers(0, 99), cents=st.integers(10, 99),
       unit=st.sampled_from(["m", "€", "kg", ""]))
def test_a_decimal_with_two_places_is_no_age(whole: int, cents: int, unit: str) -> None:
    text = fold(f"Beratung gesucht, {whole},{cents} {unit} bitte")
    start = text.index(f"{whole},")
    assert inside(not_age_spans(text), start, start + len(f"{whole},{cents}"))
    assert parse_age(text) is None


@settings(max_examples=100, deadline=None)
@given(letter=st.sampled_from("abcdef"), number=st.integers(0, 21))  # Q1 is a stage
def test_a_letter_code_is_no_age(letter: str, number: int) -> None:
    text = fold(f"Sprachkurs {letter.upper()}{number}, Beratung gesucht")
    assert parse_age(text) is None


@settings(max_examples=60, deadline=None)
@given(weeks=st.integers(1, 40))
def test_paediatric_weeks_notation_is_weeks(weeks: int) -> None:
    age = parse_age(fold(f"Säugling {weeks}/52, Trinkschwäche"))
    assert age is not None and age.low == age.high == weeks * 7 // 30  # a month of 30 days
