"""Who pays for it: a question whether a help is paid asks for the money help beside it (money49).

"Geht das über BuT?", "wer zahlt das?", "übernimmt das Jobcenter die Kosten?", "Wo stellt man den
Antrag?" ask how the help named is paid: the offers that pay for help (BuT, funds) are fitting
answers beside the help's, and the request is no gap where only they are held near. A grant
already made ("bewilligt", "Bescheid liegt vor") settles the question: the help alone is asked.
A pay word that is negated or told of another person asks nothing. Sentences are our own, none
taken from an evaluation set; read through the assistant with the shipped catalogue.
"""

from __future__ import annotations

import pytest

from bot.assistant import Assistant

PAYING = "but_finanzen"

ASKED = [
    ("Junge 13, schwach in Englisch. Läuft Nachhilfe über das Bildungspaket? Lünen-Brambauer",
     "lernfoerderung"),
    ("OGS-Beitrag 95 Euro, Mutter im Bürgergeld – wer zahlt das? Kind 7, Unna-Königsborn",
     "ogs_ganztag"),
    ("Mädchen, 9 Jahre, schafft Deutsch nicht, Nachhilfe wäre gut – übernimmt das Jobcenter die "
     "Kosten? Bergkamen-Oberaden", "lernfoerderung"),
    ("Wo stellt man den Antrag auf Lernförderung für einen 13-Jährigen in Werne?",
     "lernfoerderung"),
    ("Ferienfreizeit für unseren 11-Jährigen kostet 250 €. Übernimmt das Jugendamt einen Teil? "
     "Lünen-Süd", "freizeit_sport_kultur"),
]


@pytest.mark.parametrize(("text", "help_"), ASKED)
def test_a_question_who_pays_asks_for_the_money_help(assistant: Assistant, text: str,
                                                     help_: str) -> None:  # fmt: skip
    """The help named and what pays for it are both asked; the payer's offers answer."""
    answer, _session = assistant.respond(text)
    assert help_ in answer.request.topics
    assert PAYING in answer.request.main_topics
    assert not answer.is_gap
    assert any(PAYING in hit.offer.topics for hit in answer.offers[:5])


GRANTED_OR_TOLD = [
    # a grant already made: the help alone is asked
    ("Lernförderung ist vom Jobcenter genehmigt, jetzt fehlt uns ein Anbieter in Unna-Massen. "
     "Sohn 11, Mathe", "lernfoerderung"),
    ("Bescheid über BuT liegt vor. Suche Nachhilfe für eine 15-Jährige in Lünen-Mitte",
     "lernfoerderung"),
    # look-alikes: no money, an application for a place, a pay word only told
    ("Kind 10 J., Mathe schwach, Nachhilfe gesucht in Kamen-Mitte", "lernfoerderung"),
    ("Die Mutter hat den Antrag auf einen Kitaplatz gestellt, Kind 2 Jahre, wir suchen bis dahin "
     "eine Tagesmutter in Holzwickede", "kita_betreuung"),
    ("Der Sohn (14) jobbt am Wochenende im Supermarkt und schwänzt dann montags die Schule. "
     "Schulsozialarbeit in Werne?", "schulsozialarbeit"),
    ("Tochter 7 sucht einen Schwimmkurs in Kamen, die Oma zahlt ihn. Was gibt es?",
     "freizeit_sport_kultur"),
    ("Oma bezahlt die Nachhilfe. Enkel 12 braucht zusätzlich Hilfe bei Prüfungsangst in Unna",
     "psychische_gesundheit"),
]


@pytest.mark.parametrize(("text", "help_"), GRANTED_OR_TOLD)
def test_no_payer_question_asks_no_money_help(assistant: Assistant, text: str,
                                              help_: str) -> None:  # fmt: skip
    """The help is the need; the money help is not added to it."""
    answer, _session = assistant.respond(text)
    assert help_ in answer.request.main_topics
    assert PAYING not in answer.request.main_topics
