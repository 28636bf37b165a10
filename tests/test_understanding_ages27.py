"""Ages, round 27: which of two ages of one child is today's, and numbers beside it that are none.

"Mit 14 Jahren kam er …, jetzt ist er 16": the age today wins over an age of the past; a baby
born early is as old as the calendar says ("korrigiert 3 Monate, tatsächlich 5"); a birthday in
time to come ("wird im März vier") makes the child a year younger today; a list of school years
("Kl. 5, 7 und 9") spans them all; a learner noted by a short role ("FS 17", "TN 16") is that
old; a clock time ("um halber drei") and a school mark ("mathe is ne 5") are no age. Every row is
written for this table (none is taken from an evaluation set).
"""

from __future__ import annotations

import pytest

from bot.models import AgeRange
from bot.text import fold
from bot.understanding.age import read_age
from bot.understanding.foreign import germanise


def _years(n: int) -> AgeRange:
    return AgeRange(12 * n, 12 * n + 11)


ROWS: list[tuple[str, AgeRange | None]] = [
    # the age today over an age of the past
    ("Mit 14 Jahren kam er aus Eritrea, jetzt ist er 16 und schwänzt", _years(16)),
    ("Mit 9 wurde sie in Obhut genommen, inzwischen ist sie 13 und will zurück", _years(13)),
    ("mit 11 hat er angefangen zu kiffen, mittlerweile 15, sucht Beratung", _years(15)),
    ("Als sie 4 war, starb der Vater; heute ist sie 10 und redet kaum", _years(10)),
    ("Came to Germany at 12 with his uncle, now he is 17, needs a flat", _years(17)),
    # but "mit 13" before a present verb is the age now, and a sibling stays a sibling
    ("ein Junge mit 13 pflegt seine kranke Mutter", _years(13)),
    ("Tochter (8) ist seit dem Umzug traurig, jetzt Beratung gesucht", _years(8)),
    # the age since birth over the corrected age of a baby born early
    ("Frühchen 28. SSW, korrigiert 2 Monate, tatsächlich 5 Monate alt", AgeRange(5, 5)),
    ("Zwillinge, korrigiert jetzt 4 Monate, chronologisch 7", AgeRange(7, 7)),
    ("Frühchen, jetzt 6 Monate alt, korrigiert 3, Nachsorge", AgeRange(6, 6)),
    # school years in a list, and a school year beside the age in years
    ("drei Kinder in Kl. 5, 7 und 9, Fahrkosten abgelehnt", AgeRange(120, 179)),
    ("Klasse 5, 11 Jahre alt, wird gemobbt", _years(11)),
    ("Schülerin aus Jg. 8, 14 Jahre, soll verheiratet werden", _years(14)),
    # learners noted by a short role
    ("FS 17, erzählt in der Fahrstunde, dass er zuhause rausgeflogen ist", _years(17)),
    ("TN 16 bricht die Maßnahme ab, Eltern erreichen wir nicht", _years(16)),
    ("Unbegleiteter Bua, ogfähr 15, aus Afghanistan", _years(15)),
    # numbers that are no age: a clock time, a mark in a subject
    ("um halber drei a Mädle am Bahnhof aufgriffa, 14 Jahre", _years(14)),
    ("bin 16 in fröndenberg, mathe is ne 5, nachhilfe?", _years(16)),
    ("Sohn 12, in Physik eine 6 und Note 5 in Latein", _years(12)),
]


@pytest.mark.parametrize(("text", "age"), ROWS)
def test_age(text: str, age: AgeRange | None) -> None:
    assert read_age(fold(germanise(text))).age == age  # as `understand` reads it
