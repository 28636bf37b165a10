"""A birthday to come gives the child's age today (round 27, helper ages27b).

"Wird im März vier", "wird nächsten Monat 3", "turns 6 in the summer": the child is a year
younger now, and the offers shown as fitting must fit the child now — an offer that only starts
at the coming age is at most an alternative. Every evaluation set labels such a child N-1, and so
did the independent writer of `tests/data/fresh`. "Kind wird 6" alone may be said on the birthday
and stays five-or-six; a place or a setting after the age ("wird 6 in Unna") is no time.
"""

from __future__ import annotations

import pytest

from bot.assistant import Assistant
from bot.models import AgeRange
from bot.text import fold
from bot.understanding.age import read_age


def _year(n: int) -> AgeRange:
    return AgeRange(12 * n, 12 * n + 11)


@pytest.mark.parametrize(("text", "age"), [
    # a month, a season, a turn of the year between "wird" and the age
    ("Unser Sohn wird im Oktober fünf und stottert", _year(4)),
    ("die kleine wird im herbst 3 und braucht einen kitaplatz", _year(2)),
    ("Tochter wird Ende des Jahres zwei, Eltern-Kind-Gruppe?", _year(1)),
    ("Er wird nächstes Jahr im Februar 17, will eine Ausbildung", _year(16)),
    ("Pflegekind wird Anfang nächsten Jahres 12, Schulwechsel", _year(11)),
    ("Drillinge werden im April drei, Mutter am Limit", _year(2)),
    ("Mädchen wird in vier Monaten 14 und ritzt sich", _year(13)),
    ("der junge wird in ein paar wochen 8, sucht einen Verein", _year(7)),
    ("Sie wird zum Schuljahresbeginn 6, Vorschulberatung", _year(5)),
    ("Jugendlicher wird bald 18, die Hilfe endet", _year(17)),
    # the time after the age
    ("Mündel wird 18 im November, Careleaver-Beratung", _year(17)),
    ("Sohn wird 10 in drei Monaten, wird gemobbt", _year(9)),
    ("our girl turns 7 in the autumn and can't read yet", _year(6)),
    ("he turns 15 next month and skips school", _year(14)),
    # a baby's first birthday to come, its month named: counted to today in test_ages31_words
    # a season that ends like a person noun is no person: "Frühling 9" is no role "-ling"
    ("Sohn wird im Frühling 9, Eltern trennen sich", _year(8)),
    # the birthday itself, a place or a setting after the age: five or six, as before
    ("Kind wird 6, Einschulung steht an", AgeRange(60, 83)),
    ("Sohn wird 6 in Unna eingeschult", AgeRange(60, 83)),
    ("Tochter wird 6 im Kindergarten verabschiedet", AgeRange(60, 83)),
    # days away: the month just under the age, as before
    ("Sohn wird nächste Woche 4, Kita?", AgeRange(42, 47)),  # the last half-year (ages31)
    # the age today named beside it wins
    ("Junge ist 9 und wird im Mai 10, Nachhilfe", _year(9)),
])  # fmt: skip
def test_a_birthday_to_come_gives_the_age_today(text: str, age: AgeRange) -> None:
    assert read_age(fold(text)).age == age


@pytest.mark.parametrize("text", [
    "Mein Sohn wird im August 6, braucht er schon einen OGS-Platz? Wir wohnen in Unna",
    "Tochter wird im Sommer 3, Kitaplatz in Kamen gesucht",
    "Pflegesohn wird im Dezember 18, wer begleitet beim Auszug? Lünen",
])  # fmt: skip
def test_offers_shown_as_fitting_fit_the_child_now(assistant: Assistant, text: str) -> None:
    """Every offer the assistant stands behind takes the child at the age it has today."""
    answer, _session = assistant.respond(text)
    now = answer.request.age
    assert now is not None and now.high - now.low == 11
    for hit in answer.offers:
        low, high = hit.offer.age_min, hit.offer.age_max
        assert (low is None or low <= now.high) and (high is None or now.low <= high), hit.offer
