"""A wish for prevention as such, and a correction opened by "korrigiere".

Sentences written for this file (none from an evaluation set). "was Präventives" names no
particular need: the catalogue's prevention topics of the child's life phase answer it (violence
and media prevention at school age, sexual education from puberty on, early help for a baby),
also when it follows a turn that named only the child. A correction keeps the case.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.catalogue import Catalogue
from bot.matching import match
from bot.understanding import understand
from tests.test_conversation_classes import chat


@pytest.mark.parametrize(("text", "topic"), [
    ("Junge 10 in Kamen, gibt es was Präventives?", "gewaltpraevention"),
    ("Mädchen 14, Selm, irgendwas zur Vorbeugung", "sexualpaedagogik"),
    ("Baby 2 Monate, Lünen, vorbeugende Angebote?", "fruehe_hilfen"),
])  # fmt: skip
def test_a_prevention_wish_is_the_phase_s_prevention(catalogue: Catalogue, text: str,
                                                     topic: str) -> None:  # fmt: skip
    request = understand(text, catalogue)
    assert topic in request.topics and not request.general
    answer = match(request, catalogue)
    assert answer.offers and not answer.gap


def test_a_named_need_beside_the_word_stays_the_need(catalogue: Catalogue) -> None:
    request = understand("Kind 5, Unna, Sprachförderung präventiv", catalogue)
    assert request.topics[0] == "sprachfoerderung"


@pytest.mark.parametrize(("first", "then", "expected", "not_expected"), [
    ("Familie in Werne, der Sohn ist 11.", "habt ihr was Präventives?", "medien_sucht",
     "fruehe_hilfen"),
    ("Mutter mit Baby (5 Monate) aus Holzwickede", "gibt es irgendwas Vorbeugendes?",
     "fruehe_hilfen", "sexualpaedagogik"),
])  # fmt: skip
def test_a_prevention_wish_after_the_child_takes_its_age(
    tmp_path: Path, first: str, then: str, expected: str, not_expected: str
) -> None:
    before, after = chat(tmp_path, [("c", first), ("c", then)])
    topics = after["understood"]["topics"]
    assert expected in topics and not_expected not in topics
    assert after["understood"]["place"] == before["understood"]["place"]
    assert after["understood"]["age_months"] == before["understood"]["age_months"]
    assert after["offers"] and after["question"] is None


@pytest.mark.parametrize("correction", [
    "korrigiere: sie ist 4",
    "ich korrigiere mich, sie ist vier",
    "Ich muss korrigieren: 4 Jahre",
])  # fmt: skip
def test_korrigiere_opens_a_correction_of_the_same_case(tmp_path: Path, correction: str) -> None:
    before, after = chat(tmp_path, [("c", "Tochter 5, Kita-Platz in Fröndenberg"),
                                    ("c", correction)])  # fmt: skip
    assert after["understood"]["age_months"] == [48, 59]
    assert after["understood"]["place"] == before["understood"]["place"]
    assert after["understood"]["topics"] == before["understood"]["topics"]
    assert after["question"] is None
