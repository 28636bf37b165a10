"""Helps asked as alternatives: each is asked, and one held at the place answers the request.

Sentences of either49's own (`tests/data/either49/`), none taken from an evaluation set: two
helps joined by "oder", "bzw.", "alternativ", "or" or a slash, where only one of them is held at
the place — the other one missing is no gap. Where none is held, the request stays a gap; and
"oder" joining ages, times, school subjects or a doubt adds no need.
"""

from __future__ import annotations

import pytest

from bot.assistant import Assistant
from tests.relevance import assert_answered_with, assert_honest_gap

ANSWERED = [
    # (request, place, topics of which a shown offer must hold one)
    ("Suche Nachhilfe oder Hausaufgabenbetreuung für meinen Sohn, 9, wir wohnen in Selm",
     "selm", {"ogs_ganztag"}),
    ("Krabbelgruppe oder Familienhebamme in Schwerte? Baby ist 4 Monate", "schwerte",
     {"fruehe_hilfen"}),
    ("Werne – Elternkurs oder Erziehungsberatung für Mutter eines 7-Jährigen, der ständig "
     "ausrastet?", "werne", {"erziehungsberatung"}),
    ("Fröndenberg, Mädchen 8, gerade aus Syrien gekommen: Nachhilfe bzw. Sprachförderung gesucht",
     "froendenberg", {"sprachfoerderung"}),
    ("Looking for a parenting course or family counselling in Fröndenberg, our daughter is 6",
     "froendenberg", {"erziehungsberatung"}),
    ("Lerntherapie oder Schulsozialarbeit in Holzwickede? Junge 11, Lese-Rechtschreib-Schwäche",
     "holzwickede", {"schulsozialarbeit"}),
    ("die familie sucht für ostern ferienspiele oder eine ferienbetreuung in werne, kinder 7 und 9",
     "werne", {"freizeit_sport_kultur"}),
    ("Nachmittagsbetreuung / Sportverein für 8-jährige in Werne, beide Eltern Schicht", "werne",
     {"freizeit_sport_kultur"}),
    # counselling offered as a choice beside a kind of offer: the story's need is asked too
    ("Jugendtreff oder Beratung wegen Zocken für 14-jährigen in Schwerte, hängt nur am Handy",
     "schwerte", {"medien_sucht"}),
]

GAPS = [
    # (request, place): no alternative held, or "oder" joins no helps
    ("Ferienspiele bzw. Ferienbetreuung in Schwerte für Zwillinge, 7", "schwerte"),
    ("OGS für Kinder 6 oder 7 in Schwerte?", "schwerte"),
    ("Weiß nicht, ob Nachhilfe sinnvoll ist oder nicht – Sohn 10, Holzwickede, schlechte Noten",
     "holzwickede"),
    ("Ferienbetreuung in Werne, egal ob vormittags oder ganztags, Tochter 8", "werne"),
    ("Nachhilfe in Mathe oder Deutsch für 12-Jährigen in Bönen", "boenen"),
    ("Elternkurs in Werne, Mutter oder Vater würden gehen, Kind 5", "werne"),
]


@pytest.mark.parametrize(("text", "place", "topics"), ANSWERED)
def test_one_alternative_held_answers(assistant: Assistant, text: str, place: str,
                                      topics: set[str]) -> None:  # fmt: skip
    answer, _session = assistant.respond(text)
    assert answer.request.place == place
    assert_answered_with(answer, topics)


@pytest.mark.parametrize(("text", "place"), GAPS)
def test_no_alternative_held_stays_a_gap(assistant: Assistant, text: str, place: str) -> None:
    answer, _session = assistant.respond(text)
    assert answer.request.place == place
    assert_honest_gap(answer)
