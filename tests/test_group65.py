"""Which of several children a request is about (group65).

A brother or sister joined by "und"/"+" to the ages of twins or of "Kinder" is one more of the
family's children; a grown brother or sister listed with a minor after a plural child word
("2 Töchter (13, 18)") is one of the children, not a parent; "the little one" among several
points at the youngest; a stage word inside a money request ("Zuschuss Mittagessen OGS") does
not cut the family to the children of that stage. Look-alikes keep one child: an adult brother
told apart from the child, a sibling opening a clause of its own, a single child with a money
request, a baby with a big brother. Sentences are our own, none from an evaluation set.
"""

from __future__ import annotations

import pytest

from bot.catalogue import Catalogue
from bot.understanding import understand

SPANS = [
    ("Zwillinge 1 Jahr und großer Bruder 5, Eltern suchen ein Familienzentrum in Holzwickede",
     (12, 71)),
    ("Drillinge 3 Jahre und große Schwester 9, Mama ist am Ende, Entlastung in Fröndenberg?",
     (36, 119)),
    ("Mutter mit 2 Töchtern 13 und 18, sucht Erziehungsberatung in Unna", (156, 227)),
    ("Schwestern 16 und 19 haben Streit mit dem Stiefvater, Beratung in Lünen?", (192, 239)),
    ("Familie mit 3 Kindern (1, 6 und 9 J.) bekommt Bürgergeld, Antrag Bildungspaket und "
     "Mittagessen in der OGS – wer hilft in Werne?", (12, 119)),
    # a danger to the family told of "the little one" leaves the group whole
    ("The kids next door (about 4 and 8) are alone all night, the little one screamed on the "
     "balcony. Unna, who do I call?", (48, 107)),
    ("Zwei Brüder, 15 und 17, beide schwänzen die Schule – Schulsozialarbeit in Kamen?",
     (180, 215)),
]

ONE_CHILD = [
    ("Zwillinge 3 J. und ein Bruder 8 J., der Bruder braucht Nachhilfe in Mathe, Kamen", (96, 107)),
    ("two boys aged 7 and 10, the little one wets the bed again, any help in Lünen?", (84, 95)),
    ("Zwei Kinder (5 und 11). Der Große wird gemobbt. Wer kann dem Jungen helfen? Schwerte",
     (132, 143)),
    ("Ich habe einen Bruder, er ist 25. Mein Sohn ist 4 und braucht einen Kitaplatz in Unna",
     (48, 59)),
    ("Zwillinge 6 Wochen, der große Bruder (4) beißt seit der Geburt andere Kinder, Bergkamen",
     (48, 59)),
    ("Kinder 3 und 8, wir suchen einen OGS-Platz in Werne", (96, 107)),
    ("Baby 3 Monate und großer Bruder 5, Familienzentrum in Unna", (3, 3)),
    ("Sohn 8, OGS-Platz gesucht in Werne, Kostenübernahme möglich?", (96, 107)),
]


@pytest.mark.parametrize(("text", "age"), SPANS + ONE_CHILD)
def test_the_age_is_the_children_asked_about(catalogue: Catalogue, text: str,
                                             age: tuple[int, int]) -> None:
    request = understand(text, catalogue)
    assert request.age is not None
    assert (request.age.low, request.age.high) == age
