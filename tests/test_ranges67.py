"""The span of several children: a count before an adjective and the children, a pregnancy beside
born children when the whole family is asked, the children a danger hits as a whole (ranges67).

"3 solche Kinder zwischen 3 und 6": the count is nobody's age, the range is the group's; "zwei
Kinder (2 und 6), Mutter schwanger … für die ganze Familie": from the unborn child to the oldest;
"Papa schlägt die Kinder, die Kleine ist 4, der Große 9": all of them. Look-alikes keep one:
care for the pregnancy itself, one child singled out by its own problem. Sentences are our own.
"""

from __future__ import annotations

import pytest

from bot.catalogue import Catalogue
from bot.understanding import understand

CASES = [
    # a count with an adjective before the children, then their range
    ("Wir betreuen gerade 4 solche Kinder zwischen 2 und 5 Jahren, was gibt es in Kamen?",
     (24, 71)),
    ("Im Moment drei kleine Kinder zwischen 1 und 4 in der Gruppe, Sprachförderung in Unna?",
     (12, 59)),
    # a pregnancy beside born children, the whole family asked
    ("Zwei Kinder (2 und 6), die Mutter ist schwanger. Was gibt es in Lünen für die ganze Familie?",
     (-9, 83)),
    ("Ich bin schwanger, meine Söhne sind 3 und 7. Gibt es in Werne etwas für uns alle?", (-9, 95)),
    ("Die Mutter eines Jungen (5) ist schwanger und hat kaum Geld. Was gibt es für die beiden in "
     "Selm?", (-9, 71)),
    # the children a danger hits as a whole
    ("Der Vater schlägt die Kinder, der Große ist 9, die Kleine 4. Wen rufe ich in Unna an?",
     (48, 119)),
    ("die 12-jährige Tochter hat erzählt, der Stiefvater verprügelt die Kinder, auch ihren kleinen "
     "Bruder (6). Kamen", (72, 155)),
    # look-alikes: the pregnancy itself, one child singled out
    ("Ich bin schwanger, meine Tochter ist 4. Ich suche eine Hebamme in Lünen.", (-9, -1)),
    ("Schwanger in der 20. Woche, Sohn 6. Gibt es eine Schwangerenberatung in Unna?", (-9, -1)),
    ("Meine Kinder sind 4 und 11. Die Große (11) wird in der Schule gemobbt, wer hilft in Unna?",
     (132, 143)),
    ("Zwei Kinder, 2 und 7 Jahre. Der Kleine spricht noch kaum, Sprachförderung in Kamen?",
     (24, 35)),
]


@pytest.mark.parametrize(("text", "age"), CASES)
def test_the_age_spans_the_children_asked_about(catalogue: Catalogue, text: str,
                                                age: tuple[int, int]) -> None:
    request = understand(text, catalogue)
    assert request.age is not None
    assert (request.age.low, request.age.high) == age


def test_a_count_before_an_adjective_is_no_age_of_a_person(catalogue: Catalogue) -> None:
    request = understand("Klientin 17, kleine Kinder hat sie keine, Beratung in Unna", catalogue)
    assert request.age is not None and request.age.low == 204
