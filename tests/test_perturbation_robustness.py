"""A request understood once stays understood when it is typed differently: without punctuation,
with a swapped pair of letters, or after a sentence about the writer that carries a number.

The sentences are the test author's own (none comes from a labelled set)."""

from __future__ import annotations

import re

import pytest

from bot.catalogue import Catalogue
from bot.models import AgeRange
from bot.text import fold
from bot.understanding import indexes, understand
from bot.understanding.age import read_age


def _without_punctuation(text: str) -> str:
    """What a phone's dictation or a hurried thumb leaves of a sentence: no commas, no stops."""
    return re.sub(r"\s+", " ", re.sub(r"[.,;:!?()\"„“”'…–]", " ", text)).strip()


def _years(n: int) -> AgeRange:
    return AgeRange(n * 12, n * 12 + 11)


# the number stands in a clause of its own only the commas could show (in a request of some
# words: a short remark, "Die Familie hat 2 Hunde", stays as it was)
UNPUNCTUATED = [
    ("Anschlusshilfe, 19, wohnt in Werne, sucht Jugendwohnen oder eigene Wohnung", _years(19)),
    ("Azubine IHK, 17, aus Eritrea, sucht Begleitung zur Berufsschule, Selm", _years(17)),
    ("unser Stammgast, 16, kifft viel, Beratung in Bönen?", _years(16)),
    ("Schüler 18, 2.400 € Schulden bei der Bank, wer hilft in Kamen?", _years(18)),
]


@pytest.mark.parametrize(("typed", "age"), UNPUNCTUATED)
def test_the_only_number_nothing_explains_is_the_age_without_commas(
        typed: str, age: AgeRange) -> None:  # fmt: skip
    assert read_age(fold(typed)).age == age
    assert read_age(fold(_without_punctuation(typed))).age == age


def test_with_commas_an_unexplained_number_is_still_asked_back() -> None:
    # the commas could have shown a clause of its own; they do not, so the number stays a guess
    reading = read_age(fold("Anschlusshilfe 18 Lünen-Mitte, Jugendwohnen?"))
    assert reading.age is None and reading.uncertain


def test_two_unexplained_numbers_without_commas_are_still_asked_back() -> None:
    reading = read_age(fold("Kinder 7 Gruppe 12 Plätze Treff Werne"))
    assert reading.age is None


def test_an_amount_without_its_thousands_separator_is_no_age() -> None:
    assert read_age(fold("Schüler 19 1 800 € Schulden beim Inkasso wer hilft")).age == _years(19)


def test_a_half_nothing_explains_is_no_certain_age() -> None:
    # "ehem. Frühchen" names a past stage; the number disagrees with it: ask, never a newborn
    reading = read_age(fold("ehem frühchen jetzt 4 1/2 extrem ängstlich klammert"))
    assert reading.age is None and AgeRange(54, 54) in reading.candidates


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("Junge 12 sucht Kmapfsport in Lünen", "Junge 12 sucht Kampfsport in Lünen"),
        ("Mutter mit Wochenbettpscyhose, Baby 6 Wochen, Unna",
         "Mutter mit Wochenbettpsychose, Baby 6 Wochen, Unna"),
        ("Flcühtlingsfamilie mit Kind 7 in Kamen, wer hilft?",
         "Flüchtlingsfamilie mit Kind 7 in Kamen, wer hilft?"),
        ("Mädchen 9 aus Afhganistan, Schulanmeldung in Bergkamen",
         "Mädchen 9 aus Afghanistan, Schulanmeldung in Bergkamen"),
        ("Junge 8 aus der Ukriane spricht kaum Deutsch, Selm",
         "Junge 8 aus der Ukraine spricht kaum Deutsch, Selm"),
    ],
)
def test_a_swapped_pair_in_a_compound_or_country_reads_as_meant(
        catalogue: Catalogue, typed: str, meant: str) -> None:  # fmt: skip
    got, want = understand(typed, catalogue), understand(meant, catalogue)
    assert (got.topics, got.age, got.place) == (want.topics, want.age, want.place)


@pytest.mark.parametrize("word", ["Schwangerschaftstest", "Standorte", "derselben", "Brotreste"])
def test_words_spelt_right_are_never_repaired_into_a_compound(
        catalogue: Catalogue, word: str) -> None:  # fmt: skip
    assert indexes(catalogue).swaps.repair(word) == word


