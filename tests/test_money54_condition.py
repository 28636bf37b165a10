"""Money as the condition of a help asked for, or money as the need (money54).

A help wished free ("kostenlose Nachhilfe", "Schwimmkurs umsonst", "was ohne Beitrag") asks for
that help: the offices that pay are no main need, so where the help is held nowhere the request is
a gap (`bot/understanding/main_need_free.py`). Who pays, a grant, a reduction or a fund asked for
keeps the money a need beside the help. Forms the parents cannot fill in ask for the navigators;
a child without its insurance card and in pain asks for health care. Sentences are our own, none
taken from an evaluation set.
"""

from __future__ import annotations

import pytest

from bot.catalogue import Catalogue
from bot.understanding import understand

MONEY = "but_finanzen"

# (request, the help it asks for, whether the money is a main need beside it)
CASES = [
    # a help wished free: the money is only its condition
    ("Gibt es in Selm kostenlose Nachhilfe für einen Jungen (12)? Mathe 5.", "lernfoerderung",
     False),
    ("Schwimmkurs umsonst für ein Mädchen, 9, in Schwerte?", "freizeit_sport_kultur", False),
    ("Gibt es in Fröndenberg Hausaufgabenhilfe gratis für zwei Geschwister (8 und 10)?",
     "lernfoerderung", False),
    ("Kinderturnen für unsere Tochter (4) in Bönen – gibt es was ohne Beitrag?",
     "freizeit_sport_kultur", False),
    # a help wished free for a family that tells it lacks the money: what pays is asked too,
    # as most labelled sets read it ("kostenlos, weil Bürgergeld")
    ("Schwimmkurs umsonst für ein Mädchen, 9, in Schwerte? Familie hat kein Geld.",
     "freizeit_sport_kultur", True),
    ("Hausaufgabenhilfe gratis für zwei Geschwister (8 und 10) in Fröndenberg, Eltern "
     "können keine Nachhilfe bezahlen", "lernfoerderung", True),
    ("Kinderturnen für unsere Tochter (4) in Bönen, Familie Bürgergeld – gibt es was ohne "
     "Beitrag?", "freizeit_sport_kultur", True),
    # money asked for itself: who pays, a fund named where it asks, a reduction
    ("Nachhilfe für Sohn 11 in Werne – geht das über das Bildungspaket?", "lernfoerderung", True),
    ("Lerntherapie kostet 50 € die Stunde, Kind 9, Holzwickede. Die Eltern fragen, wer die "
     "Kosten übernimmt.", "lernfoerderung", True),
    ("Schwimmkurs für Sohn 8 in Kamen, gern kostenlos – oder gibt es eine Ermäßigung?",
     "freizeit_sport_kultur", True),
    # money only told as the family's state, the help named: it leads, what pays it follows
    ("Mädchen 5, Papa Wohngeld, möchte zum Kinderturnen in Kamen. Was geht?",
     "freizeit_sport_kultur", True),
]


@pytest.mark.parametrize(("text", "need", "money_main"), CASES)
def test_money_is_a_condition_unless_it_is_asked(catalogue: Catalogue, text: str, need: str,
                                                  money_main: bool) -> None:  # fmt: skip
    request = understand(text, catalogue)
    assert request.main_topics[:1] == (need,), request.main_topics
    assert (MONEY in request.main_topics) is money_main, request.main_topics


def test_a_help_wished_free_that_is_held_nowhere_is_a_gap_not_the_paying_office(
        catalogue: Catalogue) -> None:  # fmt: skip
    request = understand("Gibt es in Selm kostenlose Nachhilfe für einen Jungen (12)?", catalogue)
    assert request.main_topics == ("lernfoerderung",)
    assert MONEY in request.topics  # still among the topics: its offers are alternatives


@pytest.mark.parametrize(("text", "need"), [
    ("Eltern haben einen Bescheid bekommen, Kind 3. Wer hilft beim Ausfüllen?",
     "familienbuero_lotsen"),
    ("Die Mutter muss Formulare ausfüllen und schafft es nicht allein, Baby 5 Monate, Kamen.",
     "familienbuero_lotsen"),
    ("Junge 13 hat keine Krankenkarte mehr und Zahnweh, wohnt in Lünen. Wohin?",
     "kindergesundheit"),
])
def test_forms_help_and_health_care_are_read(catalogue: Catalogue, text: str, need: str) -> None:
    assert need in understand(text, catalogue).main_topics


def test_who_pays_told_without_asking_is_no_question(catalogue: Catalogue) -> None:
    request = understand("Tochter 12 braucht eine Schulbegleitung, keiner weiß wer das bezahlt. "
                         "Unna", catalogue)
    assert MONEY not in request.main_topics[:1]
