"""Ages46: a past birth told by its week, several children asked for together, a deferral of
school entry — what a user relies on: the child's age the assistant reads."""

from __future__ import annotations

import pytest

from bot.assistant import Assistant

CASES = [
    # a past birth's week, the birth told after it: the child's age now, not a pregnancy
    ("Zwillinge kamen in der 31. SSW zur Welt, sind jetzt 4 Monate. Frühe Hilfen in Lünen?",
     (4, 4)),
    ("Baby per Kaiserschnitt in der 34. Schwangerschaftswoche entbunden, jetzt 3 Monate alt, Unna",
     (3, 3)),
    ("Unser Sohn wurde in der 28. SSW geboren und ist mittlerweile 14 Monate alt. Bergkamen",
     (14, 14)),
    # several children, then the wish for all of them: the span
    ("Meine Große ist 12, der Mittlere 9 und der Kleine 5. Ich suche für alle drei eine "
     "Ferienfreizeit in Kamen.", (60, 155)),
    ("my son is eight and the twins are three, looking for something for all three kids in Unna",
     (36, 107)),
    ("Kinder: Lea 3 J., Tim 5 J. Für die Kinder suchen wir in Oberaden einen Kitaplatz.", (36, 71)),
    # a school entry put off: the preschool child; "ein Jahr später" is no age of one
    ("Eltern überlegen, ihren Sohn ein Jahr später einzuschulen. Wer berät in Unna?", (60, 77)),
    ("Wir überlegen, unsere Tochter vom Schulbesuch zurückstellen zu lassen. Schwerte?", (60, 77)),
    ("Schulärztin meint, Mia soll erst nächstes Jahr in die Schule. Holzwickede?", (60, 71)),
    # look-alikes that must not change
    ("Mutter ist in der 32. SSW, ihr Sohn ist 5. Sie sucht in Lünen einen Kurs.", None),
    ("my son is eight and the twins are three – I need a playgroup for the twins in Unna.",
     (36, 47)),
    ("Die Große 12 und der Mittlere 7. Um den Mittleren geht es, Nachhilfe in Unna", (84, 95)),
    ("Ich muss meine eigenen Wünsche zurückstellen, alleinerziehend mit Kind 4 in Unna", (48, 59)),
    ("Sohn wurde ein Jahr später eingeschult, ist jetzt 8 und liest schlecht, Werne",
     (96, 107)),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_age_of_the_child_asked_about(assistant: Assistant, text: str,
                                      expected: tuple[int, int] | None) -> None:
    answer, _session = assistant.respond(text)
    age = answer.request.age
    assert age is not None
    if expected is None:  # a pregnancy now: the unborn child
        assert age.high < 0
    else:
        assert (age.low, age.high) == expected
