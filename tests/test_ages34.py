"""Ages as session 34's fresh set showed them missed (`tests/data/ages34/`).

Each row is a phrasing of a class, written for this table: a child named by first name with the
age after it inside a phrase about a parent or carer ("Der Papa vom Ben (2)") — the age is the
child's, not the parent's; months told in a clause of their own beside a Kita ("inne Kita
gekommen, elf Monate") — a small child's age, not a span beside the Kita stage; clock times and
opening hours written as number words ("dienstags von neun bis zwölf", "morgens umme sieben") —
no age at all. The near misses keep their ages: an age group "für Kinder von sechs bis zwölf",
the parent's own age beside the child's, a duration "seit sechs Monaten". A user relies on each:
offers shown as fitting must fit the child, and an opening hour must never pick teen offers.
"""

from __future__ import annotations

import pytest

from bot.models import AgeRange
from bot.text import fold
from bot.understanding.age import read_age
from bot.understanding.foreign import germanise


def _age(text: str) -> AgeRange | None:
    """Read the age as `understand` does: regional and foreign words rewritten first."""
    return read_age(fold(germanise(text))).age


def _year(years: int) -> AgeRange:
    return AgeRange(years * 12, years * 12 + 11)


@pytest.mark.parametrize(("text", "age"), [
    # the named child's age after a parent or carer, "von" fused with its article
    ("Der Papa vom Ben (2) is alleine mit ihm und sucht Anschluss", _year(2)),
    ("Bei der Mama vom Ben (drei) is dat mit der Depression schlimmer", _year(3)),
    ("Tante vom Kevin (zwölf) ist völlig überfordert", _year(12)),
    ("Der Opa vom Luca (acht) will mit ihm in den Sportverein", _year(8)),
    ("Die Mutter vom Lena, 4, ist am Ende", _year(4)),
    ("Die Lehrerin von Tim (9) meldet sich bei uns", _year(9)),
    # near misses: the parent's own age beside the child's
    ("Frau S. (31), Mutter von Emil (4), sucht Beratung", _year(4)),
    ("Mutter (19) vom Ben, acht Monate alt, braucht Hilfe", AgeRange(8, 8)),
    # months in a clause of their own beside a Kita: the small child's age
    ("Der Jüngste is grad inne Kita gekommen, elf Monate, schreit von morgens bis abends",
     AgeRange(11, 11)),
    ("Zwillinge bei uns in der Kita angemeldet, 14 Monate, die Eltern sind erschöpft",
     AgeRange(14, 14)),
    # near miss: months as a duration
    ("Kind (4) ist seit sechs Monaten in der Kita und spricht kein Deutsch", _year(4)),
    # clock times and opening hours are no age
    ("offene Sprechstunde dienstags von neun bis zwölf", None),
    ("Hat die Beratung donnerstags noch von zehn bis zwölf offen?", None),
    ("Sprechstunde montags von elf bis eins oder nur nach Termin", None),
    ("Elterncafé mittwochs von halb neun bis zehn?", None),
    ("Die Mama steht morgens umme sieben mit dem Jungen (3) vor der Tür", _year(3)),
    ("Krabbelgruppe vormittags von neun bis halb elf? Baby ist 7 Monate.", AgeRange(7, 7)),
    ("Jugendtreff, der abends bis acht offen hat? Für meinen Sohn, 13", _year(13)),
    ("Familie kann nur zwischen 17 und 19 Uhr, Beratung für die Tochter (10)?", _year(10)),
    # near misses: a from-to that is an age group, a unit after a weekday's number
    ("Ferienprogramm für Kinder von sechs bis zwölf? Meine Tochter ist acht.", _year(8)),
    ("Jugendliche von 14 bis 17 treffen sich abends", AgeRange(168, 215)),
    ("montags Gruppe für Kinder von 6 bis 12", AgeRange(72, 155)),
])
def test_age(text: str, age: AgeRange | None) -> None:
    assert _age(text) == age
