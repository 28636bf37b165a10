"""Whose age when several children (and adults) are told (whom52).

A request names several children with their ages, often beside an adult who cares for them; the
help is asked for one child or a few, picked out by a reference: a rank ("die Jüngste", "the
oldest", "die drei älteren", "the older two"), a told age used as a noun ("the 17 y/o", "der
14-Jährige"), the noun the children were told with ("für die Zwillinge", "one twin is vaping"),
the subject of a relative clause ("dem Großen, fünfzehn, der kifft"). A carer's own age (mentee,
guardian, big brother who raises his sister) is an adult's, never the child's. When the help is
asked for all the children ("für alle drei", "both need", "für die Kinder"), the span stays.
Read through the assistant: the age it understood, and that every offer it stands behind takes a
child of that age.
"""

from __future__ import annotations

import pytest

from bot.assistant import Assistant
from tests.relevance import assert_age_read_and_offers_fit

CASES = [
    # a rank among the told children
    ("KM 27 J., alleinerz., 4 Ki (1/3/6/8), Wohnort Bergkamen. Anliegen: Betreuung f. die "
     "Jüngste (1 J.)", (12, 23)),
    ("Vater allein mit drei Jungs, 4, 8 und 12 Jahre alt. Der Älteste schwänzt ständig die "
     "Schule – gibt es Schulsozialarbeit in Bergkamen?", (144, 155)),
    ("single mom w/ 5 kids, youngest is 2, she needs daycare. Werne", (24, 35)),
    ("Vadder mit zwee Blagen, acht un zwölf, de Große kifft – Suchtberatung in Kamen?",
     (144, 155)),
    ("Mudder mit Baby, sechs Monate, un dem Großen, fünfzehn, der kifft wohl jeden Tach. "
     "Bönen. Suchtberatung für den Jung?", (180, 191)),
    # a subgroup by count and rank
    ("Kinder: 4 (8, 10, 12, 15) | Wohnort: Lünen | Anliegen: Ferienfreizeit für die drei "
     "älteren", (120, 191)),
    ("kids 3, 9, 11 and 14 in Unna, the older two need tutoring", (132, 179)),
    # a told age used as a noun
    ("mom of 4 (twins 9, 11, 17), the 17 y/o gets panic attacks. therapist? Bergkamen",
     (204, 215)),
    ("mom w/ 3 kids. the 5yo starts school next Aug, how does enrollment work in Lünen?",
     (60, 71)),
    # the noun the children were told with
    ("mama sama z bliźniętami Zwillinge pięć lat i niemowlę Baby drei Wochen sie sucht "
     "Vorlesestunde für die Zwillinge in Schwerte", (60, 71)),
    ("twins (15), mom alone with them + a baby. one twin is vaping nonstop. Lünen", (180, 191)),
    ("mum with 4 kids (twins 8, 12, 15). one of the twins has dyslexia, tutoring in Unna?",
     (96, 107)),
    # a listed child told again with its noun and the same age
    ("Familie Werne, 3 Kinder (5, 9, 16). Der Sohn (16) trinkt regelmäßig Alkohol, "
     "Suchtprävention?", (192, 203)),
    # a carer's own age is an adult's
    ("my mentee (20) is raising her two little brothers, 4 and 7, since their mum died. "
     "Billmerich. any kindergarten + after-school help?", (48, 95)),
    ("my mentee (23) is legal guardian of his sister, 16. she wants an apprenticeship, Kamen",
     (192, 203)),
    ("my client (22) is the guardian of her brother, 15, in Lünen. he keeps getting into "
     "fights – violence prevention?", (180, 191)),
    # look-alikes: help for all the children keeps the span
    ("Familie mit drei Kindern (4, 7, 10) in Unna sucht ein Ferienangebot für alle drei.",
     (48, 131)),
    ("Kinder: 4 und 7. Sohn 7 geht in die OGS, Tochter 4 in die Kita. Familienberatung in "
     "Unna?", (48, 95)),
    ("dad with kids 8 and 11 in Kamen, both need help with homework – tutoring?", (96, 143)),
    ("Geschwister 9, 12 und 14 in Schwerte – für die Kinder suchen wir ein Sportangebot.",
     (108, 179)),
    ("Mutter mit Kindern 2 und 5 Jahre, Bergkamen: Eltern-Kind-Gruppe oder Familienzentrum für "
     "beide?", (24, 71)),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_the_child_pointed_at(assistant: Assistant, text: str,
                              expected: tuple[int, int]) -> None:
    answer, _session = assistant.respond(text)
    assert_age_read_and_offers_fit(answer, expected)


def test_a_carer_asking_for_herself_keeps_her_age(assistant: Assistant) -> None:
    """"… is raising her brother (9); she herself needs debt advice": the carer is meant."""
    answer, _session = assistant.respond(
        "Klientin (20) kümmert sich um ihren Bruder, 9. Sie selbst braucht eine "
        "Schuldnerberatung in Unna.")
    age = answer.request.age
    assert age is None or age.low >= 240


def test_a_case_note_sex_and_age_still_reads() -> None:
    """"w/16" in a case note is a girl of sixteen; "w/ 3 kids" is "with three kids"."""
    from bot.understanding.age_spelt_count import read_form

    assert "16 jahre" in read_form("w/16 schwanger")
    assert "jahre" not in read_form("mutter w/ 3 kids")
