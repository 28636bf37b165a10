"""Ages, round 22: the one who tells is not the child at risk, and a born child a sentence is
about wins over a pregnancy beside it.

A pupil, trainee or client named with her age who tells ("hat erzählt", "sagt", "macht sich
Sorgen") of a younger person named with an age: the younger one is the child. If she names
herself first in what she tells, both children are at risk. A pregnancy beside a born child whose
own state or need a clause tells ("die Tochter (3) redet kaum", "Der Kleine schläft kaum", "die
Kinder schützen") is about that child; a child named only with its age, inside the mother's
phrase or in a list, or care for the pregnancy asked, keeps the pregnancy. Each row is written
for this table (none is taken from an evaluation set).
"""

from __future__ import annotations

import pytest

from bot.models import AgeRange
from bot.text import fold
from bot.understanding.age import read_age

PREGNANCY = AgeRange(-9, -1)

ROWS: list[tuple[str, AgeRange | None]] = [
    # the teller and the child at risk
    ("Eine Schülerin (18) sagt, dass ihre Nichte (3) oft allein gelassen wird. Kamen",
     AgeRange(36, 47)),
    ("Kundin, 21, erzählt, ihr Bruder (11) wird vom Stiefvater geschlagen.", AgeRange(132, 143)),
    ("Schülerin 18 sagt, ihr Bruder (13) wird zuhause geschlagen. Kamen", AgeRange(156, 167)),
    ("Our student, 19, told me her little sister (7) is left alone at night.", AgeRange(84, 95)),
    ("Azubi (17) macht sich Sorgen: die Tochter der Nachbarn, ca. 4, weint jede Nacht.",
     AgeRange(48, 59)),
    ("Schüler (15) erzählt, dass er und sein Bruder (12) zuhause nichts zu essen kriegen.",
     AgeRange(144, 191)),
    ("Schülerin 18 und ihr Bruder (13) suchen beide Nachhilfe in Mathe.", None),
    ("Schülerin (17) berichtet, sie sei mit 14 vom Onkel belästigt worden.", AgeRange(204, 215)),
    # a pregnancy beside a born child
    ("Klientin in der 25. SSW, ihr Sohn (4) stottert stark – Logopädie in Unna?",
     AgeRange(48, 59)),
    ("Frau ist wieder schwanger. Die Kleine (2) beißt in der Kita, was tun? Bergkamen",
     AgeRange(24, 35)),
    ("Patientin hochschwanger, der Partner trinkt, die Kinder (3 und 6) müssen geschützt werden.",
     AgeRange(36, 83)),
    ("Klientin, 3 Kinder (2, 5 und 8), in der 10. SSW, sucht Schwangerschaftsberatung.",
     PREGNANCY),
    ("Mutter von zwei Kindern (4 und 6) ist im 6. Monat schwanger und sucht eine Hebamme.",
     PREGNANCY),
    ("Schwangere, ihr erstes Kind ist 3, fragt nach Geburtsvorbereitung in Lünen.", PREGNANCY),
    ("Jugendliche 16 ist schwanger, der kleine Bruder (5) weiß es schon. Beratung in Werne?",
     PREGNANCY),
    # dictated, without punctuation
    ("klientin 18 ssw ihr sohn 5 hat wutanfälle erziehungsberatung in werne", AgeRange(60, 71)),
    ("frau ist schwanger und hat ihre tochter 4 dabei sucht geburtsvorbereitung in kamen",
     PREGNANCY),
]


@pytest.mark.parametrize(("text", "age"), ROWS)
def test_the_child_the_request_is_about(text: str, age: AgeRange | None) -> None:
    reading = read_age(fold(text))
    if age is None:
        assert reading.age is None and reading.uncertain
    elif age == PREGNANCY:
        assert reading.age is not None and reading.age.high < 0
    else:
        assert reading.age == age
