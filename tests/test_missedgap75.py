"""Money beside an asked help: a gap where nothing pays or helps, offices that pay where the family
cannot pay (missedgap75).

The project's convention (`[cost]` in `bot/data/main_need.toml`, followed by 97 of 149 labels
that read tutoring beside money): a family that *cannot pay* asks for what pays (Bildung und
Teilhabe) beside the help, so the BuT office is a fitting answer even where no tutoring is held.
A wish that a help be free ("ohne Kosten", "gratis"), or money told beside a help that costs
nothing (counselling, a group for children of addicted parents), is no such need: where the asked
help has no offer at that age and place the answer is an honest gap. Look-alikes keep their
offers. Sentences are our own (tests/data/missedgap75), none taken from an evaluation set.
"""

from __future__ import annotations

import pytest

from bot.assistant import Assistant

GAPS = [
    # a free wish alone, where no tutoring serves the place or age
    "Tochter, 12 J., braucht Unterstützung bei den Hausaufgaben, am liebsten ohne Kosten – wir "
    "wohnen in Holzwickede.",
    "Gratis-Nachhilfe für meinen Jungen (14) in Schwerte? Er kommt in Latein nicht mit.",
    # money beside a help that costs nothing anyway
    "Kostenlose Erziehungsberatung in Schwerte? Tochter 6 hat ständig Wutanfälle.",
    "Sexualpädagogischer Workshop für unsere 8. Klasse in Werne gesucht (Schüler 13–14), der "
    "Förderverein hat kaum Geld.",
    # a parent's addiction told as the reason, no group for so young a child here
    "Mama trinkt, der Kleine ist 5. Gibt es in Werne eine Gruppe für Kinder aus Suchtfamilien?",
]

ANSWERED = [
    # the family cannot pay: what pays is asked with the help (the project's convention)
    ("Unser Sohn ist 9 und hängt in Mathe hinterher, einen Nachhilfelehrer können wir uns nicht "
     "leisten. Gibt es was in Werne?", {"KRS-034"}),
    # the asked help is held here, free or not
    ("Kostenlose Nachhilfe für meine Tochter (10) in Unna?", {"UNA-021"}),
    ("Nachhilfe in Kamen für einen 11-Jährigen, Geld spielt keine Rolle.", {"KAM-034"}),
    # the money asked for itself
    ("Wie beantrage ich über das Bildungspaket Lernförderung für meinen Sohn (9)? Wir wohnen in "
     "Werne.", {"KRS-034"}),
    ("Familie in Holzwickede kann die Klassenfahrt der Tochter (12) nicht bezahlen – wer hilft "
     "finanziell?", {"KRS-034"}),
]


@pytest.mark.parametrize("text", GAPS)
def test_money_beside_the_help_does_not_fill_the_gap(assistant: Assistant, text: str) -> None:
    answer, _session = assistant.respond(text)
    assert answer.is_gap, [hit.offer.id for hit in answer.offers]
    assert not answer.offers


@pytest.mark.parametrize(("text", "relevant"), ANSWERED)
def test_look_alikes_keep_their_offers(assistant: Assistant, text: str, relevant: set[str]) -> None:
    answer, _session = assistant.respond(text)
    shown = {hit.offer.id for hit in answer.offers[:3]}
    assert not answer.is_gap
    assert shown & relevant, shown
