"""A sports club writes about a child (club47): the club's fee or kit the family cannot pay asks
for the Bildung-und-Teilhabe fund, not for leisure; a team's name is no need; club look-alikes
("Jugendamt", "Jugendzentrum", a club asked for) keep their meaning."""

from __future__ import annotations

import pytest

from bot.assistant import Assistant

FUND = "but_finanzen"
LEISURE = "freizeit_sport_kultur"

FEES = [
    "hömma der kleine aus der e-jugend is jetz neun und seine eltern können den beitrag nich "
    "zahlen gibts da was vom amt wir sind in unna",
    "Handballverein Werne, D-Juniorinnen: ein Mädchen (11) kann die Mitgliedsgebühr nicht mehr "
    "bezahlen. Wer übernimmt sowas?",
    "fußballabteilung kamen wir haben kinder sieben bis neun die würden gern mitspielen aber "
    "keine schuhe keine beiträge wer fördert sowas",
    "judoverein werne zwei geschwister 7 und 9 wollen mitmachen aber judoanzug und beitrag kann "
    "keiner bezahlen",
]


@pytest.mark.parametrize("text", FEES)
def test_a_club_fee_unpaid_asks_for_the_fund(assistant: Assistant, text: str) -> None:
    answer, _session = assistant.respond(text)
    request = answer.request
    assert request.main_topics[0] == FUND
    assert LEISURE not in request.topics
    assert not answer.gap
    assert FUND in answer.offers[0].offer.topics


def test_a_team_name_is_no_check_up(assistant: Assistant) -> None:
    answer, _session = assistant.respond(
        "u11 trainerin aus kamen methler ein spieler ist zehn die eltern haben kein geld für den "
        "mitgliedsbeitrag und das trikot gibts nen zuschuss")
    assert answer.request.topics == (FUND,)


def test_the_childs_own_trouble_told_by_the_coach_is_the_need(assistant: Assistant) -> None:
    answer, _session = assistant.respond(
        "Trainer der F-Jugend in Selm: ein Junge, 7, ist seit Wochen still und weint nach dem "
        "Training, zu Hause trennen sich die Eltern. Wo gibt es Beratung?")
    assert answer.request.main_topics[0] == "erziehungsberatung"
    assert answer.request.age is not None and answer.request.age.low == 84


@pytest.mark.parametrize(("text", "topic"), [
    ("Schwimmverein für ein Kind mit Asthma, 7 Jahre, in Werne?", LEISURE),
    ("Fußballverein in Fröndenberg für einen 8-jährigen gesucht, Familie neu hergezogen", LEISURE),
    ("Jugendamt Unna meint, ein 12-jähriger braucht Hilfe zur Erziehung, Familie in Königsborn",
     "hilfen_zur_erziehung"),
    ("Suche ein Jugendzentrum in Rünthe für einen 14-jährigen, der nachmittags rumhängt",
     "offene_jugendarbeit"),
])
def test_look_alikes_keep_their_meaning(assistant: Assistant, text: str, topic: str) -> None:
    answer, _session = assistant.respond(text)
    assert answer.request.main_topics[0] == topic
    assert FUND not in answer.request.main_topics
