"""Bare answers to the age question, and readings that make the assistant ask back."""

from __future__ import annotations

import pytest

from bot.catalogue import Catalogue
from bot.dialogue import respond
from bot.matching import match
from bot.models import AgeRange
from bot.understanding import Context, understand
from bot.understanding.age import understand_age_answer


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("17", (204, 215)),
        ("sie ist 15", (180, 191)),
        ("Er ist jetzt 8.", (96, 107)),
        ("15 Monate", (15, 15)),
        ("ein halbes Jahr", (6, 6)),
        ("dreieinhalb", (42, 42)),
        ("zwölf", (144, 155)),
        ("6 Wochen", (1, 1)),
        ("3. Klasse", (96, 107)),
        ("knapp 4", (42, 47)),
        ("schwanger, 20. SSW", (-9, -1)),
        ("eighteen", (216, 227)),
    ],
)
def test_a_bare_answer_names_the_age(text: str, expected: tuple[int, int]) -> None:
    age = understand_age_answer(text)
    assert age is not None and (age.low, age.high) == expected


@pytest.mark.parametrize("text", ["weiß ich nicht", "", "Kamen", "um 15 Uhr", "59425", "😀"])
def test_an_answer_without_an_age_is_none(text: str) -> None:
    assert understand_age_answer(text) is None


def test_understand_reads_a_bare_number_when_it_expects_an_age(catalogue: Catalogue) -> None:
    asked = understand("wohnt hier 3 Straßen weiter", catalogue)
    assert asked.age is None
    answered = understand("sie ist 15", catalogue, Context(expecting="age"))
    assert answered.age == AgeRange(180, 191)


def test_disagreeing_candidates_make_the_assistant_ask(catalogue: Catalogue) -> None:
    request = understand("Schülerin 18, ihr Bruder (13) wird zuhause geschlagen. Kamen",
                         catalogue)  # fmt: skip
    assert request.age is None and request.age_uncertain
    assert set(request.age_candidates) == {AgeRange(216, 227), AgeRange(156, 167)}
    answer = match(request, catalogue)
    assert answer.question is not None and answer.question.kind == "age"


def test_an_unexplained_number_is_a_candidate_not_an_age(catalogue: Catalogue) -> None:
    request = understand("Familie in Kamen, wir haben 12, Erziehungsberatung?", catalogue)
    assert request.age is None and request.age_uncertain
    assert request.age_candidates == (AgeRange(144, 155),)
    assert match(request, catalogue).question.kind == "age"


def test_a_clear_age_is_not_uncertain(catalogue: Catalogue) -> None:
    request = understand("Mutter 23, Kind 4 J., Erziehungsberatung in Kamen", catalogue)
    assert request.age == AgeRange(48, 59) and not request.age_uncertain


@pytest.mark.parametrize(
    ("reply", "expected"),
    [("17", (204, 215)), ("sie ist 15", (180, 191)), ("15 Monate", (15, 15)),
     ("ein halbes Jahr", (6, 6)), ("er wird bald 4", (36, 47))],
)  # fmt: skip
def test_a_bare_reply_in_a_conversation_completes_the_request(
    catalogue: Catalogue, reply: str, expected: tuple[int, int]
) -> None:
    asked, session = respond("Familienzentrum in Methler?", catalogue)
    assert asked.question is not None and asked.question.kind == "age"
    answer, _ = respond(reply, catalogue, session)
    assert answer.request.age == AgeRange(*expected)
    assert answer.request.place == "kamen-methler"
