"""A topic the story tells only as context is no main need (issue 8, `main_need_context`).

A matter the story says is taken care of, a pastime complaint beside a leisure help asked for,
and money the family lacks beside a help that costs nothing: their offers are no "passend"
answer for the help asked, and where none of that help exists the request is an honest gap.
Beside them, requests where the same topic is asked for keep it. Sentences are our own, none
taken from an evaluation set.
"""

from __future__ import annotations

import pytest

from bot.catalogue import Catalogue
from bot.matching import match
from bot.understanding import understand

CONTEXT = [
    # settled: granted, stable, sober, in treatment
    ("Tochter 14, die BuT-Lernförderung ist bewilligt. Gibt es Nachhilfe in Bönen?",
     "lernfoerderung", "but_finanzen"),
    ("Vater seit einem Jahr trocken, Sohn 9 möchte in einen Sportverein in Schwerte.",
     "freizeit_sport_kultur", "belastete_eltern"),
    ("Mädchen 12, Angststörung, ist bei mir in Behandlung. Sie sucht jetzt einen Sportverein "
     "in Schwerte.", "freizeit_sport_kultur", "psychische_gesundheit"),
    ("Mutter (Depression, inzwischen stabil) sucht einen Kitaplatz für ihren Sohn, 3, in "
     "Schwerte.", "kita_betreuung", "belastete_eltern"),
    # a pastime complaint beside a leisure help
    ("Sohn 13 sitzt nur vor der Konsole. Gibt es einen Jugendtreff in Schwerte?",
     "offene_jugendarbeit", "medien_sucht"),
    ("Gibt es in Fröndenberg einen Tischtennisverein für meinen Enkel (13)? Er hat keine "
     "Freunde.", "freizeit_sport_kultur", "psychische_gesundheit"),
    # money the family lacks beside a help that costs it nothing
    ("Junger Mann, 19, die Eltern zahlen nichts mehr. Er sucht betreutes Wohnen in Selm.",
     "junge_volljaehrige", "but_finanzen"),
    ("Familie mit Bürgergeld, Sohn 3, sucht einen Kitaplatz in Schwerte.",
     "kita_betreuung", "but_finanzen"),
]


@pytest.mark.parametrize(("text", "asked", "context"), CONTEXT)
def test_a_context_topic_is_no_main_need(catalogue: Catalogue, text: str, asked: str,
                                         context: str) -> None:  # fmt: skip
    """The help asked for is the need; what the story tells stays a topic, after it."""
    request = understand(text, catalogue)
    assert asked in request.main_topics
    assert context not in request.main_topics


@pytest.mark.parametrize(
    "text",
    [
        "Tochter 14, die BuT-Lernförderung ist bewilligt. Gibt es Nachhilfe in Bönen?",
        "Sohn 13 sitzt nur vor der Konsole. Gibt es einen Jugendtreff in Schwerte?",
        "Junger Mann, 19, die Eltern zahlen nichts mehr. Er sucht betreutes Wohnen in Selm.",
    ],
)
def test_no_offer_of_the_asked_help_is_an_honest_gap(catalogue: Catalogue, text: str) -> None:
    """No offer of the asked help here: a gap, the context's offers only marked alternatives."""
    answer = match(understand(text, catalogue), catalogue)
    assert answer.offers == ()
    assert answer.gap is not None


ASKED_TOO = [
    # the matter is still open: negated, conditional
    ("Elterngeld noch nicht bewilligt, Baby 2 Monate. Wer hilft beim Antrag in Unna?",
     "but_finanzen"),
    # the pastime is what the help is for
    ("Sohn 14 zockt jede Nacht bis vier Uhr. Gibt es eine Suchtberatung in Unna?",
     "medien_sucht"),
    # money for a help that costs, or the money as the matter
    ("Nachhilfe in Mathe für Sohn 11 in Kamen, die Eltern haben kein Geld dafür.",
     "but_finanzen"),
    ("Sportverein für Tochter 9 in Kamen gesucht, die Familie lebt von Bürgergeld.",
     "but_finanzen"),
    ("Vater blickt beim Kinderzuschlag nicht durch, Tochter 5. Beratung in Lünen?",
     "but_finanzen"),
]


@pytest.mark.parametrize(("text", "need"), ASKED_TOO)
def test_a_topic_the_help_is_for_stays_a_main_need(catalogue: Catalogue, text: str,
                                                   need: str) -> None:  # fmt: skip
    """Where the writer counts the story's topic as a need too, its offers stay fitting."""
    assert need in understand(text, catalogue).main_topics
