"""Properties of the age reader that must hold for any text, not only for the phrasings we know."""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from bot.text import fold
from bot.understanding.age import parse_age, read_age, understand_age_answer

WORDS = st.sampled_from(
    ["Kind", "Mutter", "Kunde", "Patientin", "Klasse", "SSW", "Jahre", "J.", "Monate", "Wochen",
     "Uhr", "§", "Trisomie", "U", "(", ")", ",", ".", "-", "/", "und", "ist", "jetzt", "seit",
     "schwanger", "Baby", "vierten", "zwölf", "dreizehnjährige", "eighteen", "y/o", "7b", "Q1",
     "Str.", "PLZ", "halb", "ET", "Juli", "+", "Bruder", "der Große", "für den Sohn", "😀", "\n"]
)  # fmt: skip
TEXTS = st.one_of(
    st.text(max_size=200),
    st.lists(st.one_of(WORDS, st.integers(0, 99999).map(str)), max_size=30).map(" ".join),
)


@settings(max_examples=300, deadline=None)
@given(text=TEXTS)
def test_any_text_is_read_without_crashing_and_within_the_age_bounds(text: str) -> None:
    reading = read_age(fold(text))
    for age in (reading.age, *reading.candidates):
        assert age is None or -9 <= age.low <= age.high <= 323
    assert reading.age is None or not reading.uncertain


@settings(max_examples=200, deadline=None)
@given(text=TEXTS)
@example(text="27JAHR 0")  # years and months past the oldest age an offer serves
def test_an_answer_is_read_without_crashing_and_within_the_age_bounds(text: str) -> None:
    age = understand_age_answer(text)
    assert age is None or -9 <= age.low <= age.high <= 323


NOT_AGES = st.one_of(
    st.integers(10000, 99999).map(str),  # postcodes
    st.integers(10000, 99999).map(lambda n: f"PLZ {n}"),
    st.tuples(st.integers(0, 23), st.integers(0, 59)).map(lambda t: f"{t[0]}:{t[1]:02d}"),
    st.tuples(st.integers(0, 23), st.integers(0, 59)).map(lambda t: f"um {t[0]}.{t[1]:02d} Uhr"),
    st.integers(0, 23).map(lambda h: f"{h} Uhr"),
    st.tuples(st.sampled_from(["Bahnhofstr.", "Hauptstraße", "Am Markt", "Lindenweg", "Hausnr."]),
              st.integers(1, 150)).map(lambda t: f"{t[0]} {t[1]}"),
    st.tuples(st.integers(1, 28), st.integers(1, 12)).map(lambda t: f"am {t[0]}.{t[1]}."),
    st.integers(1990, 2030).map(str),
    # (body58) no "U9"/"J1": a check-up names its window
    st.sampled_from(["§ 8a", "§ 35a SGB VIII", "Trisomie 21", "24/7", "Abs. 3"]),
)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(mention=NOT_AGES)
def test_a_postcode_time_house_number_date_or_code_alone_is_no_age(mention: str) -> None:
    reading = read_age(fold(mention))
    assert reading.age is None and not reading.candidates, mention


@settings(max_examples=200, deadline=None)
@given(adult=st.sampled_from(["Mutter", "Vater", "Oma", "Mama", "Papa", "KM"]),
       adult_age=st.integers(15, 70), child=st.integers(1, 17), brackets=st.booleans())  # fmt: skip
def test_an_adults_age_never_becomes_the_childs(
    adult: str, adult_age: int, child: int, brackets: bool
) -> None:
    said = f"({adult_age})" if brackets else f"{adult_age},"
    found = parse_age(fold(f"{adult} {said} Kind {child} J."))
    assert found is not None and (found.low, found.high) == (12 * child, 12 * child + 11)


@settings(max_examples=200, deadline=None)
@given(noun=st.sampled_from(["Kunde", "Kundin", "Patientin", "Klientin", "Schülerin", "Azubi",
                             "Seiteneinsteigerin", "Jugendliche", "Care Leaverin"]),
       years=st.integers(10, 26), comma=st.booleans())  # fmt: skip
def test_a_role_noun_with_a_number_is_that_persons_age(noun: str, years: int, comma: bool) -> None:
    found = parse_age(fold(f"{noun}{',' if comma else ''} {years}, sucht Beratung"))
    assert found is not None and (found.low, found.high) == (12 * years, 12 * years + 11)


@settings(max_examples=100, deadline=None)
@given(years=st.integers(1, 21), form=st.sampled_from(["{n}", "sie ist {n}", "er ist jetzt {n}",
                                                       "{n} J.", "{n}!", "ist {n} geworden"]))
def test_a_bare_answer_to_the_age_question_is_that_age(years: int, form: str) -> None:
    age = understand_age_answer(form.format(n=years))
    assert age is not None and (age.low, age.high) == (12 * years, 12 * years + 11)
