"""Several children told only by the Kita and the school they go to or need: no age (untold48).

A family's children told by their places alone ("zwei Kinder, eins kommt in die Schule, eins in
den Kindergarten", "beide brauchen Kita- bzw. Schulplatz") have no age told: the Kita is one
child's and the school the other's, and the labels read these requests null. The stage reader
must not take the Kita's span, and the numbers that share the children out ("1 in der Kita, 2 in
der OGS") are counts, not ages. Read through the assistant. The look-alikes keep their ages: a
stage said of one child, twins told by one stage, the children's ages told beside the places.
"""

from __future__ import annotations

import pytest

from bot.assistant import Assistant
from tests.relevance import assert_age_read_and_offers_fit

UNTOLD = [
    "Familie mit zwei Kindern neu in Unna-Mitte, beide brauchen Kita- bzw. Schulplatz, Eltern "
    "kennen das System nicht.",
    "Wir sind neu in Bergkamen, zwei Kinder, eins kommt in die Schule, eins in den Kindergarten, "
    "brauchen Hilfe bei Anträgen",
    "Feld Hinweise: \"Wir sind neu in Bergkamen, zwei Kinder, eins kommt in die Schule, eins in "
    "den Kindergarten\" – Wohnort Heil.",
    "vier kinder, zwei in der schule, zwei noch in der kita, mutter völlig überfordert, selm",
    "Drei Kinder, eins in der Kita, zwei in der OGS. Familie hat Schulden, BuT? Lünen-Brambauer",
    "Geschwister, eins geht in die Grundschule, das andere in die Kita – Mutter alleinerziehend, "
    "Kamen",
    "Die beiden Kinder der Familie K. (eins Kindergarten, eins Schule) brauchen Unterstützung. "
    "Unna",
    "Both kids need a place – one at school, one at nursery. Family just moved to Holzwickede.",
]

AGED = [
    # a stage said of one child is that child's age
    ("Unser Kind wird im Sommer eingeschult und hat Angst davor. Vorbereitung in Unna?",
     (60, 71)),
    # the ages told beside the places
    ("Familie mit zwei Kindern, 4 und 7 Jahre, eins Kita, eins Schule, braucht OGS in Kamen",
     (48, 95)),
    ("Zwei Kinder, das jüngere ist 2 und bekommt keinen Kitaplatz, das ältere geht zur Schule – "
     "Tagesmutter in Werne", (24, 35)),
    ("Mädchen, 3 Jahre, kommt bald in die Kita, spricht kaum Deutsch – Sprachförderung in Lünen?",
     (36, 47)),
]


@pytest.mark.parametrize("text", UNTOLD)
def test_children_told_only_by_their_places_have_no_age(assistant: Assistant,
                                                         text: str) -> None:
    answer, _session = assistant.respond(text)
    assert answer.request.age is None


@pytest.mark.parametrize(("text", "expected"), AGED)
def test_a_stage_or_an_age_told_keeps_its_age(assistant: Assistant, text: str,
                                              expected: tuple[int, int]) -> None:
    answer, _session = assistant.respond(text)
    assert_age_read_and_offers_fit(answer, expected)
