"""A far-away place the family cannot reach is not where it lives (stop 54, places54).

Requests about getting to an offer name the family's home and the offer's seat; told as a trip's
goal ("bis Kamen", "nach Lünen"), as far ("9 km"), as the only or nearest offer ("gibt's nur in",
"nächster Kurs wäre in") or as unreachable ("kein Auto"), the seat gives way to the home. The
look-alikes keep their reading: a home told with a distance to another town, a trip's start
("von Bork aus"), a far place that is the only one named, a move ("zieht nach Selm").
"""

from __future__ import annotations

import pytest

from bot.assistant import Assistant


@pytest.mark.parametrize(("text", "place"), [
    # the far place gives way to the family's home
    ("Langern. Kind 3 spricht kaum. Logo gibt's nur in Werne-Mitte, 9 km, kein Auto.",
     "werne-langern"),
    ("Fall 22/08 | Mutter, Brambauer, Tochter 3 | Kita-Platz gesucht, in Lünen-Mitte wäre einer "
     "frei, aber 7 km ohne Auto", "luenen-brambauer"),
    ("Selm. Sohn 16 hat keinen Plan nach der Schule, Berufsberatung wäre in Lünen – 45 Min Bus, "
     "fährt er nicht.", "selm"),
    ("Werne-Holthausen, Junge 5, braucht Sprachförderung. Nächster Kurs wäre in Bergkamen, 15 km, "
     "Eltern ohne Führerschein.", "werne-holthausen"),
    ("Osterbönen. Vater alleinerziehend, Kinder 5 und 8. Bis Kamen zur Beratung schafft er es "
     "nicht. Entlastung?", "boenen-osterboenen"),
    ("Kd. 5 Mon. | Rottum | Eltern fragen: PEKiP oder Babymassage? Nächster Kurs wäre in "
     "Kamen-Mitte, 6 km, kein Auto", "kamen-rottum"),
    # look-alikes: the home keeps its place
    ("Familie wohnt in Kamen, 25 km bis Unna, Kind 4 braucht Logopädie", "kamen"),
    ("Sohn 17, Ausbildung in Unna. Von 59199 aus 1 h Fahrt. Wer berät zum Beruf?", "boenen"),
    ("Familie zieht nach Selm, hat kein Auto, Kind 2 braucht einen Kita-Platz", "selm"),
    # the far place told alone may still be where help is asked
    ("Logopädie gibt es nur in Unna, 20 km. Kind 4, was tun?", "unna"),
])  # fmt: skip
def test_a_far_place_gives_way_to_the_home(assistant: Assistant, text: str, place: str) -> None:
    answer, _session = assistant.respond(text)
    assert answer.request.place == place
