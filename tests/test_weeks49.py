"""A pregnancy told by its week or a compound, not by "schwanger" (`pregnancy_weeks`).

Midwives dictate "frau k zweiunddreißigste woche erstes kind kein geld für kinderwagen": the bare
ordinal week, a pregnancy glued into a compound ("Zwillingsschwangerschaft") and children at home
beside what the child to come needs are all about the unborn child. A week of something else
("der Therapie", "des Jahres", "seit der zweiten Woche in der Kita") and siblings' own needs are
not.
"""

from __future__ import annotations

import pytest

from bot.models import AgeRange

PREGNANT = [
    "hebamme hier frau s achtundzwanzigste woche kein geld für babybett wohnt in bergkamen",
    "frau m vierunddreißigste woche zweites kind keine hebamme gefunden schwerte",
    "risikoschwangerschaft bei junger frau aus selm braucht beratung",
    "Zwillingsschwangerschaft, dreißigste Woche, zwei Kinder zuhause 3 und 5, "
    "Erstausstattung fehlt, Kamen",
    "achtunddreißigste woche und noch kein bett fürs baby, lünen-brambauer",
    "zwillinge unterwegs siebenundzwanzigste woche große schwester 4 familie lünen",
    "Hochrisikoschwangerschaft 29. Woche, Kind 6 zuhause, Hebamme gesucht Schwerte",
    "Kundin ist in der neunzehnten Woche mit dem dritten, große Geschwister 7 und 10, "
    "günstige Babysachen in Unna",
]
NOT_PREGNANT = [  # the week of something else, or no pregnancy at all
    ("Junge 9 Jahre, in der zwanzigsten Woche der Therapie, Elternkurs in Kamen", (108, 119)),
    ("Kita-Kind 3 J. seit der zweiten Woche in der Kita, weint jeden Morgen, Unna", (36, 47)),
    ("Ferienprogramm in der 32. Woche des Jahres für Mädchen 11 J. in Lünen", (132, 143)),
    ("schülerin 14 achte klasse dritte woche praktikum sucht berufsorientierung unna",
     (168, 179)),
    ("Nach dem Schwangerschaftsabbruch (10. Woche) geht es der jungen Frau (19) schlecht, "
     "ihr Sohn ist 1 Jahr alt", (12, 23)),
    ("Mutter hochschwanger, Sohn 5 Jahre braucht Sprachförderung, Schwerte", (60, 71)),
]


@pytest.mark.parametrize("text", PREGNANT)
def test_a_pregnancy_told_by_its_week_or_compound(assistant, text: str) -> None:
    answer, _session = assistant.respond(text)
    age = answer.request.age
    assert age is not None and age.high == -1 and age.low >= -9
    assert all(hit.offer.age_min is None or hit.offer.age_min <= -1 for hit in answer.offers)


@pytest.mark.parametrize(("text", "age"), NOT_PREGNANT)
def test_a_week_of_something_else_keeps_the_childs_age(assistant, text: str,
                                                       age: tuple[int, int]) -> None:
    answer, _session = assistant.respond(text)
    assert answer.request.age == AgeRange(*age)
