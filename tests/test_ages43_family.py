"""Whose age in a family's history and in a form's fields: the count of children is nobody's age,
the child a form's request names is the one asked about, a newborn beside its older brothers and
sisters is the baby, a sister told by the pupil she belongs to keeps her own age."""

from __future__ import annotations

import pytest

from bot.models import AgeRange
from bot.text import clean, fold
from bot.understanding.age import parse_age

CASES = [
    # a count before the ages in brackets counts the children: the ages are theirs (the span)
    ("Kinder: 2 (5, 8) | Wohnort: Selm-Bork | Anliegen: Eltern trennen sich, beide reagieren "
     "mit Wut", (60, 107)),
    ("Kinder: 4 (1, 4, 7, 10) | Ort: Lünen-Süd | Anliegen: Mutter völlig erschöpft", (12, 131)),
    ("Meldung | Kinder: 2 (4 J., 6 J.) | Adresse: Holzwickede | Kinder seit gestern allein",
     (48, 83)),
    # a count of a child noun in the field, then the child's birth year
    ("Kundin: 29 | Kinder: 1 Tochter, geb. 2022 | Bedarf: Kitaplatz", (48, 59)),
    ("Kinder: 2 Söhne (3 und 9) | Ort: Unna | Anliegen: Erziehungsberatung", (36, 119)),
    # a birth year after whose it is
    ("Familie B., Jahrgang der Tochter 2019, wohnt in Schwerte. Sie stottert stark.", (84, 95)),
    # the child a form's request names
    ("Familie: K. | Kinder: Mia 11, Ben 6 | Anliegen: Ben soll in die OGS | Ort: Kamen",
     (72, 83)),
    ("Kinder: Jonas 8, Lea 4 | bisherige Hilfen: Erziehungsbeistand Jonas | Anliegen: Lea soll "
     "in eine Kita", (48, 59)),
    ("Protokoll: Mutter (34), Vater (38), Kinder Leon 12 und Sophie 3. Sophie soll in eine "
     "Sprachfördergruppe.", (36, 47)),
    # ... all of them when the request is for both, or names nobody again
    ("Kinder: Emma 7, Paul 3 | Anliegen: begleiteter Umgang für beide Kinder", (36, 95)),
    ("Kinder: Mia 11, Ben 6 | Anliegen: Familie sucht Erziehungsberatung", (72, 143)),
    # a newborn told by a birth after its noun, beside the older ones
    ("Das Baby (geboren vor 3 Wochen) schreit Tag und Nacht, die beiden Großen (5 und 8) "
     "laufen nebenher.", (0, 0)),
    ("das vierte Kind (Geburt vor 2 Wochen) schreit stundenlang, die drei Großen (4, 7, 9) "
     "kommen zu kurz", (0, 0)),
    ("Fünftes Kind kam vor 10 Tagen zur Welt, die vier anderen (3, 6, 10, 12) brauchen auch "
     "alles.", (0, 0)),
    # a need aimed at the older ones stays theirs
    ("Baby 3 Wochen, die beiden Großen (5 und 8) brauchen einen OGS-Platz, für die Großen "
     "also", (60, 107)),
    ("er braucht nachmittags Betreuung für die zwei Großen (6 u 9), die Kleine (2) is bei Oma",
     (72, 119)),
    # a story pointing at the eldest and the youngest alike: the family
    ("Kinder: 3 (4, 9, 14) Anliegen: Der Älteste ist ständig weg, die Kleinen kommen zu kurz",
     (48, 179)),
    ("Kinder: 3 (4, 9, 14). Der Älteste schwänzt die Schule.", (168, 179)),
    # a sister told by the pupil she belongs to
    ("die 12-jährige Schwester unseres neuen Erstklässlers werde an ihrer Schule gemobbt",
     (144, 155)),
    ("Der 10-jährige Bruder eines Krippenkindes wurde geschlagen.", (120, 131)),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_whose_age_in_a_family(text: str, expected: tuple[int, int]) -> None:
    assert parse_age(fold(clean(text))) == AgeRange(*expected)


def test_a_count_without_ages_names_no_age() -> None:
    """"Kinder: 2 (Alter nicht erfasst)": the form says the ages are missing, so ask."""
    assert parse_age(fold(clean("Kinder: 2 (Alter nicht erfasst) | Ort: Unna"))) is None
