"""Which of several children the need is aimed at (aimed66).

A group pointed at by its noun ("es geht um die Zwillinge", with a brother joined to their list,
whose age may be told in months) is the group's age; two children each with a need of their own,
the need verb said once ("die Große braucht n Kitaplatz, die Kleine ne Tagesmutter"), are both
asked about; a list of ages ended by a full stop is read whole whatever word opens the next
sentence ("2 Enkel, 4 und 7. Was gibt es?"), while an ordinal's full stop ("die 4. und 7.
Klasse") is no end. Look-alikes keep one child: a rank told with a problem and pointed at again,
a single need for one rank. Sentences are our own, none from an evaluation set.
"""

from __future__ import annotations

import pytest

from bot.catalogue import Catalogue
from bot.understanding import understand

CASES = [
    # a group noun pointed at
    ("Zwillinge 4 Jahre und großer Bruder 8, es geht um die Zwillinge, Beratung in Unna", (48, 59)),
    ("Zwillinge 9 Monate und Bruder 4 Jahre, es geht um die Zwillinge, Kamen", (9, 9)),
    ("Drillinge (3) + große Schwester 9, Sprachförderung für die Drillinge in Selm", (36, 47)),
    # each child with a need of its own, the verb said once
    ("die Kinder sind zwei und vier, die Große braucht n Kitaplatz die Kleine ne Tagesmutter, "
     "Werne", (24, 59)),
    ("Kinder 3 und 8. Die Große braucht Nachhilfe, die Kleine einen Kitaplatz in Lünen", (36, 107)),
    ("Die Große (8) braucht Nachhilfe, der Kleine (3) einen Kitaplatz, Bergkamen", (36, 107)),
    # a list ended by a full stop before a new sentence
    ("Sie hat ihre 2 Enkel aufgenommen, 4 und 7. Was gibt es in Unna für Großeltern?", (48, 95)),
    ("Zwei Enkelkinder, 3 und 6. Wo finde ich Unterstützung in Selm?", (36, 83)),
    # look-alikes: one child
    ("Kinder 2 und 7, der Große hat Albträume – wer hilft dem Jungen in Unna?", (84, 95)),
    ("Kinder 3 und 8 – nur die Kleine braucht einen Kitaplatz in Lünen", (36, 47)),
    ("Kinder 3 und 8, die Kleine braucht einen Kitaplatz, die Große geht schon zur Schule, Kamen",
     (36, 47)),
    ("Sie hat 2 Kinder in der 4. und 7. Klasse, Nachhilfe in Werne", (108, 155)),
]


@pytest.mark.parametrize(("text", "age"), CASES)
def test_the_age_is_the_children_the_need_is_aimed_at(catalogue: Catalogue, text: str,
                                                      age: tuple[int, int]) -> None:
    request = understand(text, catalogue)
    assert request.age is not None
    assert (request.age.low, request.age.high) == age
