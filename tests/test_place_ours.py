"""The writer's own institution is the child's when the writer calls it theirs (lead46).

A Kita's note signed "Einrichtung: Alstedde" names no Kita in the field, so the field was cut off
as the writer's — and with it the only place the note told. A writer who speaks of "unserer
U3-Gruppe" or "unsere Schülerin" works where the child goes every day, so that field's place is
the family's; a practice's or an office's stays the writer's. And a call-back note's last line
"Rückruf 0151 … ab 14 h. Wohnort Rottum" holds the family's home, not a signature.
"""

from __future__ import annotations

import pytest

from bot.assistant import Assistant
from tests.relevance import serves

CASES = [
    ("Bei einem Kind (3;1) aus unserer U3-Gruppe haben wir wiederholt Hämatome am Rücken "
     "dokumentiert. Wir bitten um Kontakt zu einer insoweit erfahrenen Fachkraft. "
     "Einrichtung: Alstedde.", "luenen-alstedde"),
    ("Unsere Schülerin (8) kommt seit Wochen ohne Frühstück, wirkt sehr müde. Wer berät uns?\n"
     "Einrichtung: Rünthe", "bergkamen-ruenthe"),
    ("Fr. Yilmaz ruft an wg. Impfungen vor Kita-Start. Alter nicht notiert, Rückruf 0151 99 … "
     "ab 14 h. Wohnort Rottum", "kamen-rottum"),
    # look-alikes: no "our", or an office's field, keep the place unknown
    ("Kind 3, Hämatome am Rücken. Bitte um Kontakt zu einer Fachkraft. Einrichtung: Alstedde.",
     None),
    ("Einrichtung: Praxis Dr. Kaya, Alstedde | Unsere Patientin, 3 J., Hämatome am Rücken | "
     "Frage: Kontakt zu einer Fachkraft?", None),
]


@pytest.mark.parametrize(("text", "place"), CASES)
def test_the_place_of_the_writers_own_institution(assistant: Assistant, text: str,
                                                  place: str | None) -> None:
    answer, _session = assistant.respond(text)
    assert answer.request.place == place
    if place is not None:
        for hit in answer.offers[:3]:
            assert serves(assistant.catalogue, hit.offer, place), hit.offer.id
