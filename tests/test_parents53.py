"""Whose need: a carer's own state and a carer's own counselling, the child only as context.

A mother's sleepless nights, tears or panic told of her ("Mutter von Emil (16 Monate) … dass sie
nachts nicht schläft", "eine Mama (Kind 3), die massive Panikattacken hat") are the family's burden,
not a crying-baby clinic or child psychiatry (`topic_carer_state`); the child's own state keeps its
reading. Counselling a carer asks for herself ("Er sucht Beratung für sich", "sucht Beratung für
sich als Großmutter", "Elternberatung in Holzwickede?") leads the child's condition the
story tells (`main_need_counsel`). Read through the public understanding API.
"""

from __future__ import annotations

import pytest

from bot.catalogue import Catalogue
from bot.understanding import understand

BURDEN = "belastete_eltern"
COUNSEL = "erziehungsberatung"

CARER_STATE = [
    # (text, the topic the carer's state names, topics it must not name)
    ("Tgb.: Mutter von Emil (16 Monate) hat mir weinend erzählt, dass sie nachts nicht schläft "
     "und sich über nichts mehr freuen kann. Klingt nach Depression. Wo kann sie hin? Afferde",
     BURDEN, ("schreibaby_schlaf", "psychische_gesundheit")),
    ("Hallo, ich hab eine Mama in der Kita (Kind 3), die massive Panikattacken hat und kaum aus "
     "dem Haus geht. Gibt es Hilfe für sie? Kamen-Heeren", BURDEN, ("psychische_gesundheit",)),
    ("Mutter mit Essstörung (Anorexie), Kind 6, sie möchte Therapie und jemanden der sich um das "
     "Kind kümmert. Werne", BURDEN, ("psychische_gesundheit",)),
    ("Papa schläft seit der Trennung kaum, Kinder 5 und 8 wohnen bei ihm. Werne", BURDEN,
     ("schreibaby_schlaf",)),
]

CHILD_STATE = [
    # the child's own state, with a parent who asks or is named beside it
    ("Sohn 15 schläft nicht mehr und zieht sich zurück, Mutter fragt nach Hilfe. Kamen",
     "psychische_gesundheit"),
    ("Mutter fragt, ob es was gegen Schlafprobleme gibt, Tochter 2, Unna", "schreibaby_schlaf"),
    ("Tochter 14 weint jeden Abend, die Mutter ist ratlos. Unna", "psychische_gesundheit"),
    ("Mutter depressiv, Baby 3 Monate schreit viel. Kamen", "schreibaby_schlaf"),
    ("Teenie 15 heute zur J1, Mutter sagt sie ritzt sich an den Armen, brauchen dringend nen "
     "KJP-Termin. Brambauer", "psychische_gesundheit"),
    ("Mädchen 15 mit ihrer Mutter gekommen, ritzt sich seit dem Einzug fast jeden Abend. "
     "Jemand, der schnell einen Termin hat?", "psychische_gesundheit"),
    ("Baby 5 Monate, die Mutter ist am Ende, es schläft nachts nie länger als zwei Stunden. "
     "Schlafberatung in Lünen?", "schreibaby_schlaf"),
]

OWN_COUNSEL = [
    # counselling for the carer herself leads the child's condition
    "Großvater (68) hat seit dem Tod der Tochter die Enkelin (6) bei sich, Kind hat Diabetes "
    "Typ 1. Er sucht Beratung für sich, wie er das alles schafft. Fröndenberg",
    "RR 5 | Oma, Enkel 10 J., West-Syndrom als Säugling, GdB 80, Vormundschaft seit 2022 | sucht "
    "Beratung für sich als Großmutter | 58730 Frömern",
    "RR 11 | Mutter, Sohn vier, nach 1. Fieberkrampf völlig panisch, schläft neben ihm, lässt ihn "
    "nicht mehr in die Kita | Elternberatung in Holzwickede?",
]


@pytest.mark.parametrize(("text", "topic", "absent"), CARER_STATE)
def test_a_carers_own_state_is_the_familys_burden(catalogue: Catalogue, text: str, topic: str,
                                                  absent: tuple[str, ...]) -> None:
    request = understand(text, catalogue)
    assert request.main_topics[:1] == (topic,)
    assert not set(absent) & set(request.topics)


@pytest.mark.parametrize(("text", "topic"), CHILD_STATE)
def test_the_childs_own_state_stays_the_childs(catalogue: Catalogue, text: str,
                                               topic: str) -> None:
    request = understand(text, catalogue)
    assert topic in request.topics
    assert request.main_topics[:1] != (BURDEN,) or topic in request.main_topics


@pytest.mark.parametrize("text", OWN_COUNSEL)
def test_counselling_a_carer_asks_for_herself_leads(catalogue: Catalogue, text: str) -> None:
    assert understand(text, catalogue).main_topics[:1] == (COUNSEL,)


def test_a_grief_told_beside_the_state_stays_the_childs(catalogue: Catalogue) -> None:
    request = understand("Zwei Kinder (3 und 5) haben ihren Vater durch Suizid verloren, die "
                         "Mutter sucht für beide Hilfe in Lünen", catalogue)
    assert BURDEN not in request.main_topics[:1]
