"""Times, durations and waiting periods are no child's age (time54).

Requests that say when an offer must happen carry numbers of time: a waiting time told after its
noun ("Wartezeit … aktuell 7 Monate"), a span a thing is the subject of ("das sind 4 Monate"), a
help paused or off for a span ("pausiert jetzt 8 Wochen"), a shift or working hours ("Spätschicht
14–22", "Frühschicht ab 5", "7–15:30", "10pm"), a care's hours ("Betreuung von 7 bis 17"), a
clock range in Uhr with an en dash ("8–12 Uhr"), a length told as an adjective of a thing
("8-wöchiger Elternkurs"), a break or a course after the span ("3 Wochen Urlaub"), and a
participant's number in a course's notes ("TN 07:", "- TN 12 Ferienproblem:", "TN 15, Tochter 1
J."). None of them is the child's age, while an age told with the same units still is ("seit 11
Monaten auf der Welt", "4 Monate alt", "10-wöchiger Säugling", "Baby 8 Wochen Kurs", "TN 16"
alone). Sentences are our own, none from an evaluation set.
"""

from __future__ import annotations

import pytest

from bot.text import clean, fold
from bot.understanding.age import parse_age

CASES = [
    # a waiting time after its noun, a word of now or a rounding between
    ("Wartezeit Frühförderung für Schwerte aktuell 7 Monate. Kind 3 J., spricht kaum.", (36, 47)),
    ("Warteliste Kita in Kamen derzeit ca. 11 Monate, Sohn 3 J.", (36, 47)),
    ("Sohn 5, wir warten seit 11 Monaten auf einen Kitaplatz in Kamen", (60, 71)),
    ("Wir warten seit 11 Monaten auf einen Platz, Kamen", None),
    # a thing the subject of the span: how long, no one's age
    ("Tochter 15, nach Klinik entlassen. Die KJP hat erst im Herbst was frei, das sind 4 Monate."
     " Hilfe in Unna?", (180, 191)),
    # a help paused or off for a span
    ("Das Kind (2 J.) ist in Förderung, die pausiert jetzt 8 Wochen. Entlastung in Unna?",
     (24, 35)),
    ("Kind 2, Therapie pausiert 6 Wochen wegen Urlaub, Lünen", (24, 35)),
    ("Sohn 4 J., die Logopädie fällt 6 Wochen aus, Unna", (48, 59)),
    # shifts and working hours
    ("Mutter hat Frühschicht ab 5, Schulsozialarbeit in Werne?", None),
    ("Mutter arbeitet Dienste 6–14 und 13:30–22 Uhr, Schlafberatung in Kamen?", None),
    ("Vater Spätschicht 14–22, Sohn 6, OGS in Bergkamen?", (72, 83)),
    ("Sohn 7, Mutter arbeitet 7–15:30 im Einzelhandel, OGS Unna", (84, 95)),
    ("mum works nights 10pm to 6am, after school care in Lünen?", None),
    ("Integrationskurs 8-12, Kinderbetreuung in Lünen?", None),
    ("TN 15, Tochter 1 J., braucht Tagespflege während der Maßnahme 8–12 Uhr, Bönen", (12, 23)),
    # a participant's number in a course's notes
    ("- TN 10: Sohn (8) braucht Lernförderung, Bönen", (96, 107)),
    ("- TN 12 Ferienproblem: Tochter 9, OGS hat in Woche 2 zu, Selm", (108, 119)),
    ("TN 09: Kind 4, Kita schließt um 14:00, Unna", (48, 59)),
    ("- TN 08 spricht Dari, Kinder 3 J., Eltern-Kind-Gruppe in Kamen", (36, 47)),
    # a length told as an adjective of a thing, a break or a course after the span, and a span
    # after the child's own number and a comma
    ("Sohn 3, 8-wöchiger Elternkurs gesucht, Unna", (36, 47)),
    ("Sohn 3, 6-monatige Wartezeit beim SPZ, Unna", (36, 47)),
    ("Sohn 3, 3 Wochen Urlaub der Tagesmutter, Unna", (36, 47)),
    ("Kind 3, 10 Wochen Kurs gesucht, Unna", (36, 47)),
    ("Kind 4, 6 Wochen Wartezeit beim SPZ, Unna", (48, 59)),
    ("Tochter 4, 6 Wochen Elternzeit des Vaters, Unna", (48, 59)),
    ("Tochter 4, 8 Wochen Therapiepause, Unna", (48, 59)),
    # a care's hours in the shape of a day
    ("Betreuung von 7 bis 17 gesucht, Unna", None),
    ("Sohn 3, Kita 7-14, Mutter arbeitet länger, Unna", (36, 47)),
    # look-alikes: the same units telling the child's age
    ("TN 16 sucht einen Ausbildungsplatz in Unna", (192, 203)),
    ("Unser Sohn ist seit 11 Monaten auf der Welt, Krabbelgruppe Werne", (11, 11)),
    ("Baby ist 4 Monate alt, die Krabbelgruppe hat 4 Monate Wartezeit, Selm", (4, 4)),
    ("Gruppe für Kinder 6-11 in Kamen", (72, 143)),
    ("Montags Gruppe für Kinder von 6 bis 10, Unna", (72, 131)),
    ("ein 10-wöchiger Säugling schreit viel, Unna", (2, 2)),
    ("dreijähriger Junge spricht kaum, Unna", (36, 47)),
    ("Baby 8 Wochen Kurs gesucht, Unna", (1, 1)),
    ("3 Jahre Schwimmkurs gesucht, Unna", (36, 47)),
    ("Junge fünf Jahre elf Monate Einschulung nächsten Sommer, Förderung in Holzwickede",
     (71, 71)),
    ("Eltern von 3jährigem suchen Kurs, am besten abends nach 18 Uhr, Unna", (36, 47)),
    ("Kita für Kinder 1-6 in Unna", (12, 83)),
]


@pytest.mark.parametrize(("text", "age"), CASES)
def test_times_are_no_age(text: str, age: tuple[int, int] | None) -> None:
    found = parse_age(fold(clean(text)))
    assert (None if found is None else (found.low, found.high)) == age
