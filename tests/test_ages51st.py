"""Whose age in status-heavy messages (ages51st): stages in form fields, adults, several children.

A form's "KLASSE: 1" and a pupil told as "Erstklässlerin" or "Zweitklässler" name a school year,
not a toddler of one or two; an age told with the day it was reached ("m, 18 seit 02.01.") is an
age; born children who live elsewhere ("sind schon in Pflegefamilien") beside a pregnancy are the
story's, and "das Baby" beside children of 3 and 5 is the one on the way; "wer nimmt die Kinder
während der Geburt" asks for the born children. Read through the assistant: the age it
understood, and that every offer it stands behind takes a child of that age.
"""

from __future__ import annotations

import pytest

from bot.assistant import Assistant
from tests.relevance import assert_age_read_and_offers_fit

CASES = [
    # a school year as the only age: a form field, a pupil named by the class's ordinal
    ("Aufnahmebogen | NAME: L. | KLASSE: 2 | WOHNORT: Bergkamen-Oberaden | ANLIEGEN: "
     "Hausaufgabenhilfe gesucht", (84, 95)),
    ("Klasse: 3, Wohnort Kamen-Heeren, Pflegekind, braucht Nachhilfe in Mathe", (96, 107)),
    ("EU Familie in Fröndenberg-Langschede. Die Kleine ist Erstklässlerin und hat kein "
     "Schulranzen, keine Hefte. Wo gibt es Geld für Schulsachen?", (72, 83)),
    ("Unser Neffe ist Zweitklässler und lebt seit März bei uns in Verwandtenpflege, Unna. Er hat "
     "nachts Albträume, gibt es Beratung?", (84, 95)),
    ("Die Kleine ist Drittklässlerin, Familie hat nur eine Duldung, Kamen-Methler, Geld für die "
     "Klassenfahrt fehlt", (96, 107)),
    # an age with the day it was reached
    ("UMF, m, 17 seit 03.05., aus AFG, Schwerte, sucht Beratung zur Ausbildung", (204, 215)),
    ("Fallrunde | TOP 2 | Jgl. H. (m, 18 seit 02.01., SYR), Verbleib Clearinghaus; Handyschulden "
     "900 € | Beschluss: Schuldnerberatung, Wohnort Bergkamen", (216, 227)),
    # the born children beside a pregnancy: placed elsewhere, or asked for during the birth
    ("Schwangere, 28. SSW, lebt mit gewalttätigem Partner, ihre zwei Kinder (3 und 5) sind schon "
     "in Pflegefamilien. Hat Angst, dass das Baby auch genommen wird. Holzwickede.", (-6, -1)),
    ("gu holzwickede: mama mit 3 kleinen (1, 2, 4 j.), keine kita, mama ssw 38 → wer nimmt die "
     "kinder während der geburt? notbetreuung?", (12, 59)),
    # look-alikes that must not change
    ("ALTER: 8 | KLASSE: 3 | ORT: Unna | THEMA: Mobbing", (96, 107)),
    ("Mädchen 6 J., der große Bruder geht in die 9. Klasse, Bönen, Sprachförderung", (72, 83)),
    ("Junge 13, Mutter 52 und alleinerziehend, Unna, Schulsozialarbeit", (156, 167)),
    ("Klientin in der 20. SSW, ihre Tochter (3) redet kaum, Sprachförderung in Unna?", (36, 47)),
    ("hat einen Sohn (8 Monate) und ist wieder schwanger. Der Kleine schläft kaum, Kamen",
     (8, 8)),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_whose_age_in_status_messages(assistant: Assistant, text: str,
                                      expected: tuple[int, int]) -> None:
    answer, _session = assistant.respond(text)
    assert_age_read_and_offers_fit(answer, expected)


def test_parent_age_alone_names_no_child(assistant: Assistant) -> None:
    """"Die Mutter ist 38": a parent's age is no child's, and no other age is told."""
    answer, _session = assistant.respond(
        "Die Mutter ist 38 und psychisch krank, sie sucht Hilfe für die Familie, Kamen")
    assert answer.request.age is None
