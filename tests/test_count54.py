"""Counts that are no age, ages not told, and the child a need points at (count54).

A form's children field with only a count ("Kinder: 3 |") and a writer who says the ages are not
told ("Alter siehe Akte", "Alter ganz gemischt") give no age: the assistant must not guess one
from the count, a ward ("Station 3B") or the hours the parents spend at the clinic. "Für alle
drei" spans every child told; Turkish "onun için" after a sibling told last is that sibling.
Read through the assistant: the age it understood, and that its offers take a child of that age.
"""

from __future__ import annotations

import pytest

from bot.assistant import Assistant
from tests.relevance import assert_age_read_and_offers_fit

NO_AGE = [
    "BG: KV alkoholabhängig | Kinder: 2 | Wohnort: Bergkamen-Oberaden | Anliegen: "
    "Erziehungsbeistand, Alter folgt",
    "Anzahl Kinder: 4 | Wohnort: Unna-Massen | Mutter im Rollstuhl | Anliegen: Haushaltshilfe",
    "Regenbogenfamilie in Fröndenberg, zwei Mütter, Kinder: 2, Alter siehe Akte. Suchen "
    "Familienberatung.",
    "Für die Geschwister unserer Langlieger auf Station 3B suchen wir Angebote in Lünen. Die "
    "Eltern sind täglich 8 Stunden hier, die großen Kinder kommen zu kurz. Alter ganz gemischt.",
    "Vater gehörlos, die Kinder dolmetschen für ihn, wohnen in Werne. Alter erfrage ich noch. "
    "Gibt es Beratung?",
]

AGES = [
    ("Kinder: Zwillinge 10 J. + Bruder 12 J. (Rollstuhl) | Wohnort: Selm | Anliegen: "
     "Ferienfreizeit, inklusiv, für alle drei", (120, 155)),
    ("kardeşi 17 yaşında Rollstuhl, kleiner Bruder 8 yaşında. Selm'de Fußballverein var mı "
     "onun için?", (96, 107)),
    ("abisi 19 yaşında Autismus, ağır, kleine Schwester 6 yaşında hep evde oturuyor. "
     "Fröndenberg'de Ferienspiele var mı onun için?", (72, 83)),
    # look-alikes: a unit after the field's number is an age; one child told is that child
    ("Kinder: 3 J. | Wohnort: Unna | Anliegen: Sprachförderung", (36, 47)),
    ("Kinder: 2 u. 5 J. | Wohnort: Kamen-Methler | Anliegen: Kita-Platz", (24, 71)),
    ("kızım 4 yaşında, Kamen'de Kita var mı?", (48, 59)),
    ("Kind 5 Jahre, Bruder schwerbehindert, wohnen in Werne. Suchen Kita-Platz für sie.",
     (60, 71)),
    ("Vorschulkinder unserer Partnerkita besuchen uns. Gibt es Kooperationsprojekte "
     "Kita–Grundschule in Holzwickede? Kinder 5", (60, 71)),
    ("Schülerin der 3b, 8 Jahre, Vater depressiv, Unna. Beratung?", (96, 107)),
]


@pytest.mark.parametrize("text", NO_AGE)
def test_no_age_when_none_is_told(assistant: Assistant, text: str) -> None:
    answer, _session = assistant.respond(text)
    assert answer.request.age is None


@pytest.mark.parametrize(("text", "expected"), AGES)
def test_age_of_the_child_asked_about(assistant: Assistant, text: str,
                                      expected: tuple[int, int]) -> None:
    answer, _session = assistant.respond(text)
    assert_age_read_and_offers_fit(answer, expected)