# The writer's own workplace or the hours of her service, told before the request, add no need.
@pytest.mark.parametrize(
    ("context", "request_text"),
    [
        ("Ich arbeite seit 12 Jahren in der Kita. ",
         "Tageskind 11 Mon., die Mutter fragt nach einer Gruppe für Mütter mit Babys, Unna-Massen"),
        ("Ich arbeite seit 12 Jahren in der Kita. ",
         "Familien mit Kleinkindern (1–3) fragen nach Eltern-Kind-Angeboten in Werne"),
        ("Praxis bis 19 Uhr geöffnet, schreibe kurz. ",
         "Mädchen 7 hat seit der Trennung der Eltern massive Ängste, Erziehungsberatung in Kamen?"),
        ("Praxis bis 19 Uhr geöffnet, schreibe kurz. ",
         "Familie aus Eritrea, Kinder 3 und 6, die Eltern verstehen Kita und Schule nicht, Werne"),
    ],
)
def test_the_writers_own_workplace_or_hours_add_no_need(
        catalogue: Catalogue, context: str, request_text: str) -> None:  # fmt: skip
    plain = understand(request_text, catalogue)
    framed = understand(context + request_text, catalogue)
    assert (framed.topics, framed.age, framed.place) == (plain.topics, plain.age, plain.place)


def test_the_workplace_alone_still_names_what_the_writer_asks_about(catalogue: Catalogue) -> None:
    # no age, no other word: the workplace may be what the question is about
    assert "kita_betreuung" in understand("Ich arbeite in der Kita, was gibt es in Kamen?",
                                          catalogue).topics  # fmt: skip


@pytest.mark.parametrize(
    "marked",
    [
        "Mutter alleinerziehend mit drei Kindern, der Große schwänzt die Schule. Wo gibt es "
        "Erziehungsberatung in Unna?",
        "Die Familie ist neu aus Syrien, Kind 4 spricht kaum Deutsch. Wer bietet Sprachförderung "
        "in Kamen an?",
        "Oma 70 kümmert sich um Enkel 9, der nur zockt. Gibt es Medienberatung in Werne?",
    ],
)
def test_a_story_and_its_question_without_any_mark_read_as_with_marks(
        catalogue: Catalogue, marked: str) -> None:  # fmt: skip
    got, want = understand(_without_punctuation(marked), catalogue), understand(marked, catalogue)
    assert (got.topics, got.age, got.place) == (want.topics, want.age, want.place)


def test_without_marks_the_question_starts_at_its_asking_word() -> None:
    from bot.understanding.normalise import words_of

    words = words_of("Baby 3 Monate trinkt kaum Mutter erschöpft wo gibt es Hilfe in Selm")
    asked = dict(zip(words.folded, words.asked, strict=True))
    assert not asked["trinkt"] and asked["hilfe"]
    # "Wo" after a number is its unit (weeks), no question
    words = words_of("Vater allein mit Baby 10 Wo Mutter in der Klinik braucht Entlastung")
    assert not any(words.asked)


@pytest.mark.parametrize("greeting", ["Moin! ", "Hallo zusammen, kurze Frage: "])
def test_a_greeting_with_marks_before_an_unmarked_story_changes_nothing(
        catalogue: Catalogue, greeting: str) -> None:  # fmt: skip
    story = ("vater allein mit zwillingen acht monate mutter seit wochen in der psychiatrie und "
             "er schafft es kaum noch wer kann da regelmäßig vorbeikommen in bönen")
    got, want = understand(greeting + story + " LG", catalogue), understand(story, catalogue)
    assert (got.main_topics, got.topics, got.age, got.place) == (
        want.main_topics, want.topics, want.age, want.place)


def test_a_long_sentence_with_marks_is_split_at_its_asking_word_too() -> None:
    from bot.understanding.normalise import words_of

    words = words_of("Hallo! mutter mit baby drei wochen wirkt total erschöpft und weint viel wer "
                     "kann da mal nach ihr schauen")
    asked = dict(zip(words.folded, words.asked, strict=True))
    assert not asked["erschoepft"] and asked["schauen"]


def test_a_closing_time_of_care_still_names_care(catalogue: Catalogue) -> None:
    assert "kita_betreuung" in understand("Mama arbeitet bis 18 Uhr, Kind 4, Kamen",
                                          catalogue).topics  # fmt: skip


@pytest.mark.parametrize("reply", ["15", "15 ", "ja 15", "Die Familie hat 2 Hunde"])
def test_a_bare_number_unasked_is_still_no_age(reply: str) -> None:
    assert read_age(fold(reply)).age is None
