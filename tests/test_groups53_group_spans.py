"""A group's ages told as a span among the group's other numbers (groups53).

Requests for a whole group tell its ages once, as a span, beside its size, room, cost and count
of groups: a Kita's planning row ("Gruppe | 4–6 | 20 | Kita … | …"), a group word before the span
("Konfis 12–14, 2 Gr.", "Jugendtreff Lindenhof 10–13", "Jugendgr. 15–18"), "N+" open upwards,
a span from birth ("von 0 bis 14"), birth years of a group. A group size, a count of groups, a
room or a cost is never an age and never stretches the span. Look-alikes keep their reading:
a time "16-18 Uhr", a pregnancy's "30+4", counts of people ("wir sind 5"), an item "Frage 2".
Sentences are our own, none from an evaluation set.
"""

from __future__ import annotations

import pytest

from bot.catalogue import Catalogue
from bot.understanding import understand

CASES = [
    # a planning row: the span's cell, the group size's cell beside it
    ("Bienengruppe | 3–5 | 19 | Kita Methler | Sprachförderung im Alltag", (36, 71)),
    ("Hortkinder | 6-9 | 24 | Lünen-Süd | Lernförderung", (72, 119)),
    ("Mäuse | 1–2 | 9 | FZ Bönen | Krabbelgruppe am Nachmittag", (12, 35)),
    # a group word before the span, a name between; a count of groups after it
    ("Konfirmanden 13–14, 3 Gr., Thema Mobbing, Gemeinde Schwerte", (156, 179)),
    ("☐ Sommerprogramm Jugendtreff Overberge 11–14 → Suchtprävention?", (132, 179)),
    ("Jugendgr. 14–17 will was zu Verhütung machen, Kamen", (168, 215)),
    # counts of members and places never stretch the span
    ("B-Jugend Mädchen, 15–16, 18 Spielerinnen, Thema Körperbild, Werne", (180, 203)),
    ("Ferienfreizeit Jugendhaus Werne 12-15 - 2 Betreuer - 16 TN", (144, 191)),
    # open upwards, and from birth
    ("gibt es einen Treff für queere Jugendliche 15+ in Unna?", (180, 215)),
    ("Impfberatung für alle Kinder der Unterkunft, von 0 bis 14, Bergkamen", (0, 179)),
    # a group's birth years, a team or not
    ("Gruppe der Jahrgänge 2015 und 2016, Thema Cybermobbing, Selm", (120, 143)),
    # look-alikes
    ("Mädchentreff 11-14, dienstags 16-18 Uhr, Kamen, Sexualpädagogik", (132, 179)),
    ("Schwanger 30+4, Hebamme in Unna gesucht", (-6, -1)),
    ("Frage 3: Wir sind 6 Erzieherinnen und suchen eine Fortbildung Kinderschutz in Unna", None),
    ("hey wir sind 15 und suchen nen jugendtreff in unna", (180, 191)),
    ("Kinder: Mädchen 6 J. + Junge 8 J. | Wohnort: Kamen | Anliegen: Schwimmkurs für beide",
     (72, 107)),
]


@pytest.mark.parametrize(("text", "age"), CASES)
def test_a_group_span_among_the_groups_other_numbers(
    catalogue: Catalogue, text: str, age: tuple[int, int] | None
) -> None:
    request = understand(text, catalogue)
    got = (request.age.low, request.age.high) if request.age else None
    assert got == age
