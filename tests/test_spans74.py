"""A school mark in a pupil's notes is no age (stop 44, spans74).

"7b, S. 13, M 5, V.a. Dyskalkulie" is a pupil of 13 with a five in maths; read as a second child
of five, the span ran from five to thirteen and the offers for the pupil looked unsuitable. A
whole number of 1 to 6 right after a school subject is a mark where the text names a school year
or a word for marks (`bot.understanding.age_marks`); beside a child without school it stays an
age.
"""

from __future__ import annotations

import pytest

from bot.assistant import Assistant
from tests.relevance import assert_age_read_and_offers_fit

CASES = [
    # marks after a subject, beside a school year: the pupil's age only
    ("Kl. 6a, S. 12, D 5, M 4, Verdacht auf LRS. Lernförderung in Werne?", (144, 155)),
    ("8c, S. 14, E 5, Ma 6, Versetzung gefährdet. Nachhilfe in Bönen?", (168, 179)),
    ("Klasse 9, Schülerin 15, Deutsch 5, Mathe 5 – Lernförderung in Unna?", (180, 191)),
    # look-alikes: a letter before a child's age without any school year stays the age
    ("Kind m 5, spricht kaum Deutsch. Sprachförderung in Unna?", (60, 71)),
    # a school year with a second child of its own number: both stay
    ("Mädchen 7, Klasse 2, sitzt still in der Ecke und isst nicht. Beratung in Bergkamen?",
     (84, 95)),
    ("Schülerin (13), Note 5 in Deutsch und Englisch, Verdacht auf Legasthenie. Förderung in "
     "Unna?", (156, 167)),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_a_school_mark_is_no_age(assistant: Assistant, text: str,
                                 expected: tuple[int, int]) -> None:
    answer, _session = assistant.respond(text)
    assert_age_read_and_offers_fit(answer, expected)
