"""A request understood once stays understood when it is typed differently (issue 8).

Each row is a sentence of our own in the style of a rewriting people make: a greeting set off by a
comma before a request typed on without marks, an abbreviation typed in lower case, a separable
verb whose particle runs into the next question when the period is lost.
"""

from __future__ import annotations

import pytest

from bot.catalogue import Catalogue
from bot.understanding import understand
from bot.understanding.normalise import words_of

RUN_ON = ("zwillinge vier jahre sprechen kaum mama allein und total fertig papa auf montage "
          "gibt es jemanden der die familie zuhause unterstützt")


def _asked(text: str) -> list[str]:
    words = words_of(text)
    return [w for w, asked in zip(words.folded, words.asked, strict=True) if asked]


@pytest.mark.parametrize("greeting", ["Moin, ", "Hi, ", "Hallo zusammen, kurze Frage: ",
                                      "Liebe Kolleginnen und Kollegen, ", "Guten Tag, "])
def test_a_greeting_before_a_run_on_request_leaves_its_question_found(greeting: str) -> None:
    # the greeting's comma is no clause of the request: its question is split off as without it
    assert _asked(greeting + RUN_ON) == _asked(RUN_ON) == [
        "gibt", "es", "jemanden", "der", "die", "familie", "zuhause", "unterstuetzt"]


def test_a_comma_inside_the_request_still_keeps_it_whole() -> None:
    # "Hallo Frau Meier," is no opening from the list and a real clause mark stays one
    text = "Hallo Frau Meier, " + RUN_ON
    assert _asked(text) == []


@pytest.mark.parametrize(("text", "topic", "present"), [
    # a German message typed all in lower case: "eb" and "but" can only be the abbreviations
    ("tochter 6 jahre wutanfälle jeden tag suche eb in kamen", "erziehungsberatung", True),
    ("sohn 9 klasse 3 braucht nachhilfe, geht das über but? wohnen in bönen",
     "but_finanzen", True),
    # an English message keeps its "but" a conjunction
    ("my daughter is 6 but she has no place in a kita, kamen", "but_finanzen", False),
])
def test_lower_case_abbreviations(catalogue: Catalogue, text: str, topic: str,
                                  present: bool) -> None:
    assert (topic in understand(text, catalogue).topics) is present


@pytest.mark.parametrize(("text", "protection"), [
    # "tritt … an" is starting a job; the question typed on after it is no object of a kick
    ("die mutter aus heeren tritt im mai eine neue arbeit an gibt es eine ogs für ihren sohn 8 "
     "jahre", False),
    ("Die Mutter aus Heeren tritt im Mai ihre neue Arbeit an Gibt es eine OGS für ihren Sohn 8 "
     "Jahre", False),
    # a kick stays a kick when the question follows without a mark
    ("der papa tritt ihn gibt es hilfe in unna sohn 8", True),
])
def test_a_particle_before_a_question_without_a_mark(catalogue: Catalogue, text: str,
                                                     protection: bool) -> None:
    assert ("kinderschutz" in understand(text, catalogue).topics) is protection
