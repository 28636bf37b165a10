"""An arrow between two places of a move: from the first to the second.

Notes write a move's way with an arrow ("nach umzug dortmund → geisecke", "Umzug Hamm -> Bönen",
"umgezogen dortmund > kamen"): the place after the arrow is where the family lives now, not a
district of the town before it ("Dortmund → Geisecke" is no "Dortmund-Geisecke"), and it wins
over the place left as the word "nach" would make it win. An arrow elsewhere keeps the place it
follows ("Kita in Kamen → Sprachförderung?").
"""

from __future__ import annotations

import pytest

from bot.assistant import Assistant

CASES = [
    ("leni (10) neu in der 5c nach umzug dortmund → geisecke, will in nen verein, familie hat "
     "kein geld. but + verein?", "schwerte-geisecke"),
    ("Familie nach Umzug Hamm -> Bönen, Kind 4 braucht einen Kitaplatz", "boenen"),
    ("Sohn (7) stottert seit Umzug Dortmund -> Lünen-Süd deutlich mehr, Beratung?", "luenen-sued"),
    ("umgezogen dortmund > kamen, sohn 7 braucht ogs", "kamen"),
    ("Umzug Kamen ⇒ Selm im März, Kind 3 braucht Kita", "selm"),
    # an arrow that is no move keeps the place it follows
    ("Kind 5, Kita in Kamen → Sprachförderung?", "kamen"),
]


@pytest.mark.parametrize(("text", "place"), CASES)
def test_the_place_after_a_moves_arrow_is_the_home(assistant: Assistant, text: str,
                                                    place: str) -> None:
    answer, _session = assistant.respond(text)
    assert answer.request.place == place
