"""A bare reply to the age question in the family's language (`age_reply_words`).

A professional writing German mixed with the family's language answers "Wie alt ist das Kind?"
with the number alone in that language ("on bir"): the age is read as a bare "11" would be, and
the offers shown fit it. A lone two-letter word ("no", "on") or an everyday word stays unread,
and the assistant asks again. The sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from bot.catalogue import Catalogue
from bot.models import AgeRange
from tests.relevance import suitable
from tests.talking import talk

OPENING = "merhaba, Familie in Holzwickede, Vater arbeitslos, oğlu braucht Nachhilfe in Mathe"


@pytest.mark.parametrize(
    ("reply", "years"),
    [
        ("on bir", 11),  # Turkish
        ("on bir 🙏", 11),
        ("dziewięć", 9),  # Polish
        ("sette", 7),  # Italian
        ("dos", 2),  # Spanish
    ],
)
def test_a_number_word_of_a_family_language_answers_the_age_question(
        catalogue: Catalogue, reply: str, years: int) -> None:  # fmt: skip
    answer = talk(catalogue, OPENING, reply)
    age = AgeRange(12 * years, 12 * years + 11)
    assert answer.request.age == age
    assert answer.question is None
    label = {"age": [age.low, age.high], "place": answer.request.place}
    assert all(suitable(catalogue, hit.offer, label) for hit in answer.page_offers)


@pytest.mark.parametrize("reply", ["no", "on", "ok", "weiß nicht"])
def test_a_word_of_the_writers_own_language_is_no_age(catalogue: Catalogue, reply: str) -> None:
    answer = talk(catalogue, OPENING, reply)
    assert answer.request.age is None
