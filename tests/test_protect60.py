"""A real sign of danger is never lost: a carer asleep while young children are out at night, a
landlord's report of children alone; an exhausted mother who cannot sleep is no alarm."""

import pytest

from bot.text import fold
from bot.understanding.safety import read_signs

CASES = [
    ("Kinder (6 und 8) spielen nachts um 23 Uhr draußen auf dem Spielplatz, die Eltern schlafen, "
     "das geht jede Woche so. Kamen-Methler.", True),
    ("BG: KM Opiatabhängigkeit, subst. | Kinder: 3 | Besonderheiten: Kinder lt. Vermieter 2x "
     "abends allein angetroffen | Anliegen: SPFH", True),
    ("ein kind aus der 1. klasse läuft immer allein zur schule um 7:15, auch im dunkeln, und sagt "
     "mama schläft noch.", True),
    # look-alikes: no danger now
    ("bebek 4 aylık schreit die ganze Nacht, Mutter schläft seit 5 Tagen nicht, ruft um 2 Uhr an "
     "und weint. Schreiberatung Bergkamen", False),
    ("Meine Tochter (5) hat große Angst vor Hunden und traut sich nicht mehr allein in den Garten.",
     False),
    ("Mein Sohn (9) bleibt nachmittags zwei Stunden allein zu Hause, bis ich von der Arbeit komme.",
     False),
    ("Laterne laufen abends im Dunkeln mit den Kindern (4 und 6), die Eltern schlafen danach gut.",
     False),
]


@pytest.mark.parametrize(("text", "alarm"), CASES)
def test_sign_of_danger(text: str, alarm: bool) -> None:
    assert bool(read_signs(fold(text)).names) is alarm
