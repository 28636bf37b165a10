"""The child's age now, when other ages of the child are told (ages52).

Health and development notes tell several ages of one child: the age an event happened at
("operiert mit 10 Monaten", "diagnosed at 4"), a preterm baby's corrected age beside the age
since birth, a developmental age ("wie ein 2-Jähriger", "Sprachstand eines Dreijährigen"), a
birthday to come ("feiert in drei Wochen seinen 4. Geburtstag", "will be 5 next month", a parent's
quoted „wird im Juni vier“). The offers must fit the child today: the age now, the age since
birth, one year less before the birthday — and an event's or a developmental age alone is no age.
Look-alikes keep their reading: "Kind mit 3 Jahren", "Baby mit 6 Monaten", "Kinder im Alter von 2
und 6". Sentences are our own, none from an evaluation set.
"""

from __future__ import annotations

import pytest

from bot.catalogue import Catalogue
from bot.understanding import understand

CASES = [
    # an age at an event beside the age now: the age now
    ("Diabetes diagnostiziert mit 4, jetzt 9, Schulungsangebot für die Familie in Kamen?",
     (108, 119)),
    ("Hüftdysplasie-OP mit 8 Monaten, heute 3 Jahre alt, Kita-Platz in Werne gesucht", (36, 47)),
    ("Hörsturz-Diagnose im Alter von 5 Jahren; das Mädchen ist inzwischen 11. Beratung Unna?",
     (132, 143)),
    ("diagnosed with ADHD at 6, now 10. Parents need advice in Lünen", (120, 131)),
    # only an age at an event: no age today told
    ("Gaumenspalte, operiert mit 10 Monaten. Eltern wünschen Austausch in Bergkamen", None),
    ("Mit 3 Jahren hat er aufgehört zu essen, Eltern suchen Hilfe in Selm", None),
    ("The boy was diagnosed with epilepsy at age 4, family wants support in Kamen", None),
    # the corrected age beside the age since birth: the age since birth
    ("Frühchen 27+3, 10 Mon. (korr. 7 Mon.), Mutter erschöpft, Hilfe in Werne?", (10, 10)),
    ("Vorsorgeheft sagt 9 Monate, korrigiertes Alter erst 6 Monate. Krabbelgruppe in Unna?",
     (9, 9)),
    ("ehemaliges Frühchen, nach korrigiertem Alter 4 Monate, tatsächlich 7 Monate, Kamen", (7, 7)),
    # a developmental age: the child's own age, or none
    ("Entwicklungsstand wie ein 2-Jähriger, ist aber schon 4. Frühförderung in Lünen?", (48, 59)),
    ("Kind 5;3 J., Sprachstand eines Dreijährigen, Sprachförderung in Bönen?", (63, 63)),
    ("spielt wie ein Einjähriger, ist aber drei, Frühförderstelle in Schwerte?", (36, 47)),
    ("Entwicklungsalter ca. 2 J., Lebensalter 5;6, Beratung in Holzwickede?", (66, 66)),
    # a birthday to come: a year less today
    ("feiert in drei Wochen seinen 4. Geburtstag, noch kein Kita-Platz in Fröndenberg", (42, 47)),
    ("my daughter will be 5 next month and barely speaks German, anything in Unna?", (48, 59)),
    ("Mail der Mutter: 'Unser Sohn wird im Juni vier und spricht kaum. Wir wohnen in Kamen und "
     "suchen eine Kita mit Sprachförderung.'", (36, 47)),
    # look-alikes: the age told is the child's
    ("Kind mit 3 Jahren, spricht kaum, Sprachförderung in Unna?", (36, 47)),
    ("Mutter hat Zwillinge mit 6 Monaten und ist erschöpft, Hilfe in Selm?", (6, 6)),
    ("Sie hat zwei Kinder im Alter von 2 und 6 Jahren. Wo lernen die Deutsch in Lünen?", (24, 83)),
]


@pytest.mark.parametrize(("text", "age"), CASES)
def test_the_age_now_among_other_ages_of_the_child(
    catalogue: Catalogue, text: str, age: tuple[int, int] | None
) -> None:
    request = understand(text, catalogue)
    got = (request.age.low, request.age.high) if request.age else None
    assert got == age
