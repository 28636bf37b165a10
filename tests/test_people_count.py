"""A number before a plural noun of people counts them, also as an either-or pair.

"Hab da 5 oder 6 Jungs aus meiner Mannschaft" tells how many boys, not that a child is five: read
as an age, it made the assistant ask back with a candidate age and hold back every Jugendtreff
offer as an alternative for another age. The second number always had its noun; the first of
the pair must count with it. A child's own number beside other people stays the child's age.
"""

from __future__ import annotations

import pytest

from bot.assistant import Assistant
from tests.relevance import assert_age_read_and_offers_fit

COUNTS = [
    "Weiss einer ob et in Lünen-Süd noch son Jugendtreff gibt, wo die Jungs abends hin können? "
    "Hab da 5 oder 6 Jungs aus meiner Mannschaft die da imma hängen",
    "Wir haben 2-3 Familien aus der Unterkunft in Kamen, die einen Elterntreff suchen.",
    "Bei uns im Treff in Bönen sind so zwei bis drei Mädels, die Stress zuhause haben. Beratung?",
    "Wir haben 3 kleine Kinder einer Familie in der Notbetreuung, die Mutter sucht ein Elterncafé "
    "in Holzwickede.",
]

AGES = [
    # look-alikes: the child's own number stays an age beside a plural told after it
    ("Junge 5 oder 6 Jahre, Kita in Kamen gesucht", (60, 83)),
    ("mein sohn 6 die kinder in der klasse ärgern ihn, unna, wer hilft", (72, 83)),
    ("Knabe 12 3 Geschwister Vater arbeitslos Freizeit Unna", (144, 155)),
    ("Junge 7 und Kinder der Nachbarn spielen nur drinnen, Sportverein in Selm?", (84, 95)),
]


@pytest.mark.parametrize("text", COUNTS)
def test_a_count_of_people_is_no_age(assistant: Assistant, text: str) -> None:
    answer, _session = assistant.respond(text)
    assert answer.request.age is None


def test_the_counted_boys_get_the_youth_club_offers(assistant: Assistant) -> None:
    answer, _session = assistant.respond(COUNTS[0])
    assert answer.offers, "a count read as an age held the fitting offers back"
    assert all("offene_jugendarbeit" in hit.offer.topics for hit in answer.offers[:3])


@pytest.mark.parametrize(("text", "expected"), AGES)
def test_the_childs_own_number_stays_its_age(assistant: Assistant, text: str,
                                             expected: tuple[int, int]) -> None:
    answer, _session = assistant.respond(text)
    assert_age_read_and_offers_fit(answer, expected)
