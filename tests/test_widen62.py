"""A move named beside the home the family still lives in keeps today's home (`until_home`).

"Wir ziehen im Sommer nach Holzwickede, wohnen aber noch in Massen": the offers must serve the
home the family lives in now. Look-alikes: a move from outside the Kreis still names the new
home, a move with no present home stays the new one. Sentences are our own.
"""

from __future__ import annotations

import pytest

from bot.assistant import Assistant

PLACES = [
    # (request, the family's place)
    ("Wir ziehen im Sommer nach Holzwickede, wohnen aber noch in Massen. Frühförderung für "
     "unsere Tochter (5)?", "unna-massen"),
    ("Familie zieht im Herbst nach Werne, lebt noch in Oberaden, Sohn 3 spricht kaum.",
     "bergkamen-oberaden"),
    ("Nächsten Monat ziehen wir nach Werne, bis dahin wohnen wir in Methler. Stillberatung, "
     "Baby 3 Wochen.", "kamen-methler"),
    # look-alikes: the move from outside names the home; a bare move names the new one
    ("Wohnt noch in Dortmund-Hörde, zieht nächsten Monat nach Holzwickede, Sohn 4, Kita?",
     "holzwickede"),
    ("Familie zieht von Kamen nach Selm, Tochter 6 braucht eine OGS.", "selm"),
    ("Familienberatung bitte in Kamen, nicht in Unna, für unseren Sohn (6).", "kamen"),
]


@pytest.mark.parametrize(("text", "place"), PLACES)
def test_today_home_beside_a_move(assistant: Assistant, text: str, place: str) -> None:
    answer, _session = assistant.respond(text)
    assert answer.request.place == place
