"""Child protection that a scene tells without the usual words, and its look-alikes.

A blow told with "zugeschlagen" by the adult who does it ("Vater hat heute Abend zugeschlagen"),
a child who dreads the adult waiting where it is collected ("sagt Papa wartet da auf sie"), a
child afraid of a brother, and a Kita child not collected whose staff ask whom to call, with a
condition after the question ("wen ruf ich an, wenn keiner kommt?"), are signs. A door slammed,
a late pick-up that asks for a Tagesmutter, a child who waits for a bus, a planned care question
raise nothing. Rows written for this table; `tests/data/safety45/` holds the class set measured
before the change.
"""

from __future__ import annotations

import pytest

from bot.catalogue import Catalogue
from tests.protection import check_protection

ROWS: list[tuple[str, bool]] = [
    # a blow told with "zugeschlagen", decided by who does it
    ("Die Mutter ruft an: ihr Mann hat gestern Nacht wieder zugeschlagen, die Kinder (4 und 7) "
     "haben alles gesehen. Kamen", True),
    ("Der Stiefvater hat zugeschlagen, sagt Leon (9). Schule in Unna, was tun?", True),
    # a child who dreads the adult waiting at school or Kita
    ("Mädchen 12 will nicht raus, sagt der Vater wartet draußen auf sie. Schule in Bergkamen",
     True),
    ("Sohn (4) hat Angst, Papa wartet morgen wieder an der Kita. Werne", True),
    ("Schülerin (15) hat große Angst vor ihrem Bruder, sie traut sich nicht heim. Lünen", True),
    # a child not collected; the question of whom to call comes with a condition after it
    ("Es ist 17:30, die Mama von Ben (4) ist nicht gekommen, Handy aus. Wen rufen wir "
     "an, wenn niemand mehr kommt? Kita Selm", True),
    # the same words, no case
    ("Mein Mann hat die Tür zugeschlagen und ist gegangen, seitdem weint Nele (6) viel. "
     "Trennungsberatung in Bergkamen?", False),
    ("Wir holen unsere Tochter (3) oft erst um 17 Uhr ab, die Kita schließt um 16:30 – gibt es "
     "in Holzwickede eine Tagesmutter für die Zeit danach?", False),
    ("Mein Sohn (7) will nicht allein an der Bushaltestelle warten. Gibt es in Unna eine "
     "Betreuung vor der Schule?", False),
    ("Wenn ich nächste Woche ins Krankenhaus muss, wen rufe ich an, damit jemand die Kinder "
     "(2 und 5) nimmt? Schwerte", False),
]


@pytest.mark.parametrize(("text", "sign"), ROWS)
def test_scene_without_the_usual_words(text: str, sign: bool, catalogue: Catalogue) -> None:
    check_protection(text, catalogue, sign)


SHUT_ROWS: list[tuple[str, bool]] = [
    ("Papa hat die Tür zugeschlagen und ist weg, Sohn (8) weint seitdem. Kamen", False),
    ("Der Papa von Tim (6) hat heute Morgen in der Kita zugeschlagen. Bergkamen", True),
]


@pytest.mark.parametrize(("text", "sign"), SHUT_ROWS)
def test_a_door_shut_is_no_blow(text: str, sign: bool, catalogue: Catalogue) -> None:
    check_protection(text, catalogue, sign)


CLINIC_ROWS: list[tuple[str, bool]] = [
    ("Notaufnahme Kamen: Kind 2 vom Balkon gefallen, der Arzt sagt, er muss das Jugendamt "
     "informieren. Beratung für die Eltern?", True),
    ("Der Kinderarzt hat gesagt, wir sollen beim Jugendamt nach Erziehungsberatung fragen. "
     "Sohn 5, Unna", False),
]


@pytest.mark.parametrize(("text", "sign"), CLINIC_ROWS)
def test_a_clinic_bringing_in_the_youth_office(text: str, sign: bool,
                                               catalogue: Catalogue) -> None:  # fmt: skip
    check_protection(text, catalogue, sign)
